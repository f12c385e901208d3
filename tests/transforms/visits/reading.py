"""A text read by the real extractors through to its visit rows, with the trace of every decision."""
from __future__ import annotations

from flows.extraction import analyse_article
from flows.lexicons import load_lexicons
from transforms.jsonl_records import parse_published
from transforms.visits import find_visits


def read_visits(text: str, published: str | None = None, title: str = ""):
    """(the analysed article, its visit rows, the trace) for an article of this title and body."""
    lexicons = load_lexicons()
    when = parse_published(published) if published else None
    article = analyse_article(title, text, when, lexicons)
    trace: list = []
    rows = find_visits(article.docs["body"], article.body_persons(), article.title_persons(), when,
                       lexicons.visits, lexicons.visit_model, trace, title=article.docs["title"])
    return article, rows, trace

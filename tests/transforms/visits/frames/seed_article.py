"""The seed article (seeds/articles/000_202838f5eb5d9b9a.txt), read once for the frame tests."""
from functools import cache

from tests.conftest import SEED_FILE
from tests.transforms.visits.frames.helpers import read
from transforms.text_layout import split_text_articles


@cache
def mattis():
    articles, _ = split_text_articles(SEED_FILE.read_text(encoding="utf-8"), SEED_FILE.stem)
    return read(articles[0].body)


def sentence_with(article, words: str) -> int:
    """The index of the article's sentence that holds `words` (the seed spaces some words with
    no-break spaces)."""
    return next(i for i, (s, e) in enumerate(article.sentences) if words in " ".join(article.ctx.text[s:e].split()))

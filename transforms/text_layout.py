"""Articles in the seed's text layout: title (often repeated as a photo caption), paragraphs,
`تحديث (HH:MM ت.غ)` update blocks, `اقرأ أيضا:` links, and a closing `المصدر:` line.

A file holds one or several articles; each closes with its `المصدر:` line.
"""
from __future__ import annotations

import re

from transforms.articles import ParsedArticle, RecordProblem, RelatedHeadline, UpdateBlock

# تحديث (17:42 ت.غ) — with or without dots, spaces or Arabic-Indic digits.
_UPDATE = re.compile(r"^تحديث\s*\(\s*([0-9٠-٩]{1,2})\s*[:：]\s*([0-9٠-٩]{2})\s*ت\s*\.?\s*غ\s*\.?\s*\)\s*$")
_RELATED = re.compile(r"^اقرأ\s+(?:أيضا|أيضاً|ايضا|أيضًا)\s*[:：]\s*(.*)$")
_SOURCE = re.compile(r"^المصدر\s*[:：]\s*(.*)$")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def split_text_articles(text: str, stem: str) -> tuple[list[ParsedArticle], list[RecordProblem]]:
    """Split a text file's content into articles; `stem` names them `<stem>#<n>`."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    articles, problems, chunk = [], [], []
    for line in lines:
        chunk.append(line)
        if _SOURCE.match(line):
            _take(chunk, stem, articles, problems)
            chunk = []
    if any(chunk):
        _take(chunk, stem, articles, problems)
    return articles, problems


def _take(chunk: list[str], stem: str, articles: list, problems: list) -> None:
    position = len(articles) + len(problems) + 1
    article = parse_article_lines(chunk, f"{stem}#{position}", position)
    if isinstance(article, RecordProblem):
        problems.append(article)
    else:
        articles.append(article)


def parse_article_lines(lines: list[str], external_id: str, position: int) -> ParsedArticle | RecordProblem:
    """One article from its stripped lines."""
    content = [line for line in lines if line]
    if not content:
        return RecordProblem(position, "empty_article", "an article with no text")
    title, rest = content[0], content[1:]
    if rest and rest[0] == title:  # the photo caption repeats the headline
        rest = rest[1:]
    paragraphs: list[str] = []
    offset = 0
    updates: list[UpdateBlock] = []
    related: list[RelatedHeadline] = []
    source = None
    pending_header: tuple[str, int, int] | None = None
    for line in rest:
        if (match := _SOURCE.match(line)) is not None:
            source = match.group(1).strip() or None
            continue
        if (match := _RELATED.match(line)) is not None:
            related.append(RelatedHeadline(match.group(1).strip(), offset))
            continue
        start = offset
        paragraphs.append(line)
        offset += len(line) + 1
        if (match := _UPDATE.match(line)) is not None:
            if pending_header is not None:
                updates.append(UpdateBlock(pending_header[0], pending_header[1], pending_header[2], start - 1))
            clock = f"{int(match.group(1).translate(_DIGITS)):02d}:{match.group(2).translate(_DIGITS)}"
            pending_header = (clock, start, offset)
    body = "\n".join(paragraphs)
    if pending_header is not None:
        updates.append(UpdateBlock(pending_header[0], pending_header[1], min(pending_header[2], len(body)), len(body)))
    if not body:
        return RecordProblem(position, "no_body", f"article '{title[:60]}' has a title but no paragraphs")
    return ParsedArticle(external_id=external_id, id_from_input=False, title=title, body=body, position=position,
                         source=source, updates=updates, related=related)

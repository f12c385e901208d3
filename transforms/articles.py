"""The shape every input format is parsed into, before storage."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

_ARABIC_LETTER = re.compile("[\u0621-\u064A]")
_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body)|</(?:p|div|span|a|td|li|script|body|html)>", re.I)


@dataclass(frozen=True)
class UpdateBlock:
    """A `تحديث (HH:MM ت.غ)` part of the body: the header line and the text it heads."""

    clock_gmt: str
    header_start: int
    char_start: int
    char_end: int


@dataclass(frozen=True)
class RelatedHeadline:
    headline: str
    body_offset: int


@dataclass
class ParsedArticle:
    external_id: str
    title: str | None
    body: str
    position: int
    source: str | None = None
    published_raw: str | None = None
    url: str | None = None
    extra: dict = field(default_factory=dict)
    updates: list[UpdateBlock] = field(default_factory=list)
    id_from_input: bool = True  # False when external_id was made up (<file stem>#<n>)
    related: list[RelatedHeadline] = field(default_factory=list)


@dataclass(frozen=True)
class RecordProblem:
    """A record (JSONL line or text-file article) that could not be taken as given."""

    position: int
    reason: str
    detail: str
    severity: str = "error"  # 'error': not stored; 'warning': stored with the problem noted
    byte_offset: int | None = None
    line_sha256: str | None = None  # the offending line's bytes, when the record is a line


def article_id(title: str | None, body: str, published_raw: str | None) -> str:
    """Content-derived id: the same article from two files or two runs gets the same id."""
    digest = hashlib.sha256()
    for part in (title or "", body, published_raw or ""):
        digest.update(" ".join(part.split()).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:24]


def content_problems(article: ParsedArticle) -> list[RecordProblem]:
    """Warnings for an article that is stored but is likely no Arabic news text: no Arabic letter
    at all (a file of another language, a system file), or an HTML document."""
    problems = []
    text = f"{article.title or ''}\n{article.body}"
    if not _ARABIC_LETTER.search(text):
        problems.append(RecordProblem(article.position, "no_arabic",
                                      f"{article.external_id}: no Arabic letter in the text: stored, but likely no Arabic news",
                                      "warning"))
    if _HTML.search(article.body[:20000]):
        problems.append(RecordProblem(article.position, "html_document",
                                      f"{article.external_id}: the text is HTML markup: stored as it is", "warning"))
    return problems

"""One batch of input files → rows for every table (no I/O beyond reading the inputs)."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterator

from flows.extraction import extract_articles, prepare_worker, stamp_updates
from flows.inputs import FileReading, InputFile, read_file
from flows.parallel import map_in_order
from transforms.articles import ParsedArticle, RecordProblem, article_id, content_problems
from transforms.jsonl_records import anchor_time


@dataclass
class BatchRows:
    tables: dict[str, list[dict]] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)

    def add(self, table: str, rows: list[dict]) -> None:
        self.tables.setdefault(table, []).extend(rows)

    @property
    def article_count(self) -> int:
        return len(self.tables.get("articles", []))


def rows_for_files(files: list[InputFile], known_ids: set[str], taken: set[str],
                   chunk_articles: int) -> Iterator[BatchRows]:
    """Parse files and turn new articles into rows, yielded in chunks of at most `chunk_articles`
    new articles so that memory stays bounded whatever the file sizes. An article is new unless its
    id is in `known_ids` (stored, or taken by an earlier batch; never changed here) or in `taken`,
    which collects this batch's ids: a retried batch starts again from an empty `taken`."""
    chunk, pending = BatchRows(), []
    for file in files:
        reading = read_file(file)
        for item in reading.items():
            if isinstance(item, RecordProblem):
                chunk.add("rejects", [reject_row(file, item)])
                chunk.counts["rejected" if item.severity == "error" else "warnings"] += 1
                continue
            chunk.counts["articles_read"] += 1
            identifier = article_id(item.title, item.body, item.published_raw)
            for problem in content_problems(item):
                chunk.add("rejects", [reject_row(file, problem, record_sha256=identifier)])
                chunk.counts["warnings"] += 1
            first_seen = identifier not in known_ids and identifier not in taken
            chunk.add("article_sources", [source_row(file, item, identifier, first_seen)])
            if not first_seen:
                chunk.counts["duplicates"] += 1
                continue
            taken.add(identifier)
            pending.append((identifier, item, file))
            if len(pending) >= chunk_articles:
                yield with_articles(chunk, pending)
                chunk, pending = BatchRows(), []
        chunk.add("input_files", [manifest_row(reading)])
    yield with_articles(chunk, pending)


def with_articles(chunk: BatchRows, pending: list[tuple[str, ParsedArticle, InputFile]]) -> BatchRows:
    """Add the articles' own rows and, extracted in parallel, their entities, dates and events."""
    now = datetime.now(timezone.utc)
    published = [anchor_time(article.published_raw, now) for _, article, _ in pending]
    extracted = map_in_order(extract_articles, [
        (identifier, article.title, article.body, when) for (identifier, article, _), when in zip(pending, published)],
        prepare=prepare_worker)
    for (identifier, article, file), when, result in zip(pending, published, extracted):
        add_article(chunk, identifier, article, file, when)
        if isinstance(result, str):
            chunk.add("rejects", [reject_row(file, RecordProblem(
                article.position, "extraction_failed", f"{article.external_id}: {result}", "warning"), record_sha256=identifier)])
            chunk.counts["warnings"] += 1
            continue
        for table, rows in result.items():
            chunk.add(table, rows)
    return chunk


def add_article(batch: BatchRows, identifier: str, article: ParsedArticle, file: InputFile,
                published: datetime | None) -> None:
    """The article's own rows: the article, its update blocks and its related headlines."""
    batch.add("articles", [{
        "article_id": identifier,
        "external_id": article.external_id,
        "title": article.title,
        "published_at": published,
        "published_raw": article.published_raw,
        "source": article.source,
        "url": article.url,
        "body": article.body,
        "extra_json": json.dumps(article.extra, ensure_ascii=False, sort_keys=True) if article.extra else None,
        "input_file": file.path,
        "input_position": article.position,
        "input_format": file.input_format,
        "id_from_input": article.id_from_input,
    }])
    batch.add("article_updates", [
        {"article_id": identifier, "seq": seq, "clock_gmt": u.clock_gmt, "header_start": u.header_start,
         "char_start": u.char_start, "char_end": u.char_end, "stamped_at": stamped_at}
        for seq, (u, stamped_at) in enumerate(zip(article.updates, stamp_updates(article.updates, published)), start=1)
    ])
    batch.add("related_headlines", [
        {"article_id": identifier, "seq": seq, "headline": r.headline, "body_offset": r.body_offset}
        for seq, r in enumerate(article.related, start=1)
    ])


def manifest_row(reading: FileReading) -> dict:
    file = reading.file
    return {"input_file": file.path, "content_sha256": file.content_sha256, "bytes": file.bytes,
            "input_format": file.input_format, "encoding": reading.encoding,
            "articles_read": reading.articles_read, "rejected": reading.problems}


def source_row(file: InputFile, article: ParsedArticle, identifier: str, first_seen: bool) -> dict:
    """The record an article came from: every one, so each input line is accounted for."""
    return {"article_id": identifier, "input_file": file.path, "position": article.position,
            "content_sha256": file.content_sha256, "external_id": article.external_id, "source": article.source,
            "first_seen": first_seen}


def reject_row(file: InputFile, problem: RecordProblem, record_sha256: str | None = None) -> dict:
    """A rejects row, keyed by what was wrong rather than by the file's version: the offending
    line's hash, else the record's content id, else (a whole-file problem) the file's hash."""
    line_sha256 = problem.line_sha256 or record_sha256
    if line_sha256 is None:
        line_sha256 = file.content_sha256 if problem.position == 0 else hashlib.sha256(
            f"{problem.reason}\n{problem.detail}".encode("utf-8", "surrogatepass")).hexdigest()
    return {"input_file": file.path, "content_sha256": file.content_sha256, "position": problem.position,
            "byte_offset": problem.byte_offset, "severity": problem.severity, "reason": problem.reason,
            "detail": problem.detail, "line_sha256": line_sha256}

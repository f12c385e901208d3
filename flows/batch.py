"""One batch of input files → rows for every table (no I/O beyond reading the inputs)."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from flows.inputs import FileReading, InputFile, read_file
from transforms.articles import ParsedArticle, RecordProblem, article_id
from transforms.jsonl_records import parse_published


@dataclass
class BatchRows:
    tables: dict[str, list[dict]] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)

    def add(self, table: str, rows: list[dict]) -> None:
        self.tables.setdefault(table, []).extend(rows)

    @property
    def article_count(self) -> int:
        return len(self.tables.get("articles", []))


def rows_for_files(files: list[InputFile], known_ids: set[str]) -> BatchRows:
    """Parse files and turn new articles into rows; `known_ids` (stored or seen earlier this run) grows."""
    batch = BatchRows()
    for file in files:
        reading = read_file(file)
        batch.add("input_files", [manifest_row(reading)])
        batch.add("rejects", [reject_row(file, p) for p in reading.problems])
        batch.counts["articles_read"] += len(reading.articles)
        batch.counts["rejected"] += sum(p.severity == "error" for p in reading.problems)
        batch.counts["warnings"] += sum(p.severity == "warning" for p in reading.problems)
        for article in reading.articles:
            identifier = article_id(article.title, article.body, article.published_raw)
            if identifier in known_ids:
                batch.counts["duplicates"] += 1
                continue
            known_ids.add(identifier)
            add_article(batch, identifier, article, file)
    return batch


def add_article(batch: BatchRows, identifier: str, article: ParsedArticle, file: InputFile) -> None:
    published = parse_published(article.published_raw)
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
    }])
    batch.add("article_updates", [
        {"article_id": identifier, "seq": seq, "clock_gmt": u.clock_gmt, "header_start": u.header_start,
         "char_start": u.char_start, "char_end": u.char_end}
        for seq, u in enumerate(article.updates, start=1)
    ])
    batch.add("related_headlines", [
        {"article_id": identifier, "seq": seq, "headline": r.headline, "body_offset": r.body_offset}
        for seq, r in enumerate(article.related, start=1)
    ])


def manifest_row(reading: FileReading) -> dict:
    file = reading.file
    return {"input_file": file.path, "content_sha256": file.content_sha256, "bytes": file.bytes,
            "input_format": file.input_format, "encoding": reading.encoding,
            "articles_read": len(reading.articles), "rejected": len(reading.problems)}


def reject_row(file: InputFile, problem: RecordProblem) -> dict:
    return {"input_file": file.path, "content_sha256": file.content_sha256, "position": problem.position,
            "byte_offset": problem.byte_offset, "severity": problem.severity, "reason": problem.reason,
            "detail": problem.detail}

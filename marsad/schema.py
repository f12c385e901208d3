"""The single source of truth for every warehouse table: columns, Arrow types, keys, meaning.

Parquet files are written with these Arrow schemas, and `scripts/write_ddl.py` renders the DuckDB
DDL in `sql/ddl/` from them (a test keeps the two in step).
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

TIMESTAMP_UTC = pa.timestamp("us", tz="UTC")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    doc: str
    nullable: bool = True
    # Documented codes, checked after every load (sql/checks/accepted_values.sql).
    accepted: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    # 'facts' accumulate across runs (new keys are inserted); 'reference' is replaced from seeds/.
    kind: str = "facts"

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _col(name: str, type_: pa.DataType, doc: str, nullable: bool = True, accepted: tuple[str, ...] = ()) -> Column:
    return Column(name, type_, doc, nullable, accepted)


ARTICLES = Table(
    "articles",
    "One row per distinct article (same content from two files or two runs is stored once).",
    (
        _col("article_id", pa.string(), "Stable id derived from the title, body and publication time", False),
        _col("external_id", pa.string(), "The input's id: JSONL `id`, or `<file stem>#<n>` for text files", False),
        _col("title", pa.string(), "Headline as written (a repeated photo caption is dropped)"),
        _col("published_at", TIMESTAMP_UTC, "Publication time in UTC, null when the input gives none"),
        _col("published_raw", pa.string(), "Publication time exactly as the input gave it (keeps its UTC offset)"),
        _col("source", pa.string(), "The `المصدر:` line of a text file, or JSONL `source`"),
        _col("url", pa.string(), "JSONL `url`"),
        _col("body", pa.string(), "Paragraphs joined by newlines, update headers kept; offsets index into it", False),
        _col("extra_json", pa.string(), "JSONL fields outside the contract (e.g. category), as JSON"),
        _col("input_file", pa.string(), "File the article was first read from", False),
        _col("input_position", pa.int64(), "Line (JSONL) or article number (text) within that file", False),
        _col("input_format", pa.string(), "'text' or 'jsonl'", False, ("text", "jsonl")),
    ),
    key=("article_id",),
)

ARTICLE_UPDATES = Table(
    "article_updates",
    "Each `تحديث (HH:MM ت.غ)` block of an article: a dated part of its body.",
    (
        _col("article_id", pa.string(), "The article", False),
        _col("seq", pa.int32(), "1 for the first update block in the text, then 2, ...", False),
        _col("clock_gmt", pa.string(), "The stamp's clock time, HH:MM, GMT (ت.غ)", False),
        _col("header_start", pa.int64(), "Offset of the header line in body", False),
        _col("char_start", pa.int64(), "Offset in body where the block's text starts", False),
        _col("char_end", pa.int64(), "Offset in body where the block's text ends", False),
    ),
    key=("article_id", "seq"),
)

RELATED_HEADLINES = Table(
    "related_headlines",
    "`اقرأ أيضا:` links: headlines of other articles, kept out of the body.",
    (
        _col("article_id", pa.string(), "The article carrying the link", False),
        _col("seq", pa.int32(), "Order of the link in the article", False),
        _col("headline", pa.string(), "The linked headline", False),
        _col("body_offset", pa.int64(), "Offset in body where the link stood", False),
    ),
    key=("article_id", "seq"),
)

COUNTRIES = Table(
    "countries",
    "Every ISO 3166-1 country (and XK), whether mentioned or not; from seeds/countries.csv.",
    (
        _col("iso2", pa.string(), "ISO 3166-1 alpha-2", False),
        _col("iso3", pa.string(), "ISO 3166-1 alpha-3", False),
        _col("name_ar", pa.string(), "Arabic name (CLDR)", False),
        _col("name_en", pa.string(), "English name (CLDR)", False),
    ),
    key=("iso2",),
    kind="reference",
)

REJECTS = Table(
    "rejects",
    "Input that could not be read as given: why, and where, so nothing is silently dropped.",
    (
        _col("input_file", pa.string(), "The file", False),
        _col("content_sha256", pa.string(), "Hash of the file's bytes when it was read", False),
        _col("position", pa.int64(), "JSONL line number (1-based), or 0 for the whole file", False),
        _col("byte_offset", pa.int64(), "Byte offset of the problem in the file, when known"),
        _col("severity", pa.string(), "'error': the record was not stored; 'warning': stored, with the problem noted", False,
             ("error", "warning")),
        _col("reason", pa.string(), "Short machine-friendly reason (e.g. invalid_json, missing_text)", False),
        _col("detail", pa.string(), "A sentence for people, with the offending snippet", False),
    ),
    key=("input_file", "content_sha256", "position", "reason"),
)

INPUT_FILES = Table(
    "input_files",
    "Every input file loaded, by path and content hash: a rerun skips the ones already here.",
    (
        _col("input_file", pa.string(), "Path as given", False),
        _col("content_sha256", pa.string(), "Hash of the file's bytes", False),
        _col("bytes", pa.int64(), "File size", False),
        _col("input_format", pa.string(), "'text', 'jsonl', or 'unsupported' (a folder's other files, not read)",
             False, ("text", "jsonl", "unsupported")),
        _col("encoding", pa.string(), "Encoding the bytes were decoded with"),
        _col("articles_read", pa.int64(), "Articles parsed from the file (before de-duplication)", False),
        _col("rejected", pa.int64(), "Rows this file added to rejects", False),
    ),
    key=("input_file", "content_sha256"),
)

TABLES: dict[str, Table] = {t.name: t for t in (ARTICLES, ARTICLE_UPDATES, RELATED_HEADLINES, COUNTRIES, REJECTS, INPUT_FILES)}

_DUCKDB_TYPES = {
    pa.string(): "VARCHAR",
    pa.int64(): "BIGINT",
    pa.int32(): "INTEGER",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
    TIMESTAMP_UTC: "TIMESTAMPTZ",
}


def duckdb_type(type_: pa.DataType) -> str:
    if pa.types.is_list(type_):
        return duckdb_type(type_.value_type) + "[]"
    return _DUCKDB_TYPES[type_]


def render_ddl(table: Table) -> str:
    """CREATE TABLE IF NOT EXISTS with column comments, as stored in sql/ddl/<table>.sql."""
    lines = [f"-- {table.doc}", "-- Generated from marsad/schema.py by scripts/write_ddl.py: edit the schema, not this file.",
             f"CREATE TABLE IF NOT EXISTS {table.name} ("]
    body = [f"    {c.name} {duckdb_type(c.type)}{'' if c.nullable else ' NOT NULL'}" for c in table.columns]
    lines.append(",\n".join(body))
    lines.append(");")
    lines.append(f"COMMENT ON TABLE {table.name} IS '{_quote(table.doc)}';")
    lines += [f"COMMENT ON COLUMN {table.name}.{c.name} IS '{_quote(c.doc)}';" for c in table.columns]
    return "\n".join(lines) + "\n"


def _quote(text: str) -> str:
    return text.replace("'", "''")

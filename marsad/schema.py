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
    # 'facts' accumulate across runs (new keys are inserted); 'reference' is replaced from seeds/;
    # 'derived' is rebuilt from other tables after every load: by sql/derive/<table>.sql, or where
    # the rule is Arabic-news logic kept in transforms/, by a function in flows/derived_tables.py.
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
        _col("id_from_input", pa.bool_(), "True when the input gave external_id; false when Marsad made it up "
             "(<file stem>#<n>), which then never supersedes anything"),
        _col("loaded_at", TIMESTAMP_UTC, "When the run that stored the article loaded it (UTC)"),
        _col("run_id", pa.string(), "The run that stored it: its Prefect flow run id, or a random id outside Prefect"),
        _col("superseded_by", pa.string(), "Null for the current version. Otherwise the article_id of the newer "
             "version: same source and external_id given by the input, other content, loaded later (or later "
             "in the same run). Old versions keep their rows; the analyst views read current versions only"),
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
        _col("stamped_at", TIMESTAMP_UTC, "The stamp as a UTC time on the publication's UTC day; null when publication is unknown"),
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
        _col("line_sha256", pa.string(), "Hash of the offending line's bytes (of the file's, for a whole-file "
             "problem): a file that grows is read again, and its old bad lines are not rejected twice"),
    ),
    key=("input_file", "position", "line_sha256", "reason"),
)

ARTICLE_SOURCES = Table(
    "article_sources",
    "Every input line (JSONL) or text-file article that yielded an article, duplicates included: "
    "per file, its non-blank lines = these rows + its 'error' rejects. An article carried by three "
    "outlets lists all three.",
    (
        _col("article_id", pa.string(), "The article the record yielded (stored once in articles)", False),
        _col("input_file", pa.string(), "The file", False),
        _col("position", pa.int64(), "JSONL line number (1-based), or article number within a text file", False),
        _col("content_sha256", pa.string(), "Hash of the file's bytes when the record was first read", False),
        _col("external_id", pa.string(), "The record's own id (JSONL `id`, or `<file stem>#<n>`)", False),
        _col("source", pa.string(), "The record's source (JSONL `source` or the `المصدر:` line)"),
        _col("first_seen", pa.bool_(), "True for the record the stored article was taken from; false for a "
             "copy of an article already stored or read earlier", False),
    ),
    key=("input_file", "position", "article_id"),
)

INPUT_FILES = Table(
    "input_files",
    "Every input file loaded, by path and content hash: a rerun skips the ones already here.",
    (
        _col("input_file", pa.string(), "Path as given", False),
        _col("content_sha256", pa.string(), "Hash of the file's bytes", False),
        _col("bytes", pa.int64(), "File size", False),
        _col("input_format", pa.string(), "'text', 'jsonl', 'unsupported' (a folder's other files, not read) or "
             "'link_not_read' (a link out of the input folder, broken or looping: see rejects)",
             False, ("text", "jsonl", "unsupported", "link_not_read")),
        _col("encoding", pa.string(), "Encoding the bytes were decoded with"),
        _col("articles_read", pa.int64(), "Articles parsed from the file (before de-duplication)", False),
        _col("rejected", pa.int64(), "Rows this file added to rejects", False),
    ),
    key=("input_file", "content_sha256"),
)


_FIELD_DOC = "'title' or 'body': which text char_start/char_end index into"
_FIELDS = ("title", "body")

COUNTRY_MENTIONS = Table(
    "country_mentions",
    "Each explicit reference to a country: by name, nationality adjective, or inside an organisation's name.",
    (
        _col("article_id", pa.string(), "The article", False),
        _col("iso2", pa.string(), "ISO 3166-1 alpha-2 of the country referred to", False),
        _col("surface", pa.string(), "The text as written (proclitics such as و ب ل excluded)", False),
        _col("field", pa.string(), _FIELD_DOC, False, _FIELDS),
        _col("char_start", pa.int64(), "Start offset in the field", False),
        _col("char_end", pa.int64(), "End offset in the field (exclusive)", False),
        _col("via", pa.string(), "'name', 'adjective' or 'organisation'", False, ("name", "adjective", "organisation")),
    ),
    key=("article_id", "field", "char_start", "iso2"),
)

PLACE_MENTIONS = Table(
    "place_mentions",
    "Cities and venues named in an article, each with the country it lies in.",
    (
        _col("article_id", pa.string(), "The article", False),
        _col("name_ar", pa.string(), "The place as written, proclitics stripped", False),
        _col("iso2", pa.string(), "Country the place lies in"),
        _col("kind", pa.string(), "Kind of place (city, capital, venue ...)"),
        _col("field", pa.string(), _FIELD_DOC, False, _FIELDS),
        _col("char_start", pa.int64(), "Start offset in the field", False),
        _col("char_end", pa.int64(), "End offset in the field (exclusive)", False),
    ),
    key=("article_id", "field", "char_start"),
)

ORGANISATION_MENTIONS = Table(
    "organisation_mentions",
    "Organisations named in an article (ministries, armies, international bodies, news agencies).",
    (
        _col("article_id", pa.string(), "The article", False),
        _col("name_ar", pa.string(), "Canonical Arabic name", False),
        _col("iso2", pa.string(), "The state the organisation belongs to, null for international bodies"),
        _col("kind", pa.string(), "Kind of organisation ('agency' for news agencies credited as sources)"),
        _col("surface", pa.string(), "The text as written", False),
        _col("field", pa.string(), _FIELD_DOC, False, _FIELDS),
        _col("char_start", pa.int64(), "Start offset in the field", False),
        _col("char_end", pa.int64(), "End offset in the field (exclusive)", False),
    ),
    key=("article_id", "field", "char_start"),
)

ARTICLE_PERSONS = Table(
    "article_persons",
    "Each person as one article presents them: fullest name, title and country in that article.",
    (
        _col("article_id", pa.string(), "The article", False),
        _col("person_id", pa.string(), "Stable id of the person across articles", False),
        _col("name_ar", pa.string(), "Fullest form of the name in this article", False),
        _col("title_ar", pa.string(), "Office as this article states it, without the country adjective"),
        _col("country_iso2", pa.string(), "State the person serves or belongs to, per this article"),
    ),
    key=("article_id", "person_id"),
)

PERSONS = Table(
    "persons",
    "One row per person across all articles (derived from article_persons after every load).",
    (
        _col("person_id", pa.string(), "Stable id: a hash of the canonical key of the fullest name (spacing of عبد/أبو, hamza and transliteration variants folded)", False),
        _col("name_ar", pa.string(), "Fullest form of the name (the most frequent spelling)", False),
        _col("title_ar", pa.string(), "Most frequent title across articles"),
        _col("country_iso2", pa.string(), "Most frequent country across articles"),
        _col("article_count", pa.int64(), "Articles naming the person", False),
        _col("aliases", pa.list_(pa.string()), "Other spellings of the name the articles use (عبدالفتاح / عبد الفتاح)"),
    ),
    key=("person_id",),
    kind="derived",
)

PERSON_MENTIONS = Table(
    "person_mentions",
    "Every mention of a person, short forms resolved to the full name given earlier in the article.",
    (
        _col("article_id", pa.string(), "The article", False),
        _col("person_id", pa.string(), "The person (see persons)", False),
        _col("surface", pa.string(), "The text as written", False),
        _col("field", pa.string(), _FIELD_DOC, False, _FIELDS),
        _col("char_start", pa.int64(), "Start offset in the field", False),
        _col("char_end", pa.int64(), "End offset in the field (exclusive)", False),
    ),
    key=("article_id", "field", "char_start"),
)

TIME_EXPRESSIONS = Table(
    "time_expressions",
    "Every expression naming a calendar day, month or year, resolved against publication or the text.",
    (
        _col("article_id", pa.string(), "The article", False),
        _col("surface", pa.string(), "The text as written", False),
        _col("field", pa.string(), _FIELD_DOC, False, _FIELDS),
        _col("char_start", pa.int64(), "Start offset in the field", False),
        _col("char_end", pa.int64(), "End offset in the field (exclusive)", False),
        _col("value", pa.string(), "YYYY-MM-DD, YYYY-MM, YYYY, XXXX-MM-DD (year unknown), or null when unresolvable"),
        _col("granularity", pa.string(), "'day', 'month' or 'year'", True, ("day", "month", "year")),
        _col("resolved_against", pa.string(), "'absolute', 'published', 'text' or 'unresolved'", False,
             ("absolute", "published", "text", "unresolved")),
        _col("calendar", pa.string(), "Calendar the text used: 'gregorian' or 'hijri' (value is Gregorian)", False,
             ("gregorian", "hijri")),
    ),
    # A range or list (بين عامي 1980 و1988) gives one row per value over the same span.
    key=("article_id", "field", "char_start", "char_end", "value"),
)

_EVIDENCE = (
    _col("evidence", pa.string(), "The sentence that states it", False),
    _col("evidence_start", pa.int64(), "Start offset of the sentence in body", False),
    _col("evidence_end", pa.int64(), "End offset of the sentence in body", False),
)

_DECISION = (
    _col("confidence", pa.float64(), "The model's probability that the row is right, 0 to 1 (rows below the "
         "threshold chosen on the develop data are not stored)"),
    _col("decided_by", pa.string(), "The rule or model that decided the row, with its strongest features"),
)

VISITS = Table(
    "visits",
    "A visit of an official or delegation to another country, one row per (visitor, host) per article.",
    (
        _col("visit_id", pa.string(), "Stable id of the row", False),
        _col("article_id", pa.string(), "The article", False),
        _col("visitor_person_id", pa.string(), "The visitor (see persons), null for an unnamed delegation or envoy"),
        _col("visitor_name_ar", pa.string(), "The visitor's name, null for an unnamed delegation or envoy"),
        _col("visitor_country_iso2", pa.string(), "Whose official or delegation it is (null for international bodies)"),
        _col("host_country_iso2", pa.string(), "Country visited", False),
        _col("place_ar", pa.string(), "City or venue as the text names it"),
        _col("date_value", pa.string(), "YYYY-MM-DD, YYYY-MM, YYYY, XXXX-MM-DD, or null"),
        _col("start_date", pa.date32(), "The day, when it is fully known"),
        _col("status", pa.string(), "'occurred' or 'planned'", False, ("occurred", "planned")),
        *_EVIDENCE,
        _col("trigger", pa.string(), "The verb or noun of travel or reception"),
        *_DECISION,
    ),
    key=("visit_id",),
)

AID = Table(
    "aid",
    "A quantified transfer of aid or financing from a donor to a recipient, with its evidence.",
    (
        _col("aid_id", pa.string(), "Stable id of the row", False),
        _col("article_id", pa.string(), "The article", False),
        _col("donor_iso2", pa.string(), "Donor state"),
        _col("donor_name_ar", pa.string(), "Donor organisation's name when it is not a state"),
        _col("recipient_iso2", pa.string(), "Recipient state"),
        _col("recipient_name_ar", pa.string(), "Recipient organisation's name when it is not a state"),
        _col("amount", pa.float64(), "Amount in units of currency", False),
        _col("amount_surface", pa.string(), "The amount as written"),
        _col("currency", pa.string(), "ISO 4217"),
        _col("amount_usd", pa.float64(), "The amount in US dollars: dollars as they are, a currency pegged to the dollar "
             "at its peg (seeds/currency_pegs_curated.csv), any other at the ECB reference rate of the publication day; "
             "null where neither applies (never guessed)"),
        _col("usd_method", pa.string(), "How amount_usd was reached: 'usd', 'peg' or 'ecb' (null when amount_usd is)",
             accepted=("usd", "peg", "ecb")),
        _col("period", pa.string(), "'annual', 'monthly' or 'once'", False, ("annual", "monthly", "once")),
        _col("aid_type", pa.string(), "military, economic, humanitarian, development, loan or unspecified", False,
             ("military", "economic", "humanitarian", "development", "loan", "unspecified")),
        _col("since_year", pa.int32(), "Year the flow began, when stated"),
        _col("status", pa.string(), "'provided', 'pledged' or 'cut' (then amount is the amount cut)", False,
             ("provided", "pledged", "cut")),
        *_EVIDENCE,
        *_DECISION,
    ),
    key=("aid_id",),
)

VISIT_EVENTS = Table(
    "visit_events",
    "The same visit told by several articles, counted once (rebuilt from visits after every load).",
    (
        _col("event_id", pa.string(), "Stable id: a hash of the visit rows it groups", False),
        _col("visitor_name_ar", pa.string(), "The visitor, null for unnamed delegations"),
        _col("visitor_country_iso2", pa.string(), "Whose official or delegation it is"),
        _col("host_country_iso2", pa.string(), "Country visited", False),
        _col("start_date", pa.date32(), "First known day of the visit"),
        _col("article_count", pa.int64(), "Articles reporting the visit", False),
        _col("visit_ids", pa.list_(pa.string()), "The visits rows grouped into this event", False),
    ),
    key=("event_id",),
    kind="derived",
)

TABLES: dict[str, Table] = {t.name: t for t in (
    ARTICLES, ARTICLE_UPDATES, RELATED_HEADLINES, COUNTRIES, REJECTS, INPUT_FILES, ARTICLE_SOURCES,
    COUNTRY_MENTIONS, PLACE_MENTIONS, ORGANISATION_MENTIONS, ARTICLE_PERSONS, PERSONS, PERSON_MENTIONS,
    TIME_EXPRESSIONS, VISITS, AID, VISIT_EVENTS,
)}

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
    # A warehouse made before a column existed gains it (BY NAME inserts then fill it).
    lines += [f"ALTER TABLE {table.name} ADD COLUMN IF NOT EXISTS {c.name} {duckdb_type(c.type)};"
              for c in table.columns if c.nullable]
    lines.append(f"COMMENT ON TABLE {table.name} IS '{_quote(table.doc)}';")
    lines += [f"COMMENT ON COLUMN {table.name}.{c.name} IS '{_quote(c.doc)}';" for c in table.columns]
    return "\n".join(lines) + "\n"


def _quote(text: str) -> str:
    return text.replace("'", "''")

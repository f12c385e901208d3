"""Per-article extraction: calls the transforms in order and shapes their output as table rows.

Entities feed persons; entities, persons and dates feed visits; entities feed aid. Title and body
are read separately, and every offset row says which (`field`).
"""
from __future__ import annotations

import gc
import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone

from flows.lexicons import Lexicons, load_lexicons
from marsad.schema import TABLES
from transforms.aid import find_aid
from transforms.aid.usd import usd_amount
from transforms.articles import UpdateBlock
from transforms.dates import update_stamp_utc
from transforms.document import analyse
from transforms.persons import extract_persons, merge_persons
from transforms.visits import find_visits

FIELDS = ("title", "body")


def stable_id(*parts) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


@dataclass
class AnalysedArticle:
    """The title's and the body's analysed documents, and the article's persons merged across both."""

    docs: dict
    persons: list[dict]

    def body_persons(self) -> list[dict]:
        return [dict(p, mentions=[m for m in p["mentions"] if m["part"] == FIELDS.index("body")]) for p in self.persons]

    def title_persons(self) -> list[dict]:
        return [p for p in self.persons if any(m["part"] == FIELDS.index("title") for m in p["mentions"])]


def analyse_article(title: str | None, body: str, published: datetime | None, lexicons: Lexicons) -> AnalysedArticle:
    texts = {"title": title or "", "body": body}
    docs = {f: analyse(texts[f], published, lexicons) for f in FIELDS}
    persons_by_field = {f: extract_persons(texts[f], docs[f].entities["countries"], lexicons.persons,
                                           normalized=docs[f].norm, sentences=docs[f].sentences,
                                           organisations=docs[f].entities["organisations"],
                                           places=docs[f].entities["places"], words=docs[f].tokens) for f in FIELDS}
    persons = merge_persons([persons_by_field[f] for f in FIELDS], lexicons.persons.given_names)
    docs["body"] = docs["body"].with_persons(AnalysedArticle(docs, persons).body_persons())
    return AnalysedArticle(docs, persons)


# A body longer than this (twice the longest of 13,577 ANT articles) is read in windows of about
# WINDOW_CHARS, cut at paragraph ends: the extractors relate every mention to every other, so one
# 10 MB text would cost far more than its parts read separately.
LONG_BODY_CHARS = 40_000
WINDOW_CHARS = 20_000


def extract_article(article_id: str, title: str | None, body: str, published: datetime | None,
                    lexicons: Lexicons) -> dict[str, list[dict]]:
    """Rows for every extraction table from one article (a very long body window by window, each
    window's offsets shifted to the whole body's)."""
    if len(body) <= LONG_BODY_CHARS:
        return _extract(article_id, title, body, published, lexicons)
    rows: dict[str, list[dict]] = {}
    for number, (start, end) in enumerate(body_windows(body, WINDOW_CHARS)):
        for table, table_rows in _extract(article_id, title if number == 0 else None, body[start:end],
                                          published, lexicons, body_offset=start).items():
            rows.setdefault(table, []).extend(table_rows)
    return {table: _unique_by_key(table, table_rows) for table, table_rows in rows.items()}


def body_windows(body: str, size: int) -> list[tuple[int, int]]:
    """[start, end) spans covering the body, each about `size` characters, ending after a newline
    where one is near (else at the size)."""
    windows, start = [], 0
    while start < len(body):
        end = min(len(body), start + size)
        if end < len(body):
            newline = body.rfind("\n", start + size // 2, end)
            end = newline + 1 if newline >= 0 else end
        windows.append((start, end))
        start = end
    return windows


def _extract(article_id: str, title: str | None, body: str, published: datetime | None,
             lexicons: Lexicons, body_offset: int = 0) -> dict[str, list[dict]]:
    article = analyse_article(title, body, published, lexicons)
    docs, persons = article.docs, article.persons
    entities = {f: docs[f].entities for f in FIELDS}
    times = {f: list(docs[f].times) for f in FIELDS}
    rows: dict[str, list[dict]] = {
        "country_mentions": [], "place_mentions": [], "organisation_mentions": [], "time_expressions": [],
        "article_persons": [], "person_mentions": [],
    }
    for f in FIELDS:
        rows["country_mentions"] += [
            {"article_id": article_id, "field": f, **_pick(m, "iso2", "surface", "char_start", "char_end", "via")}
            for m in entities[f]["countries"]]
        rows["place_mentions"] += [
            {"article_id": article_id, "field": f, **_pick(m, "name_ar", "iso2", "kind", "char_start", "char_end")}
            for m in entities[f]["places"]]
        rows["organisation_mentions"] += [
            {"article_id": article_id, "field": f,
             **_pick(m, "name_ar", "iso2", "kind", "surface", "char_start", "char_end")}
            for m in entities[f]["organisations"]]
        rows["time_expressions"] += [
            {"article_id": article_id, "field": f,
             **_pick(t, "surface", "char_start", "char_end", "value", "granularity", "resolved_against", "calendar")}
            for t in times[f]]
    for person in persons:
        rows["article_persons"].append(
            {"article_id": article_id, **_pick(person, "person_id", "name_ar", "title_ar", "country_iso2")})
        rows["person_mentions"] += [
            {"article_id": article_id, "person_id": person["person_id"], "field": FIELDS[m["part"]],
             **_pick(m, "surface", "char_start", "char_end")}
            for m in person["mentions"]]
    rows["visits"] = [_shifted(v, body_offset) for v in find_visits(
        docs["body"], article.body_persons(), article.title_persons(), published, lexicons.visits,
        lexicons.visit_model, title=docs["title"])]
    rows["aid"] = [_shifted(a, body_offset) for a in find_aid(
        docs["body"], lexicons.currencies, published.year if published else None, lexicons.aid_models)]
    if body_offset:
        for table in ("country_mentions", "place_mentions", "organisation_mentions", "time_expressions",
                      "person_mentions"):
            rows[table] = [_shifted(r, body_offset) if r["field"] == "body" else r for r in rows[table]]
    rows["visits"] = [
        {"visit_id": stable_id(article_id, v["visitor_person_id"] or v["visitor_name_ar"], v["visitor_country_iso2"],
                               v["host_country_iso2"]),
         "article_id": article_id, **v}
        for v in rows["visits"]]
    rows["aid"] = [
        {"aid_id": stable_id(article_id, a["evidence_start"], a["amount_surface"], a["amount"], a["donor_iso2"],
                             a["donor_name_ar"], a["recipient_iso2"], a["recipient_name_ar"], a["status"]),
         "article_id": article_id, **a, **_in_usd(a, published, lexicons)}
        for a in rows["aid"]]
    return {table: _unique_by_key(table, table_rows) for table, table_rows in rows.items()}


# Set by prepare_worker: this process is an extraction worker, whose collector is frozen.
_frozen_worker = False
# A worker freezes its caches at the end of each slice, and within a slice at the end of an
# article once it has read this many characters since it last froze them (about 100 ANT articles,
# or one long body): a slice may hold 600 articles, and the first slices fill the caches most.
FREEZE_EVERY_CHARS = 150_000


def prepare_worker() -> None:
    """In an extraction worker process, before its first slice: build the lexicons, collect the
    garbage of their building, and freeze the collector's generations (gc.freeze). The lexicons
    (millions of objects) live as long as the worker and nothing they hold is freed before it
    ends, so no full collection needs to walk them again. After each slice (and within a long
    one, every FREEZE_EVERY_CHARS) the worker freezes what extraction has cached since
    (freeze_after_slice).
    Only the workers freeze: in the parent (Prefect's objects) or in `marsad serve`, objects alive
    now may become cyclic garbage that must still be collected.

    A failure to build them is left to the first slice, which raises it with its own message: an
    initializer that raises breaks the pool with no cause given."""
    global _frozen_worker
    try:
        load_lexicons()
    except Exception:  # noqa: BLE001 - raised again, with its cause, by the first slice
        return
    gc.collect()
    gc.freeze()
    _frozen_worker = True


def freeze_after_slice() -> None:
    """In a worker (prepare_worker ran), after a slice: collect, then freeze what is left, which is
    the word caches the slice filled (word_table's WordTags, clitic readings, tagger features ...), so
    that no full collection walks them again; a long body's windows reach the oldest generation
    and each full collection would walk every cached entry, freeing none of them.
    What is frozen is all reachable (gc.collect first), and none of it is kept alive by freezing:
    a frozen object is still freed when its count of references falls to zero. What freezing
    gives up is only the collection of a frozen object that later becomes garbage in a cycle:
    the caches evict plain values that hold no cycle (strings, tuples, lists and dicts of them,
    clitics.Reading, WordTags), and the slice's rows and items, frozen with them, are dicts, lists
    and tuples of plain values, freed by their counts once the slice is sent back. (Over 6,000
    articles in slices, a collection after gc.unfreeze() finds nothing unreachable.)
    Inline (no prepare_worker) it does nothing."""
    if _frozen_worker:
        gc.collect()
        gc.freeze()


def extract_articles(items: list[tuple[str, str | None, str, datetime | None]]) -> list[dict | str]:
    """extract_article over (article_id, title, body, published) items, in a worker or inline.

    A failure on one article gives its message in place of rows: the article is kept and the
    failure recorded, and the other articles go on.
    """
    lexicons = load_lexicons()
    results: list[dict | str] = []
    unfrozen_chars = 0
    for identifier, title, body, published in items:
        try:
            results.append(extract_article(identifier, title, body, published, lexicons))
        except Exception as error:  # an extractor's bug must not lose the article or stop the run
            results.append(f"{type(error).__name__}: {error}")
        unfrozen_chars += len(body)
        if unfrozen_chars >= FREEZE_EVERY_CHARS:
            freeze_after_slice()
            unfrozen_chars = 0
    freeze_after_slice()
    return results


def stamp_updates(updates: list[UpdateBlock], published: datetime | None) -> list[datetime | None]:
    return [update_stamp_utc(u.clock_gmt, published) for u in updates]


def _in_usd(aid: dict, published: datetime | None, lexicons: Lexicons) -> dict:
    """The figure in US dollars at the article's publication day (transforms/aid/usd.py)."""
    day = published.astimezone(timezone.utc).date() if published else None
    usd, method = usd_amount(aid["amount"], aid["currency"], day, lexicons.usd_pegs, lexicons.ecb_usd_per_unit)
    return {"amount_usd": usd, "usd_method": method}


_OFFSETS = ("char_start", "char_end", "evidence_start", "evidence_end")


def _shifted(row: dict, by: int) -> dict:
    """A row whose body offsets were counted in a window, counted in the whole body."""
    if not by:
        return row
    return {k: (v + by if k in _OFFSETS and v is not None else v) for k, v in row.items()}


def _pick(row: dict, *keys: str) -> dict:
    return {k: row.get(k) for k in keys}


def _unique_by_key(table: str, rows: list[dict]) -> list[dict]:
    """The first row for each key of the table (an extractor may report one span twice)."""
    key = TABLES[table].key
    seen, kept = set(), []
    for row in rows:
        marker = tuple(row.get(k) for k in key)
        if marker not in seen:
            seen.add(marker)
            kept.append(row)
    return kept

"""Visits across articles: the same trip told by several articles is one event.

Rows join an event when they share the host country and the visitor (the same person, or for
unnamed visitors the same visitor country; a named and an unnamed visitor of the same country
also join), and their days lie within one day of each other. Rows without a full day join an
event of the same visitor and host only when it has no day either.
"""
from __future__ import annotations

import hashlib
from datetime import date


def _day(row) -> date | None:
    value = row.get("start_date")
    if isinstance(value, date):
        return value
    text = row.get("date_value") or ""
    if len(text) == 10 and text[:4].isdigit():
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    return None


def _visitor_key(row):
    return row.get("visitor_person_id") or row.get("visitor_name_ar") or None


def cluster_visits(rows: list[dict]) -> list[dict]:
    """Events from visit rows (each with visit_id, host_country_iso2, visitor fields, dates).

    Returns [{event_id, visitor_name_ar, visitor_country_iso2, host_country_iso2, start_date,
    article_count, visit_ids}], events in order of first appearance."""
    events: list[dict] = []
    order = sorted(range(len(rows)), key=lambda i: (_day(rows[i]) or date.max, i))
    for i in order:
        row = rows[i]
        day = _day(row)
        home = None
        for ev in events:
            if ev["host_country_iso2"] != row.get("host_country_iso2"):
                continue
            same_person = _visitor_key(row) and _visitor_key(row) in ev["_visitors"]
            same_country = row.get("visitor_country_iso2") and row.get("visitor_country_iso2") == ev["visitor_country_iso2"] \
                and (not _visitor_key(row) or not ev["_visitors"])
            if not (same_person or same_country):
                continue
            if day is None and ev["start_date"] is None or day is not None and ev["start_date"] is not None \
                    and abs((day - ev["_last"]).days) <= 1:
                home = ev
                break
        if home is None:
            home = {"visitor_name_ar": row.get("visitor_name_ar"), "visitor_country_iso2": row.get("visitor_country_iso2"),
                    "host_country_iso2": row.get("host_country_iso2"), "start_date": day, "_last": day,
                    "_visitors": set(), "_articles": set(), "visit_ids": [], "_first": i}
            events.append(home)
        if _visitor_key(row):
            home["_visitors"].add(_visitor_key(row))
            home["visitor_name_ar"] = home["visitor_name_ar"] or row.get("visitor_name_ar")
        if day is not None:
            home["_last"] = max(home["_last"], day) if home["_last"] else day
        home["_first"] = min(home["_first"], i)
        home["_articles"].add(row.get("article_id"))
        home["visit_ids"].append(row.get("visit_id"))
    out = []
    for ev in sorted(events, key=lambda e: e["_first"]):
        basis = "|".join(sorted(str(v) for v in ev["visit_ids"]))
        out.append({
            "event_id": hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16],
            "visitor_name_ar": ev["visitor_name_ar"],
            "visitor_country_iso2": ev["visitor_country_iso2"],
            "host_country_iso2": ev["host_country_iso2"],
            "start_date": ev["start_date"],
            "article_count": len(ev["_articles"]),
            "visit_ids": ev["visit_ids"],
        })
    return out

"""Visits across articles: the same trip told by several articles is one event.

Rows join an event when they share the host country and the visitor (the same person, or for
unnamed visitors the same visitor country; an unnamed visitor also joins a named one of the same
country), and their days lie within one day of each other. A row without a day joins the event
of its visitor and host whose day lies within a week of the article's publication (news reports a
visit in the days around it) when the row carries `published`/`published_at`; otherwise it joins
an undated event of that visitor and host.
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime

_SAME_TRIP_DAYS = 1
_REPORTING_WINDOW_DAYS = 7


def _as_day(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10 and value[:4].isdigit():
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _day(row) -> date | None:
    return _as_day(row.get("start_date")) or _as_day(row.get("date_value"))


def _published(row) -> date | None:
    return _as_day(row.get("published_at")) or _as_day(row.get("published"))


def _visitor_key(row):
    return row.get("visitor_person_id") or row.get("visitor_name_ar") or None


def _same_visitor(row, event) -> bool:
    key = _visitor_key(row)
    if key and key in event["_visitors"]:
        return True
    country = row.get("visitor_country_iso2")
    return bool(country) and country == event["visitor_country_iso2"] and (not key or not event["_visitors"])


def _new_event(row, day, index) -> dict:
    return {"visitor_name_ar": row.get("visitor_name_ar"), "visitor_country_iso2": row.get("visitor_country_iso2"),
            "host_country_iso2": row.get("host_country_iso2"), "start_date": day, "_last": day,
            "_visitors": set(), "_articles": set(), "visit_ids": [], "_first": index}


def cluster_visits(rows: list[dict]) -> list[dict]:
    """Events from visit rows (visit_id, article_id, visitor_person_id, visitor_name_ar,
    visitor_country_iso2, host_country_iso2, start_date/date_value, optionally published).

    Returns [{event_id, visitor_name_ar, visitor_country_iso2, host_country_iso2, start_date,
    article_count, visit_ids}], in order of each event's first row."""
    events: list[dict] = []
    by_host: dict = {}  # host -> its events, so each row looks only at trips to the same country
    dated = sorted((i for i in range(len(rows)) if _day(rows[i])), key=lambda i: (_day(rows[i]), i))
    undated = [i for i in range(len(rows)) if not _day(rows[i])]
    for i in dated + undated:
        row = rows[i]
        day, published = _day(row), _published(row)
        home = None
        for event in by_host.get(row.get("host_country_iso2"), []):
            if not _same_visitor(row, event):
                continue
            if day is not None:
                fits = event["start_date"] is not None and (day - event["_last"]).days <= _SAME_TRIP_DAYS
            elif published is not None and event["start_date"] is not None:
                fits = (event["start_date"] - published).days <= _REPORTING_WINDOW_DAYS \
                    and (published - event["_last"]).days <= _REPORTING_WINDOW_DAYS
            else:
                fits = event["start_date"] is None
            if fits:
                home = event
                break
        if home is None:
            home = _new_event(row, day, i)
            events.append(home)
            by_host.setdefault(row.get("host_country_iso2"), []).append(home)
        if _visitor_key(row):
            home["_visitors"].add(_visitor_key(row))
            home["visitor_name_ar"] = home["visitor_name_ar"] or row.get("visitor_name_ar")
        if day is not None:
            home["_last"] = max(home["_last"], day)
        home["_first"] = min(home["_first"], i)
        home["_articles"].add(row.get("article_id"))
        home["visit_ids"].append(row.get("visit_id"))
    out = []
    for event in sorted(events, key=lambda e: e["_first"]):
        basis = "|".join(sorted(str(v) for v in event["visit_ids"]))
        out.append({
            "event_id": hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16],
            "visitor_name_ar": event["visitor_name_ar"],
            "visitor_country_iso2": event["visitor_country_iso2"],
            "host_country_iso2": event["host_country_iso2"],
            "start_date": event["start_date"],
            "article_count": len(event["_articles"]),
            "visit_ids": event["visit_ids"],
        })
    return out

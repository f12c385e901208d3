"""One row per (visitor, host country) in an article, keeping the most specific place and date.

A visit reported as happening in any sentence is `occurred`, even if an earlier update announced
it as planned. The date is the most specific one any frame gives (a day over a month over a
year), the first such in the text, unless another frame tells the visit done on an earlier day of the
same stay (a few days before it): a visit's day is its first (منح رئيس دولة الإمارات، الجمعة، "وسام زايد" للرئيس
الصيني ...؛ وبدأ الرئيس الصيني الخميس، زيارة للإمارات تستغرق 3 أيام: the Thursday). The place is
the first city or venue named. An unnamed
official of a country drops out when a named visitor of that country goes to the same host (the
delegation is the named minister's), and an anonymous gathering drops out when the host has
any other visitor.
"""
from __future__ import annotations

from datetime import date

# Days a stay's later day may stand after its first and still be the same visit's: a state visit
# runs two to four days; an earlier visit of the same pair told in passing (وكان ... قد زار) lies weeks
# or months before and keeps the first day told. Only a frame told as done lends its earlier day: a planned
# one's day is as often the day its plan was announced (أصدرت السفارة ... بيانا الاثنين تعلن فيه أن ولي العهد
# سيلتقي الرئيس الأمريكي الثلاثاء).
_STAY_DAYS = 3


def _specificity(value):
    return {4: 1, 7: 2, 10: 3}.get(len(value), 0) if value else 0


def _day(value) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None  # XXXX-MM-DD: a day of no known year


def _earlier_day_of_stay(value, kept) -> bool:
    """`value` is a whole day at most _STAY_DAYS before the whole day `kept`: the same stay's first."""
    day, later = _day(value), _day(kept)
    return day is not None and later is not None and 0 < (later - day).days <= _STAY_DAYS


# Days before publication the article's own visit may lie: news tells a visit within the week. A day more
# than a week before that one is another trip's: a state visit or a tour rarely runs longer, and a stay's
# first day a few days before (_STAY_DAYS) is the same visit's.
_NEWS_DAYS = 7


def _news_visit_day(value, kept, published: date | None) -> bool:
    """`value` is a whole day of the week before publication, and the whole day `kept` lies more than a week
    before it: `kept` is an earlier visit of the same pair told in passing (وكان الموفد الأممي قد زار صنعاء في 17
    يونيو الماضي وغادرها بعد يومين ... وصل مبعوث الأمم المتحدة لليمن مارتن غريفيث الاثنين إلى صنعاء), and the
    article's row is the visit it reports."""
    day, earlier = _day(value), _day(kept)
    return (day is not None and earlier is not None and published is not None
            and 0 <= (published - day).days <= _NEWS_DAYS and (day - earlier).days > _NEWS_DAYS)


STAY_DAY = "date_rule"  # the key a frame row's day rule is told by, when this merge chose it
_STAY_RULE = "the first day of its stay another frame tells done"
_NEWS_RULE = "the reported visit's day, not an earlier visit's of the pair"


def _say_stay_day(row: dict, rule: str = _STAY_RULE) -> None:
    """Say which rule chose the row's day: in a decided row's `decided_by`, else (a frame rules' row,
    read again by decide.py) under STAY_DAY."""
    if "decided_by" in row:
        if rule not in (row["decided_by"] or ""):
            row["decided_by"] = f"{row['decided_by']}; day: {rule}"
    else:
        row[STAY_DAY] = rule


def merge_visit_rows(rows: list[dict], published: date | None = None) -> list[dict]:
    """Merge rows (in text order) that share `_key` (a delegation member's `_lead` names the
    leader's key); returns rows without those private fields. `published` (the article's day) tells
    the reported visit from an earlier one of the same pair."""
    merged: dict = {}
    for row in rows:
        key = row["_key"]
        if key not in merged:
            merged[key] = dict(row)
            continue
        kept = merged[key]
        if row["status"] == "occurred" and kept["status"] != "occurred":
            kept["status"] = "occurred"
            kept.update(evidence=row["evidence"], evidence_start=row["evidence_start"],
                        evidence_end=row["evidence_end"], trigger=row["trigger"])
        if _specificity(row["date_value"]) > _specificity(kept["date_value"]):
            kept["date_value"] = row["date_value"]
            kept["start_date"] = row["start_date"]
            kept.pop(STAY_DAY, None)
        elif row["status"] == "occurred" and _earlier_day_of_stay(row["date_value"], kept["date_value"]):
            kept["date_value"] = row["date_value"]
            kept["start_date"] = row["start_date"]
            _say_stay_day(kept)
        elif row["status"] == "occurred" and _news_visit_day(row["date_value"], kept["date_value"], published):
            kept["date_value"] = row["date_value"]
            kept["start_date"] = row["start_date"]
            _say_stay_day(kept, _NEWS_RULE)
        if kept["place_ar"] is None and row["place_ar"] is not None:
            kept["place_ar"] = row["place_ar"]
    out = list(merged.values())
    # Members of a delegation travel on the leader's day, to the leader's place (ويضم الوفد ...).
    for row in out:
        lead = merged.get(row.get("_lead")) if row.get("_lead") else None
        if lead is not None and _specificity(lead["date_value"]) > _specificity(row["date_value"]):
            row["date_value"], row["start_date"] = lead["date_value"], lead["start_date"]
        if lead is not None and row["place_ar"] is None:
            row["place_ar"] = lead["place_ar"]
    named = {(r["visitor_country_iso2"], r["host_country_iso2"]) for r in out if r["visitor_name_ar"]}
    hosts_with_visitors = {r["host_country_iso2"] for r in out if r["visitor_country_iso2"] or r["visitor_name_ar"]}
    final = []
    for r in out:
        if not r["visitor_name_ar"]:
            if r["visitor_country_iso2"] and (r["visitor_country_iso2"], r["host_country_iso2"]) in named:
                continue
            if not r["visitor_country_iso2"] and r["host_country_iso2"] in hosts_with_visitors:
                continue
        final.append({k: v for k, v in r.items() if not k.startswith("_")})
    return final

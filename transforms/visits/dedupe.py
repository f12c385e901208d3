"""One row per (visitor, host country) in an article, keeping the most specific place and date.

A visit reported as happening in any sentence is `occurred`, even if an earlier update announced
it as planned. The date is the most specific one any frame gives (a day over a month over a
year), the first such in the text; the place is the first city or venue named. An unnamed
official of a country drops out when a named visitor of that country goes to the same host (the
delegation is the named minister's), and an anonymous gathering drops out when the host has
any other visitor.
"""
from __future__ import annotations


def _specificity(value):
    return {4: 1, 7: 2, 10: 3}.get(len(value), 0) if value else 0


def merge_visit_rows(rows: list[dict]) -> list[dict]:
    """Merge rows (in text order) that share `_key` (a delegation member's `_lead` names the
    leader's key); returns rows without those private fields."""
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

"""Check a file of team labels against the gold record format of ../shared/gold/GUIDELINES.md.

    python scripts/check_labels.py gold/team/batch_01.jsonl [--ids gold/team/batch_01.ids]
Prints one line per problem and exits 1 if there is any.
"""
from __future__ import annotations

import argparse
import json
import re
import sys

DATE = re.compile(r"(?:\d{4}|XXXX)-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}")
ISO2 = re.compile(r"[A-Z]{2}")


def problems(record: dict) -> list[str]:
    out = []
    for key in ("id", "published", "countries", "persons", "visits", "aid", "dates"):
        if key not in record:
            out.append(f"missing {key}")
    for c in record.get("countries", []):
        if not ISO2.fullmatch(c or ""):
            out.append(f"country {c!r}")
    for p in record.get("persons", []):
        if not p.get("name") or set(p) - {"name", "title", "country"}:
            out.append(f"person {p}")
        if p.get("country") and not ISO2.fullmatch(p["country"]):
            out.append(f"person country {p}")
    for v in record.get("visits", []):
        if set(v) != {"visitor", "visitor_country", "host_country", "place", "date", "status"}:
            out.append(f"visit keys {sorted(v)}")
        if not ISO2.fullmatch(v.get("host_country") or ""):
            out.append(f"visit host {v}")
        if v.get("status") not in ("occurred", "planned"):
            out.append(f"visit status {v}")
        if v.get("date") and not DATE.fullmatch(v["date"]):
            out.append(f"visit date {v}")
    for a in record.get("aid", []):
        if set(a) != {"donor", "recipient", "amount", "currency", "period", "aid_type", "since_year", "status"}:
            out.append(f"aid keys {sorted(a)}")
        if not isinstance(a.get("amount"), (int, float)) or a["amount"] <= 0:
            out.append(f"aid amount {a}")
        if a.get("period") not in ("annual", "monthly", "once"):
            out.append(f"aid period {a}")
        if a.get("aid_type") not in ("military", "economic", "humanitarian", "development", "loan", "unspecified"):
            out.append(f"aid type {a}")
        if a.get("status") not in ("provided", "pledged", "cut"):
            out.append(f"aid status {a}")
        if not re.fullmatch(r"[A-Z]{3}", a.get("currency") or ""):
            out.append(f"aid currency {a}")
    for d in record.get("dates", []):
        if not d.get("text") or not DATE.fullmatch(d.get("value") or ""):
            out.append(f"date {d}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels")
    ap.add_argument("--ids")
    args = ap.parse_args()
    bad = 0
    seen = []
    for n, line in enumerate(open(args.labels, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"line {n}: not JSON ({error})")
            bad += 1
            continue
        seen.append(record.get("id"))
        for p in problems(record):
            print(f"line {n} {record.get('id')}: {p}")
            bad += 1
    if args.ids:
        wanted = open(args.ids, encoding="utf-8").read().split()
        for i in wanted:
            if i not in seen:
                print(f"not annotated: {i}")
                bad += 1
        dup = {i for i in seen if seen.count(i) > 1}
        if dup:
            print(f"annotated twice: {sorted(dup)}")
            bad += 1
    print(f"{len(seen)} records, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

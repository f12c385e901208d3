"""The date rows that differ between two dumps of scripts/dates_identity.py, each shown in its sentence.

For checking a rule on non-gold ANT articles: dump the rows once with the old tree and once with the new
(see dates_identity.py), then list what the rule changed, row by row, with the text around it, to count
the rows it adds, drops or moves and to judge a sample of them. Rows are matched by (surface, offset);
a row whose value changed is shown once, old → new.

Usage: python scripts/dates_rowdiff.py OLD.jsonl NEW.jsonl [--shared ../shared] [--context 160] [--values]
       (--values: leave out the rows that have no value on either side)
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def changed_rows(old_lines, new_lines):
    """(id, part, surface, offset, old value or "absent", new value or "absent") for each row that differs
    between two dumps of the same articles (JSON lines [id, part, rows], in the same order)."""
    out = []
    for old_line, new_line in zip(old_lines, new_lines, strict=True):
        if old_line == new_line:
            continue
        old_id, part, old_rows = json.loads(old_line)
        new_id, _, new_rows = json.loads(new_line)
        if old_id != new_id:
            raise ValueError(f"the dumps are not of the same articles: {old_id} against {new_id}")
        before = {(r["surface"], r["char_start"]): r["value"] for r in old_rows}
        after = {(r["surface"], r["char_start"]): r["value"] for r in new_rows}
        for key in sorted(before.keys() | after.keys(), key=lambda k: k[1]):
            was, now = before.get(key, "absent"), after.get(key, "absent")
            if was != now:
                out.append((old_id, part, key[0], key[1], was, now))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--context", type=int, default=160)
    ap.add_argument("--values", action="store_true")
    args = ap.parse_args()
    with open(args.old, encoding="utf-8") as old, open(args.new, encoding="utf-8") as new:
        rows = changed_rows(old, new)
    if args.values:
        rows = [r for r in rows if r[4] not in (None, "absent") or r[5] not in (None, "absent")]
    wanted = {r[0] for r in rows}
    texts = {}
    for path in sorted(glob.glob(str(args.shared / "data" / "ant-news" / "*.jsonl"))):
        with open(path, encoding="utf-8") as source:
            for line in source:
                record = json.loads(line)
                if record["id"] in wanted:
                    texts[record["id"]] = record
    for article, part, surface, offset, was, now in rows:
        record = texts.get(article, {})
        text = record.get(part) or ""
        before = text[max(0, offset - args.context):offset].replace("\n", " | ")
        after = text[offset + len(surface):offset + len(surface) + args.context // 3].replace("\n", " | ")
        print(f"{article} {part} (published {record.get('date')}): {was} → {now}")
        print(f"    …{before}[[{surface}]]{after}…")
    added = sum(r[4] in (None, "absent") and r[5] not in (None, "absent") for r in rows)
    dropped = sum(r[4] not in (None, "absent") and r[5] in (None, "absent") for r in rows)
    moved = sum(r[4] not in (None, "absent") and r[5] not in (None, "absent") for r in rows)
    print(f"{len(rows)} rows differ: {added} gain a value, {dropped} lose theirs, {moved} change value, "
          f"{len(rows) - added - dropped - moved} without a value on either side")
    return 0


if __name__ == "__main__":
    sys.exit(main())

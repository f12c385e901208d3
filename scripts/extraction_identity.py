"""Dump every extracted row of non-gold ANT articles, or compare with such a dump, to check that a
change meant to keep the output (a speed-up) leaves every table identical.

extract_article runs over a fixed random sample of --n ANT articles that are in no gold file
(--gold, else train, dev, seed and the team's batches); each row of each table is written as one
JSON line [table, article_id, row] (keys sorted). With --compare OLD the rows are compared with
OLD's, table by table, as multisets: the script prints how many rows differ in each table (rows
only in OLD and rows only in the new run) and the first few of each, and exits 1 when any differ.
Record the baseline on the old commit first (a worktree of it, or PYTHONPATH set to a
`git archive` of it), then compare after each change.

Usage: python scripts/extraction_identity.py OUT [--n 3000] [--shared ../shared] [--gold /tmp/allgold.jsonl]
                                              [--compare OLD] [--show 5]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SEED = 2018


def gold_ids(repo: Path, shared: Path, gold: Path | None) -> set[str]:
    if gold is not None:
        paths = [gold]
    else:
        paths = [shared / "gold" / name for name in ("train.jsonl", "dev.jsonl", "seed.jsonl")]
        paths += sorted((repo / "gold" / "team").glob("*.jsonl"))
    ids = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def sample_articles(corpus: Path, size: int, exclude: set[str]) -> list[dict]:
    records = []
    for shard in sorted(corpus.glob("*.jsonl")):
        for line in shard.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                record = json.loads(line)
                if record.get("id") not in exclude:
                    records.append(record)
    records.sort(key=lambda r: r["id"])
    return random.Random(SEED).sample(records, min(size, len(records)))


def row_lines(records: list[dict]) -> list[str]:
    from flows.extraction import extract_article
    from flows.lexicons import load_lexicons
    from transforms.jsonl_records import parse_published

    lexicons = load_lexicons()
    lines = []
    for record in records:
        rows = extract_article(record["id"], record.get("title"), record.get("text") or "",
                               parse_published(record.get("date")), lexicons)
        for table in sorted(rows):
            for row in rows[table]:
                lines.append(json.dumps([table, record["id"], row], ensure_ascii=False, sort_keys=True,
                                        default=str))
    return lines


def compare(old: list[str], new: list[str], show: int) -> int:
    """Rows per table only in `old` and only in `new` (multisets); the count of differing rows."""
    def table(line: str) -> str:
        return line[2:line.index('"', 2)]  # the line opens with ["<table>",

    only_old, only_new = Counter(old) - Counter(new), Counter(new) - Counter(old)
    totals = Counter(table(line) for line in new)
    differing = 0
    for name in sorted(set(totals) | {table(line) for line in old}):
        gone = sorted(line for line in only_old.elements() if table(line) == name)
        added = sorted(line for line in only_new.elements() if table(line) == name)
        differing += len(gone) + len(added)
        print(f"  {name:24} {totals[name]:7} rows; only in old {len(gone)}, only in new {len(added)}")
        for line in gone[:show]:
            print(f"    - {line}")
        for line in added[:show]:
            print(f"    + {line}")
    return differing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--gold", type=Path, help="a JSON Lines file of every gold record (its ids are left out)")
    ap.add_argument("--compare", type=Path, help="a dump made earlier by this script")
    ap.add_argument("--show", type=int, default=5, help="differing rows printed per table and side")
    args = ap.parse_args()
    records = sample_articles(args.shared / "data" / "ant-news", args.n, gold_ids(REPO, args.shared, args.gold))
    lines = row_lines(records)
    args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    digest = hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()[:16]
    print(f"{len(records)} non-gold articles, {len(lines)} rows, sha256 {digest} -> {args.out}")
    if args.compare is None:
        return 0
    old = [line for line in args.compare.read_text(encoding="utf-8").split("\n") if line]
    differing = compare(old, lines, args.show)
    print(f"differing rows: {differing}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())

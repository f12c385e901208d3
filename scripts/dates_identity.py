"""Dump the date rows of non-gold ANT articles, to check that an engine change leaves them identical.

Every date row (surface, char offsets, value, granularity, resolved_against, calendar) of the title
and body of the first --n ANT articles that are in no gold file (train, dev, seed, the team's), one
JSON line per title or body, extracted as the pipeline calls it (the normalised text passed in) and
checked to be the same as on the raw text. Run it once on a `git archive` of the old commit (with
PYTHONPATH set to that tree) and once on the working tree, then compare the two files (cmp) or
their printed digests; scripts/dates_rowdiff.py lists the rows that differ, each in its sentence (to
check a rule that should change rows).

Usage: PYTHONPATH=<tree> python scripts/dates_identity.py OUT [--n 6000] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def gold_ids(repo: Path, shared: Path) -> set[str]:
    paths = [shared / "gold" / name for name in ("train.jsonl", "dev.jsonl", "seed.jsonl")]
    paths += sorted((repo / "gold" / "team").glob("*.jsonl"))
    ids = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=6000)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    args.corpus = args.shared / "data" / "ant-news"
    from flows.lexicons import load_lexicons
    from transforms.arabic_text import normalize
    from transforms.dates import extract_time_expressions
    from transforms.jsonl_records import parse_published

    lexicon = load_lexicons().dates
    left_out = gold_ids(REPO, args.shared)
    digest, n, rows, raw_differs = hashlib.sha256(), 0, 0, 0
    with open(args.out, "w", encoding="utf-8") as handle:
        for path in sorted(glob.glob(str(args.corpus / "*.jsonl"))):
            with open(path, encoding="utf-8") as source:
                for line in source:
                    record = json.loads(line)
                    if record["id"] in left_out:
                        continue
                    published = parse_published(record.get("date"))
                    for part in ("title", "text"):
                        text = record.get(part) or ""
                        found = extract_time_expressions(text, published, lexicon, normalize(text))
                        raw_differs += found != extract_time_expressions(text, published, lexicon)
                        rows += len(found)
                        out = json.dumps([record["id"], part, found], ensure_ascii=False, sort_keys=True) + "\n"
                        digest.update(out.encode("utf-8"))
                        handle.write(out)
                    n += 1
                    if n >= args.n:
                        break
            if n >= args.n:
                break
    print(f"{n} non-gold articles, {rows} date rows, sha256 {digest.hexdigest()[:16]}; "
          f"raw text differs from the normalised text passed in: {raw_differs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

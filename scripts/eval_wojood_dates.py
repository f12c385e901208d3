"""An outside check of the date grammar: precision and recall of our time expressions against the
DATE spans hand-tagged in the Wojood sample (../shared/data/wojood-sample/wojood_sample.jsonl).

A span counts as found when one of our expressions overlaps it, and one of ours counts as right when
it overlaps a DATE span. Wojood's text is tokenised (spaces around punctuation), mixes archive captions
and dialect with news, and tags more than calendar dates (اليومي، كل سنة); read the figures as a check,
not a target: the grammar is not tuned to them. No publication time is given.

Usage: python scripts/eval_wojood_dates.py [--data ../shared/data/wojood-sample/wojood_sample.jsonl] [--show N]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.lexicons import load_lexicons  # noqa: E402
from transforms.dates import extract_time_expressions  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "wojood-sample" / "wojood_sample.jsonl"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--show", type=int, default=0, help="print this many misses and false alarms")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"no Wojood sample at {args.data}")
        return 0
    lexicon = load_lexicons().dates
    gold_n = found = ours_n = right = 0
    misses, alarms = [], []
    for line in args.data.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        gold = [(e["start_char"], e["end_char"]) for e in record["entities"] if e["type"] == "DATE"]
        ours = [(e["char_start"], e["char_end"]) for e in extract_time_expressions(text, None, lexicon)]
        gold_n += len(gold)
        ours_n += len(ours)
        for g in gold:
            if any(overlaps(g, o) for o in ours):
                found += 1
            else:
                misses.append(text[g[0]:g[1]])
        for o in ours:
            if any(overlaps(o, g) for g in gold):
                right += 1
            else:
                alarms.append((text[o[0]:o[1]], text[max(0, o[0] - 40):o[1] + 20]))
    precision = right / ours_n if ours_n else 0.0
    recall = found / gold_n if gold_n else 0.0
    print(f"Wojood DATE spans: precision {precision:.3f} ({right}/{ours_n} of ours overlap a DATE span), "
          f"recall {recall:.3f} ({found}/{gold_n} DATE spans overlapped)")
    if args.show:
        print("misses:", misses[: args.show])
        print("false alarms:", alarms[: args.show])
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Where the dates stage spends its time, on non-gold ANT articles: a breakdown timed without a profiler,
then cProfile's hot spots in transforms/dates.

The breakdown (CPU time per text, best of --rounds, each part on the same texts): normalize() alone; the
trigger index's pass alone (lexicon.trigger_index.hits, in C); the trigger scan (_scan: that pass and the
Python that reads its hits); the grammar matches (_matches: the scan, the lead words and the grammar
regex); the whole extraction as the pipeline calls it (the normalised text passed in) and on the raw
text (normalised inside, as bench/dates_peer_bench.py's raw way). The hot spots: the functions of
transforms/dates (and normalize) by their own time, then by their time with what they call, under
cProfile (which weighs every Python call: a guide to where, not to how much).

The texts are the titles and bodies of --n articles in no gold file (train, dev, seed, the team's),
taken evenly across the corpus.

Usage: python scripts/dates_profile.py [--n 3000] [--top 10] [--rounds 5] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import cProfile
import glob
import json
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from dates_identity import gold_ids  # noqa: E402


def texts_of(shared: Path, n: int) -> list[tuple[str, object]]:
    from transforms.jsonl_records import parse_published

    left_out = gold_ids(REPO, shared)
    articles = []
    for path in sorted(glob.glob(str(shared / "data" / "ant-news" / "*.jsonl"))):
        with open(path, encoding="utf-8") as source:
            for line in source:
                record = json.loads(line)
                if record["id"] not in left_out:
                    articles.append(record)
    articles = articles[::max(1, len(articles) // n)][:n]
    return [(record.get(part) or "", parse_published(record.get("date"))) for record in articles
            for part in ("title", "text")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    from flows.lexicons import load_lexicons
    from transforms.arabic_text import normalize
    from transforms.dates import extract_time_expressions
    from transforms.dates.extract import _matches, _scan

    lexicon = load_lexicons().dates
    texts = texts_of(args.shared, args.n)
    norms = [normalize(text) for text, _ in texts]
    index = lexicon.trigger_index

    def normalising():
        for text, _ in texts:
            normalize(text)

    def index_pass():
        for norm in norms:
            for _ in index.hits(norm.text):
                pass

    def scan():
        for norm in norms:
            _scan(norm.text, lexicon)

    def matches():
        for norm in norms:
            for _ in _matches(norm.text, lexicon):
                pass

    def pipeline():
        for (text, published), norm in zip(texts, norms):
            extract_time_expressions(text, published, lexicon, norm)

    def raw():
        for text, published in texts:
            extract_time_expressions(text, published, lexicon)

    print(f"{len(texts)} texts ({len(texts) // 2} non-gold articles), "
          f"{sum(len(t) for t, _ in texts) / len(texts):.0f} characters a text on average")
    for part in (normalising, index_pass, scan, matches, pipeline, raw):
        best = float("inf")
        for _ in range(args.rounds):
            start = time.process_time()
            part()
            best = min(best, time.process_time() - start)
        print(f"  {part.__name__:12s} {best * 1e6 / len(texts):7.1f} us a text")
    profile = cProfile.Profile()
    profile.enable()
    raw()
    profile.disable()
    stats = pstats.Stats(profile)
    for key in ("tottime", "cumulative"):
        print(f"\nhot spots by {key} (raw way, under cProfile):")
        stats.sort_stats(key).print_stats(r"transforms/(dates|arabic_text)", args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())

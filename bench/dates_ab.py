"""The dates extractor of two checkouts timed against each other in one process: CPU time per text and B's cost as a
share of A's, raw (normalised inside, as bench/dates_peer_bench.py's raw way) and as the pipeline calls it.

On a loaded machine two runs of the peer bench swing by ±10 % (its ratio is also dateparser's time), far more than a
speed-up of a few per cent; separate processes meet different load. Here both checkouts' code is loaded into this
process (each its own modules: the first's are put aside before the second is imported) and they take turns on small
chunks of the same texts, each going first in every other chunk, for --rounds passes; the share reported is the total
and the median over chunks. Both must give the same rows for every text, or the comparison stops.
An A/A run (the same checkout twice) shows the instrument's own spread (±1.5 % over 3,000 texts, 5 rounds, measured).

The texts: the titles and bodies of --n articles in no gold file (scripts/dates_profile.texts_of).

Usage: python bench/dates_ab.py A_CHECKOUT B_CHECKOUT [--n 1500] [--rounds 5] [--chunk 20] [--shared ../shared]
       (e.g. the snapshot of main and this worktree: python bench/dates_ab.py /tmp/evm .)
"""
from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# the top-level packages of a checkout whose modules are each checkout's own
_OWN = ("transforms", "flows", "marsad", "dates_profile", "dates_identity")


def load(checkout: Path):
    """(lexicon, extract_time_expressions, normalize, texts_of) of `checkout`, imported afresh."""
    for name in [n for n in sys.modules if n.split(".")[0] in _OWN]:
        del sys.modules[name]
    sys.path[:0] = [str(checkout), str(checkout / "scripts")]
    try:
        lexicon = importlib.import_module("flows.lexicons").load_lexicons().dates
        extract = importlib.import_module("transforms.dates").extract_time_expressions
        normalize = importlib.import_module("transforms.arabic_text").normalize
        texts_of = importlib.import_module("dates_profile").texts_of
    finally:
        del sys.path[:2]
    return lexicon, extract, normalize, texts_of


def cpu(extract, lexicon, texts, norms) -> float:
    """CPU seconds of `extract` over `texts` (with `norms` passed in, or normalised inside when None)."""
    start = time.process_time()
    if norms is None:
        for text, published in texts:
            extract(text, published, lexicon)
    else:
        for (text, published), norm in zip(texts, norms):
            extract(text, published, lexicon, norm)
    return time.process_time() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--chunk", type=int, default=20)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    a, b = load(args.a.resolve()), load(args.b.resolve())
    texts = b[3](args.shared, args.n)
    norms = {"A": [a[2](text) for text, _ in texts], "B": [b[2](text) for text, _ in texts]}
    for text, published in texts:
        if a[1](text, published, a[0]) != b[1](text, published, b[0]):
            print(f"the two checkouts give different rows for: {text[:80]!r}")
            return 1
    total = {f"{v}{way}": 0.0 for v in "AB" for way in ("raw", "piped")}
    shares: dict[str, list[float]] = {"raw": [], "piped": []}
    for turn in range(args.rounds):
        for i in range(0, len(texts), args.chunk):
            chunk = texts[i:i + args.chunk]
            order = "AB" if (i // args.chunk + turn) % 2 == 0 else "BA"
            got = {}
            for v in order:
                lexicon, extract = (a if v == "A" else b)[:2]
                got[f"{v}raw"] = cpu(extract, lexicon, chunk, None)
                got[f"{v}piped"] = cpu(extract, lexicon, chunk, norms[v][i:i + args.chunk])
            for key, seconds in got.items():
                total[key] += seconds
            for way in shares:
                shares[way].append(got[f"B{way}"] / max(got[f"A{way}"], 1e-9))
    n = len(texts) * args.rounds
    print(f"{len(texts)} texts, {args.rounds} rounds, chunks of {args.chunk}; CPU us a text: "
          + ", ".join(f"{key} {seconds * 1e6 / n:.1f}" for key, seconds in total.items()))
    for way in shares:
        print(f"  B/A {way:5s}: total {total['B' + way] / total['A' + way]:.3f}, median over chunks "
              f"{statistics.median(shares[way]):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

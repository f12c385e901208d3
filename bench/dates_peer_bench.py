"""Our date grammar against dateparser.search_dates(text, languages=['ar']).

Speed: articles per CPU-second over N real ANT articles (title + body), timed chunk by chunk, ours two
ways: on the raw text (the extractor normalises it itself) and as the pipeline calls it (the document's
normalised text passed in: transforms.document.analyse normalises each text once for every extractor,
so that cost is not the dates extractor's). Accuracy: dates F1 on dev gold
with the scorer's rule (per article, set of gold values vs set of predicted values); dateparser's
results map to a value by their datetime with day granularity (YYYY-MM-DD), relative to the
publication time (its RELATIVE_BASE).

Usage: python bench/dates_peer_bench.py [--corpus ../shared/data/ant-news] [--gold ../shared/gold/dev.jsonl]
       [--input dev-input.jsonl] [--n 300]
"""
from __future__ import annotations

import argparse
import glob
import json
import statistics
import sys
import time
import warnings
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.lexicons import load_lexicons  # noqa: E402
from transforms.arabic_text import normalize  # noqa: E402
from transforms.dates import extract_time_expressions  # noqa: E402

warnings.filterwarnings("ignore")
CHUNK = 30
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def load_lexicon():
    return load_lexicons().dates


def predict(article: dict, lexicon, normalized=None) -> set[str]:
    """Our values for an article: title and body, as the pipeline reads them (`normalized`: their
    normalize() results, as the document analysis passes them)."""
    published = datetime.fromisoformat(article["published"]) if article.get("published") else None
    parts = (article.get("title") or "", article.get("text") or "")
    norms = normalized or (None, None)
    return {e["value"] for part, norm in zip(parts, norms)
            for e in extract_time_expressions(part, published, lexicon, norm) if e["value"]}


def dateparser_values(article: dict) -> set[str]:
    from dateparser.search import search_dates

    published = datetime.fromisoformat(article["published"]) if article.get("published") else None
    settings = {"RELATIVE_BASE": published.replace(tzinfo=None)} if published else {}
    out = set()
    for part in (article.get("title") or "", article.get("text") or ""):
        try:
            found = search_dates(part, languages=["ar"], settings=settings) or []
        except Exception:  # dateparser raises on some inputs; count them as nothing found
            found = []
        out |= {d.date().isoformat() for _, d in found}
    return out


def f1(articles, gold, predictor):
    tp = n_gold = n_pred = 0
    for a in articles:
        g = {d["value"] for d in gold[a["id"]]["dates"]}
        p = predictor(a)
        tp, n_gold, n_pred = tp + len(g & p), n_gold + len(g), n_pred + len(p)
    precision, recall = (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0)
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "data" / "ant-news")
    ap.add_argument("--gold", type=Path, default=SHARED / "gold" / "dev.jsonl")
    ap.add_argument("--input", type=Path, help="pipeline-input JSONL for the gold articles "
                                               "(default: the gold ids taken from --corpus)")
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()
    if not args.corpus.exists() or not args.gold.exists():
        print(f"no corpus at {args.corpus} or no gold at {args.gold}: nothing to compare")
        return 0

    lexicon = load_lexicon()
    corpus = []
    for path in sorted(glob.glob(str(args.corpus / "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                r = json.loads(line)
                corpus.append({"id": r["id"], "title": r.get("title"), "text": r.get("text"), "published": r.get("date")})
    step = max(1, len(corpus) // args.n)
    sample = corpus[::step][: args.n]

    # CPU time of this process, in chunks of articles timed back to back (ours both ways, in turns
    # going first, then dateparser on the same chunk), so that load from other work on the machine weighs on both alike; the ratio
    # reported is the median of the chunks' ratios.
    # (the pipeline way: the texts normalised beforehand, as the document analysis does once)
    normalized = [tuple(normalize(a.get(k) or "") for k in ("title", "text")) for a in sample]
    dateparser_values(sample[0])  # dateparser loads its Arabic data on first use
    predict(sample[0], lexicon)
    ours_cpu = piped_cpu = peer_cpu = 0.0
    ratios, piped_ratios = [], []
    def raw_way(chunk, norms):
        for a in chunk:
            predict(a, lexicon)

    def piped_way(chunk, norms):
        for a, n in zip(chunk, norms):
            predict(a, lexicon, n)

    for i in range(0, len(sample), CHUNK):
        chunk, norms = sample[i:i + CHUNK], normalized[i:i + CHUNK]
        # our two ways take turns at going first, so that neither always meets the chunk's texts
        # already in the processor's caches
        ways = (raw_way, piped_way) if (i // CHUNK) % 2 == 0 else (piped_way, raw_way)
        times = {}
        for way in ways:
            t0 = time.process_time()
            way(chunk, norms)
            times[way] = time.process_time() - t0
        t2 = time.process_time()
        for a in chunk:
            dateparser_values(a)
        t3 = time.process_time()
        raw_t, piped_t = times[raw_way], times[piped_way]
        ours_cpu, piped_cpu, peer_cpu = ours_cpu + raw_t, piped_cpu + piped_t, peer_cpu + (t3 - t2)
        ratios.append((t3 - t2) / max(raw_t, 1e-9))
        piped_ratios.append((t3 - t2) / max(piped_t, 1e-9))
    ours_speed, piped_speed, peer_speed = len(sample) / ours_cpu, len(sample) / piped_cpu, len(sample) / peer_cpu
    ratio, piped_ratio = statistics.median(ratios), statistics.median(piped_ratios)

    gold = {json.loads(x)["id"]: json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x.strip()}
    if args.input:
        articles = [json.loads(x) for x in args.input.read_text(encoding="utf-8").splitlines() if x.strip()]
    else:
        articles = corpus
    articles = [a for a in articles if a["id"] in gold]
    ours = f1(articles, gold, lambda a: predict(a, lexicon))
    peer = f1(articles, gold, dateparser_values)

    print(f"speed over {len(sample)} ANT articles: ours {ours_speed:,.1f} articles/s, "
          f"dateparser {peer_speed:,.1f} articles/s  (median ratio over chunks of {CHUNK}: {ratio:,.0f}x)")
    print(f"  as the pipeline calls it (normalised text passed): ours {piped_speed:,.1f} articles/s  "
          f"(median ratio: {piped_ratio:,.0f}x)")
    print(f"dev gold dates ({len(articles)} articles): ours P={ours[0]:.3f} R={ours[1]:.3f} F1={ours[2]:.3f}; "
          f"dateparser P={peer[0]:.3f} R={peer[1]:.3f} F1={peer[2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Country extraction against gold: P/R/F1 with the scorer's rule (per article, the set of gold
`countries` against the set of predicted iso2 over title + body), on a pipeline-input JSONL and on
the seed text file.

    python scripts/eval_countries.py --input /tmp/dev-input.jsonl --gold ../shared/gold/dev.jsonl
    python scripts/eval_countries.py --seed            # the seed file against ../shared/gold/seed.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from marsad.seeds import read_seed_csv  # noqa: E402
from transforms.entities import build_gazetteer, find_entities  # noqa: E402
from transforms.text_layout import split_text_articles  # noqa: E402

SHARED = REPO.parent / "shared"


def load_gazetteer():
    return build_gazetteer(
        read_seed_csv("countries.csv"), read_seed_csv("country_variants.csv"), read_seed_csv("demonyms.csv"),
        read_seed_csv("places_curated.csv") + _optional("places.csv"), read_seed_csv("organisations.csv"))


def _optional(name: str) -> list[dict]:
    try:
        return read_seed_csv(name)
    except FileNotFoundError:
        return []


def predicted_countries(title: str, body: str, gazetteer) -> set[str]:
    found = set()
    for text in (title or "", body or ""):
        found |= {c["iso2"] for c in find_entities(text, gazetteer)["countries"]}
    return found


def jsonl_articles(path: Path) -> dict[str, tuple[str, str]]:
    articles = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            articles[record["id"]] = (record.get("title") or "", record.get("text") or "")
    return articles


def seed_articles(path: Path) -> dict[str, tuple[str, str]]:
    articles, _ = split_text_articles(path.read_text(encoding="utf-8-sig"), path.stem)
    return {a.external_id: (a.title or "", a.body) for a in articles}


def score(articles: dict, gold_path: Path, gazetteer, verbose: bool) -> tuple[int, int, int]:
    tp = fp = fn = 0
    elapsed = 0.0
    with open(gold_path, encoding="utf-8") as handle:
        golds = [json.loads(line) for line in handle if line.strip()]
    for gold in golds:
        if gold["id"] not in articles:
            print(f"missing article {gold['id']}")
            continue
        started = time.perf_counter()
        predicted = predicted_countries(*articles[gold["id"]], gazetteer)
        elapsed += time.perf_counter() - started
        expected = set(gold.get("countries") or [])
        tp += len(predicted & expected)
        fp += len(predicted - expected)
        fn += len(expected - predicted)
        if verbose and predicted != expected:
            print(f"{gold['id']}: missed {sorted(expected - predicted)} extra {sorted(predicted - expected)}")
    _report(gold_path.name, tp, fp, fn)
    print(f"  {elapsed / max(len(golds), 1) * 1000:.2f} ms per article")
    return tp, fp, fn


def _report(name: str, tp: int, fp: int, fn: int) -> None:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{name}: P={precision:.3f} R={recall:.3f} F1={f1:.3f} (tp={tp} fp={fp} fn={fn})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, help="pipeline-input JSONL (make_input.py output)")
    parser.add_argument("--gold", type=Path, default=SHARED / "gold" / "dev.jsonl")
    parser.add_argument("--seed", action="store_true", help="also score the seed text file")
    parser.add_argument("--seed-file", type=Path, default=REPO / "seeds" / "articles" / "000_202838f5eb5d9b9a.txt")
    parser.add_argument("--seed-gold", type=Path, default=SHARED / "gold" / "seed.jsonl")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each article's differences")
    args = parser.parse_args()
    gazetteer = load_gazetteer()
    totals = [0, 0, 0]
    if args.input:
        for i, value in enumerate(score(jsonl_articles(args.input), args.gold, gazetteer, args.verbose)):
            totals[i] += value
    if args.seed:
        for i, value in enumerate(score(seed_articles(args.seed_file), args.seed_gold, gazetteer, args.verbose)):
            totals[i] += value
    if args.input and args.seed:
        _report("dev + seed", *totals)


if __name__ == "__main__":
    main()

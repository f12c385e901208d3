"""Measure aid extraction against gold: P/R/F1 with score.py's aid matching rule, plus attribute accuracy.

    python scripts/eval_aid.py [--input /tmp/dev-input.jsonl --gold ../shared/gold/dev.jsonl] [--verbose]

Runs extract_aid over each article's body (with the entities step's mentions) and, for the seed
gold, over the seed text file split into articles at the lines that start with "المصدر:".
A match is score.py's: amount within 1%, donor and recipient equal as ISO codes or as names.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from marsad.seeds import read_seed_csv  # noqa: E402
from transforms.aid import build_currency_lexicon, extract_aid  # noqa: E402
from transforms.entities import build_gazetteer, find_entities  # noqa: E402

SHARED = REPO.parent / "shared"
ATTRIBUTES = ("currency", "period", "aid_type", "status", "since_year")


def _optional(name: str) -> list[dict]:
    """A seed CSV another step generates, as the pipeline reads it; [] while it is absent."""
    try:
        return read_seed_csv(name)
    except FileNotFoundError:
        return []


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed_articles(path: Path) -> list[dict]:
    """The seed text file as articles: each ends at a line starting 'المصدر:'."""
    articles, lines = [], []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        lines.append(line)
        if line.strip().startswith("المصدر:"):
            articles.append(lines)
            lines = []
    if any(line.strip() for line in lines):
        articles.append(lines)
    return [{"id": f"{path.stem}#{n}", "published": None, "text": "\n".join(chunk)}
            for n, chunk in enumerate(articles, 1)]


def evaluate(articles: list[dict], gold: dict, scorer, gazetteer, currencies, verbose: bool) -> dict:
    tally = {"gold": 0, "pred": 0, "hit": 0}
    attrs = {k: [0, 0] for k in ATTRIBUTES}
    elapsed = 0.0
    for article in articles:
        g = gold.get(article["id"])
        if g is None:
            continue
        started = time.perf_counter()
        published = article.get("published")
        year = int(published[:4]) if published else None
        entities = find_entities(article["text"], gazetteer)
        pred = extract_aid(article["text"], entities, currencies, published_year=year)
        elapsed += time.perf_counter() - started
        pairs = scorer.pair_up(g["aid"], pred, scorer.aid_match)
        tally["gold"] += len(g["aid"])
        tally["pred"] += len(pred)
        tally["hit"] += len(pairs)
        for ga, p in pairs:
            for k in ATTRIBUTES:
                attrs[k][0] += ga.get(k) == p[k]
                attrs[k][1] += 1
        if verbose and (len(pairs) != len(g["aid"]) or len(pairs) != len(pred)):
            matched_g = [id(x) for x, _ in pairs]
            matched_p = [id(y) for _, y in pairs]
            print(f"--- {article['id']}")
            for x in g["aid"]:
                if id(x) not in matched_g:
                    print("  MISSED", json.dumps(x, ensure_ascii=False))
            for y in pred:
                if id(y) not in matched_p:
                    shown = {k: y[k] for k in ("donor_iso2", "donor_name_ar", "recipient_iso2", "recipient_name_ar",
                                               "amount", "currency", "aid_type", "status")}
                    print("  EXTRA ", json.dumps(shown, ensure_ascii=False), "|", y["evidence"][:160])
        if verbose:
            for ga, p in pairs:
                wrong = [f"{k}: gold {ga.get(k)} pred {p[k]}" for k in ATTRIBUTES if ga.get(k) != p[k]]
                if wrong:
                    print(f"  ATTR {article['id']} {ga['amount']:.0f}: " + "; ".join(wrong))
    p = tally["hit"] / tally["pred"] if tally["pred"] else (1.0 if not tally["gold"] else 0.0)
    r = tally["hit"] / tally["gold"] if tally["gold"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {**tally, "precision": p, "recall": r, "f1": f, "attrs": attrs,
            "ms_per_article": 1000 * elapsed / max(1, len(articles))}


def report(name: str, figures: dict) -> None:
    print(f"{name}: gold={figures['gold']} pred={figures['pred']} hit={figures['hit']} "
          f"P={figures['precision']:.3f} R={figures['recall']:.3f} F1={figures['f1']:.3f} "
          f"({figures['ms_per_article']:.2f} ms/article incl. entities)")
    for k, (right, of) in figures["attrs"].items():
        print(f"  aid.{k:11} {right}/{of}" + (f" = {right / of:.3f}" if of else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default="/tmp/dev-input.jsonl", help="pipeline input built by make_input.py")
    parser.add_argument("--gold", default=str(SHARED / "gold" / "dev.jsonl"))
    parser.add_argument("--seed-gold", default=str(SHARED / "gold" / "seed.jsonl"))
    parser.add_argument("--seed-text", default=str(SHARED / "seeds" / "000_202838f5eb5d9b9a.txt"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    scorer = load_scorer()
    gazetteer = build_gazetteer(read_seed_csv("countries.csv"), read_seed_csv("country_variants.csv"),
                                read_seed_csv("demonyms.csv"),
                                read_seed_csv("places_curated.csv") + _optional("places.csv"),
                                read_seed_csv("organisations.csv"))
    currencies = build_currency_lexicon(read_seed_csv("currencies.csv"), read_seed_csv("currencies_curated.csv"))

    def gold_of(path):
        return {g["id"]: g for g in map(json.loads, open(path, encoding="utf-8")) if g}

    if Path(args.input).exists():
        articles = [json.loads(line) for line in open(args.input, encoding="utf-8") if line.strip()]
        report("dev", evaluate(articles, gold_of(args.gold), scorer, gazetteer, currencies, args.verbose))
    else:
        print(f"no input at {args.input}: build it with make_input.py", file=sys.stderr)
    if Path(args.seed_text).exists():
        report("seed", evaluate(seed_articles(Path(args.seed_text)), gold_of(args.seed_gold), scorer,
                                gazetteer, currencies, args.verbose))


if __name__ == "__main__":
    main()

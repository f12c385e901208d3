"""Dates P/R/F1 with the scorer's rule: per article, the set of gold dates[].value against the set
of predicted non-null values (title and body), micro-averaged.

Usage:
  python scripts/eval_dates.py --input dev-input.jsonl --gold ../shared/gold/dev.jsonl [--show]
  python scripts/eval_dates.py --text-file ../shared/seeds/000_202838f5eb5d9b9a.txt --gold ../shared/gold/seed.jsonl
A text file is split crudely into articles at its `المصدر:` lines (ids <stem>#1, #2, …; published unknown).
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from marsad.seeds import read_seed_csv  # noqa: E402
from transforms.dates import build_date_lexicon, extract_time_expressions  # noqa: E402


def load_lexicon():
    return build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"))


def articles_from_text_file(path: Path) -> list[dict]:
    raw = path.read_text(encoding="utf-8-sig")
    articles, lines = [], []
    for line in raw.splitlines():
        lines.append(line)
        if line.strip().startswith("المصدر:"):
            articles.append(lines)
            lines = []
    if any(x.strip() for x in lines):
        articles.append(lines)
    out = []
    for n, block in enumerate(articles, 1):
        block = [x for x in block]
        while block and not block[0].strip():
            block.pop(0)
        out.append({"id": f"{path.stem}#{n}", "title": block[0], "published": None, "text": "\n".join(block[1:])})
    return out


def predict(article: dict, lexicon) -> set[str]:
    published = datetime.fromisoformat(article["published"]) if article.get("published") else None
    values = set()
    for part in (article.get("title") or "", article.get("text") or ""):
        for e in extract_time_expressions(part, published, lexicon):
            if e["value"]:
                values.add(e["value"])
    return values


def score(articles: list[dict], gold: dict[str, dict], lexicon, show: bool = False) -> dict:
    tp = n_gold = n_pred = 0
    for a in articles:
        if a["id"] not in gold:
            continue
        g = {d["value"] for d in gold[a["id"]]["dates"]}
        p = predict(a, lexicon)
        tp += len(g & p)
        n_gold += len(g)
        n_pred += len(p)
        if show and g != p:
            print(f"{a['id']} published={a.get('published')}\n   missed: {sorted(g - p)}\n   extra:  {sorted(p - g)}")
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "gold": n_gold, "predicted": n_pred}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", type=Path, help="pipeline-input JSONL {id,title,published,text}")
    ap.add_argument("--text-file", type=Path, help="an article file in the seed's layout")
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--show", action="store_true", help="print each article's misses and extras")
    args = ap.parse_args()
    gold = {json.loads(x)["id"]: json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x.strip()}
    if args.text_file:
        articles = articles_from_text_file(args.text_file)
    elif args.input:
        articles = [json.loads(x) for x in args.input.read_text(encoding="utf-8").splitlines() if x.strip()]
    else:
        ap.error("give --input or --text-file")
    result = score(articles, gold, load_lexicon(), args.show)
    print(f"dates  P={result['precision']:.3f}  R={result['recall']:.3f}  F1={result['f1']:.3f}  "
          f"(tp={result['tp']} gold={result['gold']} predicted={result['predicted']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

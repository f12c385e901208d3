"""Person extraction against gold: P/R/F1 with the scorer's rule (per article, names paired first
when equal after `norm`, then when the shorter is the last words of the longer), on a pipeline-input
JSONL built from dev gold and on the seed text file; also how often the title and the country of a
matched person agree with gold.

    python scripts/eval_persons.py --input /tmp/dev-input.jsonl --gold ../shared/gold/dev.jsonl [-v]
    python scripts/eval_persons.py --seed [-v]
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
from transforms.entities import build_gazetteer, find_entities  # noqa: E402
from transforms.persons import build_person_lexicon, extract_persons, merge_persons  # noqa: E402
from transforms.text_layout import split_text_articles  # noqa: E402

SHARED = REPO.parent / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gazetteer():
    return build_gazetteer(read_seed_csv("countries.csv"), read_seed_csv("country_variants.csv"),
                           read_seed_csv("demonyms.csv"), read_seed_csv("places_curated.csv"),
                           read_seed_csv("organisations.csv"))


def load_lexicon():
    return build_person_lexicon(read_seed_csv("titles.csv"), read_seed_csv("persons.csv"),
                                read_seed_csv("name_stopwords.csv"), read_seed_csv("office_nouns.csv"))


def article_persons(title: str, body: str, gazetteer, lexicon) -> list[dict]:
    lists = [extract_persons(text, find_entities(text, gazetteer)["countries"], lexicon) for text in (title, body)]
    return merge_persons(lists)


def jsonl_articles(path: Path) -> dict[str, tuple[str, str]]:
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return {r["id"]: (r.get("title") or "", r.get("text") or "") for r in records}


def seed_articles(path: Path) -> dict[str, tuple[str, str]]:
    articles, _ = split_text_articles(path.read_text(encoding="utf-8-sig"), path.stem)
    return {a.external_id: (a.title or "", a.body) for a in articles}


def evaluate(articles: dict, gold_path: Path, verbose: bool) -> dict:
    score = _scorer()
    gazetteer, lexicon = load_gazetteer(), load_lexicon()
    golds = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    hit = n_gold = n_pred = 0
    title_ok = country_ok = matched = 0
    elapsed = 0.0
    for gold in golds:
        if gold["id"] not in articles:
            print(f"missing article {gold['id']}")
            continue
        started = time.perf_counter()
        persons = article_persons(*articles[gold["id"]], gazetteer, lexicon)
        elapsed += time.perf_counter() - started
        gp = [p["name"] for p in gold["persons"]]
        pp = [p["name_ar"] for p in persons]
        exact = score.pair_up(gp, pp, lambda x, y: score.norm(x) == score.norm(y))
        rest_g = [x for x in gp if x not in {e[0] for e in exact}]
        rest_p = [y for y in pp if y not in {e[1] for e in exact}]
        pairs = exact + score.pair_up(rest_g, rest_p, score.names_match)
        hit += len(pairs)
        n_gold += len(gp)
        n_pred += len(pp)
        by_gold = {g["name"]: g for g in gold["persons"]}
        by_pred = {p["name_ar"]: p for p in persons}
        for g_name, p_name in pairs:
            g, p = by_gold[g_name], by_pred[p_name]
            matched += 1
            title_ok += score.norm(g["title"]) == score.norm(p["title_ar"])
            country_ok += g["country"] == p["country_iso2"]
            if verbose and (score.norm(g["title"]) != score.norm(p["title_ar"]) or g["country"] != p["country_iso2"]):
                print(f"  {gold['id']}: {g_name}: title {g['title']!r}/{p['title_ar']!r} country {g['country']}/{p['country_iso2']}")
        if verbose:
            missed = [g for g in gp if g not in {x for x, _ in pairs}]
            extra = [p for p in pp if p not in {y for _, y in pairs}]
            if missed or extra:
                print(f"{gold['id']}: missed {missed} extra {extra}")
    p = hit / n_pred if n_pred else 0.0
    r = hit / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{gold_path.name}: gold {n_gold} pred {n_pred} hit {hit}  P {p:.3f} R {r:.3f} F1 {f:.3f}"
          f"  title {title_ok}/{matched} country {country_ok}/{matched}"
          f"  {elapsed / max(len(golds), 1) * 1000:.2f} ms/article")
    return {"gold": n_gold, "pred": n_pred, "hit": hit}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path, help="pipeline-input JSONL (from make_input.py)")
    ap.add_argument("--gold", type=Path, default=SHARED / "gold" / "dev.jsonl")
    ap.add_argument("--seed", action="store_true", help="score the seed text file against seed.jsonl")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    totals = []
    if args.input:
        totals.append(evaluate(jsonl_articles(args.input), args.gold, args.verbose))
    if args.seed or not args.input:
        seed = REPO / "seeds" / "articles" / "000_202838f5eb5d9b9a.txt"
        totals.append(evaluate(seed_articles(seed), SHARED / "gold" / "seed.jsonl", args.verbose))
    if len(totals) > 1:
        g, pr, h = (sum(t[k] for t in totals) for k in ("gold", "pred", "hit"))
        p, r = h / pr if pr else 0.0, h / g if g else 0.0
        print(f"combined: P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}")


if __name__ == "__main__":
    main()

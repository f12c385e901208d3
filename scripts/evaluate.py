"""`make eval`: run the pipeline on every gold part into scratch warehouses and score each.

Parts, each printed apart:
- seed: the two sample articles shipped in seeds/;
- dev: ../shared/gold/dev.jsonl (the rules were once written from it: scored, no longer developed on);
- train-develop: two thirds of ../shared/gold/train.jsonl (marsad/gold_parts.py), read and tuned on;
- team: the team's own reviewed annotations in gold/team/ (develop data too);
- train-score: the other third of train.jsonl. Only its totals are printed; its errors are never read.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from flows.pipeline import run_pipeline
from marsad.gold_parts import DEVELOP, SCORE, read_gold, team_gold_files, train_part
from marsad.paths import REPO, SAMPLE_ARTICLES
from marsad.sql_files import sql_text


def fresh_run(name: str, inputs: list[Path], scratch: Path) -> Path:
    warehouse, parquet = scratch / f"{name}.duckdb", scratch / f"{name}-parquet"
    warehouse.unlink(missing_ok=True)
    shutil.rmtree(parquet, ignore_errors=True)
    summary = run_pipeline(inputs, warehouse, parquet)
    print(f"[{name}] " + "; ".join(summary.lines()), flush=True)
    with duckdb.connect(str(warehouse)) as con:
        con.execute(sql_text("eval/contract_stubs.sql"))
    return warehouse


def score(shared: Path, warehouse: Path, gold: Path, name: str) -> None:
    print(f"== {name} ({gold.name}) ==", flush=True)
    subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--warehouse", str(warehouse),
                    "--gold", str(gold)], check=True)
    print(candidate_recall(shared, gold), flush=True)


def candidate_recall(shared: Path, gold_path: Path) -> str:
    """The share of gold visits and aid figures some candidate matches (before any decision)."""
    from train_models import _visit_row, aid_articles, corpus_articles, visit_articles

    from flows.lexicons import load_lexicons
    from marsad.gold_parts import load_scorer

    scorer = load_scorer(shared)
    gold = read_gold(gold_path)
    articles = corpus_articles(shared, {g["id"] for g in gold})
    lexicons = load_lexicons()
    visits = [sum(any(scorer.visit_match(v, _visit_row(c)) for c in cs if c.dropped_by is None) for v in g["visits"])
              for g, _, cs, _, _ in visit_articles(gold, articles, lexicons)]
    aid = [sum(any(a["amount"] and abs(c.money.value - a["amount"]) <= 0.01 * a["amount"]
                   and any(scorer.party_match(a["donor"], p.party.iso2, p.party.name_ar) for p in c.parties)
                   for c in cs) for a in g["aid"]) for g, _, cs in aid_articles(gold, articles, lexicons)]
    n_visits = sum(len(g["visits"]) for g in gold if g["id"] in articles)
    n_aid = sum(len(g["aid"]) for g in gold if g["id"] in articles)
    if not articles:
        return "candidate recall: not measured (the articles are not in ../shared/data/ant-news)"
    return (f"candidate recall: visits {sum(visits)}/{n_visits} = {sum(visits) / max(n_visits, 1):.3f}, "
            f"aid {sum(aid)}/{n_aid} = {sum(aid) / max(n_aid, 1):.3f}")



def write_gold(records: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def gold_parts(shared: Path, scratch: Path) -> dict[str, Path]:
    """Every part's gold file (the shared ones as they are, the split ones written to scratch)."""
    gold = shared / "gold"
    train = read_gold(gold / "train.jsonl")
    parts = {"dev": gold / "dev.jsonl",
             "train-develop": write_gold([r for r in train if train_part(r["id"]) == DEVELOP],
                                         scratch / "train-develop.jsonl")}
    team = [r for path in team_gold_files(REPO) for r in read_gold(path)]
    if team:
        parts["team"] = write_gold(team, scratch / "team.jsonl")
    parts["train-score"] = write_gold([r for r in train if train_part(r["id"]) == SCORE], scratch / "train-score.jsonl")
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--scratch", type=Path, default=Path("data/scratch"))
    parser.add_argument("--parts", nargs="*", help="only these parts (seed, dev, train-develop, team, train-score)")
    args = parser.parse_args()
    args.scratch.mkdir(parents=True, exist_ok=True)
    wanted = set(args.parts or ("seed", "dev", "train-develop", "team", "train-score"))
    if "seed" in wanted:
        score(args.shared, fresh_run("seed", [SAMPLE_ARTICLES], args.scratch), args.shared / "gold" / "seed.jsonl", "seed")
    for name, gold in gold_parts(args.shared, args.scratch).items():
        if name not in wanted:
            continue
        part_input = args.scratch / f"{name}-input.jsonl"
        subprocess.run([sys.executable, str(args.shared / "eval" / "make_input.py"), "--gold", str(gold),
                        "--corpus", str(args.shared / "data" / "ant-news"), "--out", str(part_input)], check=True)
        score(args.shared, fresh_run(name, [part_input], args.scratch), gold, name)


if __name__ == "__main__":
    main()

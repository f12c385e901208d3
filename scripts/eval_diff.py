"""Per-article differences between the pipeline's extraction and gold, stage by stage, with the
scorer's own matching rules (`../shared/eval/score.py`): a developer's view behind `make eval`.

    python scripts/eval_diff.py --input data/scratch/dev-input.jsonl --gold ../shared/gold/dev.jsonl --stage visits
    python scripts/eval_diff.py --input seeds/articles --gold ../shared/gold/seed.jsonl --stage all

Articles are read by the pipeline's own readers and extracted by `flows.extraction.extract_article`,
so the figures are those of `make eval` without building a warehouse (persons' names are the
article's own fullest form rather than the warehouse-wide one).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flows.extraction import analyse_article, extract_article  # noqa: E402
from flows.inputs import discover_inputs, read_file  # noqa: E402
from flows.lexicons import load_lexicons  # noqa: E402
from marsad.gold_parts import SCORE, load_scorer, read_gold, train_part  # noqa: E402
from transforms.articles import ParsedArticle  # noqa: E402
from transforms.aid import find_aid  # noqa: E402
from transforms.jsonl_records import parse_published  # noqa: E402
from transforms.visits import find_visits  # noqa: E402

STAGES = ("countries", "persons", "visits", "aid", "dates")


def read_articles(path: Path) -> list[ParsedArticle]:
    return [item for file in discover_inputs([path]) for item in read_file(file).items()
            if isinstance(item, ParsedArticle)]


def predictions(article: ParsedArticle) -> dict[str, list]:
    """What the warehouse would hold for the article, in the shapes score.py reads, with the
    visit and aid candidates behind it (`visit_trace`, `aid_trace`)."""
    lexicons = load_lexicons()
    published = parse_published(article.published_raw)
    rows = extract_article(article.external_id, article.title, article.body, published, lexicons)
    analysed = analyse_article(article.title, article.body, published, lexicons)
    visit_trace: list = []
    find_visits(analysed.docs["body"], analysed.body_persons(), analysed.title_persons(), published, lexicons.visits,
                lexicons.visit_model, visit_trace, title=analysed.docs["title"])
    aid_trace: list = []
    find_aid(analysed.docs["body"], lexicons.currencies, published.year if published else None, lexicons.aid_models,
             aid_trace)
    return {
        "visit_trace": visit_trace, "aid_trace": [c for _, cands in aid_trace for c in cands],
        "countries": sorted({r["iso2"] for r in rows["country_mentions"]}),
        "persons": [r["name_ar"] for r in rows["article_persons"]],
        "visits": rows["visits"],
        "aid": rows["aid"],
        "dates": sorted({r["value"] for r in rows["time_expressions"] if r["value"]}),
    }


def compare(stage: str, gold: dict, predicted: dict, score) -> tuple[int, int, int, list[str]]:
    """(gold, predicted, hits, lines describing the differences) for one article and stage."""
    if stage in ("countries", "dates"):
        wanted = set(gold[stage]) if stage == "countries" else {d["value"] for d in gold["dates"]}
        got = set(predicted[stage])
        lines = [f"  missed {sorted(wanted - got)}"] * bool(wanted - got) + [f"  extra  {sorted(got - wanted)}"] * bool(got - wanted)
        return len(wanted), len(got), len(wanted & got), lines
    if stage == "persons":
        wanted, got = [p["name"] for p in gold["persons"]], predicted["persons"]
        pairs = score.pair_up(wanted, got, score.names_match)
        hit_gold, hit_pred = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
        lines = [f"  missed {g}" for g in wanted if id(g) not in hit_gold] + [f"  extra  {p}" for p in got if id(p) not in hit_pred]
        return len(wanted), len(got), len(pairs), lines
    match = score.visit_match if stage == "visits" else score.aid_match
    pairs = score.pair_up(gold[stage], predicted[stage], match)
    hit_gold, hit_pred = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    fields = (("visitor_name_ar", "visitor_country_iso2", "host_country_iso2", "place_ar", "date_value", "status")
              if stage == "visits" else
              ("donor_iso2", "donor_name_ar", "recipient_iso2", "recipient_name_ar", "amount", "currency", "status"))
    lines = [f"  missed {json.dumps(g, ensure_ascii=False)}\n         {_why(stage, g, predicted, score)}"
             for g in gold[stage] if id(g) not in hit_gold]
    lines += [f"  extra  {[p.get(f) for f in fields]} «{p['evidence'][:100]}»\n         by {p.get('decided_by')}"
              for p in predicted[stage] if id(p) not in hit_pred]
    lines += [f"  hit    {json.dumps(g, ensure_ascii=False)} ~ {[p.get(f) for f in fields]}" for g, p in pairs
              if stage == "visits" and g.get("date") and g["date"] != p["date_value"]]
    return len(gold[stage]), len(predicted[stage]), len(pairs), lines


def _why(stage: str, gold: dict, predicted: dict, score) -> str:
    """The candidate nearest to a missed gold record and what became of it, or that none existed."""
    if stage == "visits":
        found = [c for c in predicted["visit_trace"] if score.visit_match(gold, {
            "visitor_name_ar": (c.actor.person or {}).get("name_ar"), "visitor_country_iso2": c.actor.country,
            "host_country_iso2": c.host_iso2})]
        if not found:
            return "no candidate"
        best = max(found, key=lambda c: (c.dropped_by is None, c.probability))
        if best.dropped_by:
            return f"candidate {best.generator} dropped by {best.dropped_by}"
        model = load_lexicons().visit_model
        if model is not None and best.probability >= model.threshold:
            # The scorer pairs an unnamed row with any visitor of its country (and a gathering's gold
            # with any row of its host): an accepted candidate whose row survives lost this gold visit
            # to another one its row was paired with; only one whose row is gone was merged away.
            accepted = [c for c in found if c.dropped_by is None and c.probability >= model.threshold]
            if any(_row_of(c, predicted["visits"]) for c in accepted):
                return (f"candidate {best.generator} accepted (p={best.probability:.2f}), "
                        "its row paired with another gold visit")
            return f"candidate {best.generator} accepted (p={best.probability:.2f}), then merged into another row"
        return f"candidate {best.generator} (sentence {best.sentence}) scored {best.probability:.2f}, below the threshold"
    sums = [c for c in predicted["aid_trace"] if gold["amount"] and abs(c.money.value - gold["amount"]) <= 0.01 * gold["amount"]]
    if not sums:
        return "no candidate: the sum was not read"
    best = max(sums, key=lambda c: c.probability)
    donors = [(p.party.iso2 or p.party.name_ar, round(p.p_donor, 2)) for p in best.parties]
    return f"sum scored {best.probability:.2f}; parties (donor p): {donors}"


def _row_of(candidate, rows: list[dict]) -> bool:
    """A visit row of the candidate's pair (its visitor, or unnamed its country, and its host) survives."""
    person = candidate.actor.person or {}
    return any(r["host_country_iso2"] == candidate.host_iso2 and r["visitor_country_iso2"] == candidate.actor.country
               and r.get("visitor_person_id") == person.get("person_id") for r in rows)


def visit_error_classes(gold: dict, predicted: dict, score) -> list[str]:
    """One class per missed gold visit and per extra row, in the order of the visit steps: a missed
    visit is `wrong visitor` when a row of the article goes to its host with another visitor,
    `wrong host` when its visitor's row goes elsewhere, else what became of its nearest candidate
    (none, a filter, the model, with the generator of that candidate, merged into another row, or
    accepted with its row paired with another gold visit); an
    extra row is `wrong visitor`/`wrong host` with such a miss beside it, else a row the gold has
    nothing like. Matched rows whose day or place differ are counted as `hit: wrong day`/`hit: wrong
    place`."""
    rows = predicted["visits"]
    pairs = score.pair_up(gold["visits"], rows, score.visit_match)
    hit_gold, hit_pred = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    extra = [r for r in rows if id(r) not in hit_pred]
    out, blamed = [], {}
    for v in gold["visits"]:
        if id(v) in hit_gold:
            continue
        same_host = [r for r in extra if r["host_country_iso2"] == v["host_country"]]
        same_visitor = [r for r in extra if r["host_country_iso2"] != v["host_country"] and (
            (v.get("visitor") and r["visitor_name_ar"] and score.names_match(v["visitor"], r["visitor_name_ar"]))
            or (not r["visitor_name_ar"] and v.get("visitor_country") and r["visitor_country_iso2"] == v["visitor_country"]))]
        if same_host or same_visitor:
            name = "wrong visitor" if same_host else "wrong host"
            for r in same_host or same_visitor:
                blamed.setdefault(id(r), name)
        else:
            why = _why("visits", v, predicted, score)
            # A miss below the threshold names the generator of its best candidate: the classes of issue 9
            # (a country party of a meeting, an actor borrowed from another sentence ...) are lost by the
            # model at very different rates.
            name = ("no candidate" if why == "no candidate" else "dropped by " + why.split("dropped by ")[1].split(":")[0]
                    if "dropped by" in why else "merged into another row" if "merged" in why
                    else "accepted, its row paired with another gold visit" if "paired with another" in why
                    else f"model: below the threshold ({why.split()[1]})")
        out.append("missed: " + name)
    out += ["extra: " + blamed.get(id(r), "no such visit in the gold") for r in extra]
    for g, p in pairs:
        if g.get("date") and g["date"] != p["date_value"]:
            out.append("hit: wrong day")
        if g.get("place") and not score.names_match(g["place"], p["place_ar"]):
            out.append("hit: wrong place")
    return out


def aid_error_classes(gold: dict, predicted: dict, score) -> list[str]:
    """One class per missed gold aid record and per extra row: a miss and an extra row of the same
    amount are one `wrong donor`, `wrong recipient` or `wrong donor and recipient`; a miss and an
    extra row with the same parties are one `wrong amount`; any other miss is `aid dropped` (no
    candidate, or the sum scored below the threshold or vetoed), any other extra row `not aid but
    kept`."""
    rows = predicted["aid"]
    pairs = score.pair_up(gold["aid"], rows, score.aid_match)
    hit_gold, hit_pred = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    extra = [r for r in rows if id(r) not in hit_pred]
    out = []

    def same_amount(g, r):
        return g["amount"] and r["amount"] is not None and abs(float(r["amount"]) - g["amount"]) <= 0.01 * g["amount"]

    def donor(g, r):
        return score.party_match(g["donor"], r["donor_iso2"], r["donor_name_ar"])

    def recipient(g, r):
        return score.party_match(g["recipient"], r["recipient_iso2"], r["recipient_name_ar"])

    for g in gold["aid"]:
        if id(g) in hit_gold:
            continue
        r = next((r for r in extra if same_amount(g, r)), None)
        if r is not None:
            extra.remove(r)
            out.append("wrong " + ("recipient" if donor(g, r) else "donor" if recipient(g, r) else "donor and recipient"))
            continue
        r = next((r for r in extra if donor(g, r) and recipient(g, r)), None)
        if r is not None:
            extra.remove(r)
            out.append("wrong amount")
            continue
        why = _why("aid", g, predicted, score)
        out.append("aid dropped: " + ("no candidate" if why.startswith("no candidate") else "scored or vetoed"))
    out += ["not aid but kept"] * len(extra)
    return out


def _score_part_ids(shared: Path) -> set[str]:
    train = shared / "gold" / "train.jsonl"
    if not train.exists():
        return set()
    return {r["id"] for r in read_gold(train) if train_part(r["id"]) == SCORE}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, required=True, help="pipeline input: a JSONL file, a text file or a folder")
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--stage", choices=(*STAGES, "all"), default="all")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    score = load_scorer(args.shared)
    golds = {g["id"]: g for g in map(json.loads, args.gold.read_text(encoding="utf-8").splitlines()) if g}
    held_out = sorted(i for i in golds if i in _score_part_ids(args.shared))
    if held_out:
        sys.exit(f"refused: {len(held_out)} of these articles are in the scoring part of train.jsonl "
                 f"(marsad/gold_parts.py); their errors are never read. `make eval` prints its totals.")
    stages = STAGES if args.stage == "all" else (args.stage,)
    tallies = {stage: score.Tally() for stage in stages}
    visit_classes: dict[str, int] = {}
    aid_classes: dict[str, int] = {}
    for article in read_articles(args.input):
        gold = golds.get(article.external_id)
        if gold is None:
            continue
        predicted = predictions(article)
        for stage in stages:
            n_gold, n_pred, hits, lines = compare(stage, gold, predicted, score)
            tallies[stage].add(n_gold, n_pred, hits)
            if stage == "visits":
                for name in visit_error_classes(gold, predicted, score):
                    visit_classes[name] = visit_classes.get(name, 0) + 1
            if stage == "aid":
                for name in aid_error_classes(gold, predicted, score):
                    aid_classes[name] = aid_classes.get(name, 0) + 1
            if lines:
                print(f"[{stage}] {article.external_id} (published {article.published_raw})", *lines, sep="\n")
    for stage, tally in tallies.items():
        p, r, f = tally.prf()
        print(f"{stage:10} gold {tally.gold:4} pred {tally.pred:4} hit {tally.hit:4}  P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for what, classes in (("visit", visit_classes), ("aid", aid_classes)):
        if classes:
            print(f"{what} errors by class:")
            for name, n in sorted(classes.items(), key=lambda x: (x[0].split(":")[0], -x[1])):
                print(f"  {n:4}  {name}")


if __name__ == "__main__":
    main()

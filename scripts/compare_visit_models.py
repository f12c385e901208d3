"""Issue 9: where the visit decision loses gold visits, and which model decides best, on the develop
data only, cross-validated on the same examples and folds as scripts/train_models.py (5 folds by
article, the same multi-instance examples, the threshold chosen the same way).

    python scripts/compare_visit_models.py --shared ../shared [--cache /tmp/visit_items.pkl] [--analyse [--show]]
                                           [--only NAME ...] [--refeature] [--filters] [--bands]

`--cache` keeps the analysed develop articles between runs (a pickle outside the repo);
`--refeature` recomputes their features with the current features.py (to try a new feature on
cached articles); `--show` prints each false negative's gold visit, candidate and sentence.

Prints, for the logistic baseline's out-of-fold decisions at its chosen threshold, how the gold
visits that have a candidate fare by candidate kind (generator, nearest cue class and its trigger
kind, frame rules or model only), and which features fire on false negatives, true positives and
false positives; then one cross-validated line per model variant.

`--filters` prints, for each named filter of transforms/visits/filters.py, the develop candidates it
drops, how many of them match a gold visit, and the gold visits no kept candidate matches that it
dropped (the filters' cost in candidate recall). `--bands` prints the out-of-fold probability of
every pair by band, split by what would keep it (the frame rules' veto, the possessed-noun floor, the
threshold alone), with the share of its pairs that match a gold visit: the calibration the threshold,
_VETO and _POSSESSED_FLOOR stand on.
"""
from __future__ import annotations

import argparse
import dataclasses
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import train_models as tm  # noqa: E402
from flows.lexicons import load_lexicons  # noqa: E402
from marsad.gold_parts import develop_gold, load_scorer  # noqa: E402
from transforms.visits.triggers import CUE_CLASS_KINDS  # noqa: E402


def load_items(shared: Path, cache: Path | None):
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    gold = develop_gold(shared, REPO)
    articles = tm.corpus_articles(shared, {g["id"] for g in gold})
    items = tm.visit_articles(gold, articles, load_lexicons())
    if cache is not None:
        try:
            cache.write_bytes(pickle.dumps(items))
        except Exception as error:  # noqa: BLE001 - a cache is optional
            print(f"(no cache: {error})")
    return items


def kind_of(c) -> str:
    near = next((k[5:] for k, v in c.features.items() if k.startswith("near_") and v), None)
    return f"{near or '-'}/{CUE_CLASS_KINDS.get(near, '-')}" if near else "no cue"


def _row_of(pair) -> dict:
    row = tm._visit_row(pair.candidates[0])
    name = row["visitor_name_ar"]
    return {**row, "visitor_name_ar": " ".join(name.replace("_", " ").replace("#", " ").split()) if name else name}


def _profile(pair, ctx=None) -> dict:
    best = max(pair.candidates, key=lambda c: c.probability)
    s, e = ctx.doc.sentences[best.sentence] if ctx is not None else (0, 0)
    return {"sentence": ctx.doc.text[s:e] if ctx is not None else "", "actor": tm._visit_row(best),
            "generator": best.generator, "cue": kind_of(best),
            "read by": "rules" if any(c.rule_row for c in pair.candidates) else "model-only",
            "p": pair.probability, "features": best.features}


def analyse(items, score, fold_models, threshold: float) -> None:
    """Gold visits (not pairs: several pairs may match one visit) of the out-of-fold decisions:
    hit, missed though a candidate pair matches it (its most probable such pair described), or
    missed with no candidate; and the rows that match no gold visit."""
    from transforms.visits.decide import decide_visits, rescore

    fold_of = tm._folds(items)
    by_kind = defaultdict(Counter)
    firing = {"TP": Counter(), "FN": Counter(), "FP": Counter()}
    counts = Counter()
    bands = {"FN": Counter(), "FP": Counter()}
    for g, ctx, candidates, pairs, day in items:
        model = dataclasses.replace(fold_models[fold_of[g["id"]]], threshold=threshold)
        for pair in pairs:
            rescore(pair, model)
        rows = decide_visits(pairs, ctx, model, day)
        hits = score.pair_up(g["visits"], rows, score.visit_match)
        hit_gold = {id(v) for v, _ in hits}
        hit_rows = {id(r) for _, r in hits}
        profiles = [(pair, _profile(pair, ctx)) for pair in pairs]
        for v in g["visits"]:
            matching = [pr for pair, pr in profiles if score.visit_match(v, _row_of(pair))]
            if id(v) in hit_gold:
                outcome = "TP"
            elif matching:
                outcome = "FN"
            else:
                counts["missed, no candidate"] += 1
                continue
            counts[outcome] += 1
            pr = max(matching, key=lambda x: x["p"])
            if outcome == "FN" and SHOW:
                print(f"FN {g['id']} p={pr['p']:.2f} {pr['generator']} {pr['cue']} gold={v} cand={pr['actor']}\n   {pr['sentence'][:300]}")
            record(by_kind, firing, bands, outcome, pr)
        for r in rows:
            if id(r) in hit_rows:
                continue
            counts["FP"] += 1
            own = [pr for pair, pr in profiles if _row_of(pair)["host_country_iso2"] == r["host_country_iso2"]
                   and _row_of(pair)["visitor_country_iso2"] == r["visitor_country_iso2"]
                   and _row_of(pair)["visitor_name_ar"] == r["visitor_name_ar"]]
            if own:
                record(by_kind, firing, bands, "FP", max(own, key=lambda x: x["p"]))
    print(f"\n[analysis] gold visits and rows of the out-of-fold decisions at threshold {threshold:.2f}: {dict(counts)}")
    print("  (FN: a candidate pair matches the gold visit, described by its most probable such pair)")
    print(f"  {'dimension':10} {'value':28} {'TP':>5} {'FN':>5} {'lost':>6} {'FP':>5} {'P':>6}")
    for (dim, value), c in sorted(by_kind.items(), key=lambda kv: (kv[0][0], -(kv[1]["FN"] + kv[1]["TP"]))):
        pos = c["TP"] + c["FN"]
        print(f"  {dim:10} {value:28} {c['TP']:5} {c['FN']:5} {c['FN'] / max(pos, 1):6.2f} {c['FP']:5} "
              f"{c['TP'] / max(c['TP'] + c['FP'], 1):6.2f}")
    for k in bands:
        print(f"  {k} by probability band: " + ", ".join(f"{b:.1f}: {n}" for b, n in sorted(bands[k].items())))
    n = {k: max(firing[k]["(n)"], 1) for k in firing}
    names = sorted((set(firing["FN"]) | set(firing["TP"]) | set(firing["FP"])) - {"(n)"},
                   key=lambda k: -(firing["FN"][k] / n["FN"] - firing["TP"][k] / n["TP"]))
    print(f"\n  share of candidates a feature fires on: FN ({n['FN']}), TP ({n['TP']}), FP ({n['FP']})")
    for k in names:
        a, b, c = firing["FN"][k] / n["FN"], firing["TP"][k] / n["TP"], firing["FP"][k] / n["FP"]
        if max(a, b, c) >= 0.08:
            print(f"  {k:30} FN {a:5.2f}  TP {b:5.2f}  FP {c:5.2f}")


def record(by_kind, firing, bands, outcome, pr) -> None:
    for dim in ("generator", "cue", "read by"):
        by_kind[(dim, pr[dim])][outcome] += 1
    firing[outcome]["(n)"] += 1
    for k, v in pr["features"].items():
        if v and not k.startswith(("cue_", "actor_host_dist", "n_", "host_mentions", "actor_mentions")):
            firing[outcome][k] += 1
    if outcome in bands:
        bands[outcome][min(int(pr["p"] * 10), 9) / 10] += 1


def filter_costs(items, score) -> None:
    """Each named filter's drops on the develop candidates: how many match a gold visit, and the gold
    visits it alone costs (no kept candidate matches them; the filter that dropped most of their
    candidates is charged)."""
    dropped, matching, lost = Counter(), Counter(), Counter()
    for g, ctx, candidates, _, _ in items:
        kept = [tm._visit_row(c) for c in candidates if c.dropped_by is None]
        for c in candidates:
            if c.dropped_by is not None:
                name = c.dropped_by.split(":")[0]
                dropped[name] += 1
                matching[name] += tm.visit_label(c, g, score)
        for v in g["visits"]:
            if any(score.visit_match(v, r) for r in kept):
                continue
            names = Counter(c.dropped_by.split(":")[0] for c in candidates
                            if c.dropped_by is not None and score.visit_match(v, tm._visit_row(c)))
            if names:
                lost[names.most_common(1)[0][0]] += 1
    print(f"\n[filters] {'filter':20} {'dropped':>8} {'match gold':>10} {'drop right':>10} {'gold lost':>9}")
    for name, n in dropped.most_common():
        print(f"  {name:28} {n:8} {matching[name]:10} {1 - matching[name] / n:10.3f} {lost[name]:9}")


def probability_bands(items, score, fold_models) -> None:
    """Out-of-fold pair probabilities by band and by what would keep the pair: pairs matching a gold
    visit against the others (a pair is labelled as train_models labels it)."""
    from transforms.visits.decide import rescore

    fold_of = tm._folds(items)
    table = defaultdict(Counter)
    for g, ctx, candidates, pairs, day in items:
        for pair in pairs:
            rescore(pair, fold_models[fold_of[g["id"]]])
            route = ("frame rules" if any(c.rule_row for c in pair.candidates)
                     else "possessed noun" if any(c.possessed for c in pair.candidates) else "model only")
            band = min(int(pair.probability * 10), 9) / 10
            table[route][(band, tm.visit_label(pair.candidates[0], g, score))] += 1
    print("\n[bands] out-of-fold pair probability: pairs matching a gold visit / others (share matching)")
    for route, counts in table.items():
        print(f"  {route}: " + ", ".join(f"{b:.1f} {counts[(b, 1)]}/{counts[(b, 0)]} ({counts[(b, 1)] / max(counts[(b, 1)] + counts[(b, 0)], 1):.2f})"
                                         for b in (i / 10 for i in range(10)) if counts[(b, 1)] + counts[(b, 0)]))


@dataclasses.dataclass(frozen=True)
class Conjoined:
    """A model over the features and their conjunctions with the pair's kind (`conjoin`)."""

    inner: object
    conjoin: object
    name: str
    threshold: float

    def probability(self, features):
        return self.inner.probability(self.conjoin(features))

    def reasons(self, features, top=3):
        return self.inner.reasons(self.conjoin(features), top)


def by_rules(f):
    """Each feature also as its own feature for pairs the frame rules did not read."""
    if f.get("pair_rule_frame"):
        return f
    return {**f, **{f"{k}|model_only": v for k, v in f.items()}}


def by_generator(f):
    gen = next((k for k, v in f.items() if k.startswith("gen_") and v), "gen_?")
    return {**f, **{f"{k}|{gen}": v for k, v in f.items() if not k.startswith("gen_")}}


def conjoined(fit, conjoin):
    def fitter(rows, labels, name, c_value, threshold=0.5):
        inner = fit([conjoin(r) for r in rows], labels, name, c_value, threshold)
        return Conjoined(inner, conjoin, name, threshold)
    return fitter


def trees(**params):
    return lambda rows, labels, name, c_value, threshold=0.5: tm.fit_trees(rows, labels, name, c_value, threshold, **params)


SHOW = False
VARIANTS = {
    "visits-lr": tm.fit_linear,
    "visits-lr-balanced": tm.fit_linear_balanced,
    "lr x rules": conjoined(tm.fit_linear, by_rules),
    "lr x generator": conjoined(tm.fit_linear, by_generator),
    "lr x rules x generator": conjoined(tm.fit_linear, lambda f: by_generator(by_rules(f))),
    "lr C=0.1": lambda r, l, n, c, t=0.5: tm.fit_linear(r, l, n, 0.1, t),
    "lr C=2": lambda r, l, n, c, t=0.5: tm.fit_linear(r, l, n, 2.0, t),
    "trees d5 n300 lr.05 sub.8": trees(max_depth=5, n_estimators=300, learning_rate=0.05, subsample=0.8),
    "trees d3 n600 lr.03 leaf20": trees(max_depth=3, n_estimators=600, learning_rate=0.03, min_samples_leaf=20),
    "trees d2 n200 lr.1": trees(max_depth=2, n_estimators=200, learning_rate=0.1),
    "trees d3 n200 lr.05": trees(max_depth=3, n_estimators=200, learning_rate=0.05),
    "trees d3 n400 lr.05": trees(max_depth=3, n_estimators=400, learning_rate=0.05),
    "trees d4 n200 lr.05": trees(max_depth=4, n_estimators=200, learning_rate=0.05),
    "trees d3 n300 lr.05 sub.8": trees(max_depth=3, n_estimators=300, learning_rate=0.05, subsample=0.8),
}


def refeature(items) -> None:
    """The features of cached candidates computed again by the current features.py."""
    from transforms.visits.features import pair_features, visit_features

    for g, ctx, candidates, pairs, day in items:
        for pair in pairs:
            for c in pair.candidates:
                c.features = visit_features(c, ctx)
            pair.features = pair_features(pair.candidates, ctx)
            for c in pair.candidates:
                c.features.update(pair.features)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--analyse", action="store_true")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--refeature", action="store_true", help="recompute the features (cached items)")
    parser.add_argument("--filters", action="store_true", help="each named filter's drops and the gold visits they cost")
    parser.add_argument("--bands", action="store_true", help="out-of-fold pair probabilities by band and route")
    args = parser.parse_args()
    global SHOW
    SHOW = args.show
    score = load_scorer(args.shared)
    items = load_items(args.shared, args.cache)
    if args.refeature:
        refeature(items)
    if args.filters:
        filter_costs(items, score)
    examples = tm.visit_examples(items, score, 0.5)
    print(f"{len(items)} articles, {len(examples)} examples, {sum(y for *_, y in examples)} positive")
    tally = lambda its, by: tm.visit_decisions_f1(its, by, score)  # noqa: E731
    results = {}
    for name, fit in VARIANTS.items():
        if args.only and name not in args.only:
            continue
        folds: dict = {}
        model, figures = tm.cross_validate(examples, items, name, 0.5, tally, fit=fit, fold_models=folds)
        results[name] = figures
        if args.analyse and name == "visits-lr":
            analyse(items, score, folds, model.threshold)
        if args.bands and name == "visits-lr":
            probability_bands(items, score, folds)
    base = results.get("visits-lr")
    if base:
        print("\n[compare] F1 against the logistic baseline of this run:")
        for name, figures in results.items():
            print(f"  {name:28} P {figures['precision']:.3f} R {figures['recall']:.3f} F1 {figures['f1']:.3f} "
                  f"({figures['f1'] - base['f1']:+.3f})")


if __name__ == "__main__":
    main()

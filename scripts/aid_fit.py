"""How much the aid decisions fit the develop articles: in-sample against cross-validated F1.

The aid model (and its donor and recipient models) are refitted as `make models` fits them, on
the develop data only (marsad/gold_parts.develop_gold: train.jsonl's develop part and gold/team),
and the pipeline's own decision step (candidates.decide_aid) is scored by the scorer's aid match:
- in-sample: fitted on every develop article, scored on the same articles;
- cross-validated: 5 folds by article, each article decided by the models fitted without its
  fold; the mean over several random fold splits (one split moves F1 by about 0.03: 80 records).
For the model with the frame rules (as the pipeline decides) and for the model alone (no frame
rule record, no sum kept for its verb of giving or cutting). A wide gap between the two columns
says the decisions learnt the develop articles rather than aid; `--grid` also prints the
regularisation and threshold settings, each judged on its cross-validated F1 only.

    python scripts/aid_fit.py --shared ../shared [--grid] [--splits 4]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import train_models as tm  # noqa: E402
from flows.lexicons import load_lexicons  # noqa: E402
from marsad.gold_parts import develop_gold, load_scorer  # noqa: E402
from transforms.aid.candidates import decide_aid  # noqa: E402
from transforms.linear_model import model_from_dict  # noqa: E402

# What "the model alone" takes away from a candidate: the frame rules' records and the reasons
# decide_aid keeps a sum below the model's threshold.
_GOVERNED = ("verb_gives_sum", "cut_governs_sum")


def decisions(items, score, models_of, model_alone: bool = False):
    tally = score.Tally()
    for g, ctx, candidates in items:
        saved = [(c.rule_records, dict(c.features), c.gapped_giver) for c in candidates]
        if model_alone:
            for c in candidates:
                c.rule_records, c.gapped_giver = [], None
                c.features.update({k: 0.0 for k in _GOVERNED})
        rows = decide_aid(candidates, ctx, models_of(g["id"]))
        for c, (records, features, gapped) in zip(candidates, saved):
            c.rule_records, c.features, c.gapped_giver = records, features, gapped
        tally.add(len(g["aid"]), len(rows), len(score.pair_up(g["aid"], rows, score.aid_match)))
    return tally.prf()


def examples(items, score):
    """(article id, features, label) for the sum, donor and recipient models, as train_aid labels them."""
    money, donors, recipients = [], [], []
    for g, _, candidates in items:
        for c in candidates:
            golds = [a for a in g["aid"] if tm._amount_matches(a, c.money.value)]
            money.append((g["id"], c.features, int(bool(golds))))
            for p in c.parties if golds else ():
                donors.append((g["id"], p.features, int(any(
                    score.party_match(a["donor"], p.party.iso2, p.party.name_ar) for a in golds))))
                recipients.append((g["id"], p.features, int(any(
                    a["recipient"] is not None and score.party_match(a["recipient"], p.party.iso2, p.party.name_ar)
                    for a in golds))))
    return money, donors, recipients


def fitted(sets, c_value, thresholds, left_out=None, fold_of=None):
    """The three models fitted on the examples of every article not in fold `left_out`."""
    out = {}
    for (name, rows), threshold, c in zip(sets.items(), thresholds, (c_value, 0.5, 0.5)):
        train = [(f, y) for a, f, y in rows if left_out is None or fold_of[a] != left_out]
        out[name] = tm._with_threshold(tm.fit_linear([f for f, _ in train], [y for _, y in train], name, c), threshold)
    return out


def stories(items) -> dict[str, str]:
    """Each article's story: articles whose gold shares an aid record (the same donor, recipient and amount:
    قطر → تركيا 15 مليار دولار in six develop articles) are one story, joined through any record they share;
    an article with no gold aid is a story of its own."""
    parent: dict[str, str] = {}

    def root(a: str) -> str:
        while parent.setdefault(a, a) != a:
            a = parent[a]
        return a

    first_of: dict[tuple, str] = {}
    for g, *_ in items:
        root(g["id"])
        for a in g["aid"]:
            key = (a["donor"], a["recipient"], a["amount"])
            if key in first_of:
                parent[root(g["id"])] = root(first_of[key])
            else:
                first_of[key] = g["id"]
    return {g["id"]: root(g["id"]) for g, *_ in items}


def measure(items, score, sets, splits, c_value=0.5, thresholds=(0.5, 0.2, 0.05), model_alone=False,
            story_of=None):
    """In-sample and cross-validated P, R, F1; with `story_of` (stories()), the folds split whole stories, so
    that no record is learnt from another article telling the same transfer."""
    everything = fitted(sets, c_value, thresholds)
    in_sample = decisions(items, score, lambda a: everything, model_alone)
    ids = sorted({g["id"] for g, *_ in items})
    story_of = story_of or {a: a for a in ids}
    groups = sorted(set(story_of.values()))
    runs = []
    for seed in range(splits):
        order = groups[:]
        random.Random(seed).shuffle(order)
        fold_of_story = {s: i % tm.FOLDS for i, s in enumerate(order)}
        fold_of = {a: fold_of_story[story_of[a]] for a in ids}
        by_fold = {k: fitted(sets, c_value, thresholds, k, fold_of) for k in range(tm.FOLDS)}
        runs.append(decisions(items, score, lambda a: by_fold[fold_of[a]], model_alone))
    cv = tuple(sum(r[i] for r in runs) / len(runs) for i in range(3))
    return in_sample, cv


def line(label, in_sample, cv) -> str:
    return (f"{label:34s} in-sample P {in_sample[0]:.3f} R {in_sample[1]:.3f} F1 {in_sample[2]:.3f} | "
            f"cross-validated P {cv[0]:.3f} R {cv[1]:.3f} F1 {cv[2]:.3f} | gap {in_sample[2] - cv[2]:+.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--splits", type=int, default=4, help="random fold splits averaged")
    parser.add_argument("--grid", action="store_true", help="also the regularisation and threshold settings")
    parser.add_argument("--stories", action="store_true",
                        help="folds by story: articles sharing a gold aid record stay in one fold (stories())")
    args = parser.parse_args()
    score = load_scorer(args.shared)
    gold = develop_gold(args.shared, REPO)
    articles = tm.corpus_articles(args.shared, {g["id"] for g in gold})
    items = [it for it in tm.aid_articles(gold, articles, load_lexicons()) if it[2] or it[0]["aid"]]
    print(f"{len(items)} develop articles with a sum or a gold aid record, {sum(len(g['aid']) for g, *_ in items)} records")
    print("frame rules alone (no model)       P {:.3f} R {:.3f} F1 {:.3f}".format(*decisions(items, score, lambda a: {})))
    shipped = {n: model_from_dict(json.loads((tm.MODELS / f"{n}.json").read_text(encoding="utf-8")))
               for n in ("aid", "aid-donor", "aid-recipient")}
    print("shipped models (in-sample)         P {:.3f} R {:.3f} F1 {:.3f}".format(*decisions(items, score, lambda a: shipped)))
    money, donors, recipients = examples(items, score)
    sets = {"aid": money, "aid-donor": donors, "aid-recipient": recipients}
    story_of = stories(items) if args.stories else None
    if story_of:
        print(f"folds by story: {len(set(story_of.values()))} stories")
    print(line("model + frame rules (refitted)", *measure(items, score, sets, args.splits, story_of=story_of)), flush=True)
    print(line("model alone (refitted)", *measure(items, score, sets, args.splits, model_alone=True, story_of=story_of)),
          flush=True)
    if args.grid:
        for c_value in (0.1, 0.2, 1.0, 2.0):
            print(line(f"model + frame rules, C {c_value}",
                       *measure(items, score, sets, args.splits, c_value, story_of=story_of)), flush=True)
        for threshold in (0.4, 0.45, 0.55, 0.6, 0.7):
            print(line(f"model + frame rules, threshold {threshold}",
                       *measure(items, score, sets, args.splits, thresholds=(threshold, 0.2, 0.05), story_of=story_of)),
                  flush=True)


if __name__ == "__main__":
    main()

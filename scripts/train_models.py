"""`make models`: fit the visit and aid models on the develop data and write seeds/models/*.json.

Develop data only (marsad/gold_parts.develop_gold): the develop part of ../shared/gold/train.jsonl
and the team's annotations in gold/team/. Never dev.jsonl, never the score part.

For every develop article the pipeline's own analysis proposes candidates (transforms/visits,
transforms/aid); a candidate is positive when it matches a gold record by the scorer's rules.
Logistic regressions over the named features are fitted, and each decision threshold is chosen on
the article-level F1 of the pipeline's own decision step on out-of-fold predictions (5 folds by
article; the curve smoothed, and near its top the threshold nearest 0.5; for aid, whose extra rows
on unseen text are mostly wrong, at least AID_THRESHOLD_FLOOR), so no threshold is chosen
on the rows that set the weights. Prints the
candidate recall (the share of gold records some candidate matches) and the cross-validated
P/R/F1; `--diagnose` prints why gold visits have no candidate.

    python scripts/train_models.py --shared ../shared [--only visits|aid] [--diagnose] [--drop PREFIX ... --out DIR]
"""
from __future__ import annotations

import argparse
import dataclasses
import glob
import json
import math
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flows.extraction import analyse_article  # noqa: E402
from flows.lexicons import load_lexicons  # noqa: E402
from marsad.gold_parts import develop_gold, load_scorer  # noqa: E402
from transforms.jsonl_records import parse_published  # noqa: E402
from transforms.linear_model import LinearModel  # noqa: E402

MODELS = REPO / "seeds" / "models"
FOLDS = 5
GRID = [t / 100 for t in range(10, 91, 2)]


def corpus_articles(shared: Path, wanted: set[str]) -> dict[str, dict]:
    found = {}
    for shard in sorted(glob.glob(os.path.join(shared, "data", "ant-news", "*.jsonl"))):
        for line in open(shard, encoding="utf-8"):
            r = json.loads(line)
            if r["id"] in wanted:
                found[r["id"]] = r
    return found


def fit_linear(rows: list[dict], labels: list[int], name: str, c_value: float, threshold: float = 0.5) -> LinearModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sparse=False)
    x = vectorizer.fit_transform(rows)
    if len(set(labels)) < 2:
        return LinearModel(name, {}, -5.0 if not any(labels) else 5.0, threshold)
    model = LogisticRegression(C=c_value, max_iter=3000).fit(x, labels)
    weights = {f: round(float(w), 6) for f, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])}
    return LinearModel(name, dict(sorted(weights.items())), round(float(model.intercept_[0]), 6), threshold)


def fit_linear_balanced(rows, labels, name, c_value, threshold=0.5):
    """The logistic model with classes weighted inversely to their frequency."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sparse=False)
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c_value, max_iter=3000, class_weight="balanced").fit(x, labels)
    weights = {f: round(float(w), 6) for f, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])}
    return LinearModel(name, dict(sorted(weights.items())), round(float(model.intercept_[0]), 6), threshold)


TREES = {"n_estimators": 200, "max_depth": 3, "learning_rate": 0.05, "subsample": 1.0, "min_samples_leaf": 5}


def sklearn_trees(rows, labels, **params):
    """(feature names, fitted GradientBoostingClassifier): deterministic (random_state 0)."""
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    vectorizer = DictVectorizer(sparse=False)
    x = vectorizer.fit_transform(rows)
    model = GradientBoostingClassifier(random_state=0, **{**TREES, **params}).fit(x, labels)
    return list(vectorizer.get_feature_names_out()), model


def fit_trees(rows, labels, name, c_value, threshold=0.5, **params):
    """A small gradient-boosted tree ensemble, exported as readable nested splits for
    transforms/tree_model.py (no learning library at run time). `c_value` (the logistic models'
    regularisation) is not used."""
    from transforms.tree_model import TreeModel

    names, model = sklearn_trees(rows, labels, **params)

    def export(tree, node=0):
        if tree.children_left[node] == -1:
            return {"value": round(float(tree.value[node][0][0]), 9)}
        return {"feature": names[tree.feature[node]], "threshold": round(float(tree.threshold[node]), 9),
                "le": export(tree, tree.children_left[node]), "gt": export(tree, tree.children_right[node])}

    prior = sum(labels) / len(labels)
    trees = tuple(export(e[0].tree_) for e in model.estimators_)
    return TreeModel(name, trees, round(math.log(prior / (1 - prior)), 9), model.learning_rate, threshold)


def model_json(model: LinearModel, **extra) -> str:
    data = {"name": model.name, "trained_on": "develop part of ../shared/gold/train.jsonl + gold/team",
            "threshold": model.threshold, "intercept": model.intercept, **extra, "weights": model.weights}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


# ---- visits ----------------------------------------------------------------------------------
def analysed(gold, articles, lexicons):
    """(gold record, analysed article, publication time) for every gold article in the corpus."""
    for g in gold:
        r = articles.get(g["id"])
        if r is not None:
            published = parse_published(r.get("date"))
            yield g, analyse_article(r.get("title"), r["text"], published, lexicons), published


def visit_articles(gold, articles, lexicons):
    """(gold record, context, candidates, pairs, publication day) for every develop article."""
    from transforms.visits.extract import _published_day, visit_pairs

    out = []
    for g, article, published in analysed(gold, articles, lexicons):
        ctx, candidates, pairs = visit_pairs(article.docs["body"], article.body_persons(), article.title_persons(),
                                             published, lexicons.visits, None, article.docs["title"])
        out.append((g, ctx, candidates, pairs, _published_day(published)))
    return out


def _visit_row(c) -> dict:
    person = c.actor.person or {}
    return {"visitor_name_ar": person.get("name_ar"), "visitor_country_iso2": c.actor.country,
            "host_country_iso2": c.host_iso2}


def visit_label(c, g, score) -> int:
    return int(any(score.visit_match(v, _visit_row(c)) for v in g["visits"]))


def visit_examples(items, score, c_value: float) -> list[tuple]:
    """(article id, features, label) for the candidates the visit model learns from.

    A pair is as likely as its most telling sentence (decide.rescore takes the maximum), so a
    pair that matches a gold visit needs one sentence that tells it, not every sentence that
    names the two: labelling all of them positive taught the model that a sentence merely naming
    a person beside a country is a visit. Multi-instance: in a matched pair only the candidate
    a first model (fitted on all candidates, not on the article's own fold) rates highest is a
    positive; its other candidates are left out. Candidates of unmatched pairs are negatives."""
    labelled = [(g["id"], pair, visit_label(pair.candidates[0], g, score))
                for g, ctx, cs, pairs, _ in items for pair in pairs]
    article_ids = sorted({g["id"] for g, *_ in items})
    fold_of = {a: i % FOLDS for i, a in enumerate(article_ids)}
    first = {}
    for k in range(FOLDS):
        train = [(c.features, y) for a, pair, y in labelled if fold_of[a] != k for c in pair.candidates]
        first[k] = fit_linear([f for f, _ in train], [y for _, y in train], "visits-first", c_value)
    examples = []
    for a, pair, y in labelled:
        if not y:
            examples += [(a, c.features, 0) for c in pair.candidates]
            continue
        model = first[fold_of[a]]
        best = max(pair.candidates, key=lambda c: model.probability(c.features))
        examples.append((a, best.features, 1))
    return examples


def visit_decisions_f1(items, models_by_article, score):
    from transforms.visits.decide import decide_visits, rescore

    tally = score.Tally()
    for g, ctx, candidates, pairs, day in items:
        model = models_by_article[g["id"]]
        for pair in pairs:
            rescore(pair, model)
        rows = decide_visits(pairs, ctx, model, day)
        tally.add(len(g["visits"]), len(rows), len(score.pair_up(g["visits"], rows, score.visit_match)))
    return tally


def drop_features(items, prefixes) -> None:
    """Removes the features named with one of `prefixes` from every candidate (in place), for an
    ablation: the cross-validated F1 without them says whether they earn their place."""
    for _, _, candidates, _, _ in items:
        for c in candidates:
            c.features = {k: v for k, v in c.features.items() if not k.startswith(tuple(prefixes))}


def train_visits(items, score, c_value: float, diagnose: bool, out: Path):
    total = sum(len(g["visits"]) for g, *_ in items)
    matched = 0
    reasons: dict[str, list] = {}
    for g, ctx, candidates, _, _ in items:
        kept = [_visit_row(c) for c in candidates if c.dropped_by is None]
        everything = [_visit_row(c) for c in candidates]
        for v in g["visits"]:
            if any(score.visit_match(v, r) for r in kept):
                matched += 1
            elif diagnose:
                reasons.setdefault(_why_missed(v, everything, ctx, score), []).append((g["id"], v))
    print(f"[visits] {len(items)} develop articles, candidate recall {matched}/{total} = {matched / max(total, 1):.3f}")
    for reason, missed in reasons.items():
        print(f"  {len(missed):4} {reason}")
        for article_id, v in missed[:15]:
            print(f"       {article_id} {json.dumps(v, ensure_ascii=False)}")
    examples = visit_examples(items, score, c_value)
    model, figures = cross_validate(examples, items, "visits-lr", c_value,
                                    lambda its, by: visit_decisions_f1(its, by, score))
    (out / "visits.json").write_text(model_json(model, candidate_recall=round(matched / max(total, 1), 4),
                                                   cross_validated=figures), encoding="utf-8")


def _why_missed(v, everything, ctx, score) -> str:
    doc = ctx.doc
    hosts = {m.row.get("iso2") for m in doc.mentions["country"] + doc.mentions["place"]}
    if any(score.visit_match(v, r) for r in everything):
        return "dropped by a filter"
    if v["host_country"] not in hosts:
        return "host never mentioned as a place"
    if v.get("visitor") and not any(m.row.get("name_ar") and score.names_match(v["visitor"], m.row["name_ar"])
                                    for m in doc.mentions["person"]):
        return "visitor not found as a person"
    return "no cue sentence pairs them: " + _where_told(v, ctx, score)


def _where_told(v, ctx, score) -> str:
    """Where the visitor is told against the sentences of visit words that name the host: the
    sentences a cross-sentence reading would have to join."""
    host_cues = {ctx.doc.sentence_of(span[0]) for loc, span in ctx.locs if loc.iso2 == v["host_country"]} \
        & set(ctx.cue_sentences)
    if v.get("visitor"):
        told = {s for a, _, s in ctx.actors if s >= 0 and a.person and a.person.get("name_ar")
                and score.names_match(v["visitor"], a.person["name_ar"])}
        who = "the named visitor"
    else:
        told = {s for a, _, s in ctx.actors if s >= 0 and v.get("visitor_country") and a.country == v["visitor_country"]}
        who = "an actor of the visitor's country" if v.get("visitor_country") else "an unnamed visitor"
    if not host_cues:
        return "the host is in no sentence of a visit word"
    if not told:
        return f"{who} is never an actor"
    gap = min(abs(t - h) for t in told for h in host_cues)
    if gap == 0:
        return f"{who} is in a sentence of a visit word with the host"
    after = any(0 < t - h <= gap for t in told for h in host_cues)
    return f"{who} is {min(gap, 3)}{'+' if gap >= 3 else ''} sentence(s) {'after' if after else 'before'} the host's visit word"


# ---- aid -------------------------------------------------------------------------------------
# The develop gold holds 79 aid records: its F1 curve is flat and may pick a threshold that lets in
# every sum near an aid word. Read beyond the gold (351 ANT articles with an aid word and a sum, in
# no gold file), the sums the refitted model rated 0.28-0.40 were none of them aid (26 of 26: trade
# deficits, tariffs, bounties, ransoms, budgets, compensation), so no threshold below this is taken.
# Judged again over every non-gold ANT article with a sum (scripts/aid_sample.py, 3,841 articles,
# 145 rows): of the rows the model alone kept at p 0.44-0.50 (no frame rule read the sum), 1 of 10
# was aid (the others investments, subsidies, a ransom, a charity's money to a person, a domestic
# programme, reversed parties), against 10 of 26 at 0.50-0.70. The develop gold, picked rich in aid,
# cannot see this: there the F1 curve is flat and its top lies at 0.42-0.44. So the floor is 0.5, a
# logistic model's own decision point, and above it the threshold nearest 0.5 among the best
# smoothed F1 (cross_validate). The frame rules' rows do not depend on this threshold.
AID_THRESHOLD_FLOOR = 0.5


def aid_articles(gold, articles, lexicons):
    from transforms.aid.candidates import aid_candidates, build_aid_context
    from transforms.aid.frames import extract_aid

    out = []
    for g, article, published in analysed(gold, articles, lexicons):
        doc, year = article.docs["body"], published.year if published else None
        ctx = build_aid_context(doc, year)
        rules = extract_aid(doc.text, doc.entities, lexicons.currencies, year, normalized=doc.norm, sentences=doc.sentences,
                            mentions=ctx.mentions, words=ctx.words)
        out.append((g, ctx, aid_candidates(ctx, lexicons.currencies, rules)))
    return out


def _amount_matches(g_aid, value) -> bool:
    return g_aid["amount"] and abs(value - g_aid["amount"]) <= 0.01 * g_aid["amount"]


def aid_decisions_f1(items, models_by_article, score):
    from transforms.aid.candidates import decide_aid

    tally = score.Tally()
    for g, ctx, candidates in items:
        rows = decide_aid(candidates, ctx, models_by_article[g["id"]])
        tally.add(len(g["aid"]), len(rows), len(score.pair_up(g["aid"], rows, score.aid_match)))
    return tally


def train_aid(items, score, c_value: float, out: Path):
    total = sum(len(g["aid"]) for g, *_ in items)
    matched = 0
    money, donors, recipients = [], [], []
    for g, ctx, candidates in items:
        for a in g["aid"]:
            if any(_amount_matches(a, c.money.value) and any(score.party_match(a["donor"], p.party.iso2, p.party.name_ar)
                                                              for p in c.parties) for c in candidates):
                matched += 1
        for c in candidates:
            golds = [a for a in g["aid"] if _amount_matches(a, c.money.value)]
            money.append((g["id"], c.features, int(bool(golds))))
            if not golds:
                continue
            for p in c.parties:
                donors.append((g["id"], p.features, int(any(score.party_match(a["donor"], p.party.iso2, p.party.name_ar)
                                                             for a in golds))))
                recipients.append((g["id"], p.features, int(any(
                    a["recipient"] is not None and score.party_match(a["recipient"], p.party.iso2, p.party.name_ar)
                    for a in golds))))
    print(f"[aid] {len(items)} develop articles, {len(money)} sums, candidate recall (a sum and its donor "
          f"among the parties) {matched}/{total} = {matched / max(total, 1):.3f}")
    # The donor and recipient models are fitted per fold like the decision model, so that the
    # cross-validated F1 and the party choices below are read on articles none of them saw; their
    # thresholds are tuned on that F1, with the out-of-fold choice accuracy printed beside it.
    fold_of = _folds(items)
    fold_donor = {k: fit_linear([f for a, f, _ in donors if fold_of[a] != k], [y for a, _, y in donors if fold_of[a] != k],
                                "aid-donor-lr", c_value) for k in range(FOLDS)}
    fold_recipient = {k: fit_linear([f for a, f, _ in recipients if fold_of[a] != k],
                                    [y for a, _, y in recipients if fold_of[a] != k], "aid-recipient-lr", c_value)
                      for k in range(FOLDS)}
    best = None
    for donor_threshold in AID_DONOR_THRESHOLDS:
        # The recipient threshold: the one whose out-of-fold recipient choice is right most often
        # (on a tie the lower: aid without a recipient is rare).
        choices = {}
        for recipient_threshold in AID_RECIPIENT_THRESHOLDS:
            choices[recipient_threshold] = party_choices(items, score, {
                a: (_with_threshold(fold_donor[k], donor_threshold), _with_threshold(fold_recipient[k], recipient_threshold))
                for a, k in fold_of.items()})
        recipient_threshold = max(AID_RECIPIENT_THRESHOLDS, key=lambda t: (choices[t].recipient, -t))
        choice = choices[recipient_threshold]

        def with_parties(by_article, dt=donor_threshold, rt=recipient_threshold):
            return {a: {"aid": m, "aid-donor": _with_threshold(fold_donor[fold_of[a]], dt),
                        "aid-recipient": _with_threshold(fold_recipient[fold_of[a]], rt)}
                    for a, m in by_article.items()}

        print(f"[aid] donor threshold {donor_threshold:.2f}, recipient threshold {recipient_threshold:.2f}:")
        print(f"[aid-parties] cross-validated choice on sums of a gold amount: {choice}")
        model, figures = cross_validate(money, items, "aid-lr", c_value,
                                        lambda its, by: aid_decisions_f1(its, with_parties(by), score),
                                        floor=AID_THRESHOLD_FLOOR)
        figures = {**figures, **choice.figures()}
        # The donor threshold on F1; on a tie the higher (a lower one names a donor for more sums
        # that are no aid, which the donor choice, read on the gold's sums only, does not see).
        rank = (figures["f1"], donor_threshold)
        if best is None or rank > best[0]:
            best = (rank, model, (donor_threshold, recipient_threshold), figures)
    _, model, (donor_threshold, recipient_threshold), figures = best
    print(f"[aid] chosen: decision threshold {model.threshold:.2f}, donor {donor_threshold:.2f}, recipient "
          f"{recipient_threshold:.2f}: F1 {figures['f1']:.3f}, donor choice {figures['donor_accuracy']:.3f}, "
          f"recipient choice {figures['recipient_accuracy']:.3f}")
    donor_model = fit_linear([f for _, f, _ in donors], [y for *_, y in donors], "aid-donor-lr", c_value, donor_threshold)
    recipient_model = fit_linear([f for _, f, _ in recipients], [y for *_, y in recipients], "aid-recipient-lr",
                                 c_value, recipient_threshold)
    (out / "aid.json").write_text(model_json(model, candidate_recall=round(matched / max(total, 1), 4),
                                                cross_validated=figures), encoding="utf-8")
    (out / "aid-donor.json").write_text(model_json(donor_model), encoding="utf-8")
    (out / "aid-recipient.json").write_text(model_json(recipient_model), encoding="utf-8")


AID_DONOR_THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)
AID_RECIPIENT_THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)


def _with_threshold(model: LinearModel, threshold: float) -> LinearModel:
    return LinearModel(model.name, model.weights, model.intercept, threshold)


class PartyChoices:
    """How often the donor and recipient models pick the gold parties of a sum whose amount is in
    gold: all such sums, and those whose parties the models decide (no frame-rule record)."""

    def __init__(self) -> None:
        self.n = self.donor = self.recipient = 0
        self.model_n = self.model_donor = self.model_recipient = 0

    def add(self, by_model: bool, donor_ok: bool, recipient_ok: bool) -> None:
        self.n, self.donor, self.recipient = self.n + 1, self.donor + donor_ok, self.recipient + recipient_ok
        if by_model:
            self.model_n += 1
            self.model_donor += donor_ok
            self.model_recipient += recipient_ok

    def figures(self) -> dict:
        return {"donor_accuracy": round(self.donor / max(self.n, 1), 4),
                "recipient_accuracy": round(self.recipient / max(self.n, 1), 4), "party_sums": self.n}

    def __str__(self) -> str:
        return (f"donor {self.donor}/{self.n} = {self.donor / max(self.n, 1):.3f}, recipient {self.recipient}/{self.n} = "
                f"{self.recipient / max(self.n, 1):.3f} (where no frame rule read the sum: donor {self.model_donor}/"
                f"{self.model_n}, recipient {self.model_recipient}/{self.model_n})")


def party_choices(items, score, models_by_article) -> PartyChoices:
    """The donor and recipient the models choose for each sum of a gold amount (as decide_aid
    chooses them, whatever the decision model says of the sum), against the gold records of that
    amount: the donor is right if it is a gold record's donor (none chosen: a gold donor is null),
    the recipient if it is the recipient of a gold record of that donor."""
    from transforms.aid.candidates import _best_recipient, _donors, _group_recipient, score_donors

    tally = PartyChoices()
    for g, ctx, candidates in items:
        donor_model, recipient_model = models_by_article[g["id"]]
        for c in candidates:
            golds = [a for a in g["aid"] if _amount_matches(a, c.money.value)]
            if not golds:
                continue
            score_donors(ctx, c, donor_model)
            donors = _donors(c, donor_model.threshold)
            recipient = None if _group_recipient(c) else _best_recipient(c, donors, recipient_model)
            donor = donors[0] if donors else None
            theirs = [a for a in golds if score.party_match(a["donor"], donor.iso2 if donor else None,
                                                            donor.name_ar if donor else None)]
            use = recipient if recipient is not None and (donor is None or recipient.key != donor.key) else None
            tally.add(not c.rule_records, bool(theirs), any(
                score.party_match(a["recipient"], use.iso2 if use else None, use.name_ar if use else None)
                for a in theirs))
    return tally


def _folds(items) -> dict:
    """Each develop article's fold (the same split cross_validate uses)."""
    article_ids = sorted({g["id"] for g, *_ in items})
    return {a: i % FOLDS for i, a in enumerate(article_ids)}


# ---- shared ----------------------------------------------------------------------------------
def _smoothed_f1(curve, i: int, reach: int = 2) -> float:
    """The mean F1 of the curve's points from i - reach to i + reach (fewer at its ends)."""
    window = curve[max(0, i - reach): i + reach + 1]
    return sum(f for _, _, f, _ in window) / len(window)


def cross_validate(examples, items, name: str, c_value: float, decisions_tally, floor: float = 0.0,
                   fit=None, fold_models: dict | None = None):
    """The model fitted on all examples, with the threshold (at least `floor`) chosen on the
    article-level F1 of its out-of-fold decisions (see below); and those cross-validated figures."""
    fit = fit or fit_linear
    article_ids = sorted({g["id"] for g, *_ in items})
    fold_of = _folds(items)
    fold_models = {} if fold_models is None else fold_models
    for k in range(FOLDS):
        train = [(f, y) for a, f, y in examples if fold_of[a] != k]
        fold_models[k] = fit([f for f, _ in train], [y for _, y in train], name, c_value)
    curve = []
    for t in (t for t in GRID if t >= floor):
        by_article = {a: dataclasses.replace(fold_models[fold_of[a]], threshold=t) for a in article_ids}
        curve.append(decisions_tally(items, by_article).prf() + (t,))
    # The F1 curve is flat near its top and jagged by a point or two (one article moves it): F1 is
    # averaged with its neighbours (two grid steps either side), and of the thresholds within 0.005
    # of the best average, the one nearest 0.5, a logistic model's own decision point. (Taking the
    # highest threshold within 0.01 of the top let a flat plateau push it to its far end.)
    smoothed = [_smoothed_f1(curve, i) for i in range(len(curve))]
    best = max(smoothed)
    near_best = [i for i in range(len(curve)) if smoothed[i] >= best - 0.005]
    p, r, f, threshold = curve[min(near_best, key=lambda i: (abs(curve[i][3] - 0.5), curve[i][3]))]
    if os.environ.get("MARSAD_PRINT_CURVE"):
        for (cp, cr, cf, ct), sm in zip(curve, smoothed):
            print(f"[{name}]   t {ct:.2f}: P {cp:.3f} R {cr:.3f} F1 {cf:.3f} smoothed {sm:.3f}")
    print(f"[{name}] cross-validated decisions on develop: P {p:.3f} R {r:.3f} F1 {f:.3f} at threshold {threshold:.2f}")
    model = fit([f for _, f, _ in examples], [y for *_, y in examples], name, c_value, threshold)
    return model, {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--only", choices=("visits", "aid"))
    parser.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    parser.add_argument("--diagnose", action="store_true", help="print why gold visits have no candidate")
    parser.add_argument("--out", type=Path, default=MODELS, help="folder for the model files")
    parser.add_argument("--limit", type=int, help="only the first N develop articles (a quick check)")
    parser.add_argument("--drop", nargs="+", default=(), metavar="PREFIX",
                        help="leave out the visit features whose names start so (an ablation; use with --out)")
    args = parser.parse_args()
    score = load_scorer(args.shared)
    gold = develop_gold(args.shared, REPO)[:args.limit]
    articles = corpus_articles(args.shared, {g["id"] for g in gold})
    lexicons = load_lexicons()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.only in (None, "visits"):
        items = visit_articles(gold, articles, lexicons)
        drop_features(items, args.drop)
        train_visits(items, score, args.c, args.diagnose, args.out)
    if args.only in (None, "aid"):
        items = aid_articles(gold, articles, lexicons)
        for _, _, candidates in items:  # the same ablation for the aid model's sum features
            for c in candidates:
                c.features = {k: v for k, v in c.features.items() if not k.startswith(tuple(args.drop))}
        train_aid(items, score, args.c, args.out)


if __name__ == "__main__":
    main()

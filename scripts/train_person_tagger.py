"""Fit the person-name tagger (seeds/models/persons.crfsuite, a linear-chain CRF) deterministically.

Training data, token labels B/I/O over sentences (transforms/persons/tagger.py builds the features):
- the develop gold (marsad.gold_parts.develop_gold: train.jsonl's develop part and gold/team), each
  gold person's name and its surname forms located in the article's title and text (ANT corpus);
- the build part of ANERcorp (scripts/eval_ner_corpora.anercorp_split: the first 60 %, never the
  held-out part), its PERS mentions.

    .venv/bin/python scripts/train_person_tagger.py            # fit and write the model
    .venv/bin/python scripts/train_person_tagger.py --cv 5     # cross-validate by article first

--cv K fits K models, each without one K-th of the develop articles (by a hash of the id), and
scores persons on the left-out articles as scripts/evaluate.py does, rules alone and rules + tagger
(`--cv-thresholds current`: only the thresholds the pipeline uses). `--without NAME` fits without
one lexicon feature of the tagger (e.g. `verb`, on the word and as seen from its neighbours), to
decide by cross-validation whether a feature earns its place.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from eval_ner_corpora import anercorp_split  # noqa: E402
from train_models import corpus_articles  # noqa: E402

from flows.lexicons import attach_person_tagger, load_lexicons  # noqa: E402
from marsad.gold_parts import develop_gold, load_scorer  # noqa: E402
from marsad.paths import SEEDS  # noqa: E402
from transforms.entities import find_entities  # noqa: E402
from transforms.persons.extract import _country_index  # noqa: E402
from transforms.persons.lexicon import surname_forms, words_of  # noqa: E402
from transforms.persons.tagger import features, sentences_of  # noqa: E402
from transforms.persons.tokens import stems, tokenize  # noqa: E402

MODEL = SEEDS / "models" / "persons.crfsuite"
THRESHOLDS = (0.7, 0.85)
SINGLE_THRESHOLDS = (1.01, 0.9, 0.8)
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def _labelled(text: str, lexicons, label_of) -> list[tuple[list[list[str]], list[str]]]:
    """(features, labels) of each sentence of `text`; label_of(tokens) gives every token's label."""
    tokens = tokenize(text)
    if not tokens.items:
        return []
    country_at = _country_index(tokens, text, find_entities(text, lexicons.gazetteer)["countries"])
    labels = label_of(tokens)
    return [(features(tokens, s, e, lexicons.persons, country_at), labels[s:e]) for s, e in sentences_of(tokens)]


def gold_labels(names: list[str]):
    """Labels from an article's gold names: each name and its surname forms wherever they stand
    (the first word may carry و، ل، ب), longest first."""
    forms: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = words_of(name)
        if not words:
            continue
        for form in [words] + [f for f in surname_forms(words) if len(f) > 1 or len(f[0]) >= 3]:
            forms.setdefault(form[0], []).append(form)
    for candidates in forms.values():
        candidates.sort(key=len, reverse=True)

    def label_of(tokens) -> list[str]:
        items = tokens.items
        labels = ["O"] * len(items)
        i = 0
        while i < len(items):
            hit = 0
            for _, stem in stems(items[i].text):
                for form in forms.get(stem, ()):
                    n = len(form)
                    if i + n <= len(items) and all(items[i + k].text == form[k] and tokens.soft_gap(i + k - 1)
                                                   for k in range(1, n)):
                        hit = n
                        break
                if hit:
                    break
            if hit:
                labels[i] = "B"
                for k in range(1, hit):
                    labels[i + k] = "I"
                i += hit
            else:
                i += 1
        return labels
    return label_of


def span_labels(spans: list[tuple[int, int]]):
    """Labels from gold character spans (ANERcorp PERS)."""
    def label_of(tokens) -> list[str]:
        labels = []
        for token in tokens.items:
            inside = next(((s, e) for s, e in spans if token.ostart < e and s < token.oend), None)
            if inside is None:
                labels.append("O")
            else:
                labels.append("B" if token.ostart <= inside[0] or not labels or labels[-1] == "O" else "I")
        return labels
    return label_of


def develop_examples(shared: Path, lexicons, limit: int | None = None):
    gold = develop_gold(shared, REPO)[:limit]
    articles = corpus_articles(shared, {g["id"] for g in gold})
    out = []
    for record in gold:
        article = articles.get(record["id"])
        if article is None:
            continue
        label_of = gold_labels([p["name"] for p in record["persons"]])
        sequences = [seq for text in (article.get("title") or "", article["text"]) for seq in _labelled(text, lexicons, label_of)]
        out.append((record, article, sequences))
    return out


def anercorp_examples(lexicons):
    build, _ = anercorp_split()
    out = []
    for sentence in build:
        spans = [(e["start_char"], e["end_char"]) for e in sentence["entities"] if e["type"] == "PERS"]
        out.extend(_labelled(sentence["text"], lexicons, span_labels(spans)))
    return out


def fit(sequences, path: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(PARAMS)
    for xseq, yseq in sequences:
        trainer.append(xseq, yseq)
    trainer.train(str(path))


def fold_of(article_id: str, k: int) -> int:
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % k


def score_articles(items, lexicons, score) -> tuple[int, int, int]:
    from flows.extraction import analyse_article

    gold_n = pred_n = hit = 0
    for record, article, _ in items:
        persons = analyse_article(article.get("title"), article["text"], None, lexicons).persons
        gp = [p["name"] for p in record["persons"]]
        pp = [p["name_ar"] for p in persons]
        exact = score.pair_up(gp, pp, lambda x, y: score.norm(x) == score.norm(y))
        rest_g = [x for x in gp if x not in {e[0] for e in exact}]
        rest_p = [y for y in pp if y not in {e[1] for e in exact}]
        gold_n, pred_n = gold_n + len(gp), pred_n + len(pp)
        hit += len(exact) + len(score.pair_up(rest_g, rest_p, score.names_match))
    return gold_n, pred_n, hit


def prf(gold_n: int, pred_n: int, hit: int) -> str:
    p, r = hit / max(pred_n, 1), hit / max(gold_n, 1)
    return f"gold {gold_n} pred {pred_n} hit {hit}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}"


def without(sequences, names: set[str]):
    """The sequences with the lexicon features `names` left out (on the word and as seen from its
    neighbours: "verb", "+1:verb" ...)."""
    if not names:
        return sequences
    keep = lambda f: f.rsplit(":", 1)[-1] not in names  # noqa: E731
    return [([[f for f in word if keep(f)] for word in xseq], yseq) for xseq, yseq in sequences]


def cross_validate(k: int, develop, aner, lexicons, score, current_only: bool = False) -> None:
    import pycrfsuite

    configs = {"rules": (None, 0.5, 1.01)}
    person_lexicon = lexicons.persons
    pairs = ([(person_lexicon.tagger_threshold, person_lexicon.tagger_single_threshold)] if current_only
             else [(t, s) for t in THRESHOLDS for s in SINGLE_THRESHOLDS])
    for threshold, single in pairs:
        configs[f"rules+tagger t={threshold} single={single}"] = ("tagger", threshold, single)
    totals = {name: [0, 0, 0] for name in configs}
    saved = (person_lexicon.tagger, person_lexicon.tagger_threshold, person_lexicon.tagger_single_threshold)
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(k):
            train = aner + [s for record, _, seqs in develop if fold_of(record["id"], k) != fold for s in seqs]
            held = [d for d in develop if fold_of(d[0]["id"], k) == fold]
            path = Path(tmp) / f"fold{fold}.crfsuite"
            fit(train, path)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            attach_person_tagger(person_lexicon, tagger)  # (the fold model's known features, read once)
            for name, (model, threshold, single) in configs.items():
                person_lexicon.tagger = tagger if model else None
                person_lexicon.tagger_threshold, person_lexicon.tagger_single_threshold = threshold, single
                result = score_articles(held, lexicons, score)
                totals[name] = [a + b for a, b in zip(totals[name], result)]
                print(f"fold {fold} {name}: {prf(*result)}", flush=True)
    attach_person_tagger(person_lexicon, saved[0])
    person_lexicon.tagger_threshold, person_lexicon.tagger_single_threshold = saved[1:]
    for name, result in totals.items():
        print(f"cross-validated persons ({k} folds by article), {name}: {prf(*result)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--cv", type=int, default=0, help="cross-validate with K folds by article first")
    parser.add_argument("--limit", type=int, help="only the first N develop articles (a quick check)")
    parser.add_argument("--no-anercorp", action="store_true", help="develop gold only")
    parser.add_argument("--cv-thresholds", choices=("all", "current"), default="all",
                        help="cross-validate every threshold pair, or only the pipeline's current one")
    parser.add_argument("--without", action="append", default=[], metavar="NAME",
                        help="fit without this lexicon feature of the tagger (repeatable), e.g. verb")
    parser.add_argument("--no-fit", action="store_true", help="cross-validate only, write no model")
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args()
    drop = set(args.without)
    lexicons = load_lexicons()
    saved = lexicons.persons.tagger
    lexicons.persons.tagger = None  # features never depend on a tagger; keep the rules' own view
    develop = [(record, article, without(seqs, drop))
               for record, article, seqs in develop_examples(args.shared, lexicons, args.limit)]
    aner = [] if args.no_anercorp else without(anercorp_examples(lexicons), drop)
    print(f"sentences: develop {sum(len(s) for _, _, s in develop)} ({len(develop)} articles), "
          f"ANERcorp build part {len(aner)}", flush=True)
    if args.cv:
        cross_validate(args.cv, develop, aner, lexicons, load_scorer(args.shared), args.cv_thresholds == "current")
    lexicons.persons.tagger = saved
    if args.no_fit:
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    fit(aner + [s for _, _, seqs in develop for s in seqs], args.out)
    print(f"wrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")


if __name__ == "__main__":
    main()

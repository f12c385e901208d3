"""An outside check of the entity extractor against hand-tagged Arabic NER corpora (do not tune to it).

- ANERcorp (../shared/data/anercorp): gold LOC mentions against predicted country names + places.
- NewsFANE gold (../shared/data/newsfane-gold): gold `Nation` against predicted country names, and
  gold `Population-Center` / `State-or-Province` against predicted places (regions left out).

Mention-level P/R/F1; a prediction is right when it overlaps a gold mention of the compared type
(the corpora attach or split clitics differently from news text, so exact spans would mislead).

    .venv/bin/python scripts/eval_ner_corpora.py [--limit N] [--show 20]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from eval_countries import load_gazetteer  # noqa: E402
from transforms.entities import find_entities  # noqa: E402

DATA = REPO.parent / "shared" / "data"
CORPORA = {
    "anercorp": DATA / "anercorp" / "ANERCorp.sentences.jsonl",
    "newsfane": DATA / "newsfane-gold" / "NewsFANE_Gold.sentences.jsonl",
}


def sentences(path: Path, limit: int | None):
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def _overlaps(span, others) -> bool:
    return any(span[0] < o[1] and o[0] < span[1] for o in others)


class Tally:
    def __init__(self, name: str):
        self.name, self.tp_pred, self.n_pred, self.tp_gold, self.n_gold = name, 0, 0, 0, 0
        self.missed, self.extra = Counter(), Counter()

    def add(self, text: str, predicted: list, gold: list) -> None:
        self.n_pred += len(predicted)
        self.n_gold += len(gold)
        for span in predicted:
            if _overlaps(span, gold):
                self.tp_pred += 1
            else:
                self.extra[text[span[0]:span[1]]] += 1
        for span in gold:
            if _overlaps(span, predicted):
                self.tp_gold += 1
            else:
                self.missed[text[span[0]:span[1]]] += 1

    def report(self, show: int) -> None:
        p = self.tp_pred / self.n_pred if self.n_pred else 0.0
        r = self.tp_gold / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{self.name}: P={p:.3f} R={r:.3f} F1={f:.3f} (predicted {self.n_pred}, gold {self.n_gold})")
        if show:
            print("  most missed:", ", ".join(f"{w}:{c}" for w, c in self.missed.most_common(show)))
            print("  most extra: ", ", ".join(f"{w}:{c}" for w, c in self.extra.most_common(show)))


def run(limit: int | None, show: int) -> None:
    gazetteer = load_gazetteer()
    if not all(path.exists() for path in CORPORA.values()):
        print("corpora not found under", DATA)
        return
    aner = Tally("ANERcorp LOC vs country names + places")
    for sentence in sentences(CORPORA["anercorp"], limit):
        text = sentence["text"]
        found = find_entities(text, gazetteer)
        predicted = [(c["char_start"], c["char_end"]) for c in found["countries"] if c["via"] == "name"]
        predicted += [(p["char_start"], p["char_end"]) for p in found["places"]]
        gold = [(e["start_char"], e["end_char"]) for e in sentence["entities"] if e["type"] == "LOC"]
        aner.add(text, sorted(set(predicted)), gold)
    nation = Tally("NewsFANE Nation vs country names")
    cities = Tally("NewsFANE Population-Center/State-or-Province vs places")
    for sentence in sentences(CORPORA["newsfane"], limit):
        # Every token carries a left-to-right mark; a space keeps offsets and joins two-word names.
        text = sentence["text"].replace("\u200e", " ")
        found = find_entities(text, gazetteer)
        nation.add(text, [(c["char_start"], c["char_end"]) for c in found["countries"] if c["via"] == "name"],
                   [(e["start_char"], e["end_char"]) for e in sentence["entities"] if e["type"] == "Nation"])
        cities.add(text, [(p["char_start"], p["char_end"]) for p in found["places"] if p["kind"] != "region"],
                   [(e["start_char"], e["end_char"]) for e in sentence["entities"]
                    if e["type"] in ("Population-Center", "State-or-Province")])
    for tally in (aner, nation, cities):
        tally.report(show)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="sentences per corpus")
    parser.add_argument("--show", type=int, default=15, help="most missed / extra mentions to list")
    args = parser.parse_args()
    run(args.limit, args.show)


if __name__ == "__main__":
    main()

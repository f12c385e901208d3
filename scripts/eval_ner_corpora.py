"""An outside check of the entity and person extractors against hand-tagged Arabic NER corpora
(do not tune to it).

- ANERcorp (../shared/data/anercorp): gold LOC against predicted country names + places; gold PERS
  against predicted person mentions.
- NewsFANE gold (../shared/data/newsfane-gold): gold `Nation` against predicted country names, gold
  `Population-Center` / `State-or-Province` against predicted places (regions left out), and the
  gold person classes against predicted person mentions.

Mention-level P/R/F1 over sentences, each read alone (no coreference across them): a prediction is
right when it overlaps a gold mention of the compared type (the corpora attach or split clitics
differently from news text, so exact spans would mislead). These corpora tag every person, titled
or not, so person recall is a rough lower bound.

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

from flows.lexicons import load_lexicons  # noqa: E402
from transforms.entities import find_entities  # noqa: E402
from transforms.persons import extract_persons  # noqa: E402

DATA = REPO.parent / "shared" / "data"
ANERCORP = DATA / "anercorp" / "ANERCorp.sentences.jsonl"
NEWSFANE = DATA / "newsfane-gold" / "NewsFANE_Gold.sentences.jsonl"
NEWSFANE_PERSONS = {"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Police",
                    "Businessperson", "Lawyer", "Engineer"}


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
        predicted = sorted(set(predicted))
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


def spans(items: list[dict]) -> list[tuple[int, int]]:
    return [(i["char_start"], i["char_end"]) for i in items]


def gold_spans(sentence: dict, types: set[str]) -> list[tuple[int, int]]:
    return [(e["start_char"], e["end_char"]) for e in sentence["entities"] if e["type"] in types]


def run(limit: int | None, show: int) -> None:
    if not (ANERCORP.exists() and NEWSFANE.exists()):
        print("corpora not found under", DATA)
        return
    lexicons = load_lexicons()

    def extract(text: str) -> tuple[dict, list[tuple[int, int]]]:
        found = find_entities(text, lexicons.gazetteer)
        persons = extract_persons(text, found["countries"], lexicons.persons)
        return found, [span for p in persons for span in spans(p["mentions"])]

    tallies = {key: Tally(name) for key, name in [
        ("aner_loc", "ANERcorp LOC vs country names + places"), ("aner_pers", "ANERcorp PERS vs persons"),
        ("nation", "NewsFANE Nation vs country names"),
        ("cities", "NewsFANE Population-Center/State-or-Province vs places"),
        ("fane_pers", "NewsFANE person classes vs persons")]}
    for sentence in sentences(ANERCORP, limit):
        text = sentence["text"]
        found, persons = extract(text)
        tallies["aner_loc"].add(text, spans([c for c in found["countries"] if c["via"] == "name"]) + spans(found["places"]),
                                gold_spans(sentence, {"LOC"}))
        tallies["aner_pers"].add(text, persons, gold_spans(sentence, {"PERS"}))
    for sentence in sentences(NEWSFANE, limit):
        # Every token carries a left-to-right mark; a space keeps offsets and joins two-word names.
        text = sentence["text"].replace("\u200e", " ")
        found, persons = extract(text)
        tallies["nation"].add(text, spans([c for c in found["countries"] if c["via"] == "name"]),
                              gold_spans(sentence, {"Nation"}))
        tallies["cities"].add(text, spans([p for p in found["places"] if p["kind"] != "region"]),
                              gold_spans(sentence, {"Population-Center", "State-or-Province"}))
        tallies["fane_pers"].add(text, persons, gold_spans(sentence, NEWSFANE_PERSONS))
    for tally in tallies.values():
        tally.report(show)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="sentences per corpus")
    parser.add_argument("--show", type=int, default=0, help="most missed / extra mentions to list")
    args = parser.parse_args()
    run(args.limit, args.show)


if __name__ == "__main__":
    main()

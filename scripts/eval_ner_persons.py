"""An outside check of the person extractor against hand-tagged Arabic NER corpora (do not tune to it).

- ANERcorp (../shared/data/anercorp): gold PERS mentions.
- NewsFANE gold (../shared/data/newsfane-gold): gold person classes (Politician, Athlete, Artist,
  Other_PER, Religious_PER, Scientist, Police, Businessperson, Lawyer, Engineer).

Mention-level P/R/F1 over sentences (each sentence alone, so no coreference across them): a
predicted mention is right when it overlaps a gold person mention. These corpora tag every
person, titled or not, and NewsFANE splits clitics (و قال) and drops hamza, so figures are a rough
outside view, lower than on news articles.

    .venv/bin/python scripts/eval_ner_persons.py [--limit N] [--show 20]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from eval_persons import load_gazetteer, load_lexicon  # noqa: E402
from transforms.entities import find_entities  # noqa: E402
from transforms.persons import extract_persons  # noqa: E402

DATA = REPO.parent / "shared" / "data"
CORPORA = {
    "anercorp": (DATA / "anercorp" / "ANERCorp.sentences.jsonl", {"PERS"}),
    "newsfane": (DATA / "newsfane-gold" / "NewsFANE_Gold.sentences.jsonl",
                 {"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Police",
                  "Businessperson", "Lawyer", "Engineer"}),
}


def sentences(path: Path, limit: int | None):
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def evaluate(name: str, path: Path, types: set[str], gazetteer, lexicon, limit, show: int) -> None:
    tp_pred = n_pred = tp_gold = n_gold = 0
    shown = 0
    started = time.perf_counter()
    for sentence in sentences(path, limit):
        text = sentence["text"]
        gold = [(e["start_char"], e["end_char"]) for e in sentence["entities"] if e["type"] in types]
        predicted = [(m["char_start"], m["char_end"])
                     for p in extract_persons(text, find_entities(text, gazetteer)["countries"], lexicon)
                     for m in p["mentions"]]
        def overlaps(a, spans):
            return any(a[0] < b[1] and b[0] < a[1] for b in spans)
        hits = [p for p in predicted if overlaps(p, gold)]
        tp_pred += len(hits)
        n_pred += len(predicted)
        tp_gold += sum(overlaps(g, predicted) for g in gold)
        n_gold += len(gold)
        if shown < show and len(hits) < len(predicted):
            shown += 1
            print(f"  extra in {sentence['id']}: {[text[s:e] for s, e in predicted if (s, e) not in hits]}")
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{name}: gold {n_gold} pred {n_pred}  P {p:.3f} R {r:.3f} F1 {f:.3f}  ({time.perf_counter() - started:.1f}s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="sentences per corpus")
    ap.add_argument("--show", type=int, default=0, help="print this many sentences with extra predictions")
    args = ap.parse_args()
    gazetteer, lexicon = load_gazetteer(), load_lexicon()
    for name, (path, types) in CORPORA.items():
        if not path.exists():
            print(f"{name}: {path} not found, skipped")
            continue
        evaluate(name, path, types, gazetteer, lexicon, args.limit, args.show)


if __name__ == "__main__":
    main()

"""Generate seeds/given_names.csv: words that open persons' names in Arabic news, so that a person
named without a title and absent from the mined lexicon (قال مايك هوكابي، الناشطة عهد التميمي)
is still found.

Sources: the first word of the multi-word names of seeds/persons.csv and of the multi-word PERS
spans of ANERcorp (../shared/data/anercorp, whose SOURCE.md allows building lexicons from it; only
the words and their counts are stored). A first word that is a connector (عبد، أبو، بن) is not a
given name on its own. Words the ANT corpus uses as frequent non-name words (kind=stop in
seeds/name_stopwords.csv with many documents) are dropped; given names that are also common words
(أمين، سلام، أمل، تركي: their definite form الأمين، السلام ... is common in the corpus) are
kept but marked `ambiguous`: the extractor wants more evidence for them. Build-time only:

    .venv/bin/python scripts/build_given_names.py [--corpus ../shared/data/ant-news]
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from marsad.seeds import read_seed_csv, write_seed_csv  # noqa: E402
from transforms.persons.lexicon import CONNECTORS, words_of  # noqa: E402

ANERCORP = REPO.parent / "shared" / "data" / "anercorp" / "ANERCorp.sentences.jsonl"
MIN_COUNT = 2            # seen opening a name at least this often
MAX_STOP_DOCS = 300      # a stop word in more articles than this is no given name (قال، رئيس)
# Definite form in at least this share of the bare word's articles: a common noun or adjective
# too (الأمين/أمين، السلام/سلام، الجمال/جمال).
AMBIGUOUS_DEFINITE_SHARE = 0.25
_WORD = re.compile(r"[^\W\d_]+")


def first_words(names) -> collections.Counter:
    counts = collections.Counter()
    for name in names:
        words = words_of(name)
        if len(words) >= 2 and words[0] not in CONNECTORS and len(words[0]) >= 3:
            counts[words[0]] += 1
    return counts


def corpus_doc_freq(corpus: Path, wanted: set[str]) -> collections.Counter:
    """Articles of the ANT corpus using each wanted word (normalised)."""
    from transforms.arabic_text import normalize
    df = collections.Counter()
    for path in sorted(glob.glob(str(corpus / "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                article = json.loads(line)
                words = set(_WORD.findall(normalize(article.get("text") or "").text))
                for word in words & wanted:
                    df[word] += 1
    return df


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(REPO.parent / "shared" / "data" / "ant-news"))
    parser.add_argument("--out", default=str(REPO / "seeds" / "given_names.csv"))
    args = parser.parse_args()

    counts = first_words(r["name_ar"] for r in read_seed_csv("persons.csv"))
    if ANERCORP.exists():
        with open(ANERCORP, encoding="utf-8") as handle:
            for line in handle:
                spans = [e["text"] for e in json.loads(line)["entities"] if e["type"] == "PERS"]
                counts.update(first_words(spans))
    stop_docs = {r["word_ar"]: int(r["doc_freq"] or 0) for r in read_seed_csv("name_stopwords.csv")
                 if r["kind"] == "stop"}
    # A title word is no given name (جنرال، شيخ), with or without its article.
    title_words = {w for r in read_seed_csv("titles.csv") for w in words_of(r["title_ar"])}
    title_words |= {w[2:] for w in title_words if w.startswith("ال")}
    candidates = {w for w, n in counts.items() if n >= MIN_COUNT and stop_docs.get(w, 0) <= MAX_STOP_DOCS
                  and w not in title_words
                  and not w.startswith("ال")
                  # ومحمد: a conjunct glued to a given name already counted
                  and not (w.startswith("و") and w[1:] in counts)}
    df = corpus_doc_freq(Path(args.corpus), candidates | {"ال" + w for w in candidates})
    rows = []
    for word in sorted(candidates, key=lambda w: (-counts[w], w)):
        ambiguous = word in stop_docs or df["ال" + word] >= AMBIGUOUS_DEFINITE_SHARE * max(df[word], 1)
        rows.append({"given_ar": word, "count": counts[word], "doc_freq": df[word],
                     "definite_doc_freq": df["ال" + word], "ambiguous": int(ambiguous)})
    write_seed_csv(args.out, ["given_ar", "count", "doc_freq", "definite_doc_freq", "ambiguous"], rows)
    print(f"{len(rows)} given names ({sum(r['ambiguous'] for r in rows)} ambiguous) -> {args.out}")


if __name__ == "__main__":
    main()

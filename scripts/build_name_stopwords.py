"""Generate seeds/name_stopwords.csv: words of the ANT news corpus that end a name (kind=stop) or are
name parts (kind=name_part).

A name after a title (وزير الدفاع الأميركي جيمس ماتيس السبت ...) ends at the first word that is
not part of a name. Those words are, overwhelmingly, the corpus's frequent words (verbs, prepositions,
days, common nouns). Frequent words that ARE name parts (محمد، دونالد، عبد) are told apart by where
they occur: right after a title, or right after a word that does; they are listed too (a name
part glued to و is a conjunct: ترامب وكيم). Build-time only:

    .venv/bin/python scripts/build_name_stopwords.py [--corpus ../shared/data/ant-news]
"""
from __future__ import annotations

import argparse
import collections
import csv
import glob
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from marsad.seeds import read_seed_csv  # noqa: E402
from transforms.cue_lexicon import build_cue_lexicon  # noqa: E402
from transforms.persons.lexicon import build_person_lexicon, words_of  # noqa: E402
from transforms.persons.titles import match_title  # noqa: E402
from transforms.persons.tokens import stems, tokenize  # noqa: E402

MIN_DOCS = 30           # words in at least this many articles are candidates
MIN_USES = 5            # a word needs this many uses before its contexts say it is a name part
MIN_HOP_USES = 20       # ... and more when the context is only "after a name part" (weaker)
# A word this often right after a title (or a name part) is a name part; a rare word right after
# a title needs fewer of its few uses there.
NAME_PART_MIN = 0.15
NAME_PART_MIN_RARE = 0.05
RARE_DOCS = 500
# A word with a preposition glued to its article (بالانسحاب، للصحافيين، والرئيس) is never a
# name part, however often it follows a family name.
_CLITIC_ARTICLE = re.compile(r"^(?:[وف]?(?:بال|لل|كال)|[وف]ال)")
# Nor is a conjunction or a preposition glued to a frequent word of the corpus (وابنته، وزوجته،
# ومقرها، بارتكاب، بتفاصيل): a kinship word or a phrase going on after the name, not a word of it.
# The bare word must be in at least MIN_DOCS articles (ابنته though وابنته is more frequent), or, after
# و, in at least as many as the glued form: a rare word is rare glued too, and the corpus writes it bare
# more often than after the conjunction (ميغان 26 articles, وميغان 22: الأمير هاري وميغان; حضرت،
# وحضرت; التطوير، والتطوير), unlike a name's own و (وليام، ويلز: ليام، يلز are rare or no words). Not
# after ب، ل or ف, which open many names whose rest is a word (بشارة، براين). The bare word is of four
# letters or more after ب، ل or ف (بشار، بكر، لبنى، فيصل، فراس، فورد are names).
_CLITICS = (("و", 3), ("ف", 4), ("ب", 4), ("ل", 4), ("وب", 3), ("ول", 3))


def clitic_on_frequent_word(word: str, docs: collections.Counter) -> bool:
    """Whether the word is a clitic glued to a word the corpus writes often bare (و + ابنته, و + ميغان). A
    stem that is itself و + a frequent word is not one: Arabic glues و before ب and ل, never after,
    so بو، لو open a foreign name there (بوروسيا)."""
    for clitic, least in _CLITICS:
        stem = word[len(clitic):]
        least_docs = min(MIN_DOCS, docs[word]) if clitic[0] == "و" else MIN_DOCS
        if word.startswith(clitic) and len(stem) >= least and docs[stem] >= least_docs \
                and not (clitic[-1] in "بل" and stem[0] == "و" and docs[stem[1:]] >= MIN_DOCS):
            return True
    return False


# Many given names are also adjectives or nouns (حسن «good», جميل، كريم) that head a construct
# (حسن نية، حسن النوايا). Such a pair is no name when the corpus never writes it after a title
# although its first word follows titles often enough that a name would (at least TITLED_EXPECTED
# times: uses of the pair times the share of the first word's uses that follow a title), and
# the second word is a common noun: the corpus also writes it with a possessive pronoun
# (نيتها، نواياهم) in at least POSSESSIVE_MIN of as many uses. A name takes no such suffix.
TITLED_EXPECTED = 1.0
POSSESSIVE_MIN = 0.2
_POSSESSIVE = ("ها", "هم", "نا", "كم")  # not ه or ي: they also end a feminine or a nisba (جويه)


def possessive_uses(word: str, term: collections.Counter) -> int:
    """Uses of the word with a possessive pronoun: نيه، النيه → نيتها، نيتهم ...; النوايا → نواياها."""
    bare = word[2:] if word.startswith("ال") else word
    stem = bare[:-1] + "ت" if bare.endswith("ه") else bare
    return sum(term[stem + suffix] for suffix in _POSSESSIVE)


def construct_pair(first: str, second: str, n: int, term, after_title, titled_pairs) -> bool:
    """True when (first, second) is a common noun phrase headed by a given name (حسن نية), not a
    name: see TITLED_EXPECTED."""
    return titled_pairs[(first, second)] == 0 \
        and n * after_title[first] / term[first] >= TITLED_EXPECTED \
        and possessive_uses(second, term) >= POSSESSIVE_MIN * term[second]


# A common noun or adjective in the indefinite accusative (خلفا، سؤالا، تعويضا: the bare word plus
# tanween alef) follows names as the sentence goes on (عين جيريمي هانت خلفا له), often enough for
# a rare word to pass the bars above. It is no name part when the bare word is a frequent word of
# the corpus that is no name part itself, unless the form is often followed by a name part, as a
# given name is (سارا ساندرز، أوبرا وينفري, sharing the form of a common word).
def indefinite_accusative(word: str, docs: collections.Counter, parts: set[str]) -> bool:
    stem = word[:-1]
    return word.endswith("ا") and len(stem) >= 3 and docs[stem] >= MIN_DOCS and stem not in parts


# A participle (the shape مفعل/مفعول/متفعل/منفعل: م then three letters or more, المنتمي، محسوب،
# مختص) that governs a complement describes the person it follows (نافتالي بنيت المنتمي إلى ...،
# خبير مختص في ...): it follows names often enough to pass the bars above, but is no name part when
# at least PARTICIPLE_COMPLEMENT_MIN of its uses go on to a preposition (في، على، إلى ...) or to a noun
# with the preposition ب or ل glued to it (للحزب، بالاغتصاب، لحزب، بسرطان: the bare noun is a
# frequent word of the corpus, unlike the ب or ل opening a name, بوغدانوف، بغدادي), and at most
# PARTICIPLE_END_MAX close a sentence or a clause before punctuation, as a name that ends there does
# (a family name of the same shape, المختار، مدبولي، ends before punctuation or a verb far more
# often). A participle that is also a given name (مؤيد «supporter», مؤيد اللامي) opens names:
# followed by a name part in at least NAME_PART_MIN_RARE of its uses, it stays one.
PARTICIPLE_COMPLEMENT_MIN = 0.5
PARTICIPLE_END_MAX = 0.1
_PREPOSITIONS = frozenset({"في", "على", "الى", "من", "عن", "مع", "حول", "لدى", "ضد"})
_PREPOSITION_ON_ARTICLE = re.compile(r"^(?:بال|لل)")  # a definite noun, however rare


def governs_complement(word: str, term: collections.Counter, docs: collections.Counter, following: dict,
                       parts: set[str]) -> bool:
    bare = word[2:] if word.startswith("ال") else word
    if not (bare.startswith("م") and len(bare) >= 4):
        return False
    after = following.get(word, {})
    complements = sum(n for nxt, n in after.items() if nxt in _PREPOSITIONS or _PREPOSITION_ON_ARTICLE.match(nxt)
                      or (nxt[0] in "بل" and len(nxt) >= 4 and docs[nxt[1:]] >= MIN_DOCS))
    ends = term[word] - sum(after.values())  # uses before punctuation or at the end of a text
    opens_name = sum(n for nxt, n in after.items() if nxt in parts)
    return complements >= PARTICIPLE_COMPLEMENT_MIN * term[word] and ends <= PARTICIPLE_END_MAX * term[word] \
        and opens_name < NAME_PART_MIN_RARE * term[word]


# A foreign given name that titles seldom precede (إيفانكا: mostly ابنته إيفانكا or إيفانكا ترامب alone;
# ديميتري of ديميتري بيسكوف after a long title the matcher does not close) falls short of the bars above
# and would be listed as a stop word, which then ends or blocks the name. It is a name part when it
# opens a mined full name (seeds/persons.csv: إيفانكا ترامب، ديميتري بيسكوف) and at least
# FULL_NAME_OPENER_MIN of its uses go on to a name part, as a given name's do. The common words that open
# a mined name too go on to other words (فتح الله but فتح تحقيق، صباح الأحمد but صباح الاثنين: under a fifth).
FULL_NAME_OPENER_MIN = 1 / 3


def full_name_openers(person_names, term: collections.Counter, bigrams: collections.Counter,
                      parts: set[str]) -> set[str]:
    """The words that open a mined full name and go on to a name part in FULL_NAME_OPENER_MIN of their uses."""
    openers = {words[0] for words in map(words_of, person_names) if len(words) >= 2}
    to_part = collections.Counter()
    for (first, second), n in bigrams.items():
        if first in openers and second in parts:
            to_part[first] += n
    return {w for w in openers if term[w] >= MIN_USES and to_part[w] >= FULL_NAME_OPENER_MIN * term[w]}


def articles(corpus: Path):
    for path in sorted(glob.glob(str(corpus / "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                yield record["title"] + "\n" + record["text"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(REPO.parent / "shared" / "data" / "ant-news"))
    ap.add_argument("--out", default=str(REPO / "seeds" / "name_stopwords.csv"))
    args = ap.parse_args()
    # The extractor's own title matcher (titles only, no names, no stop words yet) says where a
    # name would start.
    lexicon = build_person_lexicon(read_seed_csv("titles.csv"), [], [], read_seed_csv("office_nouns.csv"),
                                   cues=build_cue_lexicon(read_seed_csv("cue_words.csv")))

    term = collections.Counter()
    docs = collections.Counter()
    after_title = collections.Counter()
    bigrams = collections.Counter()
    titled_pairs = collections.Counter()  # pairs of the first three words after a title
    for text in articles(Path(args.corpus)):
        toks = tokenize(text)
        words = [t.key for t in toks.items]
        term.update(words)
        docs.update(set(words))
        for i, word in enumerate(words):
            if i + 1 < len(words) and toks.soft_gap(i):
                bigrams[(word, words[i + 1])] += 1
            if not any(s in lexicon.titles_by_first for _, s in stems(toks.items[i].text)):
                continue
            match = match_title(toks, i, lexicon, {})
            if match is not None and match.end < len(words) and toks.soft_gap(match.end - 1):
                after_title[words[match.end]] += 1
                for k in (match.end, match.end + 1):
                    if k + 1 < len(words) and toks.soft_gap(k):
                        titled_pairs[(words[k], words[k + 1])] += 1
                    else:
                        break
    # Name parts: words often right after a title (دونالد، محمد), words often right after those
    # (ترامب، جونغ), and words often right after the second kind (أون in كيم جونغ أون).
    def often(counts, rare_bar=NAME_PART_MIN):
        return {w for w, n in counts.items() if term[w] >= MIN_USES
                and n / term[w] >= (NAME_PART_MIN if docs[w] >= RARE_DOCS else rare_bar)}

    # Right after a title is strong evidence even for a rare word; right after a name part is
    # weaker (verbs follow names too: ترامب قال).
    # A present-tense verb of the corpus (seeds/imperfect_verbs.csv: يغادر، يندد) follows titles
    # as the sentence's verb (الرئيس يغادر): it needs the common bar, as frequent words do (a
    # given name shaped like a verb, يوسف، ياسر، follows titles far more often).
    verbs = {v for r in read_seed_csv("imperfect_verbs.csv") for v in r["verb_ar"].split()}
    parts = often(after_title, NAME_PART_MIN_RARE)
    # A clitic on a frequent word is no name part, but a name follows it as it follows a title
    # when the word is indefinite (سكريبال وابنته يوليا), not a definite noun whose adjectives
    # follow (والزعيم الكوري الشمالي): it opens the first hop.
    glued = {w for w in parts if clitic_on_frequent_word(w, docs)}
    parts = {w for w in parts - glued if w not in verbs or after_title[w] / term[w] >= NAME_PART_MIN}
    layer = parts | {w for w in glued if "ال" not in w[:4]}

    def hop(counts):
        return {w for w, n in counts.items() if term[w] >= MIN_HOP_USES and n / term[w] >= NAME_PART_MIN
                and not _CLITIC_ARTICLE.match(w) and not clitic_on_frequent_word(w, docs)
                and w not in verbs} - parts

    constructs = set()  # words that would be name parts but for construct pairs (حسن نية): they end a name
    for _ in range(2):
        following, with_constructs = collections.Counter(), collections.Counter()
        for (first, second), n in bigrams.items():
            if first in layer:
                with_constructs[second] += n
                if not construct_pair(first, second, n, term, after_title, titled_pairs):
                    following[second] += n
        layer = hop(following)
        constructs |= hop(with_constructs) - layer
        parts |= layer
    following_part = collections.Counter()
    for (first, second), n in bigrams.items():
        if second in parts:
            following_part[first] += n
    parts -= {w for w in parts if indefinite_accusative(w, docs, parts)
              and following_part[w] / term[w] < NAME_PART_MIN}
    after_word = collections.defaultdict(dict)  # the words following each name part, with counts
    for (first, second), n in bigrams.items():
        if first in parts:
            after_word[first][second] = n
    describing = {w for w in parts if governs_complement(w, term, docs, after_word, parts)}
    print("participles governing a complement:", " ".join(sorted(describing)))
    parts -= describing
    # (only the words the list would hold as stop words: a rarer word is in no row and ends no name)
    openers = {w for w in full_name_openers((r["name_ar"] for r in read_seed_csv("persons.csv")), term, bigrams, parts)
               if docs[w] >= MIN_DOCS} - parts
    print("openers of mined full names:", " ".join(sorted(openers)))
    parts |= openers
    constructs -= parts
    # Ties of document frequency in the order of the words, so that a run writes the same file.
    rows = [(word, df, "stop") for word, df in sorted(docs.items(), key=lambda item: (-item[1], item[0]))
            if (df >= MIN_DOCS or word in constructs) and word not in parts]
    rows += [(word, docs[word], "name_part") for word in sorted(parts, key=lambda w: (-docs[w], w))]
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["word_ar", "doc_freq", "kind"])
        writer.writerows(rows)
    print(f"{len(rows)} words ({len(parts)} name parts) → {args.out}")


if __name__ == "__main__":
    main()

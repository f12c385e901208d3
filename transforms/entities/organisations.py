"""Organisations (international bodies, blocs, state institutions, armed groups) and news
agencies as lexicon entries. An agency's name swallows the adjective inside it
(وكالة الصحافة الفرنسية), so a credit never counts as a country."""
from __future__ import annotations

from collections.abc import Iterator

from transforms.entities.gazetteer import Entry


def organisation_entries(organisation_rows: list[dict]) -> Iterator[tuple[str, Entry]]:
    """Rows: name_ar, iso2 (may be empty), kind, variants ('|'-separated other spellings)."""
    for row in organisation_rows:
        iso2 = tuple(code for code in [row.get("iso2", "")] if code)
        category = "agency" if row.get("kind") == "agency" else "organisation"
        entry = Entry(category, iso2, row["name_ar"], row.get("kind", ""))
        yield row["name_ar"], entry
        for variant in (row.get("variants") or "").split("|"):
            if variant.strip():
                yield variant.strip(), entry

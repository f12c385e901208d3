"""The date lexicon: month and weekday names from seed rows, and the one regex built over them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from transforms.arabic_text import normalize_key


@dataclass(frozen=True)
class DateLexicon:
    """Normalised calendar names and the compiled grammar (see grammar.py)."""

    # normalised month name → (calendar, month number 1-12)
    months: dict[str, tuple[str, int]]
    # normalised weekday name → Python weekday (0 = Monday)
    weekdays: dict[str, int]
    # normalised month names that are also common words: months only in a date context
    guarded: frozenset[str]
    # of those, the ones a preposition is not enough for (في إب is the city Ibb): a day, a year,
    # a modifier (آب الماضي) or the paired name must come with them
    strict: frozenset[str] = frozenset()
    pattern: re.Pattern = field(repr=False, default=None)
    trigger: re.Pattern = field(repr=False, default=None)
    # first words of the triggers and the digits, for a fast pass that finds where `trigger` may match
    trigger_index: object = field(repr=False, default=None)
    # normalised imperfect verb forms (يزور، تعقد، نعمل): what may follow the future prefix سـ (tense.py)
    future_verbs: frozenset[str] = frozenset()

    def month_of(self, name: str) -> tuple[str, int] | None:
        return self.months.get(" ".join(name.split()))


def build_date_lexicon(month_rows: list[dict], curated_rows: list[dict],
                       verb_rows: list[dict] | None = None) -> DateLexicon:
    """Lexicon from seeds/months.csv rows (CLDR/hijridate names), seeds/months_curated.csv rows
    (spelling variants and the names that are also ordinary words) and seeds/imperfect_verbs.csv rows
    (the verbs a سـ may make future; without them any سـ-word of a verb's shape is read so)."""
    from transforms.dates.grammar import compile_grammar, compile_trigger_index, compile_triggers  # they need the names

    months: dict[str, tuple[str, int]] = {}
    weekdays: dict[str, int] = {}
    guarded: set[str] = set()
    strict: set[str] = set()
    for row in [*month_rows, *curated_rows]:
        kind, name = row["kind"].strip(), normalize_key(row["name"])
        number = int(row["number"])
        if kind == "month":
            months.setdefault(name, (row["calendar"].strip(), number))
        elif kind == "weekday":
            weekdays[name] = number
        elif kind in ("guard", "guard_strict"):
            guarded.add(name)
            if kind == "guard_strict":
                strict.add(name)
    lexicon = DateLexicon(months, weekdays, frozenset(guarded), frozenset(strict),
                          future_verbs=frozenset(row["verb_ar"].strip() for row in verb_rows or ()))
    object.__setattr__(lexicon, "pattern", compile_grammar(lexicon))
    object.__setattr__(lexicon, "trigger", compile_triggers(lexicon))
    object.__setattr__(lexicon, "trigger_index", compile_trigger_index(lexicon))
    return lexicon

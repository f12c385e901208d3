"""Amounts as Arabic news writes them: digits with either separator, number words, fractions, scales.

Works over normalised text (transforms.arabic_text.normalize: Arabic-Indic digits → 0-9, ٫ → .,
٬ → ,, ة → ه, أإآ → ا, ى → ي), so one table of word forms serves every spelling.
  1.3 مليار → 1.3e9      1,300 → 1300      49,20 → 49.2      خمسمائة ألف → 500000
  مليون ونصف → 1.5e6     نصف مليار → 5e8    ملياري → 2e9       خمسة وعشرين مليون → 25e6
Bare plural scales (ملايين الدولارات) and counts (عشرات، مئات) are vague and give no amount.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.arabic_text import normalize, normalize_key

_UNITS = {
    1: "واحد واحدة",
    2: "اثنان اثنين اثنتان اثنتين",
    3: "ثلاث ثلاثة",
    4: "أربع أربعة",
    5: "خمس خمسة",
    6: "ست ستة",
    7: "سبع سبعة",
    8: "ثمان ثماني ثمانية",
    9: "تسع تسعة",
    10: "عشر عشرة",
    11: "أحد إحدى",  # first word of أحد عشر / إحدى عشرة; عشر then adds 10 below
    12: "اثنا اثني اثنتا اثنتي",
    20: "عشرون عشرين",
    30: "ثلاثون ثلاثين",
    40: "أربعون أربعين",
    50: "خمسون خمسين",
    60: "ستون ستين",
    70: "سبعون سبعين",
    80: "ثمانون ثمانين",
    90: "تسعون تسعين",
    100: "مئة مائة",
    200: "مئتا مئتان مئتين مئتي مائتا مائتان مائتين مائتي",
}
# Hundreds written as one word: ثلاثمئة، خمسمائة ...
_HUNDRED_PREFIXES = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}
_FRACTIONS = {0.5: "نصف", 0.25: "ربع", 1 / 3: "ثلث", 0.75: "ثلاثة أرباع"}
# Singular, accusative (مليونا) and the dual (مليونان، ملياري = two billion).
_SCALES = {
    1e3: ("ألف ألفا", "ألفان ألفين ألفي ألفا"),
    1e6: ("مليون مليونا", "مليونان مليونين مليوني"),
    1e9: ("مليار مليارا بليون بليونا", "ملياران مليارين ملياري بليونين بليوني"),
    1e12: ("تريليون ترليون", "تريليونين ترليونين"),
}
# Plurals count the scale only after a number (5 آلاف، ثلاثة ملايين); alone they are vague.
_PLURAL_SCALES = {1e3: "آلاف ألوف", 1e6: "ملايين", 1e9: "مليارات بلايين", 1e12: "تريليونات"}


def _key_table() -> dict[str, tuple[str, float]]:
    table: dict[str, tuple[str, float]] = {}
    for value, forms in _UNITS.items():
        for form in forms.split():
            # أحد/اثنا open a compound with عشر: their own value is the unit, عشر adds ten.
            table[normalize_key(form)] = ("number", float(value if value not in (11, 12) else value - 10))
    for digit, prefix in _HUNDRED_PREFIXES.items():
        for hundred in ("مئة", "مائة"):
            table[normalize_key(prefix + hundred)] = ("number", digit * 100.0)
    for value, form in _FRACTIONS.items():
        if " " not in form:
            table[normalize_key(form)] = ("fraction", value)
    for scale, (singular, dual) in _SCALES.items():
        for form in singular.split():
            table.setdefault(normalize_key(form), ("scale", scale))
        for form in dual.split():
            table[normalize_key(form)] = ("dual", scale)
    for scale, forms in _PLURAL_SCALES.items():
        for form in forms.split():
            table[normalize_key(form)] = ("plural", scale)
    table[normalize_key("أرباع")] = ("quarters", 0.25)
    return table


_WORDS = _key_table()
_TOKEN = re.compile(r"\d+(?:[.,،]\d+)*|[\u0621-\u064A]+")
# Between two words of one number: spaces, and a bare و when the writer spaced it (مليون و 500 ألف).
_GAP = re.compile(r"[ \t\u00A0]*(?:و[ \t\u00A0]*)?")
_TEENS_TEN = {"عشر", "عشره"}
_PREPOSITIONS = "بلك"


@dataclass(frozen=True)
class Amount:
    """An amount found in normalised text: offsets are into that text."""

    start: int
    end: int
    value: float


def parse_digits(token: str) -> float:
    """A digit string with Western or Arabic separators: 1,300 and 1.300.000 group thousands,
    1.3 and 49,20 are decimals; with both separators the last one is the decimal mark. An Arabic
    comma between digits is the decimal mark (3،3 مليارات، 2،854 مليون): Arabic writes no grouping with it."""
    if "،" in token:
        whole, _, fraction = token.partition("،")
        return parse_digits(whole) + float("0." + fraction.replace("،", "")) if fraction.isdigit() else parse_digits(whole)
    dots, commas = token.count("."), token.count(",")
    if dots and commas:
        decimal = "." if token.rfind(".") > token.rfind(",") else ","
        grouping = "," if decimal == "." else "."
        return float(token.replace(grouping, "").replace(decimal, "."))
    sep = "." if dots else "," if commas else ""
    if not sep:
        return float(token)
    groups = token.split(sep)
    if len(groups) > 2 or (sep == "," and len(groups[1]) == 3):
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        return float(token.replace(sep, "", len(groups) - 2).replace(sep, "."))
    return float(token.replace(sep, "."))


class _Builder:
    """Accumulates one amount the way Arabic composes it: units and tens add, a scale multiplies
    what came before it in its group, a fraction after a scale takes that scale (مليون ونصف)."""

    def __init__(self) -> None:
        self.total = 0.0
        self.current = 0.0
        self.fraction = 0.0
        self.last_scale = 0.0
        self.has_value = False

    def add(self, kind: str, value: float) -> bool:
        if kind == "digits" or kind == "number":
            self.current += value
        elif kind == "fraction":
            self.fraction += value
        elif kind == "quarters":  # ثلاثة أرباع: the count before is the number of quarters
            self.fraction += self.current * value
            self.current = 0.0
        elif kind in ("scale", "dual", "plural"):
            count = self.current + self.fraction
            if kind == "dual":
                count = count or 2.0
            elif kind == "plural" and not count:
                return False  # ملايين alone: vague
            count = count or 1.0
            if self.last_scale and self.last_scale < value and not (self.current or self.fraction):
                self.total *= value  # ألف مليون: a thousand million
            else:
                self.total += count * value
            self.current = self.fraction = 0.0
            self.last_scale = value
        self.has_value = True
        return True

    def value(self) -> float:
        tail = self.current
        if self.fraction:
            tail += self.fraction * (self.last_scale or 1.0)
        return self.total + tail


def _classify(token: str) -> tuple[str, float] | None:
    """(kind, value) of a number token; kind 'and-…' when it carries the conjunction و."""
    if token[0].isdigit():
        return "digits", parse_digits(token)
    word = _WORDS.get(token)
    if word is None and token.startswith("و") and len(token) > 2:
        word = _WORDS.get(token[1:])
        if word is not None:
            return ("and-" + word[0], word[1])
    if word is None and token.startswith("ال") and len(token) > 4:
        word = _WORDS.get(token[2:])  # الستة مليارات: a count with the article, only before a scale
        if word is not None and word[0] == "number":
            return ("the-number", word[1])
        word = None
    if word is None and token[0] in _PREPOSITIONS and len(token) > 3:
        word = _WORDS.get(token[1:])  # بمليار، بخمسة ملايين: only ever the first word of an amount
        if word is not None:
            return ("after-" + word[0], word[1])
    return word


def _joiner(normalised: str, left_end: int, right_start: int) -> str | None:
    """'' or 'و' when only spaces and at most a bare و lie between two tokens, else None."""
    gap = normalised[left_end:right_start]
    if not _GAP.fullmatch(gap):
        return None
    return "و" if "و" in gap else ""


def _continues(builder: _Builder, kind: str, value: float, token: str, conjoined: bool) -> bool:
    """Whether a following number token belongs to the amount being built."""
    if kind in ("scale", "dual", "plural", "fraction", "quarters"):
        return True
    if token in _TEENS_TEN:
        return 0 < builder.current < 10  # ثلاثة عشر، أحد عشر
    if not conjoined:
        return False  # two numbers side by side are two amounts
    if kind == "digits":
        # مليون و500 ألف continues; 100 و200 مليون is a range of two amounts.
        return bool(builder.last_scale) and value < builder.last_scale
    return _composes(builder.current, value)  # خمسة وعشرين، مئة وخمسون، مليون وخمسمائة ألف


def _composes(current: float, value: float) -> bool:
    """Whether a number word joined by و adds to the count below a scale as Arabic composes numbers:
    hundreds first, then units, then tens (مئة وخمسة وعشرون); after a scale anything (مليون وخمسمائة).
    Two units or a unit and ten (خمسة وعشرة، ثلاثة وأربعة) are two numbers: a range (بين خمسة وعشرة
    ملايين) or a list, not their sum."""
    if not current or value != int(value) or current != int(current):
        return True  # after a scale, or a fraction
    below_hundred = current % 100
    if value >= 100:
        return False  # خمسة ومئة: hundreds come first
    if value >= 20 and value % 10 == 0:
        return below_hundred < 10  # خمسة وعشرون، مئة وخمسون، مئة وخمسة وعشرون; not عشرة وعشرين
    return below_hundred == 0  # مئة وخمسة، مئتان وعشرة; not خمسة وعشرة


def find_amounts(normalised: str) -> list[Amount]:
    """Every amount in normalised text, left to right. A number continues over following number
    words and scales, and over و + number (مليون و500 ألف، خمسة وعشرين)."""
    # A lone و (مليون و500) is part of the gap between two number words, not a token.
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(normalised) if m.group() != "و"]
    amounts: list[Amount] = []
    i = 0
    while i < len(tokens):
        first = _classify(tokens[i][2])
        if first is not None and first[0] == "the-number":
            # A count with the article (الستة مليارات دولار، العشرة ملايين) is an amount only before
            # its scale; alone it is an ordinal's or a group's word (الستة الكبار).
            after = _classify(tokens[i + 1][2]) if i + 1 < len(tokens) else None
            scaled = (after is not None and after[0] in ("scale", "plural")
                      and _joiner(normalised, tokens[i][1], tokens[i + 1][0]) == "")
            first = ("number", first[1]) if scaled else None
        if first is not None:
            first = (first[0].removeprefix("and-").removeprefix("after-"), first[1])
        if first is None or first[0] in ("quarters", "plural"):
            i += 1
            continue
        builder = _Builder()
        builder.add(*first)
        end = tokens[i][1]
        j = i + 1
        while j < len(tokens):
            joiner = _joiner(normalised, tokens[j - 1][1], tokens[j][0])
            item = _classify(tokens[j][2])
            if joiner is None or item is None:
                break
            kind, value = item
            if kind.startswith(("after-", "the-")):
                break  # a preposition or an article opens a new phrase
            conjoined = joiner == "و" or kind.startswith("and-")
            kind = kind.removeprefix("and-")
            if joiner == "و" and tokens[j][2].startswith("و") and kind != "digits":
                break  # و و: not one number
            if not _continues(builder, kind, value, tokens[j][2], conjoined) or not builder.add(kind, value):
                break
            end = tokens[j][1]
            j += 1
        if builder.value() > 0:
            amounts.append(Amount(tokens[i][0], end, builder.value()))
        i = j
    return amounts


def parse_amount(text: str) -> float | None:
    """The value of the first amount in `text` (any spelling), or None: "1.3 مليار" → 1.3e9."""
    amounts = find_amounts(normalize(text).text)
    return amounts[0].value if amounts else None

"""The clitics Arabic news glues to a word, read off one normalised token (ة→ه, أإآ→ا, ى→ي).

A token may split several ways: وزير is a word, not و + زير; ولمصر is و + ل + مصر. `readings`
lists every split the spelling allows, the most literal first, and a lexicon decides which one
holds (the first reading whose stem it knows). Every extractor asks this one function.

Order of proclitics: a conjunction (و، ف), then a future prefix (س) on a verb or a preposition
(ب، ل، ك) on a noun, then the article (ال; ل + ال is written لل). Enclitics: an object or
possessive pronoun (ه، ها، هما، هم، هن، نا، ي، ك، كم), before which ة is written ت.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
PRONOUNS = ("هما", "هم", "هن", "ها", "ه", "نا", "كم", "ك", "ي")
_MIN_STEM = 2


def proclitic_splits(token: str) -> list[tuple[str, str, str]]:
    """(conjunction, preposition, rest) for each way the token opens with a conjunction (none, و، ف) and then a
    preposition (none, ب، ل، ك), in that order: the bare token first, then ب/ل/ك, or و/ف and و/ف + ب/ل/ك. Which
    splits a reader keeps (the letters left, ك only before the article, ل before a word in ل) is the reader's: the
    gazetteer's (entities/clitics.proclitic_readings), the aid words' (aid/cues.readings) and the person words'
    (persons/tokens.stems) read keys that keep the article, unlike `readings`. (A list made straight from the first
    two letters: the readers ask it of every new word.)"""
    first = token[:1]
    if first in PREPOSITIONS:
        return [("", "", token), ("", first, token[1:])]
    if first in CONJUNCTIONS:
        second = token[1:2]
        if second in PREPOSITIONS:
            return [("", "", token), (first, "", token[1:]), (first, second, token[2:])]
        return [("", "", token), (first, "", token[1:])]
    return [("", "", token)]


class Reading(NamedTuple):
    """One way to read a token: proclitics, the stem, and a pronoun suffix. (A named tuple: made
    for every reading of every new word form, and cheap to make.)"""

    stem: str
    conj: str = ""  # و or ف
    prep: str = ""  # ب، ل or ك
    article: bool = False
    future: bool = False  # س before a present verb
    pronoun: str = ""  # the attached pronoun, ة restored as ه on the stem
    offset: int = 0  # characters of the token before the stem (the proclitics)

    @property
    def clitic_count(self) -> int:
        return bool(self.conj) + bool(self.prep) + self.article + self.future + bool(self.pronoun)


# Not proclitic_splits: this puts the future سـ and the article between its splits, and readings' stable sort keeps that order, the first reading a lexicon knows winning.
def _prefix_splits(token: str):
    """(conj, prep, article, future, rest, offset) for every proclitic split of the token."""
    conjs = [""] + [c for c in CONJUNCTIONS if token.startswith(c)]
    for conj in conjs:
        rest0 = token[len(conj):]
        yield conj, "", False, False, rest0, len(conj)
        if rest0.startswith("س") and len(rest0) > 3:
            yield conj, "", False, True, rest0[1:], len(conj) + 1
        for prep in PREPOSITIONS:
            if rest0.startswith(prep) and len(rest0) > 2:
                rest = rest0[1:]
                if prep == "ل" and rest.startswith("ل"):
                    # للرئيس = ل + الرئيس: the article's alef is not written
                    yield conj, prep, True, False, rest[1:], len(conj) + 2
                    continue
                yield conj, prep, False, False, rest, len(conj) + 1
                if rest.startswith("ال") and len(rest) > 3:
                    yield conj, prep, True, False, rest[2:], len(conj) + 3
        if rest0.startswith("ال") and len(rest0) > 3:
            yield conj, "", True, False, rest0[2:], len(conj) + 2


# The letters a reading may strip before its stem (و، ف، ب، ل، ك، س and the article's ا and ل), at
# most four of them (a conjunction, a preposition and the article: وبال).
_PROCLITIC_LETTERS = re.compile("[وفبلكسا]{0,4}")


def written_forms(stems) -> frozenset[str]:
    """Every way a token read with one of `stems` as its stem may go on after its proclitics: the
    stem, the stem and a pronoun, and a stem in ه (ة) written with ت before the pronoun."""
    forms = [stem + pronoun for stem in stems for pronoun in ("", *PRONOUNS)]
    forms += [stem[:-1] + "ت" + pronoun for stem in stems if stem.endswith("ه") for pronoun in PRONOUNS]
    return frozenset(forms)


def may_read_as(token: str, written: frozenset[str]) -> bool:
    """False when no reading of the token has its stem among the stems `written` was made of
    (written_forms); True when one may. A test that only ever errs towards True, at a fraction of
    the cost of `readings`: what follows the token's opening proclitic letters must be a written
    form. Most words of a text are in no word list, and a new word form had all its readings made
    only to find that none is."""
    for offset in range(_PROCLITIC_LETTERS.match(token).end() + 1):
        if token[offset:] in written:
            return True
    return False


@lru_cache(maxsize=200_000)
def readings(token: str) -> tuple[Reading, ...]:
    """Every reading of a normalised token, ordered by fewest clitics (the literal one first)."""
    out: list[Reading] = []
    # Every proclitic split leaves an end of the token: the pronouns it may end with are the token's.
    endings = [p for p in PRONOUNS if token.endswith(p)]
    for conj, prep, article, future, rest, offset in _prefix_splits(token):
        if len(rest) < _MIN_STEM:
            continue
        out.append(Reading(rest, conj, prep, article, future, "", offset))
        for pronoun in endings:
            if len(rest) - len(pronoun) >= _MIN_STEM + 1:
                stem = rest[: -len(pronoun)]
                if stem.endswith("ت") and not stem.endswith("ات"):
                    out.append(Reading(stem[:-1] + "ه", conj, prep, article, future, pronoun, offset))
                out.append(Reading(stem, conj, prep, article, future, pronoun, offset))
    out.sort(key=lambda r: r.clitic_count)
    return tuple(dict.fromkeys(out))

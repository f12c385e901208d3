"""Arabic proclitics and nationality-adjective endings, over normalised text (ة→ه, أإآ→ا, ى→ي).

A lexicon token is matched whole first; a proclitic is stripped only when what remains is a
lexicon token, so باكستان stays باكستان while وباكستان → باكستان and للكويت → (ا)لكويت.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from transforms.clitics import CONJUNCTIONS, PREPOSITIONS, proclitic_splits

_FIRST_LETTERS = frozenset(CONJUNCTIONS + PREPOSITIONS)
_MIN_REMAINDER = 2


def proclitic_readings(token: str, is_known: Callable[[str], bool]) -> Iterator[tuple[int, str]]:
    """(offset where the word starts inside `token`, the word's lexicon key), most literal first.

    Conjunctions come first, then a preposition: و/ف then ب/ل/ك (وبالقاهرة، فلمصر، كالسعودية;
    transforms.clitics.proclitic_splits). The key keeps the article, as the lexicon writes it. ل before
    the article drops its alef: للكويت is ل + الكويت, so the key is الكويت and the reported word starts
    at the article's remaining ل; and ل + a word in ل (للبنان) is read so too.
    """
    if is_known(token):
        yield 0, token
    if token[:1] not in _FIRST_LETTERS:
        return
    for conj, prep, rest in proclitic_splits(token):
        if not (conj or prep) or len(rest) < _MIN_REMAINDER:
            continue
        if prep == "ك" and not rest.startswith("ال"):
            continue  # ك is read only before the article (كالسعودية): كبيرا is not ك + بيرا (Beira)
        if is_known(rest):
            yield len(conj) + len(prep), rest
        if prep == "ل" and rest.startswith("ل") and is_known("ا" + rest):
            yield len(conj) + len(prep), "ا" + rest


# Endings of a nisba adjective built on its masculine singular (مصري): feminine, the sound
# plurals and the duals, as they read after normalisation (ة→ه).
ADJECTIVE_ENDINGS = ("", "ه", "ين", "ون", "ات", "ان", "تين", "تان")


def inflect_nisba(masculine: str) -> list[str]:
    """Every regular form of a nisba adjective from its masculine singular (normalised key).

    Multi-word adjectives (كوري شمالي) inflect every word that ends in the nisba ي together;
    other words (جنوب in جنوب أفريقي) stay as they are.
    """
    words = masculine.split()
    forms = []
    for ending in ADJECTIVE_ENDINGS:
        forms.append(" ".join(w + ending if w.endswith("ي") else w for w in words))
    return forms


def definite(phrase: str) -> str:
    """The phrase with the article on each word, as an adjective agrees with a definite noun
    (الكوري الشمالي، الألماني: normalised الالماني, whose stem itself begins with ال)."""
    return " ".join("ال" + w for w in phrase.split())

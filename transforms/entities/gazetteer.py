"""One token trie over every lexicon (countries, adjectives, places, organisations, regions).

Matching walks the normalised text token by token, tries the whole token and then its proclitic
readings, and keeps the longest lexicon phrase starting there: linear in the text's length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from transforms.arabic_text import normalize, normalize_key
from transforms.entities.clitics import proclitic_readings

# Arabic letters (after normalisation) and Latin letters or digits make tokens.
_TOKEN = re.compile(r"[\u0621-\u064A]+|[A-Za-z0-9]+")
# Words of one phrase are separated by spaces or a hyphen only (غينيا-بيساو, الكونغو - كينشاسا).
_JOINER = re.compile(r"[ \t\u00A0\-–]*")


@dataclass(frozen=True)
class Entry:
    """What a lexicon phrase denotes."""

    category: str  # country | adjective | place | region | organisation | agency
    iso2: tuple[str, ...]  # the countries it names, or () for none
    name_ar: str  # canonical Arabic name as written in the seed CSV
    kind: str = ""  # place or organisation kind (capital, city, ministry, agency, ...)


@dataclass
class Gazetteer:
    """Phrases (tuples of normalised tokens) indexed by their first token, longest first."""

    by_first: dict[str, list[tuple[tuple[str, ...], tuple[Entry, ...]]]] = field(default_factory=dict)

    def add(self, phrase: str, entry: Entry) -> None:
        tokens = tuple(_TOKEN.findall(normalize_key(phrase)))
        if not tokens:
            return
        bucket = self.by_first.setdefault(tokens[0], [])
        for index, (rest, entries) in enumerate(bucket):
            if rest == tokens[1:]:
                if entry not in entries:
                    bucket[index] = (rest, entries + (entry,))
                return
        bucket.append((tokens[1:], (entry,)))
        bucket.sort(key=lambda item: -len(item[0]))

    def knows(self, token: str) -> bool:
        return token in self.by_first


@dataclass(frozen=True)
class Token:
    start: int  # offsets in the normalised text
    end: int
    text: str


@dataclass(frozen=True)
class Match:
    """A lexicon phrase found in the text; offsets are into the ORIGINAL text."""

    char_start: int
    char_end: int
    entries: tuple[Entry, ...]
    first_token: int  # index of its first token in `tokens`
    last_token: int  # index of its last token
    proclitic: str  # the stripped proclitic(s), normalised ('' when none)


def tokenize(normalised: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(normalised)]


def _joined(normalised: str, left: Token, right: Token) -> bool:
    return _JOINER.fullmatch(normalised, left.end, right.start) is not None


def match_text(text: str, gazetteer: Gazetteer) -> tuple[list[Match], list[Token], object]:
    """Longest lexicon phrases in `text`, left to right, with the tokens and the normalisation."""
    norm = normalize(text)
    ntext = norm.text
    tokens = tokenize(ntext)
    matches: list[Match] = []
    i = 0
    while i < len(tokens):
        found = _match_at(ntext, tokens, i, gazetteer)
        if found is None:
            i += 1
            continue
        offset, last, entries = found
        start, end = norm.span_to_original(tokens[i].start + offset, tokens[last].end)
        matches.append(Match(start, end, entries, i, last, tokens[i].text[:offset]))
        i = last + 1
    return matches, tokens, norm


def _match_at(ntext: str, tokens: list[Token], i: int, gazetteer: Gazetteer):
    for offset, key in proclitic_readings(tokens[i].text, gazetteer.knows):
        for rest, entries in gazetteer.by_first[key]:
            last = i + len(rest)
            if last >= len(tokens):
                continue
            if all(
                tokens[i + k + 1].text == word and _joined(ntext, tokens[i + k], tokens[i + k + 1])
                for k, word in enumerate(rest)
            ):
                return offset, last, entries
    return None

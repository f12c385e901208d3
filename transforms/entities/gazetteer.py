"""One token trie over every lexicon (countries, adjectives, places, organisations, regions).

Matching walks the normalised text token by token, tries the whole token and then its proclitic
readings, and keeps the longest lexicon phrase starting there: linear in the text's length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress

from transforms.arabic_text import normalize, normalize_key
from transforms.entities.clitics import proclitic_readings

# Arabic letters (after normalisation) and Latin letters or digits make tokens.
_TOKEN = re.compile(r"[\u0621-\u064A]+|[A-Za-z0-9]+")
# Words of one phrase are separated by spaces or a hyphen only (غينيا-بيساو, الكونغو - كينشاسا).
_JOINER = re.compile(r"[ \t\u00A0\-–]*")
_READINGS_CACHE_LIMIT = 500_000


@dataclass(frozen=True)
class Entry:
    """What a lexicon phrase denotes."""

    category: str  # country | adjective | place | region | organisation | agency
    iso2: tuple[str, ...]  # the countries it names, or () for none
    name_ar: str  # canonical Arabic name as written in the seed CSV
    kind: str = ""  # place or organisation kind (capital, city, ministry, agency, ...)
    # Matched only as a whole word, never after a stripped proclitic: the long tail of generated
    # GeoNames names, where ب + اولو (Oulu) would read باولو (Paolo).
    whole_word_only: bool = False


@dataclass
class Gazetteer:
    """Phrases (tuples of normalised tokens) indexed by their first token, longest first."""

    by_first: dict[str, list[tuple[tuple[str, ...], tuple[Entry, ...]]]] = field(default_factory=dict)
    # Proclitic readings of tokens already seen: news vocabulary repeats, so each is worked out once.
    _readings: dict[str, tuple[tuple[int, str], ...]] = field(default_factory=dict, repr=False)
    # by_first's phrases with, for each, its entries that may follow a proclitic: worked out once
    # per first token, not at every match (emptied by `add`).
    _phrases: dict[str, list[tuple[tuple[str, ...], tuple[Entry, ...], tuple[Entry, ...]]]] = field(
        default_factory=dict, repr=False)

    def add(self, phrase: str, entry: Entry) -> None:
        tokens = tuple(_TOKEN.findall(normalize_key(phrase)))
        if not tokens:
            return
        self._phrases.clear()
        bucket = self.by_first.setdefault(tokens[0], [])
        for index, (rest, entries) in enumerate(bucket):
            if rest == tokens[1:]:
                if entry not in entries:
                    bucket[index] = (rest, entries + (entry,))
                return
        bucket.append((tokens[1:], (entry,)))
        bucket.sort(key=lambda item: -len(item[0]))

    def phrases(self, key: str) -> list[tuple[tuple[str, ...], tuple[Entry, ...], tuple[Entry, ...]]]:
        """by_first[key] as (rest, entries, entries matched after a proclitic), longest first."""
        found = self._phrases.get(key)
        if found is None:
            found = self._phrases[key] = [
                (rest, entries, tuple(e for e in entries if not e.whole_word_only))
                for rest, entries in self.by_first[key]]
        return found

    def knows(self, token: str) -> bool:
        return token in self.by_first

    def readings(self, token: str) -> tuple[tuple[int, str], ...]:
        """(offset of the word in the token, lexicon key) for each way the token starts an entry."""
        found = self._readings.get(token)
        if found is None:
            if len(self._readings) > _READINGS_CACHE_LIMIT:
                self._readings.clear()
            found = self._readings[token] = tuple(proclitic_readings(token, self.knows))
        return found


@dataclass(frozen=True)
class Tokens:
    """The words of a normalised text: their texts and (start, end) spans, in order."""

    texts: list[str]
    spans: list[tuple[int, int]]

    def __len__(self) -> int:
        return len(self.texts)


@dataclass(frozen=True)
class Match:
    """A lexicon phrase found in the text; offsets are into the ORIGINAL text."""

    char_start: int
    char_end: int
    entries: tuple[Entry, ...]
    first_token: int  # index of its first token in `tokens`
    last_token: int  # index of its last token
    proclitic: str  # the stripped proclitic(s), normalised ('' when none)


def tokenize(normalised: str) -> Tokens:
    return Tokens(_TOKEN.findall(normalised), [m.span() for m in _TOKEN.finditer(normalised)])


def tokens_of_words(words, tags, gazetteer: Gazetteer) -> tuple[Tokens, list]:
    """The tokens `tokenize` gives, and each one's readings, from the analysed document's tokens
    (transforms.document: runs of letters and digits, each holding whole tokens of ours) and their
    WordTags (transforms.word_table): a word of Arabic letters only is one token, whose readings its
    tags hold; another (a number, a Latin word) gives the tokens inside it."""
    texts, spans, found = [], [], []
    for w, tag in zip(words, tags):
        if tag.arabic:
            texts.append(w.text)
            spans.append((w.start, w.end))
            found.append(tag.places)
            continue
        for m in _TOKEN.finditer(w.text):
            texts.append(m.group())
            spans.append((w.start + m.start(), w.start + m.end()))
            found.append(gazetteer.readings(m.group()))
    return Tokens(texts, spans), found


def match_text(text: str, gazetteer: Gazetteer, normalized=None, words=None,
               tags=None) -> tuple[list[Match], Tokens, object]:
    """Longest lexicon phrases in `text`, left to right, with the tokens and the normalisation
    (`normalized` is normalize(text) when the caller's analysed document already has it; `words`
    and `tags` its tokens and their WordTags, read instead of tokenising again)."""
    norm = normalized if normalized is not None else normalize(text)
    ntext = norm.text
    if words is not None and tags is not None:
        tokens, known = tokens_of_words(words, tags, gazetteer)
    else:
        tokens = tokenize(ntext)
        known = list(map(gazetteer.readings, tokens.texts))
    texts, spans = tokens.texts, tokens.spans
    matches: list[Match] = []
    free = 0  # the first word no match has taken
    for i in compress(range(len(texts)), known):  # most words start no lexicon phrase: only the others
        if i < free:
            continue
        found = _match_at(ntext, texts, spans, i, gazetteer, known[i])
        if found is None:
            continue
        offset, last, entries = found
        start, end = norm.span_to_original(spans[i][0] + offset, spans[last][1])
        matches.append(Match(start, end, entries, i, last, texts[i][:offset]))
        free = last + 1
    return matches, tokens, norm


def _match_at(ntext: str, texts: list[str], spans: list[tuple[int, int]], i: int, gazetteer: Gazetteer, readings):
    n = len(texts)
    for offset, key in readings:
        for rest, entries, glued in gazetteer.phrases(key):
            if offset:
                entries = glued
                if not entries:
                    continue
            if not rest:
                return offset, i, entries
            last = i + len(rest)
            # (the next word first: most phrases of a first word fail there, with no walk)
            if last >= n or texts[i + 1] != rest[0]:
                continue
            if all(
                texts[i + k + 1] == word and _JOINER.fullmatch(ntext, spans[i + k][1], spans[i + k + 1][0])
                for k, word in enumerate(rest)
            ):
                return offset, last, entries
    return None

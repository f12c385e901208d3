"""The analysed document: one text read once, with every layer the extractors need.

Built once per title and once per body by `analyse`. It holds
- the text and its normalised form, with one offset map both ways;
- tokens (normalised words and numbers) with their offsets in both texts, and their clitic
  readings through transforms.clitics;
- sentences and clause breaks, as token ranges;
- the cue words of seeds/cue_words.csv, as token spans with their class;
- the mention layers: countries, places, organisations, time expressions and money amounts,
  found by the extractors over this one normalisation, as token spans. Persons are attached
  after the title's and the body's persons are merged (`with_persons`), since a full name in
  the title names the person of the body.
Nearness is counted in tokens everywhere.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import accumulate, repeat
from operator import add, attrgetter
from typing import NamedTuple

from transforms.arabic_text import NormalizedText, normalize
from transforms.clitics import Reading, readings
from transforms.cue_lexicon import Cue, CueLexicon
from transforms.sentences import split_sentences
from transforms.word_index import WordIndex
from transforms.word_table import word_table

# Possessive: a run of letters and digits is never given back (what follows it, [.,], is neither),
# so the regex keeps no backtracking points per character.
_TOKEN = re.compile(r"[^\W_]++(?:[.,]\d++)*+")
# The same words as one group of a split: the pieces alternate the text between words and a word.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_IS_ARABIC = attrgetter("arabic")  # of a WordTags (transforms.word_table)
# Marks that end a clause inside a sentence: a comma or semicolon, a colon, a dash between spaces.
# Two searches, not one alternation: the punctuation is found by a scan for its characters, and the
# dash only in a text that holds one (the two kinds share no character, so neither hides the other).
_CLAUSE_PUNCT = re.compile(r"[،,؛;:]")
_CLAUSE_DASH = re.compile(r"\s[-–—]\s")
_DASHES = ("-", "–", "—")


class Token(NamedTuple):
    text: str  # normalised
    start: int  # offsets in the normalised text
    end: int
    ostart: int  # offsets in the original text
    oend: int

    @property
    def readings(self) -> tuple[Reading, ...]:
        return readings(self.text)


@dataclass(frozen=True)
class Mention:
    """A span one extractor found, in tokens [first, end) and in original characters."""

    kind: str  # country, place, organisation, person, time, money
    first: int
    end: int
    char_start: int
    char_end: int
    row: dict  # the extractor's own record (iso2, value, amount …)


@dataclass(frozen=True)
class CueSpan:
    first: int
    end: int
    cue: Cue


@dataclass(frozen=True)
class Document:
    text: str
    norm: NormalizedText
    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int], ...]  # character spans in `text`
    sentence_tokens: tuple[tuple[int, int], ...]  # the same sentences as token ranges [first, end)
    clause_starts: frozenset[int]  # token indices that open a clause inside a sentence
    cues: tuple[CueSpan, ...] = ()
    mentions: dict = field(default_factory=dict)  # kind -> tuple[Mention, ...], in text order
    entities: dict = field(default_factory=dict)  # find_entities' result, for the extractors that take it
    times: tuple[dict, ...] = ()  # extract_time_expressions' rows
    cue_lexicon: CueLexicon | None = field(default=None, compare=False, repr=False)  # the word lists extractors read

    # ---- offsets -------------------------------------------------------------------------
    def to_normalised(self, offset: int) -> int:
        """Normalised offset of an original offset (characters dropped before it are not counted)."""
        return self.norm.to_normalised(offset)

    def to_original(self, offset: int) -> int:
        return self.norm.to_original(offset)

    def token_span(self, char_start: int, char_end: int) -> tuple[int, int]:
        """The tokens [first, end) that overlap the original span [char_start, char_end)."""
        first = bisect.bisect_right(self._token_ends, char_start)
        end = bisect.bisect_left(self._token_starts, char_end)
        return first, max(first, end)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.ostart for t in self.tokens]

    @property
    def token_starts(self) -> list[int]:
        """Where each token starts in the original text, in order (to count words between offsets)."""
        return self._token_starts

    @cached_property
    def word_index(self) -> WordIndex:
        """Nearness in words over the original text, counted in this document's tokens."""
        return WordIndex(self._token_starts, len(self.text))

    @cached_property
    def _token_ends(self) -> list[int]:
        return [t.oend for t in self.tokens]

    def sentence_of(self, token: int) -> int:
        """Index of the sentence holding token `token`."""
        return max(0, bisect.bisect_right(self._sentence_firsts, token) - 1)

    @cached_property
    def _sentence_firsts(self) -> list[int]:
        return [s for s, _ in self.sentence_tokens]

    def clause_of(self, token: int) -> tuple[int, int]:
        """The clause [first, end) around a token: bounded by clause starts and its sentence."""
        s_first, s_end = self.sentence_tokens[self.sentence_of(token)] if self.sentence_tokens else (0, len(self.tokens))
        starts = self._clause_list
        after = bisect.bisect_right(starts, token)  # starts[after - 1] <= token < starts[after]
        first = starts[after - 1] if after and starts[after - 1] >= s_first else s_first
        end = starts[after] if after < len(starts) and starts[after] < s_end else s_end
        return first, end

    @cached_property
    def _clause_list(self) -> list[int]:
        return sorted(self.clause_starts)

    def words(self, first: int, end: int) -> list[str]:
        return self._token_texts[max(0, first):max(0, end)]

    @cached_property
    def _token_texts(self) -> list[str]:
        return [t.text for t in self.tokens]

    def in_tokens(self, kind: str, first: int, end: int) -> list[Mention]:
        return self._span_index(kind).within(first, end)

    def cues_in(self, first: int, end: int, *classes: str) -> list[CueSpan]:
        found = self._span_index("cues").within(first, end)
        return [c for c in found if c.cue.cls in classes] if classes else found

    def _span_index(self, kind: str) -> "_SpanIndex":
        """An index of a layer's spans by first token, built once per layer (a long text asks often)."""
        indexes = self.__dict__.setdefault("_span_indexes", {})
        if kind not in indexes:
            indexes[kind] = _SpanIndex(self.cues if kind == "cues" else self.mentions.get(kind, ()))
        return indexes[kind]

    def with_persons(self, persons: list[dict]) -> "Document":
        """The document with its persons layer: one mention per person mention inside this text."""
        layer = []
        for person in persons:
            for m in person.get("mentions", ()):
                first, end = self.token_span(m["char_start"], m["char_end"])
                layer.append(Mention("person", first, end, m["char_start"], m["char_end"], person))
        layer.sort(key=lambda m: m.char_start)
        return _with_offsets(replace(self, mentions={**self.mentions, "person": tuple(layer)}), self)


# The lists of the tokens' original offsets and texts a Document keeps (cached properties), which
# analyse builds anyway and with_persons's copy shares with its original: the tokens are the same.
_OFFSET_LISTS = ("_token_starts", "_token_ends", "_token_texts")


def _with_offsets(doc: Document, source) -> Document:
    """`doc` holding the token offset lists that `source` (a Document of the same tokens, or a dict
    of them) has already built, so they are not built again."""
    held = source if isinstance(source, dict) else source.__dict__
    for name in _OFFSET_LISTS:
        if name in held:
            doc.__dict__[name] = held[name]
    return doc


class _SpanIndex:
    """Spans with .first and .end found by the token range they lie in, in their layer's order, in
    time that follows the answer rather than the layer (a scan of the layer made long articles
    cost the square of their length)."""

    def __init__(self, spans):
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda i: spans[i].first)
        self.firsts = [spans[i].first for i in self.order]

    def within(self, first: int, end: int) -> list:
        lo, hi = bisect.bisect_left(self.firsts, first), bisect.bisect_right(self.firsts, end)
        found = sorted(i for i in self.order[lo:hi] if self.spans[i].end <= end)
        return [self.spans[i] for i in found]


def tokenize(text: str, norm: NormalizedText) -> tuple[Token, ...]:
    """Words and numbers of the normalised text, each with its span in both texts."""
    return _tokenized(norm)[0]


def _tokenized(norm: NormalizedText) -> tuple[tuple[Token, ...], list[str], list[int], list[int]]:
    """The tokens, with their texts, original starts and original ends as lists (analyse reads
    them besides the tokens). Each column is one pass in C: re.split hands the words and the
    text between them without a match object per word, and the running sum of the pieces'
    lengths gives each word's start and end.

    The original offsets are the normalised text's map's (NormalizedText.spans_to_original): a
    token's start counts the dropped characters before its first character, its end those before
    its last (a mark after the last letter, مصرُ, stays outside the token)."""
    pieces = _TOKEN_SPLIT.split(norm.text)  # gap, word, gap, word, ..., gap
    words = pieces[1::2]
    bounds = list(accumulate(map(len, pieces)))
    starts, ends = bounds[0:-1:2], bounds[1::2]
    ostarts, oends = norm.spans_to_original(starts, ends)
    # a Token from all its fields, without NamedTuple's Python-level __new__
    tokens = tuple(map(tuple.__new__, repeat(Token), zip(words, starts, ends, ostarts, oends)))
    return tokens, words, ostarts, oends


def _sentence_tokens(starts: list[int], sentences) -> tuple[tuple[int, int], ...]:
    return tuple((bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)) for s, e in sentences)


def _clause_starts(text: str, starts: list[int], ends: list[int], cues: tuple[CueSpan, ...]) -> frozenset[int]:
    """A clause opens after a clause mark, and at a complementiser (أن، إن، بأن)."""
    opened = set()
    marks = list(_CLAUSE_PUNCT.finditer(text))
    if any(dash in text for dash in _DASHES):
        marks += _CLAUSE_DASH.finditer(text)
    for m in marks:
        i = bisect.bisect_left(starts, m.end())  # the token after the mark
        if 0 < i < len(starts) and ends[i - 1] <= m.start():  # a mark between two tokens, not inside one (1,5)
            opened.add(i)
    opened.update(c.first for c in cues if c.cue.cls == "complementiser")
    return frozenset(opened)


def _layer(starts: list[int], ends: list[int], kind: str, rows, start_key="char_start",
           end_key="char_end") -> tuple[Mention, ...]:
    out = []
    for row in rows:
        s, e = row.get(start_key), row.get(end_key)
        if s is None or e is None:
            continue
        first = bisect.bisect_right(ends, s)
        end = max(first, bisect.bisect_left(starts, e))
        out.append(Mention(kind, first, end, s, e, row))
    out.sort(key=lambda m: m.char_start)
    return tuple(out)


def analyse(text: str, published, lexicons) -> Document:
    """The analysed document of one text. `lexicons` carries gazetteer, dates, currencies and cues
    (flows.lexicons.Lexicons); `published` is the article's publication time or None."""
    from transforms.aid.frames import money_mentions  # the extractors import document types
    from transforms.dates import extract_time_expressions
    from transforms.entities import find_entities

    norm = normalize(text)
    tokens, words, starts, ends = _tokenized(norm)
    sentences = tuple(split_sentences(text))
    # whether each token's last letter is written ة (its ه is then no pronoun), in one pass in C
    ta_marbuta = list(map("ة".__eq__, map(text.__getitem__, map(add, ends, repeat(-1))))) if "ة" in text else None
    tags = word_table(lexicons.cues, lexicons.gazetteer).tags_of(words)  # one look-up per token for every lexicon
    cues = tuple(CueSpan(i, j, cue) for i, j, cue in lexicons.cues.cues_in(words, ta_marbuta, tags))
    entities = find_entities(text, lexicons.gazetteer, normalized=norm, words=tokens, tags=tags)
    times = tuple(extract_time_expressions(text, published, lexicons.dates, normalized=norm))
    named = {c["iso2"] for c in entities["countries"]}
    money = money_mentions(text, norm, sentences, lexicons.currencies, named, words, map(_IS_ARABIC, tags))
    mentions = {
        "country": _layer(starts, ends, "country", entities["countries"]),
        "place": _layer(starts, ends, "place", entities["places"]),
        "organisation": _layer(starts, ends, "organisation", entities["organisations"]),
        "time": _layer(starts, ends, "time", times),
        "money": _layer(starts, ends, "money", money),
        "person": (),
    }
    return _with_offsets(Document(text, norm, tokens, sentences, _sentence_tokens(starts, sentences),
                                  _clause_starts(text, starts, ends, cues), cues, mentions, entities, times,
                                  lexicons.cues), {"_token_starts": starts, "_token_ends": ends, "_token_texts": words})

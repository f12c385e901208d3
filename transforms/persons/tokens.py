"""Words of an article with their offsets, and the clitics Arabic glues to the front of a word.

Matching runs over the normalised text (transforms.arabic_text); each token keeps its span there,
and `to_original` maps spans back into the text the caller gave us.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import islice
from typing import NamedTuple

from transforms.arabic_text import NormalizedText, normalize
from transforms.clitics import proclitic_splits

# A word: letters only (digits and punctuation end a name).
_WORD = re.compile(r"[^\W\d_]+")
# Between two words of one name only spaces, or a hyphen (مون جاي-إن، كيم جونغ-أون).
_SOFT_GAP = re.compile(r"[ \t\u00a0\u200c\u200f\u200e]*-?[ \t\u00a0\u200c\u200f\u200e]*")

# A sentence ends where the gap between two words holds one of these.
_SENTENCE_END = frozenset(".!?؟\n:؛")
# A gap holding one of these is punctuation (no name spans it).
_PUNCT = frozenset(".,،!?؟\n:؛\"«»()[]-–—/|")


class Token(NamedTuple):  # a tuple: made for every word of every article, and cheap to make
    text: str   # normalised
    start: int  # offsets in the normalised text
    end: int
    # The normalised word with a final alef maqsura kept: على (a preposition) is not علي (a name).
    key: str
    # Written with a final ه (not ة): the pronoun suffix of استقالته، وحزبه (or a name like عبد الله).
    final_ha: bool = False
    # offsets in the original text
    ostart: int = 0
    oend: int = 0
    # Written with the article's bare alef (الوزير), unlike a name in أل/إل (أليستر، إلهام).
    article: bool = False


@dataclass(frozen=True)
class Tokens:
    norm: NormalizedText
    items: list[Token]
    # The text as the caller gave it: normalisation writes أ، إ، آ as ا, and a hamza after a
    # glued و tells the conjunction (وأليكس) from a name's own letter (والترز).
    source: str = ""

    def original_second_letter(self, i: int) -> str:
        """The second letter of token i as the source writes it, its marks (a vowel, a tatweel) left
        out; "" when there is no source or no such letter."""
        token = self.items[i]
        letters = [c for c in self.source[token.ostart + 1:token.oend] if c.isalpha() and c != "\u0640"]
        return letters[0] if letters else ""

    def soft_gap(self, i: int) -> bool:
        """True when token i and token i+1 are separated by spaces only (or a hyphen)."""
        gap = self.gap_texts[i] if i >= 0 else self.norm.text[self.items[i].end:self.items[i + 1].start]
        soft = _SOFT_GAPS.get(gap)
        if soft is None:
            soft = _SOFT_GAP.fullmatch(gap) is not None
            make_room(_SOFT_GAPS, _GAPS_MAX)
            _SOFT_GAPS[gap] = soft
        return soft

    def hyphen_gap(self, i: int) -> bool:
        """True when token i and token i+1 are joined by a hyphen (جاي-إن، جاي - إن); a hyphen
        spaced on one side only is a dash closing the name (مايك بومبيو- الذي)."""
        if not self.soft_gap(i):
            return False
        gap = self.gap_text(i)
        if "-" not in gap:
            return False
        before, after = gap.split("-", 1)
        return (before == "") == (after == "")

    def gap_text(self, i: int) -> str:
        return self.gap_texts[i] if i >= 0 else self.norm.text[self.items[i].end:self.items[i + 1].start]

    @cached_property
    def gap_texts(self) -> list[str]:
        """The text between each word and the next, cut once: the rules ask a gap of many words
        several times (soft_gap, gap_text), and the tagger every gap (gap_marks)."""
        text, items = self.norm.text, self.items
        return [text[a.end:b.start] for a, b in zip(items, items[1:])]

    @cached_property
    def gaps(self) -> tuple[list[str], list[bool]]:
        """gap_marks of these tokens, read once and held with them: the person tagger asks them
        for every window of the text (tag_spans, inside_marginal)."""
        return gap_marks(self)


def _gap_mark(gap: str) -> tuple[str, bool]:
    """gap_marks of one gap: its feature mark and whether a sentence ends there."""
    hit = _GAPS.get(gap)
    if hit is None:
        hit = ("" if not gap.strip() else ("punct" if not _PUNCT.isdisjoint(gap) else "other"),
               not _SENTENCE_END.isdisjoint(gap))
        make_room(_GAPS, _GAPS_MAX)
        _GAPS[gap] = hit
    return hit


# gap → _gap_mark's (mark, sentence end): a few dozen gaps (" ", "، ", ". ", "\n" ...) are nearly
# all the gaps of every text, so each is read once, not once per pair of words
_GAPS: dict[str, tuple[str, bool]] = {" ": ("", False)}
_GAPS_MAX = 10_000
_SOFT_GAPS: dict[str, bool] = {" ": True}  # gap → Tokens.soft_gap's answer, read once per gap, as _GAPS


def gap_marks(tokens: Tokens) -> tuple[list[str], list[bool]]:
    """For the gap after each word but the last: its feature mark for the person tagger ("" for
    spaces, "punct", "other") and whether a sentence ends there."""
    known, read = _GAPS.get, _gap_mark
    pairs = [known(gap) or read(gap) for gap in tokens.gap_texts]
    return [mark for mark, _ in pairs], [end for _, end in pairs]


def make_room(cache: dict, most: int) -> None:
    """A full cache (`most` keys) forgets its older half, the keys first seen longest ago (a dict
    keeps its insertion order): memory stays flat, and the latest keys stay cached."""
    if len(cache) >= most:
        for key in list(islice(cache, len(cache) - most // 2)):
            del cache[key]


def tokenize(text: str, normalized: NormalizedText | None = None) -> Tokens:
    norm = normalized if normalized is not None else normalize(text)
    items = []
    for m in _WORD.finditer(norm.text):
        start, end = norm.span_to_original(m.start(), m.end())
        items.append(_token(text, m.group(), m.start(), m.end(), start, end))
    return Tokens(norm, items, text)


_new = tuple.__new__  # a Token from all its fields, without NamedTuple's Python-level __new__


def from_words(text: str, norm: NormalizedText, words) -> Tokens:
    """The tokens `tokenize` gives, read off the analysed document's tokens of the same text
    (transforms.document: words and numbers, with their offsets in both texts) instead of the text
    again. A document token of letters only is one word here; one holding digits (3,5، 2018م)
    gives its runs of letters, each mapped back to the original text."""
    # Words of letters only, the most, each one token, in one comprehension (_token, inline); a word
    # holding digits is None there, then replaced by its runs of letters (_letter_runs).
    items = [_new(Token, (word, start, end, word[:-1] + "ى" if last == "ى" else word, last == "ه", ostart, oend,
                          word.startswith("لل") or text.startswith("ال", ostart)))
             if word.isalpha() else None  # letters only: all of [^\W\d_], and the whole run
             for word, start, end, ostart, oend in words for last in (text[oend - 1],)]
    if not all(items):  # (a Token is never empty)
        for i in reversed([i for i, item in enumerate(items) if item is None]):
            items[i:i + 1] = _letter_runs(text, norm, words[i])
    return Tokens(norm, items, text)


def _letter_runs(text: str, norm: NormalizedText, w) -> list[Token]:
    """The tokens of the runs of letters inside a document token that holds digits (3,5، 2018م)."""
    out = []
    for m in _WORD.finditer(w.text):
        start, end = w.start + m.start(), w.start + m.end()
        ostart, oend = norm.span_to_original(start, end)
        out.append(_token(text, m.group(), start, end, ostart, oend))
    return out


def _token(text: str, word: str, start: int, end: int, ostart: int, oend: int) -> Token:
    last = text[oend - 1]
    key = word[:-1] + "ى" if last == "ى" else word
    article = word.startswith("لل") or text.startswith("ال", ostart)
    return Token(word, start, end, key, last == "ه", ostart, oend, article)


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[tuple[int, str], ...]:
    """The word and the forms left after removing a conjunction (و، ف) and/or a preposition (ب، ل، ك)
    glued to it (والرئيس، وبالرئيس، وماتيس; transforms.clitics.proclitic_splits), each with
    how many leading characters were removed. ل before ال drops the alef: للرئيس → الرئيس.
    A chain, not every split: the conjunction goes when more than three letters remain, then the
    preposition when more than three remain after it."""
    splits = proclitic_splits(word)
    if len(splits) == 1 or len(word) <= 3:  # most words: no clitic to strip
        return ((0, word),)
    conj = splits[1][0]
    return tuple((len(c) + len(p), "ا" + rest if p == "ل" and rest.startswith("ل") else rest)
                 for c, p, rest in splits if not p or len(word) - len(conj) > 3)

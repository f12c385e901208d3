"""Arabic text normalisation for matching, with a map back to offsets in the stored text.

Every matcher (countries, persons, dates, events) runs over `normalize(text).text` and reports
offsets through `to_original`, so what analysts see points into `articles.body` exactly.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, count, repeat
from operator import add, sub

# Short vowels, shadda, sukun, superscript alef and tatweel carry no identity for matching, nor do
# the invisible direction marks and zero-width joiners that web copy is full of.
_DROPPED = re.compile("[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]")

# One character in, one character out: the letters news writers spell either way.
_SAME_LENGTH = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه",
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    "\u00a0": " ",  # no-break space, common between words in web copy
    "٫": ".",  # Arabic decimal separator
    "٬": ",",  # Arabic thousands separator
}

# Hashtags as written on news sites: #كوريا_الشمالية, جيمس #ماتيس.
_HASHTAG = re.compile(r"#(\w+)")


def clean_hashtags(text: str) -> str:
    """Blank hashtag markup without moving any character: '#' and the tag's '_' become spaces."""
    return _HASHTAG.sub(lambda m: " " + m.group(1).replace("_", " "), text)


@dataclass(frozen=True)
class NormalizedText:
    """`text` normalised for matching; `to_original` maps its offsets back into the source."""

    text: str
    source_length: int
    # Offsets in the source of each character that normalisation dropped, ascending.
    dropped: tuple[int, ...] = field(default=())

    def to_original(self, index: int) -> int:
        """Source offset of normalised offset `index` (an end offset maps to the end of its character)."""
        if not self.dropped:
            return index
        return index + bisect.bisect_right(self._shifted, index)

    def spans_to_original(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """The source starts and ends of the non-empty normalised spans [starts[k], ends[k]), as
        span_to_original gives them one by one, each list in one pass in C (the analysed document
        maps every token so). Without dropped characters, the lists given."""
        if not self.dropped:
            return starts, ends
        shifted = self._shifted
        ostarts = list(map(add, starts, map(bisect.bisect_right, repeat(shifted), starts)))
        oends = list(map(add, ends, map(bisect.bisect_right, repeat(shifted), map(add, ends, repeat(-1)))))
        return ostarts, oends

    @cached_property
    def _shifted(self) -> list[int]:
        """dropped[j] - j, non-decreasing (dropped offsets strictly increase): the j-th dropped
        character stands before the source place of normalised offset i exactly when
        shifted[j] <= i, so a source offset is i plus bisect_right(shifted, i)."""
        return list(map(sub, self.dropped, count()))

    def to_normalised(self, offset: int) -> int:
        """Normalised offset of source offset `offset` (the characters dropped before it are not counted)."""
        return offset - bisect.bisect_left(self.dropped, offset)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the normalised span [start, end)."""
        if end <= start:
            s = self.to_original(start)
            return s, s
        return self.to_original(start), self.to_original(end - 1) + 1


def normalize(text: str) -> NormalizedText:
    """Hamza/alef variants → ا, ى → ي, ة → ه, Arabic-Indic and Persian digits → 0-9, hashtag markup
    blanked, tashkeel and tatweel removed (the only change of length, recorded for offsets)."""
    cleaned = clean_hashtags(text) if "#" in text else text
    # Most characters of the table are absent from any one article: a C-speed scan for each and a
    # replace of the few present is several times faster than str.translate over every character.
    for old, new in _SAME_LENGTH.items():
        if old in cleaned:
            cleaned = cleaned.replace(old, new)
    # One regex pass both finds the dropped characters and removes them: the text between them.
    # The k-th dropped character stands after the first k+1 pieces and the k dropped before it.
    pieces = _DROPPED.split(cleaned)
    if len(pieces) == 1:
        return NormalizedText(cleaned, len(text))
    dropped = tuple(k + end for k, end in enumerate(accumulate(map(len, pieces[:-1]))))
    return NormalizedText("".join(pieces), len(text), dropped)


@lru_cache(maxsize=100_000)  # the same names, titles and short slices recur across the articles of a batch
def normalize_key(text: str) -> str:
    """The normalised form of a lexicon entry or a name, spaces collapsed: for lookups."""
    return " ".join(normalize(text).text.split())


def slice_key(text: str, normalized: NormalizedText, start: int, end: int) -> str:
    """normalize_key(text[start:end]) (0 <= start), read off `normalized`, the normalisation of the
    whole `text`: a short slice around a mention is seldom asked twice, and normalising it again
    is most of its cost. Normalisation works character by character but for a hashtag, whose '_'
    the whole text's blanks and a slice's may not: a slice holding '#' or '_' is normalised itself."""
    piece = text[start:end]
    if "#" in piece or "_" in piece:
        return normalize_key(piece)
    to_normalised = normalized.to_normalised
    return " ".join(normalized.text[to_normalised(start):to_normalised(end)].split())

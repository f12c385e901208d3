"""Nearness in words over one text: the one index the extractors count words with, built from the
analysed document's tokens (transforms.document) or, for a bare text, from its letters and digits."""
from __future__ import annotations

import bisect
import re

_TOKEN = re.compile(r"[^\W_]+")


class WordIndex:
    """Where each token of a text starts (original offsets), read with bisects."""

    __slots__ = ("starts", "size")

    def __init__(self, starts: list[int], size: int):
        self.starts = starts
        self.size = size  # the text's length: where "ahead" ends when too few tokens follow

    @classmethod
    def of_text(cls, text: str) -> WordIndex:
        """For a text read without its analysed document (a frame rule tested alone)."""
        return cls([m.start() for m in _TOKEN.finditer(text)], len(text))

    def between(self, a: int, b: int) -> int:
        """How many tokens start in text[a:b]."""
        return bisect.bisect_left(self.starts, b) - bisect.bisect_left(self.starts, a)

    def back(self, at: int, n: int) -> int:
        """Where the n-th token before offset `at` starts (the text's start when fewer stand before it)."""
        i = bisect.bisect_left(self.starts, at) - n
        return self.starts[i] if i >= 0 else 0

    def ahead(self, at: int, n: int) -> int:
        """Where the n tokens from offset `at` on end: the start of the next token (the text's end when
        fewer follow), so a slice up to it holds them and the punctuation after them."""
        i = bisect.bisect_left(self.starts, at) + n
        return self.starts[i] if i < len(self.starts) else self.size

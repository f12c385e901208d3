"""Sentence spans over Arabic news text, for evidence and for keeping facts inside one sentence.

A sentence ends at a line break, or at . ! ? ؟ (or a run of them, as in the headline "لأول مرة..")
followed by a space or the end of the text; closing quotes and brackets after the mark stay with
the sentence. A mark with no space after it is inside a token (1.3, ت.غ, أ.ف.ب, سي.إن.إن) and never
ends a sentence. A dot after a one-letter word is an abbreviation (د. for doctor, م. for engineer,
أ. for professor, the last letter of أ.ف.ب.) and does not end one either.
"""
from __future__ import annotations

import re

# The marks that end a sentence (besides a line break); other modules build on them (dates/tense.py).
END_MARKS = ".!?؟"
# A run of end marks, the closers that belong to the sentence, then the space that proves the end.
_END = re.compile(rf"[{re.escape(END_MARKS)}]+[\"'»”’)\]]*(?=\s|$)")
# Characters that open a word: the dot's word runs back to the last of these.
_WORD_OPENERS = set(" \t\r\n(\"'«“")
_LETTER = re.compile(r"[\u0621-\u064A]")


def _is_abbreviation(text: str, mark_start: int) -> bool:
    """Whether the single dot at `mark_start` closes a one-letter abbreviation (د. / أ.ف.ب.): the
    part of its word after the word's last dot is one Arabic letter, so the letter before the dot
    follows the text's start, a word opener or another dot (only those two characters are read)."""
    if text[mark_start] != "." or text[mark_start:mark_start + 2] == ".." or mark_start == 0:
        return False
    return _LETTER.match(text[mark_start - 1]) is not None and (
        mark_start == 1 or text[mark_start - 2] in _WORD_OPENERS or text[mark_start - 2] == ".")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of `text`, in order, without outer whitespace."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        start = line_start
        for mark in _END.finditer(line):
            if _is_abbreviation(line, mark.start()):
                continue
            span = _trimmed(text, start, line_start + mark.end())
            if span:
                spans.append(span)
            start = line_start + mark.end()
        span = _trimmed(text, start, line_end)
        if span:
            spans.append(span)
        line_start = line_end + 1
    return spans

"""Quotations of a text: where a speaker's own words stand. A word of travel inside one is rhetoric
more often than a report, and a place inside one is the speaker's, not a meeting's."""
from __future__ import annotations

import re

_QUOTE_MARK = re.compile(r"[\"«»“”]")
_LINE = re.compile(r"[^\n]+")


def quotations(text: str) -> list[tuple[int, int]]:
    """The quotations of each line (paragraph) as (start, end) offsets of the words inside: «...» and
    “...”, a « or “ the line never closes running to its end, and straight quotes paired in order. An
    unpaired " is left out: a stray mark (a typo, a quote closed in another paragraph) says nothing of
    which side is quoted."""
    spans = []
    for line in _LINE.finditer(text):
        opened, straight = None, None
        for m in _QUOTE_MARK.finditer(text, line.start(), line.end()):
            mark = m.group()
            if mark == '"':
                if straight is None:
                    straight = m.end()
                else:
                    spans.append((straight, m.start()))
                    straight = None
            elif mark in "«“":
                opened = m.end()
            elif opened is not None:
                spans.append((opened, m.start()))
                opened = None
        if opened is not None:
            spans.append((opened, line.end()))
    spans.sort()
    return spans

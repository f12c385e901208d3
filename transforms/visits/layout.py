"""The layout of a press review: a heading that names the papers, a colon, then a list of
headlines, one story each, separated by commas.

    في صحف اليوم: اتفاق يلفه الغموض بين الروس والفصائل المعارضة في درعا، ولقاء تاريخي بين رئيس
    الوزراء الإثيوبي والرئيس الإريتري بعد مرور 20 عاما على نهاية حرب حدودية بين البلدين.

Each headline is a story of its own: an official of one is not the visitor of a place of another
(the Ethiopian and Eritrean leaders are not in درعا). The heading is short, opens with في or with
the papers' noun (a `media` word of seeds/cue_words.csv: في الصحف اليوم، صحف عربية، في صحف الخليج)
and has no verb before it, so a quote after «وتقول الصحيفة:» is no list.
"""
from __future__ import annotations

import re

from transforms.arabic_text import normalize_key

_HEADING = re.compile(r"\s*((?:\S+\s+){0,3}?\S+)\s*:")  # up to four words, then a colon
_IN = {"في", "وفي"}
_ITEM_BREAK = re.compile(r"[،,؛;]")


def headline_items(text: str, sentence: tuple[int, int], media: re.Pattern) -> list[tuple[int, int]] | None:
    """The character spans of a press review's headlines in `sentence` (the heading goes with the
    first), or None when the sentence is no such list."""
    s, e = sentence
    m = _HEADING.match(text, s, e)
    if m is None:
        return None
    words = normalize_key(m.group(1)).split()
    if not words or not (words[0] in _IN or media.fullmatch(words[0])) or not any(media.fullmatch(w) for w in words[:2]):
        return None
    items, start = [], s
    for b in _ITEM_BREAK.finditer(text, m.end(), e):
        items.append((start, b.start()))
        start = b.end()
    items.append((start, e))
    return items if len(items) > 1 else None


def press_review_headlines(text: str, sentences, media: re.Pattern) -> dict[int, list[tuple[int, int]]]:
    """The sentences (by index) that are a press review's list, with their headlines' spans."""
    return {i: items for i, sentence in enumerate(sentences) if (items := headline_items(text, sentence, media))}


def split_headlines(sentences, headlines: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The sentences with each press review's list (press_review_headlines) cut into its headlines."""
    out = []
    for i, sentence in enumerate(sentences):
        out.extend(headlines.get(i, [sentence]))
    return out

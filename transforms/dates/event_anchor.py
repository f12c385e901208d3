"""Days counted from an event the text dates in another sentence (issue 15).

«بعد يوم من وقوع الحادث» names the day after the accident; when no date follows the event's words (that case is
extract.counted_from's), the article often dates the event elsewhere, with the event's own noun right by the day:
«تأكدت وفاة 29 شخصا في حادث الثلاثاء». The same holds for the eve words with no day after them (classes
date_eve_after and date_eve_before of seeds/cue_words.csv: «غداة حادثة باركلاند» after «حادثة الأربعاء»; «عشية
المباراة» after «مساء الثلاثاء في مباراة الإياب»).

The event's day is the one full day of the text (not one counted from another) with the event's head noun two
words before it at most, or right after it (a lead preposition between at most); when days of two values have it,
the event is left undated. Only spans of days and weeks are read so: a month or a year lies near too many words to
tell one event's. An eve word takes no day given with its year (غداة اعتداءات 11 أيلول/سبتمبر 2001 is "in the
aftermath of" a past event, as extract.eve_of reads it).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from transforms.dates.lexicon import DateLexicon

# the event's words after the span, of which the first that may be a key is its head noun (بدء الاقتراع: الاقتراع)
EVENT_WORDS = 3
# the words before a day that may name its event (حادثة الأربعاء، نفذت هجمات الأحد); after it, the word right after or a
# lead preposition and the word after it (مساء الثلاثاء في مباراة الإياب، الأربعاء في إضراب عام); a word further off
# is as often another thing's (قال ماتيس الثلاثاء إن الهجمات التي، ومنعت الشرطة الجمعة الوصول)
AROUND_WORDS = 2
_REACH = 120  # characters looked at on each side of a day for those words
# the words of class date_event_other (آخر، جديد: another event of its kind) that no sentence of an article in no gold
# file shows deciding a row
EVENT_OTHER_UNSEEN = ("أخرى", "جديدة")
# how many words before the end of a span may hold its event's head noun: «ويأتي هذا الهجوم بعد ثلاثة أيام من هجوم واسع»
# counts from another attack than the one it tells, whose day the text gives (the span's own words, four at most, and
# four more; not «إحدى الهجمات التي استهدفت مقرا للشرطة وذلك بعد يوم واحد من هجمات انتحارية»)
_SAME_KIND_WORDS = 8
_BREAK = re.compile(r"[.،,؛:!?؟\n\"“”«»()]")
# a word's key: و or ف, then the article (ب or ل before it) taken off, when three letters at least remain (الحادث ->
# حادث، بالمباراة -> مباراه، القمة -> قمه); a word without the article loses a و or ف before four letters at least
# (والاجتماع، ولقاء -> لقاء; not وقوع) and is a key when of four letters at least, three for an event's head noun (منع،
# عقد، بدء); so the article's function words (في، على، التي، الذي) are never keys
_ARTICLE = re.compile(r"[وف]?(?:بال|لل|ال)([^\W\d_]{3,})")
_LETTERS = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"\S+")


def _key(word: str, lexicon: DateLexicon, least: int = 4) -> str | None:
    """The key of `word` (see _ARTICLE); None for a weekday's or a month's name and a lead preposition (خلال)."""
    m = _ARTICLE.fullmatch(word)
    if m is not None:
        key = m.group(1)
    elif word.startswith(("ال", "وال", "فال")) or not _LETTERS.fullmatch(word):
        return None
    else:
        key = word[1:] if word[0] in "وف" and len(word) > 4 else word
        if len(key) < least:
            return None
    if key in lexicon.weekdays or "ال" + key in lexicon.weekdays or key in lexicon.months or word in lexicon.prepositions:
        return None
    return key


def _since_break(text: str, at: int) -> int:
    """Where the text before `at` starts after its last punctuation, _REACH characters back at most."""
    lo = max(0, at - _REACH)
    cuts = list(_BREAK.finditer(text, lo, at))
    return cuts[-1].end() if cuts else lo


def _until_break(text: str, at: int) -> str:
    """The text from `at` up to its first punctuation, _REACH characters at most."""
    window = text[at:at + _REACH]
    cut = _BREAK.search(window)
    return window[:cut.start()] if cut else window


def event_words(text: str, start: int) -> list[str]:
    """The event's words that start at `start` (EVENT_WORDS at most, up to punctuation)."""
    return _until_break(text, start).split()[:EVENT_WORDS]


_NEXT_WORD = re.compile(r"\s*([^\s.،,؛:!?؟\"“”«»()]+)")


def _same_event(text: str, at: int, day_start: int, day_end: int, second: str | None, lexicon: DateLexicon) -> bool:
    """Whether the head noun that ends at `at`, near the day at [day_start, day_end), names the event whose second word
    is `second`: the day itself follows it (حادثة الأربعاء), or the event has no second word, or the word after the
    head is that word (هجوم واسع and هجوم انتحاري are two attacks, استقالة ديفيز and استقالة جونسون two resignations)."""
    nxt = _NEXT_WORD.match(text, at)
    if nxt is None or second is None or day_start <= nxt.start(1) < day_end:
        return True
    word = nxt.group(1)
    return word == second or (_key(word, lexicon) or word) == (_key(second, lexicon) or second)


def _around(text: str, start: int, end: int, prepositions) -> tuple[int, int]:
    """The bounds of the phrase around the day at [start, end): AROUND_WORDS words before it and the word after it
    (two when the first is one of the lead `prepositions`), up to punctuation."""
    lo = start
    for word in reversed(text[_since_break(text, start):start].split()[-AROUND_WORDS:]):
        lo = text.rindex(word, 0, lo)
    words_after = _until_break(text, end).split()[:2]
    if len(words_after) == 2 and words_after[0] not in prepositions:
        words_after = words_after[:1]
    hi = end
    for word in words_after:
        hi = text.index(word, hi) + len(word)
    return lo, hi


def anchored_day(text: str, at: int, spec: tuple[int, int, str], days: list[tuple[int, int, str, str]],
                 lexicon: DateLexicon, eve: bool) -> str | None:
    """The day counted (`spec`: sign, count, unit) from the event whose words start at `at`, dated by one of `days`
    ((start, end, value, resolved_against) of each full day the text names, offsets in `text`): the day whose few
    words hold the event's head noun; None when no day does, or days of two values do. A day whose phrase holds `at` is the span's own clause's day
    (قال الأحد بعد يوم من الاجتماع), which the span counts to, not from."""
    sign, n, unit = spec
    if unit not in ("day", "week"):
        return None
    words = event_words(text, at)
    head = _key(words[0], lexicon, least=3) if words else None
    if head is None:
        return None  # (غداة نشر قوات النظام: the head noun is the event's first word, not the agent after it)
    second = words[1] if len(words) > 1 else None
    if any(w in lexicon.event_other for w in words[1:]):
        return None  # (بعد أسبوع من زلزال آخر، غداة هجوم جهادي جديد: another quake, another attack)
    before = text[_since_break(text, at):at]
    # (a word's key is a part of it: a word without the head in it has no key equal to it, and no _key to compute)
    if any(head in w and _key(w, lexicon, least=3) == head for w in before.split()[-_SAME_KIND_WORDS:]):
        return None  # (ويأتي هذا الهجوم بعد ثلاثة أيام من هجوم واسع: the attack told is not the one counted from)
    values = set()
    for start, end, value, against in days:
        if eve and against == "absolute":
            continue
        if start < at and end <= at and not _BREAK.search(text, end, at) and at - end <= _REACH:
            continue  # (ويأتي زلزال الأحد بعد أسبوع من زلزال آخر: the span's own clause's day, counted to, not from)
        lo, hi = _around(text, start, end, lexicon.prepositions)
        if lo <= at <= hi:
            continue
        for token in _TOKEN.finditer(text, lo, hi):
            t_start, t_end = token.span()
            if start <= t_start < end or head not in token.group(0) or _key(token.group(0), lexicon, least=3) != head:
                continue
            if _same_event(text, t_end, start, end, second, lexicon):
                values.add(value)
                break
        if len(values) > 1:
            return None
    if not values:
        return None
    day = date.fromisoformat(values.pop()) + timedelta(days=sign * n * (7 if unit == "week" else 1))
    return day.isoformat()


def eve_words_alone(text: str, lexicon: DateLexicon, taken: set[int]) -> list[tuple[int, int, int]]:
    """(start, end, shift) of each eve word (DateLexicon.eve, و or ف glued on or not) that extract.eve_of did not
    read (its start not in `taken`): the event's day is not in its clause."""
    found = []
    for word, shift in lexicon.eve.items():
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            own = (at == 0 or text[at - 1].isspace() or (text[at - 1] in "وف" and (at == 1 or text[at - 2].isspace()))) \
                and (end == len(text) or text[end].isspace())
            if own and at not in taken:
                found.append((at, end, shift))
            at = text.find(word, end)
    return found

"""Whether a visit happened (or is going on) or is scheduled: from modality, tense and the date.

Explicit modality wins: the future prefix (سيزور), سوف، من المقرر، يعتزم، المرتقب، غدا، "قبل
توجهه" (before heading to: not yet), and a particle of possibility right before a present verb (قد يزور:
a visit that may come, never one told as done; class possibility of seeds/cue_words.csv). Without it, a visit whose day lies after publication is
planned and one before it occurred; an undated past or present verb, or a noun, is occurred
(news reports visits as they go on).
"""
from __future__ import annotations

import re
from datetime import date

# Cues in the words before the trigger (normalised text).
_PLANNED_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:سوف|المقرر|مقرر|مقرره|المنتظر|المرتقب|المرتقبه|مرتقب|مرتقبه|يعتزم|تعتزم|يعتزمان|"
    r"يخطط|تخطط|ينوي|تنوي|يستعد|تستعد|يتوقع|ويتوقع|يرتقب|ستبدا|سيبدا|سيقوم|ستقوم|سيجري|ستجري|"
    r"علي ان|يعتزمون|يزمع|تزمع|المزمع|المزمعه)(?!\w)"
)
# Cues right after the trigger: زيارة مرتقبة، الأسبوع المقبل، غدا.
_PLANNED_AFTER = re.compile(
    r"(?<!\w)(?:المقبل|المقبله|القادم|القادمه|المرتقب|المرتقبه|مرتقبه|المقرره|المقرر|مقرره|المزمعه|"
    r"المزمع|غدا|المرتقبين|المنتظره)(?!\w)"
)
# "قبل توجهه / قبل زيارته": a trip still to come when this was said.
_BEFORE_NOUN = re.compile(r"(?<!\w)(?:قبل|قبيل)\s*$")


def visit_status(before: str, after: str, tense: str, day: date | None, published: date | None,
                 possible: re.Pattern | None = None) -> str:
    """'planned' or 'occurred' for a trigger with `before`/`after` its normalised context.

    `before` is the clause up to the trigger (a few words), `after` the words just after it;
    `possible` the words of possibility (قد) that make a present verb right after them a visit that may come."""
    near_before = " ".join(before.split()[-6:])
    near_after = " ".join(after.split()[:4])
    last = before.split()[-1:]
    if tense == "present" and possible is not None and last and possible.fullmatch(last[0]):
        return "planned"
    if tense == "future" or _PLANNED_BEFORE.search(near_before) or _PLANNED_AFTER.search(near_after):
        return "planned"
    if _BEFORE_NOUN.search(before):
        return "planned"
    if day is not None and published is not None and tense != "past":
        return "planned" if day > published else "occurred"
    return "occurred"

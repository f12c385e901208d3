"""Whether a visit happened (or is going on) or is scheduled: from modality, tense and the date.

Explicit modality wins: the future prefix (سيزور), سوف، من المقرر، يعتزم، المرتقب، غدا، "قبل
توجهه" (before heading to: not yet). Without it, a visit whose day lies after publication is
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


def visit_status(before: str, after: str, tense: str, day: date | None, published: date | None) -> str:
    """'planned' or 'occurred' for a trigger with `before`/`after` its normalised context.

    `before` is the clause up to the trigger (a few words), `after` the words just after it."""
    near_before = " ".join(before.split()[-6:])
    near_after = " ".join(after.split()[:4])
    if tense == "future" or _PLANNED_BEFORE.search(near_before) or _PLANNED_AFTER.search(near_after):
        return "planned"
    if _BEFORE_NOUN.search(before):
        return "planned"
    if day is not None and published is not None and tense != "past":
        return "planned" if day > published else "occurred"
    return "occurred"

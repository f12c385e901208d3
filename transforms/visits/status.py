"""Whether a visit happened (or is going on) or is scheduled: from modality, tense and the date.

Explicit modality wins: the future prefix (سيزور), a word of a plan (سوف، من المقرر، يعتزم، المرتقب، غدا; classes
visit_planned_before and visit_planned_after of seeds/cue_words.csv), "قبل
توجهه" (before heading to: not yet), and a particle of possibility right before a present verb (قد يزور:
a visit that may come, never one told as done; class possibility of seeds/cue_words.csv). Without it, a visit whose day lies after publication is
planned and one before it occurred; an undated past or present verb, or a noun, is occurred
(news reports visits as they go on).
"""
from __future__ import annotations

import re
from datetime import date

from transforms.visits.cues import ClauseWords

# "قبل توجهه / قبل زيارته": a trip still to come when this was said.
_BEFORE_NOUN = re.compile(r"(?<!\w)(?:قبل|قبيل)\s*$")


def visit_status(before: str, after: str, tense: str, day: date | None, published: date | None,
                 clauses: ClauseWords) -> str:
    """'planned' or 'occurred' for a trigger with `before`/`after` its normalised context.

    `before` is the clause up to the trigger (a few words), `after` the words just after it; `clauses` gives the
    words of possibility (قد) that make a present verb right after them a visit that may come, and the words of a
    plan before and after a visit word (ClauseWords.planned_before, planned_after)."""
    near_before = " ".join(before.split()[-6:])
    near_after = " ".join(after.split()[:4])
    last = before.split()[-1:]
    if tense == "present" and last and clauses.possible.fullmatch(last[0]):
        return "planned"
    if tense == "future" or clauses.planned_before.search(near_before) or clauses.planned_after.search(near_after):
        return "planned"
    if _BEFORE_NOUN.search(before):
        return "planned"
    if day is not None and published is not None and tense != "past":
        return "planned" if day > published else "occurred"
    return "occurred"

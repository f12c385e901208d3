"""A frame's verdict once its people and place are known: the exclusion that rules it out
(exclusions.py: phone, negated, demanded, private, interview, background), its status (status.py:
occurred, planned …) and, for a located meeting, the article's memory of it (المؤتمر later)."""
from __future__ import annotations

import re

from transforms.visits.exclusions import (
    is_background,
    is_cancelled_later,
    is_excluded,
    is_interview,
    is_mission_errand,
    is_private_stay,
)
from transforms.visits.frames.context import ArticleContext
from transforms.visits.frames.dating import as_date, future_told, recent_date_in
from transforms.visits.frames.discourse import Discourse, LocatedMeeting
from transforms.visits.frames.frame import Frame
from transforms.visits.status import visit_status

# The words read around a trigger for what rules it out or dates it (exclusions.py, status.py read
# fewer of them: the last 4 to 12 before, the first 3 to 8 after).
WORDS_BEFORE_TRIGGER = 15
WORDS_AFTER_TRIGGER = 9


def finish_frame(ctx: ArticleContext, discourse: Discourse, frame: Frame) -> None:
    """Set the frame's exclusion and status; remember it when it is a located meeting."""
    before = ctx.norm(max(frame.sentence[0], ctx.words_back(frame.start, WORDS_BEFORE_TRIGGER)), frame.start)
    after = ctx.norm(frame.end, min(frame.sentence[1], ctx.words_ahead(frame.end, WORDS_AFTER_TRIGGER)))
    frame.excluded = _exclusion(ctx, frame, before, after)
    # A date tells a memory only on a past verb or a noun, and only when the sentence has no
    # recent date of its own (يزور ظريف بكين ... الاتفاق المبرم عام 2015: 2015 is the deal's).
    dated = frame.date_value if frame.trigger.tense in ("past", "noun") and not recent_date_in(
        ctx, frame.sentence) else None
    # A past visit told as background is still a visit (GUIDELINES: reported as having happened);
    # only when a named official makes it, since an old trip of nobody named is mostly a life
    # story or a flight (سافر إلى لندن ودرس اللغة الإنجليزية، وصل عبد الرحمان إلى ليبيا في 2016).
    background = not frame.excluded and is_background(after, before, dated, ctx.published, ctx.exclusions.long_ago)
    if background and not any(a.person is not None and a.person.get("title_ar") and a.country
                              for a in frame.visitors):
        frame.excluded = "background"
    if frame.trigger.kind == "tour" and re.match(r"^\s*(?:\S+\s+)?(?:تشمل|ستشمل|ستقوده|تقوده)", after):
        tense = "future"
    else:
        tense = frame.trigger.tense
    if tense in ("noun", "present") and ctx.clauses.future_complement is not None \
            and future_told(ctx.clauses.future_complement, ctx.norm(frame.sentence[0], frame.end), ctx.clauses.relative):
        tense = "future"  # أنها ستعيد العمل بالضوابط ... خلال القمة: told after a complementiser in a future verb
    frame.status = visit_status(before, after, tense, as_date(frame.date_value), ctx.published, ctx.clauses)
    if background:
        frame.status = "occurred"  # "قبيل قمة إقليمية في لاوس قبل سنتين": long done, whatever came before
    if frame.trigger.kind == "tour":
        frame.date_value = frame.date_value if len(frame.hosts) == 1 else None
    if frame.hosts and not frame.excluded and frame.trigger.kind in ("meet", "attend") and not frame.via_event \
            and frame.trigger.names_event:
        discourse.last_meeting = LocatedMeeting(frame.hosts[0], frame.date_value, frame.status,
                                                frame.trigger.form, frame.s_index)


def _exclusion(ctx: ArticleContext, frame: Frame, before: str, after: str) -> str | None:
    """Why the frame is no visit (before its date is weighed), or None."""
    # Only a trip or taking part can be demanded or invited (دعاه لزيارة، دعوة للمشاركة في قمة);
    # "دعا البيان الختامي للمؤتمر" is not.
    demandable = ctx.norm(frame.start, frame.end) if frame.trigger.kind in ("go", "tour", "attend") else ""
    excluded = is_excluded(before, after, demandable, ctx.exclusions)
    if not excluded and frame.hosts and all(
            h.start > frame.end and is_private_stay(ctx.exclusions,
                                                    ctx.norm(max(frame.end, ctx.words_back(h.start, 9)), h.start),
                                                    ctx.norm(h.end, min(frame.sentence[1], ctx.words_ahead(h.end, 8))))
            for h in frame.hosts):
        excluded = "not official"
    # Every place is the seat of a mission the visit word reaches (دخل قنصلية بلاده في إسطنبول).
    if not excluded and frame.hosts and all(
            h.start > frame.end and is_mission_errand(ctx.norm(frame.sentence[0], h.start), ctx.clauses.missions, ctx.clauses.mission_visits) for h in frame.hosts):
        excluded = "not a trip"
    if not excluded and is_cancelled_later(ctx.norm(frame.end, min(frame.sentence[1], ctx.words_ahead(frame.end, 28))),
                                              ctx.exclusions):
        excluded = "negated"
    if not excluded and frame.trigger.kind == "meet" and is_interview(after, ctx.exclusions):
        excluded = "interview"
    return excluded

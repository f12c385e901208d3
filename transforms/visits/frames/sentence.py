"""The frames of one sentence: each trigger (or run of meeting words) built by the builder of its
kind, inside the stretch between its neighbours, then dated and finished in order, so "التقى ماتيس
صبحي في القاهرة، قبل توجهه إلى الأردن" gives two frames (EG, then JO)."""
from __future__ import annotations

import re

from transforms.visits.frames.context import ArticleContext
from transforms.visits.frames.dating import dates_for
from transforms.visits.frames.delegation import delegation_frame
from transforms.visits.frames.discourse import Discourse, ToldVisit
from transforms.visits.frames.finish import finish_frame
from transforms.visits.frames.frame import Frame, PlacedTrigger, Scope
from transforms.visits.frames.go import go_frame
from transforms.visits.frames.meeting import meet_frame
from transforms.visits.frames.receive import receive_frame
from transforms.visits.triggers import MEETING_KINDS

# The builder of each trigger kind but the meeting kinds, which are built a run at a time
# (triggers.TRIGGER_KINDS lists them all; an unknown kind fails when the lexicon is built).
BUILDERS = {
    "go": go_frame,
    "tour": go_frame,
    "receive": receive_frame,
    "guest": receive_frame,
    "delegation": delegation_frame,
}
_GROUP_GAP = 50  # meeting words this close are one meeting (يلتقي بوتين، الإثنين، ترامب في قمة), unless
# "، و" opens a new clause between them


def sentence_frames(ctx: ArticleContext, discourse: Discourse, sentence, s_index: int,
                    triggers: list[PlacedTrigger]) -> list[Frame]:
    """The sentence's frames, dated and finished (excluded ones included, with their reason)."""
    frames: list[Frame] = []
    spans_for_dates: list[tuple[int, int]] = []
    unframed: list[tuple[int, int]] = []  # triggers that made no frame keep their own dates
    i = 0
    left = sentence[0]
    while i < len(triggers):
        last = _meeting_run_end(ctx, triggers, i) if triggers[i].trigger.kind in MEETING_KINDS else i
        scope = Scope(sentence, s_index, left=left,
                      right=triggers[last + 1].start if last + 1 < len(triggers) else sentence[1],
                      earlier=frames, beyond=triggers[last + 2].start if last + 2 < len(triggers) else sentence[1])
        if triggers[i].trigger.kind in MEETING_KINDS:
            frame = meet_frame(ctx, discourse, triggers[i:last + 1], scope)
        else:
            frame = BUILDERS[triggers[i].trigger.kind](ctx, discourse, triggers[i], scope)
        span = (triggers[i].start, triggers[last].end)
        if frame is not None or not _goes_to_meeting(ctx, triggers, i, last + 1):
            left = span[1]
        i = last + 1
        if frame is None:
            unframed.append(span)
            continue
        frame.s_index = s_index
        # A frame reaches to its place: "يزور الرئيس الأمريكي بريطانيا يوم 13 يوليو".
        reach = max([span[1]] + [h.end for h in frame.hosts if span[0] < h.start < sentence[1]])
        spans_for_dates.append((span[0], reach))
        frames.append(frame)
    kept = _settle(ctx, discourse, frames, dates_for(ctx, spans_for_dates, sentence, unframed), s_index)
    # A match or a private stay in a place makes the sentence's other meetings there the same
    # event (وفي لقاء الفريقين في كييف ... صلاح الذي غادر اللقاء في الدقيقة 30).
    private = {f.hosts[0].iso2 for f in kept if f.excluded == "not official" and f.hosts}
    for frame in kept:
        if not frame.excluded and frame.trigger.kind in MEETING_KINDS and frame.hosts \
                and frame.hosts[0].iso2 in private:
            frame.excluded = "not official"
    return kept


def _goes_to_meeting(ctx: ArticleContext, triggers: list[PlacedTrigger], i: int, j: int) -> bool:
    """Whether trigger i is a verb of travel right before a preposition of destination and meeting word j
    (انتقلا إلى اجتماع ثان): the trip is to that meeting, so it bounds no reach of the meeting back to the place told
    before it."""
    if j >= len(triggers) or triggers[i].trigger.kind != "go" or triggers[i].trigger.pos != "verb" \
            or triggers[j].trigger.kind not in MEETING_KINDS:
        return False
    return bool(ctx.clauses.to_place.fullmatch(ctx.norm(triggers[i].end, triggers[j].start).strip() + " "))


def _meeting_run_end(ctx: ArticleContext, triggers: list[PlacedTrigger], i: int) -> int:
    """The last trigger of the run of meeting words that starts at `i`: the next meeting word
    joins it when close, with no word of another event and no "، و" between."""
    j = i
    while j + 1 < len(triggers) and triggers[j + 1].trigger.kind in MEETING_KINDS \
            and len(ctx.gap_text(triggers[j].end, triggers[j + 1].start)) <= _GROUP_GAP \
            and not ctx.clauses.other_event.search(ctx.norm(triggers[j].end, triggers[j + 1].start)) \
            and not re.search(r"[،,]\s*و", ctx.text[triggers[j].end:triggers[j + 1].start]):
        j += 1
    return j


def _settle(ctx: ArticleContext, discourse: Discourse, frames: list[Frame], dates: list[str | None],
            s_index: int) -> list[Frame]:
    """Give each frame its day, finish it, and carry over what the frames told before it settle."""
    kept: list[Frame] = []
    for frame, value in zip(frames, dates):
        if not frame.via_event:  # a meeting pointed back to keeps that meeting's day
            frame.date_value = value
        finish_frame(ctx, discourse, frame)
        # A clause in the present after a planned one continues the plan
        # (سيسافر إلى الأردن حيث يشارك ...).
        if frame.trigger.tense in ("present", "noun") and any(k.status == "planned" for k in kept):
            frame.status = "planned"
        last = discourse.last_meeting
        # A meeting at the place of the article's located meeting, with no day of its own, is
        # part of it (the conference in Rome; received in the Italian capital).
        if (frame.date_value is None and last is not None and frame.hosts
                and frame.trigger.kind in ("meet", "attend", "receive")
                and last.place.iso2 == frame.hosts[0].iso2):
            frame.date_value = last.day
        if frame.via_event and last is not None:
            frame.status = last.status
        if frame.lead is not None:
            frame.date_value, frame.status = frame.lead.date_value, frame.lead.status
        if frame.visitors and frame.hosts and not frame.excluded and frame.lead is None:
            discourse.last_visit = ToldVisit(frame, s_index)
        kept.append(frame)
    return kept

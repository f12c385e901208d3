"""presence frames (طالب ... فايز السراج في واشنطن): a named official followed at once by "في
<city>" is there, a visit when the city is abroad. Living or born there is not visiting, and a
genitive (مشروع عقاري لترامب في موسكو) is no presence."""
from __future__ import annotations

import re

from transforms.visits.frames.context import ArticleContext
from transforms.visits.frames.discourse import Discourse
from transforms.visits.frames.finish import finish_frame
from transforms.visits.frames.frame import Frame
from transforms.visits.mentions import Actor, Loc
from transforms.visits.triggers import Trigger

_OWN_DATE_AFTER = 25  # how far after the city a date of the presence may stand


def presence_frames(ctx: ArticleContext, discourse: Discourse, sentence, s_index: int, taken: list[Frame],
                    is_private) -> list[Frame]:
    """A named official followed at once by "في <city>" is there (طالب رئيس حكومة الوفاق الليبية
    فايز السراج في واشنطن الخميس ...): a visit when the city is abroad. `taken`: the sentence's
    other frames (their visitors are placed already); `is_private(title)`: a private traveller."""
    frames = []
    for actor in ctx.actors_in(*sentence):
        person = actor.person
        if person is None or not actor.country or is_private(person.get("title_ar")):
            continue
        loc, at = _city_right_after(ctx, actor, sentence)
        if loc is None or loc.iso2 == actor.country:
            continue
        if any(actor in f.visitors for f in taken):
            continue
        trigger = Trigger(start=actor.end, end=loc.end, form="في", kind="presence", pos="noun",
                          tense="noun", pronoun=False, adjacent=True)
        word_at = actor.end + ctx.text[actor.end:at].rindex("في")  # (the last: للصحفيين holds في too)
        frame = Frame(trigger, word_at, loc.end, sentence, hosts=[loc], visitors=[actor])
        frame.s_index = s_index
        near = [t for t in ctx.times_starting(loc.end, loc.end + _OWN_DATE_AFTER + 1)
                if not re.search(r"[،,]", ctx.text[loc.end:t["char_start"]])]
        frame.date_value = near[0].get("value") if near else None
        finish_frame(ctx, discourse, frame)
        frames.append(frame)
    return frames


def _city_right_after(ctx: ArticleContext, actor: Actor, sentence) -> tuple[Loc | None, int]:
    """(the city of "في <city>" right after the actor, or past "الموجود/المتواجد" (بومبيو، الموجود في
    أنقرة، الأربعاء) or whom he speaks to (وقال ماكرون للصحافيين في سيدني; ClauseWords.presence_gap), a head noun
    before its name at most (في مدينة تورونتو), and where the city's name starts); the city's span may or may not hold
    the clitic بـ. Read: the three words after the actor, the last two of the actor's own span."""
    gap = ctx.clauses.presence_gap.match(ctx.text[actor.end:ctx.words_ahead(actor.end, 3)])
    word = ctx.text[max(0, actor.start - 3):actor.start + 1]
    if re.search(r"(?:^|\s)[وف]?[لب]\S$", word):
        return None, -1  # "مشروع عقاري لترامب في موسكو"، "الخاضعة لفيلق الرحمن في الغوطة": a genitive, not a presence
    if not gap or re.search(r"مقيم|يقيم|تقيم|المولود|ولد", ctx.text[max(actor.start, ctx.words_back(actor.end, 2)):actor.end]):
        return None, -1  # living or born there is not visiting (المنشق المقيم في سيول)
    at = actor.end + gap.end()
    loc = _city_at(ctx, at, sentence)
    if loc is None:
        # a head noun of class visit_place_head before the city's name, not in its span (للصحفيين في مدينة تورونتو)
        head = re.match(r"\S+\s+", ctx.text[at:ctx.words_ahead(at, 1) + 1])
        if head and re.sub("^ال", "", ctx.norm(at, at + len(head.group().rstrip()))) in ctx.clauses.place_heads:
            at += head.end()
            loc = _city_at(ctx, at, sentence)
    return loc, at


def _city_at(ctx: ArticleContext, at: int, sentence) -> Loc | None:
    """The city or venue whose name starts at `at` (or its clitic بـ right before), within the sentence, no actor's."""
    return next((l for l in ctx.locs if l.place and l.start in (at - 1, at) and l.end <= sentence[1]
                 and not ctx.in_actor(l)), None)

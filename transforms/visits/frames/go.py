"""go / tour frames (زار، وصل، توجه، سافر، زيارة، جولة تشمل).

The destination is the first place after the trigger that is its object (زار القاهرة), follows a
preposition (إلى، لـ، بـ، نحو) or follows the traveller (زيارة ترامب لبريطانيا); places joined by و
after it are further legs (جولة تشمل مصر والأردن). The traveller is the actor between the trigger
and the place (VSO, or the genitive of a noun), else the actor after the place (وصل إلى جدة ولي
عهد أبوظبي), else the traveller of the sentence's previous frame (قبل توجهه), else the nearest
actor before (ماكرون خلال زيارته). A team or mission nobody names (وصل فريق من خبراء المنظمة إلى
بريطانيا) travels as a null visitor.
"""
from __future__ import annotations

import re

from transforms.arabic_text import normalize_key
from transforms.visits.frames.context import ArticleContext
from transforms.visits.frames.discourse import Discourse
from transforms.visits.frames.frame import Frame, PlacedTrigger, Scope
from transforms.visits.frames.visitors import visitors_before
from transforms.visits.mentions import Actor, Loc

_FRONTED_PLACE = 16  # a place this close after the verb may precede its subject (وصل إلى جدة ... X)
_SUBJECT_AFTER_PLACE = 60  # how far after a fronted place the traveller may stand
SUBJECT_BEFORE_VERB = 7  # how many words before a verb of travel its subject may end (SVO)
SUBJECT_BEFORE_NOUN = 11  # how many words before "خلال زيارة ..." the traveller may end
# Adjectives of a visit and its length, left out of the gap before its place (زيارة رفيعة المستوى لمدة
# ثلاثة أيام لبيونغ يانغ): the rows of classes visit_adjective, visit_length and visit_length_unit of
# seeds/cue_words.csv (ClauseWords.light).
# "برفقة/بمرافقة X، يرافقه/ترافقه X" after the trip's place: X travels with the traveller (the words of
# class companion, ClauseWords.companion).
_COMPANION_TITLE_WORDS = 12  # the companion's title may run this long before the name (المدير العام لقسم ...)
_ADDRESSING_LEMMA = "توجه"  # its conjugations also turn to someone with words (cues.ADDRESSING)


def go_frame(ctx: ArticleContext, discourse: Discourse, at: PlacedTrigger, scope: Scope) -> Frame | None:
    """The frame of a trip: its destination and legs, and its traveller (a destination may lie
    past the next trigger when that is a meeting word inside an adverb of time: scope.beyond)."""
    t, start, end = at
    frame = Frame(t, start, end, scope.sentence)
    if _not_a_trip(ctx, t, end, scope.right):
        return None
    # What follows "أن/إن" is another clause (حيث يقوم بزيارة أن التهديدات الإسرائيلية ...).
    reported = ctx.clauses.opens_clause.search(ctx.text[end:scope.right])
    right = end + reported.start() if reported else scope.right
    candidates = ctx.locs_in(end, right)
    dest, own = _destination(ctx, t, end, scope.left, candidates)
    if dest is None and t.pos == "verb" and scope.beyond is not None and scope.beyond > right:
        dest, candidates = _destination_past_event(ctx, end, right, scope.beyond, candidates)
    if dest is None:
        # <place> حيث <travels>: "من البرازيل حيث يقوم بزيارة".
        place = next(iter(reversed(ctx.locs_in(scope.sentence[0], start))), None)
        if place is None or not ctx.clauses.where.match(ctx.norm(place.end, start)):
            return None
        frame.hosts = [place]
        frame.visitors = visitors_before(ctx, discourse, scope.earlier, scope.sentence[0], start, scope.s_index,
                                         True, reach=None)
        return frame
    frame.hosts = ctx.coordinated(dest, [l for l in candidates if l.start > dest.start])
    if not ctx.actors_in(end, dest.start) and re.match(r"^(?:الاخير|الاخيره)(?!\w)", ctx.norm(end, dest.start)):
        # "قبيل توجه الأخير إلى أبوظبي": the latter is the last one named before the trigger.
        before_latter = ctx.actors_in(scope.sentence[0], start)
        frame.visitors = [before_latter[-1]] if before_latter else []
        return frame
    frame.visitors = _traveller_in_clause(ctx, t, start, end, dest, right, scope.sentence)
    if not frame.visitors:
        frame.visitors = _traveller_told_elsewhere(ctx, discourse, at, scope, dest, own)
    if not frame.visitors and not t.pronoun:
        frame.anonymous = _unnamed_team_travels(ctx, t, start, end, dest, scope.sentence)
    frame.visitors += _companions(ctx, frame, dest.end, right)
    return frame


def _companions(ctx: ArticleContext, frame: Frame, after: int, right: int) -> list[Actor]:
    """Those named as travelling with the traveller after the trip's place (ووصل ري يونغ هو إلى
    العاصمة السويدية برفقة المدير العام ...، شوي كانغ ايل؛ يرافقه وزير الخارجية): visitors of the same
    trip, of their own country, else the traveller's. Only a named traveller's trip has them."""
    lead = next((v for v in frame.visitors if v.person is not None), None)
    if lead is None:
        return []
    to_normalised = ctx.normalized.to_normalised
    cue = ctx.clauses.companion.search(ctx.normalized.text, to_normalised(after), to_normalised(right))
    if cue is None:
        return []
    cue_end = ctx.normalized.span_to_original(cue.start(), cue.end())[1]
    named = [a for a in ctx.actors_in(cue_end, right) if a.person is not None or a.title]
    if not named or ctx.words_between(cue_end, named[0].start) > _COMPANION_TITLE_WORDS:
        return []
    known = {v.key for v in frame.visitors}
    return [Actor(a.start, a.end, a.country or lead.country, person=a.person, title=a.title)
            for a in ctx.coordinated(named[0], named[1:]) if a.key not in known and (a.country or lead.country)]


def _not_a_trip(ctx: ArticleContext, t, end: int, right: int) -> bool:
    """A verb of travel used for something else: turning to someone with words (توجه إلى X
    بالشكر), reaching a stage (وصل إلى الدور النهائي), things arriving (وصول المساعدات)."""
    if t.lemma == _ADDRESSING_LEMMA and ctx.clauses.addressing.search(ctx.norm(end, min(right, ctx.words_ahead(end, 12)))):
        return True
    arrival = t.cue_class == "arrival"  # a conjugation of وصل or the noun وصول (seeds/cue_words.csv)
    if arrival and ctx.clauses.reached.match(ctx.norm(end, min(right, ctx.words_ahead(end, 6)))):
        return True
    # "تسهيل وصول المساعدات الإنسانية إلى قطاع غزة": aid arrives, nobody visits.
    return arrival and t.pos == "noun" and not t.pronoun and bool(ctx.clauses.things_arriving.match(
        ctx.norm(end, min(right, ctx.words_ahead(end, 4)))))


def is_destination(ctx: ArticleContext, loc: Loc, after: int, left: int) -> bool:
    """The place is what the trigger goes to: its object, even past a time (يزور حالياً إسرائيل،
    وصل، الأربعاء، إلى ...), or after a preposition of direction."""
    gap = ctx.without_times(after, loc.start)
    if gap == "":
        return True
    # لـ/بـ glued to the place (زيارة ترامب لبريطانيا), its traveller and a day between at most: far
    # off, it is another phrase's (جولة كوشنر بعد موجة غضب ... والاعتراف بالمدينة عاصمة لإسرائيل).
    if ctx.attached(loc, "لب"):
        gap, light = normalize_key(ctx.gap_text(after, loc.start)) + " ", ctx.clauses.light
        if len((light.sub(" ", gap) if light is not None else gap).split()) <= 2:
            return True
    return bool(ctx.clauses.to_place.search(ctx.norm(max(left, ctx.words_back(loc.start, 6)), loc.start) + " "))


def _destination(ctx: ArticleContext, t, end: int, left: int, candidates: list[Loc]):
    """(the destination, the match of "في" after a visit noun that placed it) or (None, None)."""
    for loc in candidates:
        if t.adjacent:  # حل بالصين، حل ظريف بالصين: the place follows the verb or its subject
            subject = ctx.actors_in(end, loc.start)
            after = subject[-1].end if subject else end
            if len(ctx.norm(after, loc.start)) <= 1 and ctx.attached(loc, "ب"):
                return loc, None
            break
        if _is_object(ctx, t, end, left, loc):
            return loc, None
    if t.pos == "noun" and t.form in ctx.clauses.visit_in_nouns:
        # "خلال زيارة له في لندن"، "زيارته الرسمية في باريس" (class visit_noun_in_place): the place of the visit
        # after في, its owner's لـ or an adjective between at most.
        for loc in candidates:
            found = ctx.clauses.visit_in_gap.fullmatch(ctx.norm(end, loc.start))  # classes visit_in_owner, visit_in_adjective
            if found and not ctx.actors_in(end, loc.start):
                return loc, found
    return None, None


def _is_object(ctx: ArticleContext, t, end: int, left: int, loc: Loc) -> bool:
    """The place is the trip's object: listed after تشمل, past an unnamed team, after a preposition
    of direction, or past the subject and its adjectives, a day and a head noun (زار وفد أميركي رفيع
    المستوى، الخميس، مدينة منبج السورية)."""
    between_actors = ctx.actors_in(end, loc.start)
    subject_end = between_actors[-1].end if between_actors else None
    listed = t.kind == "tour" and re.search(r"(?<!\w)(?:تشمل|شملت|ستشمل|تضم|ضمت)\s*$", ctx.norm(end, loc.start))
    team_subject = t.pos == "verb" and not between_actors and ctx.clauses.team.match(ctx.norm(end, loc.start)) \
        and len(ctx.norm(end, loc.start).split()) <= 3  # "وزار خبراء المنظمة المملكة المتحدة"
    return bool(listed or team_subject or is_destination(ctx, loc, end, left) or (subject_end is not None and (
        ctx.norm(subject_end, loc.start).strip(" ،,") == ""
        or t.pos == "verb" and ctx.clauses.object_filler.fullmatch(normalize_key(ctx.gap_text(subject_end, loc.start)) + " "))))


def _destination_past_event(ctx: ArticleContext, end: int, right: int, beyond: int, candidates: list[Loc]):
    """"ويتوجه ترامب بعد انتهاء القمة في بلجيكا إلى بريطانيا": the meeting word is inside an adverb
    of time; the destination after إلى lies past it. (destination or None, the legs' candidates)."""
    if not ctx.clauses.after_event.search(ctx.norm(max(end, ctx.words_back(right, 6)), right)):
        return None, candidates
    dest = next((l for l in ctx.locs_in(right, beyond) if ctx.clauses.to_place.search(
        ctx.norm(max(right, ctx.words_back(l.start, 6)), l.start) + " ") and not ctx.in_actor(l)), None)
    if dest is None:
        return None, candidates
    return dest, [l for l in ctx.locs_in(end, beyond) if l.start >= dest.start]


def _traveller_in_clause(ctx: ArticleContext, t, start: int, end: int, dest: Loc, right: int,
                         sentence) -> list[Actor]:
    """The traveller named in the trip's own clause: between the trigger and the place (VSO, or a
    noun's genitive), right before the verb with those joined to it, or after a fronted place."""
    between = [a for a in ctx.actors_in(end, dest.start) if not ctx.related(a)]
    if between:
        return ctx.coordinated(between[0], between[1:])
    # The subject right before a verb (نتنياهو زار موسكو), or before its relative pronoun
    # (ماكرون الذي يزور ألمانيا، بومبيو، الذي وصل إلى أنقرة).
    before = ctx.actors_in(sentence[0], start)
    if before and t.pos == "verb" and ctx.clauses.subject_then_verb.fullmatch(ctx.norm(before[-1].end, start)):
        # ... with the subjects joined to it before (كوشنير وغرينبلات اللذان توجها إلى الأردن).
        chain = [before[-1]]
        for actor in reversed(before[:-1]):
            if ctx.norm(actor.end, chain[0].start) not in ("و", "،", ","):
                break
            chain.insert(0, actor)
        return chain
    if t.pos == "verb" and not t.pronoun and dest.start - end <= _FRONTED_PLACE:
        # وصل إلى مدينة جدة، الأربعاء، ولي عهد أبوظبي ...: the place fronted, the traveller after it.
        after = [a for a in ctx.actors_in(dest.end, right) if a.start - dest.end <= _SUBJECT_AFTER_PLACE
                 and not re.search(r"(?<!\w)حيث(?!\w)", ctx.norm(dest.end, a.start))
                 # "، بعد ساعات من تصريحات أوغلو"; a dash closing an aside (بومبيو- الذي زار السعودية- بإطلاع ...)
                 and not re.search(r"[،,\-–]", ctx.gap_text(dest.end, a.start))]
        if after:
            return ctx.coordinated(after[0], after[1:])
    return []


def _traveller_told_elsewhere(ctx: ArticleContext, discourse: Discourse, at: PlacedTrigger, scope: Scope,
                              dest: Loc, own) -> list[Actor]:
    """The traveller of a pronoun or of a clause that names none: the frame just told (زيارتها),
    the main clause's subject after a fronted phrase of time, or the one told before."""
    t, start, end = at
    sentence = scope.sentence
    feminine_or_plural = t.pos == "noun" and t.pronoun and ctx.norm(start, end).endswith(("ها", "هم", "هن", "هما"))
    if feminine_or_plural:
        # زيارتها، جولتهم: whose is unclear without gender and number; only the frame just told.
        told = next((list(f.visitors) for f in reversed(scope.earlier) if f is not None and f.visitors), [])
        if told:
            return told
    if t.pronoun and t.pos == "noun" and len(ctx.norm(sentence[0], start).split()) <= 2:
        # "وبعد زيارته إلى سويسرا حتى الثلاثاء، سيتوجه روحاني إلى فيينا": a possessive in a fronted
        # phrase of time points forward to the main clause's subject, named after its comma.
        comma = re.search(r"[،,]", ctx.text[dest.end:sentence[1]])
        if comma is not None:
            main = [a for a in ctx.actors_in(dest.end + comma.end(), sentence[1])
                    if a.start - (dest.end + comma.end()) <= 30]
            if main:
                return main[:1]
    if feminine_or_plural:
        return []
    # SVO (ولي العهد السعودي وصل) stands close; a possessor (ماكرون خلال زيارته) may be farther.
    owner = t.pronoun or (own is not None and bool(own.group("owner")))  # زيارته، زيارة له
    reach = None if owner else (SUBJECT_BEFORE_VERB if t.pos == "verb" else SUBJECT_BEFORE_NOUN)
    return visitors_before(ctx, discourse, scope.earlier, sentence[0], start, scope.s_index,
                           allow_previous_sentence=t.pronoun or t.pos == "verb", reach=reach)


def _unnamed_team_travels(ctx: ArticleContext, t, start: int, end: int, dest: Loc, sentence) -> bool:
    """A team or mission nobody names travels (وصل فريق من خبراء المنظمة إلى بريطانيا؛ فريق الخبراء
    التابع لمنظمة حظر الأسلحة الكيمياوية ... بعد أن توجه لدمشق): a visit whose visitor is null
    (GUIDELINES: an unnamed delegation)."""
    subject = ctx.norm(end, dest.start) if t.pos == "verb" else ""
    if len(subject) <= 3:  # nothing but a preposition: the subject stands before the verb
        subject = ctx.norm(max(sentence[0], ctx.words_back(start, 15)), start)
    return bool(ctx.clauses.team.search(subject)) and not any(a.start >= max(sentence[0], ctx.words_back(start, 15)) and a.end <= start
                                                   for a in ctx.actors)

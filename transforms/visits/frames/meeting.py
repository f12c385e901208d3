"""meet / attend frames (التقى، محادثات، قمة، يشارك في مؤتمر).

A meeting is a visit only where its place is given (meeting_place.py), or where a definite
"المؤتمر/القمة" points back to the article's last located meeting. Participants of another
country than the place's are its visitors, and so are the countries listed as its parties
(meeting_parties.py: اجتماع ثلاثي لمصر والسودان وإثيوبيا في الخرطوم). A gathering of unnamed
leaders (قمة للتكتل في بروكسل) is a visit with no visitor named.
"""
from __future__ import annotations

import re
from functools import lru_cache

from transforms.visits.exclusions import is_excluded
from transforms.visits.frames.context import WORDS_BEFORE, ArticleContext
from transforms.visits.frames.discourse import Discourse, LocatedMeeting, PendingMeeting
from transforms.visits.frames.frame import Frame, PlacedTrigger, Scope, is_visitor
from transforms.visits.frames.meeting_parties import listed_parties
from transforms.visits.frames.meeting_place import meeting_place
from transforms.visits.frames.visitors import visitors_before
from transforms.visits.mentions import Actor, Loc

_ANAPHORA_SENTENCES = 4  # how far back "المؤتمر" may point
_AFTER_PLACE = 60  # how far after a meeting's place one of its participants may still stand
_PENDING_SENTENCES = 3  # how far back a meeting with no place may be placed by "القمة ... في <place>"


@lru_cache(maxsize=16)
def _cut_pattern(marks: str, reported_that: re.Pattern) -> re.Pattern:
    """Punctuation `marks` or a complementiser (ClauseWords.reported_that): where a clause is cut."""
    return re.compile(f"{marks}|{reported_that.pattern}")


def meet_frame(ctx: ArticleContext, discourse: Discourse, group: list[PlacedTrigger], scope: Scope) -> Frame | None:
    """The frame of a run of meeting words: its place, its participants from other countries and
    the countries listed as its parties."""
    t, start, end = group[0]
    left, sentence = scope.left, scope.sentence
    frame = Frame(t, start, end, sentence)
    pointing = _points_back(ctx, group, left, scope.right)
    if not any(g.trigger.kind == "meet" for g in group) and not pointing:
        return None  # taking part in what? (شاركت بها بلاده في العملية العسكرية) — not a meeting
    # What is reported after "إن/أن" is another clause (قال غني خلال اجتماع ... إن استراتيجية ترامب).
    after_group = ctx.clauses.reported.search(ctx.text, group[-1].end, scope.right)
    right = after_group.start() if after_group else scope.right
    host = meeting_place(ctx, group, left, right)
    where_clause = host is not None and host.end <= start
    inherited = visitors_before(ctx, discourse, scope.earlier, sentence[0], start, scope.s_index, False) \
        if where_clause else []
    definite_forms = {g.trigger.form for g in group if g.trigger.names_event
                      and ctx.norm(g.start, g.end).lstrip("وف").startswith(("ال", "لل", "بال"))}
    pointed = _meeting_pointed_to(discourse, scope.s_index, definite_forms, pointing) if host is None else None
    if pointed is not None:
        host, frame.via_event, frame.date_value = pointed.place, True, pointed.day
    clause_start = _clause_start(ctx, left, start)
    participant_end = _participant_end(ctx, host, group, right)
    participants = _participants(ctx, discourse, group, scope, host, (clause_start, participant_end),
                                 frame.via_event, bool(definite_forms))
    if host is None:
        _remember_unplaced(ctx, discourse, group, participants, scope)
        return None
    frame.hosts = [host]
    # The traveller of a trip told before in the sentence to another country is on that trip, not
    # at this meeting (بزيارة نيكسون إلى الصين عام 1972 وقمة ريغان مع غورباتشوف في ريكيافيك).
    elsewhere = {id(a) for f in scope.earlier if f is not None and f.hosts and f.hosts[0].iso2 != host.iso2
                 for a in f.visitors}
    participants = [a for a in participants if id(a) not in elsewhere]
    # شارك / مشاركته: the one told before takes part; "بمشاركة 36 دولة" names its own participants
    # after the noun, and the traveller told before is at another event.
    if not participants and not inherited and any(
            g.trigger.kind == "attend" and (g.trigger.pos == "verb" or g.trigger.pronoun) for g in group):
        inherited = visitors_before(ctx, discourse, scope.earlier, sentence[0], start, scope.s_index, False)
    frame.visitors = [a for a in inherited + [a for a in participants if a not in inherited]
                      if is_visitor(a, host.iso2, ctx.clauses)]
    frame.visitors += _countries_taking_part(ctx, group, host, right)
    list_end = _parties_end(ctx, host, start, participant_end, sentence)
    for party in listed_parties(ctx, clause_start, list_end, group):
        if party.country != host.iso2 and not any(a.country == party.country for a in frame.visitors):
            frame.visitors.append(party)
    if not frame.visitors:
        frame.anonymous = _unnamed_gathering(ctx, group, host, participants, sentence, right)
    return frame


def _points_back(ctx: ArticleContext, group: list[PlacedTrigger], left: int, right: int) -> bool:
    """A word of taking part followed by فيه/بها pointing to an event noun before it (وترأست المؤتمر
    ... وشاركت فيه)."""
    return any(g.trigger.kind == "attend" and re.match(r"^\s*(?:فيه|فيها|به|بها)(?!\w)", ctx.norm(g.end, right))
               and ctx.places.event.search(ctx.norm(max(left, ctx.words_back(g.start, WORDS_BEFORE)), g.start)) for g in group)


def _meeting_pointed_to(discourse: Discourse, s_index: int, definite_forms: set[str],
                        pointing: bool) -> LocatedMeeting | None:
    """"المؤتمر" points back to the last located conference (not to a summit), a few sentences back;
    so does "شارك فيه" with no event noun of its own."""
    last = discourse.last_meeting
    if (last is not None and s_index - last.sentence <= _ANAPHORA_SENTENCES
            and (last.noun in definite_forms or (pointing and not definite_forms))):
        return last
    return None


def _clause_start(ctx: ArticleContext, left: int, start: int) -> int:
    """Where the meeting's clause starts: past a speaker reporting it (قال X إن اجتماع ...), and at
    the antecedent of a relative clause (للرئيس الأميركي دونالد ترامب، الذي سيجتمع ...)."""
    clause_start = left
    reported = list(ctx.clauses.reported.finditer(ctx.text[left:start]))
    if reported:
        clause_start = left + reported[-1].end()
    antecedents = ctx.actors_in(clause_start, start)
    if antecedents and ctx.clauses.relative_after_name.fullmatch(ctx.norm(antecedents[-1].end, start)):
        clause_start = antecedents[-1].start
    return clause_start


def _participant_end(ctx: ArticleContext, host: Loc | None, group: list[PlacedTrigger], right: int) -> int:
    """Where the meeting's participants end: not in a clause after the place (قمة في أديس أبابا، قد
    ندد بتصريحات ترامب), nor in the next clause after a place told before the meeting word."""
    start = group[0].start
    if host is not None and host.start > start:
        # A comma or "أن" after the place opens another clause (مؤتمر صحفي في موسكو أن ترامب سيلتقي ...).
        # ... but "، مع الرئيس الصربي" after the place names a participant (في مؤتمر صحافي بأنقرة، مع ...).
        # A comma inside a participant's own phrase (الرئيس الصربي، ألكسندر فوسيتش) cuts nothing either.
        cut = next((c for c in _cut_pattern(r"[،,](?!\s*و?مع(?!\w))", ctx.clauses.reported_that).finditer(
                        ctx.text[host.end:right])
                    if not any(a.start <= host.end + c.start() < a.end for a in ctx.actors)), None)
        return host.end + cut.start() if cut else right
    if host is not None:
        # A place told before the meeting word (كندا، حيث شارك ترامب في اجتماعات مجموعة السبع، ومن
        # المقرر أن يلتقي ...): a comma and و open the next clause, whose people are elsewhere.
        cut = re.search(r"[،,]\s*و", ctx.text[group[-1].end:right])
        if cut:
            return group[-1].end + cut.start()
    return right


def _participants(ctx: ArticleContext, discourse: Discourse, group: list[PlacedTrigger], scope: Scope,
                  host: Loc | None, clause: tuple[int, int], via_event: bool, definite: bool) -> list[Actor]:
    """The actors of the meeting's clause that take part in it."""
    _, start, end = group[0]
    participants = [a for a in ctx.actors_in(*clause) if not ctx.related(a)]
    # A name far after the place is another clause's (... في بروكسل اليوم ... تهديدا جديدا للمستشارة ميركل).
    if host is not None and host.start > start:
        participants = [a for a in participants if a.start < host.start or a.start - host.end <= _AFTER_PLACE]
    # The traveller of a visit told just before, with "عشية/قبل/بعد" between, is at that visit, not at
    # this meeting (زيارة بومبيو إلى أفغانستان عشية المؤتمر ... في جدة).
    earlier = {id(a) for f in scope.earlier if f is not None for a in f.visitors}
    participants = [a for a in participants if not (id(a) in earlier and a.end <= start
                                                    and ctx.clauses.other_event.search(ctx.norm(a.end, start)))]
    if via_event and not any(g.trigger.kind == "attend" for g in group) and not any(
            ctx.clauses.at_event.search(ctx.norm(max(scope.left, ctx.words_back(g.start, 3)), g.start)) for g in group):
        participants = []  # "علق المبعوث على الاجتماع": talking about it is not being there
    pending = discourse.pending_meeting
    recent = pending is not None and scope.s_index - pending.sentence <= _PENDING_SENTENCES
    if definite and recent and host is not None:
        # "القمة" names the meeting told before with its people (قمة بين ترامب وكيم ... القمة في سنغافورة).
        own = [a for a in participants if 0 <= a.start - end <= 25]
        participants = own + [a for a in pending.participants if a not in own]
    return participants


def _remember_unplaced(ctx: ArticleContext, discourse: Discourse, group: list[PlacedTrigger],
                       participants: list[Actor], scope: Scope) -> None:
    """A meeting with its people but no place yet: a later "القمة ... في سنغافورة" may place it."""
    _, start, end = group[0]
    sentence = scope.sentence
    if participants and any(g.trigger.names_event for g in group) and not is_excluded(
            ctx.norm(max(sentence[0], ctx.words_back(start, 9)), start),
            ctx.norm(end, min(sentence[1], ctx.words_ahead(end, 9))), "", ctx.exclusions):
        discourse.pending_meeting = PendingMeeting(participants, scope.s_index)


def _countries_taking_part(ctx: ArticleContext, group: list[PlacedTrigger], host: Loc, right: int) -> list[Actor]:
    """Countries listed as taking part (شاركت فيه 41 دولة من بينها الولايات المتحدة وروسيا)."""
    attend = [g for g in group if g.trigger.kind == "attend"]
    if not attend:
        return []
    listed = [l for l in ctx.locs_in(attend[0].end, right) if l.place is None and l is not host]
    if not listed or not ctx.clauses.country_list.search(ctx.norm(attend[0].end, listed[0].start)):
        return []
    return [Actor(loc.start, loc.end, loc.iso2) for loc in ctx.coordinated(listed[0], listed[1:])
            if loc.iso2 != host.iso2]


def _parties_end(ctx: ArticleContext, host: Loc, start: int, participant_end: int, sentence) -> int:
    """Where a list of parties may end: a list may follow the place, past a verb of inclusion (في
    مكة المكرمة يضم ...), up to the next punctuation or complementiser."""
    if host.start <= start:
        return participant_end
    cut = _cut_pattern(r"[،,.؛:]", ctx.clauses.reported_that).search(ctx.text[host.end:sentence[1]])
    return max(participant_end, host.end + cut.start() if cut else sentence[1])


def _unnamed_gathering(ctx: ArticleContext, group: list[PlacedTrigger], host: Loc, participants: list[Actor],
                       sentence, right: int) -> bool:
    """A summit of unnamed leaders (قمة للتكتل في بروكسل، اجتماع لوزراء الخارجية العرب في ...)."""
    _, start, end = group[0]
    near = ctx.norm(max(sentence[0], ctx.words_back(start, 6)), min(right, ctx.words_ahead(group[-1].end, 6)))
    press = re.search(r"(?<!\w)(?:صحفي|صحافي|الصحفي|الصحافي|صحفيا|صحافيا)(?!\w)", ctx.norm(end, ctx.words_ahead(end, 2)))
    domestic = any(a.country == host.iso2 for a in participants)  # استقالته خلال اجتماع مع الملك
    # A verb of meeting with a plural of offices as its subject (يجتمع ممثلو 50 دولة في لندن).
    plural_subject = any(g.trigger.pos == "verb" and ctx.clauses.gathering.match(ctx.norm(g.end, ctx.words_ahead(g.end, 3))) for g in group)
    # The Security Council's members meet where they are posted (التقى أعضاء مجلس الأمن في نيويورك).
    at_post = re.search(r"مجلس الامن|الجمعيه العامه", near)
    return bool((any(g.trigger.names_event for g in group) or plural_subject) and ctx.clauses.gathering.search(near)
                and not press and not domestic and not at_post)

"""Countries named as a meeting's parties, each an unnamed delegation of its country: after a
plural office (اجتمع وزراء خارجية روسيا وإيران وتركيا في أستانة), after يضم/بين/بحضور/بمشاركة
(اجتماع رباعي ... يضم السعودية والإمارات), or after a meeting noun with لـ (اجتماع ثلاثي لمصر
والسودان وإثيوبيا في الخرطوم)."""
from __future__ import annotations

import re

from transforms.arabic_text import normalize_key
from transforms.visits.frames.context import ArticleContext
from transforms.visits.frames.frame import PlacedTrigger
from transforms.visits.mentions import Actor, Loc

# Words right before a listed country that make the list a meeting's parties (normalised).
_PARTY_BEFORE = re.compile(r"(?<!\w)(?:يضم|تضم|ضم|ضمت|بحضور|بمشاركه|بين\s+دول|بين)\s*[لب]?$")
# A meeting noun, its number of parties and لـ before the first country (اجتماع ثلاثي لمصر، قمة رباعية بين).
_MEETING_LIST = re.compile(r"^\S+\s+(?:\S+\s+)?(?:ثنائي|ثلاثي|رباعي|خماسي|سداسي|ثنائيه|ثلاثيه|رباعيه|خماسيه|سداسيه)"
                           r"(?:\s+\S+)?\s+(?:ل|بين\s*)$")


def listed_parties(ctx: ArticleContext, a: int, b: int, group: list[PlacedTrigger]) -> list[Actor]:
    """Countries listed as a meeting's parties in text[a:b], each once, in the order of their lists."""
    countries = [l for l in ctx.locs if l.place is None and a <= l.start and l.end <= b]
    out, taken = [], set()
    for end, first in sorted(_list_heads(ctx, a, b, group, countries), key=lambda h: h[0]):
        chain = [first] + [Actor(l.start, l.end, l.iso2) for l in
                           ctx.coordinated(Loc(first.start, end, first.country, None),
                                           [l for l in countries if l.start >= end])[1:]]
        if len(chain) < 2 and first.title is None:
            continue  # one country after بين/يضم is a topic as often as a party
        for actor in chain:
            if actor.country not in taken:
                taken.add(actor.country)
                out.append(actor)
    return out


def _list_heads(ctx: ArticleContext, a: int, b: int, group: list[PlacedTrigger],
                countries: list[Loc]) -> list[tuple[int, Actor]]:
    """(where the head ends, its actor) for each list's first item: a plural office of a country,
    or a country after a word of parties near a meeting word, or after "<meeting> ثلاثي لـ"."""
    offices = [x for x in ctx.actors if x.person is None and x.country and x.title and a <= x.start and x.end <= b
               and ctx.clauses.party_office.match(normalize_key(x.title))]  # (class visit_party_office)
    heads = [(x.end, Actor(x.start, x.end, x.country, title=x.title)) for x in offices]
    for loc in countries:
        before = ctx.norm(max(a, ctx.words_back(loc.start, 4)), loc.start)
        # another meeting word between (class visit_other_meeting): the list is that one's (عقد القمة بين ...)
        near_group = any(0 <= loc.start - g.end <= 60 and not ctx.clauses.other_meeting.search(ctx.norm(g.end, loc.start))
                         for g in group)
        if (near_group and _PARTY_BEFORE.search(before)) or any(
                _MEETING_LIST.search(ctx.norm(g.start, loc.start)) for g in group if g.end <= loc.start < ctx.words_ahead(g.end, 3)):
            heads.append((loc.end, Actor(loc.start, loc.end, loc.iso2)))
    return heads

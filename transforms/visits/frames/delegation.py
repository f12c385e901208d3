"""delegation frames (ويضم الوفد الإماراتي X وY، يرافقه وفد يضم ...): the named members travel with
the visit just told, to its hosts, on its day and with its status."""
from __future__ import annotations

import re

from transforms.visits.frames.context import ArticleContext
from transforms.visits.frames.discourse import Discourse
from transforms.visits.frames.frame import Frame, PlacedTrigger, Scope
from transforms.visits.mentions import Actor

_DELEGATION_SENTENCES = 3  # how far back the visit a delegation travels with may be told
_TRIP_KINDS = ("go", "tour", "receive", "guest")


def delegation_frame(ctx: ArticleContext, discourse: Discourse, at: PlacedTrigger, scope: Scope) -> Frame | None:
    t, start, end = at
    sentence = scope.sentence
    context = ctx.norm(max(sentence[0], ctx.words_back(start, 3)), min(sentence[1], ctx.words_ahead(end, 3)))
    if not re.search(r"(?<!\w)[وفبل]?(?:ال)?(?:وفد|وفدا)(?!\w)", context):
        return None
    told = discourse.last_visit
    if told is None or scope.s_index - told.sentence > _DELEGATION_SENTENCES:
        return None
    if re.search(r"استقبال|استقبل", ctx.norm(sentence[0], start)):
        return None  # "كان في استقبال الرئيس الصيني والوفد المرافق ...": those named are the hosts
    lead = told.frame
    if lead.trigger.kind not in _TRIP_KINDS:
        return None  # a delegation travels with a trip; a meeting told in passing is another event
    country = next((a.country for a in lead.visitors if a.country), None)
    if country is None:
        return None
    frame = Frame(t, start, end, sentence, hosts=list(lead.hosts), lead=lead)
    for actor in ctx.actors_in(end, sentence[1]):
        if actor.country in (None, country) and actor.person is not None:
            frame.visitors.append(Actor(actor.start, actor.end, country, person=actor.person, title=actor.title))
    return frame if frame.visitors else None

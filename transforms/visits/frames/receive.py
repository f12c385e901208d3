"""receive / guest frames (استقبل، في ضيافة، كان في استقباله).

The receiver's side is the host, the received are the visitors; a place named in the clause (في
العاصمة الإيطالية) is the host instead, and the receiver then is one of those met there.
"""
from __future__ import annotations

from transforms.visits.frames.context import ArticleContext
from transforms.visits.frames.discourse import Discourse
from transforms.visits.frames.frame import Frame, PlacedTrigger, Scope, is_visitor
from transforms.visits.frames.go import SUBJECT_BEFORE_NOUN
from transforms.visits.frames.meeting_place import is_meeting_place
from transforms.visits.frames.visitors import visitors_before
from transforms.visits.mentions import Actor, Loc

def receive_frame(ctx: ArticleContext, discourse: Discourse, at: PlacedTrigger, scope: Scope) -> Frame | None:
    t, start, end = at
    frame = Frame(t, start, end, scope.sentence)
    receiver, received = _receiver_and_received(ctx, discourse, at, scope)
    places = [l for l in ctx.locs_in(end, scope.right) if l.place and is_meeting_place(ctx, l, scope.left)]
    if places:
        frame.hosts = [places[0]]
        if receiver is not None:
            received = list(received) + [receiver]
    elif receiver is not None and receiver.country:
        frame.hosts = [Loc(receiver.start, receiver.end, receiver.country, None)]
    else:
        subject_loc = [l for l in ctx.locs_in(end, scope.right) if len(ctx.norm(end, l.start)) <= 1]
        if not subject_loc:
            return None
        frame.hosts = [subject_loc[0]]
    frame.visitors = [a for a in received if is_visitor(a, frame.hosts[0].iso2, ctx.clauses)]
    return frame if frame.visitors else None


def _receiver_and_received(ctx: ArticleContext, discourse: Discourse, at: PlacedTrigger,
                           scope: Scope) -> tuple[Actor | None, list[Actor]]:
    t, start, end = at
    before = ctx.actors_in(scope.left, start)
    after = ctx.actors_in(end, scope.right)
    following = ctx.coordinated(after[0], after[1:]) if after else []
    context_before = ctx.norm(max(scope.left, ctx.words_back(start, 2)), start)
    if t.kind == "guest" or (t.pos == "noun" and t.pronoun and context_before.endswith("في")):
        # في ضيافة X / كان في استقباله X: X receives the one spoken of before.
        return (after[0] if after else None,
                visitors_before(ctx, discourse, scope.earlier, scope.sentence[0], start, scope.s_index, False,
                                reach=SUBJECT_BEFORE_NOUN))
    if t.pos == "noun" and t.pronoun:
        host = _sentence_host(ctx, scope.earlier, scope.sentence[0], start)
        if host is not None:
            # "استقبل البشير الوزير القطري، غداة استقباله X": the one who receives again is the
            # sentence's host, not the name just before the noun (that is the earlier guest).
            return host, following
    if t.pos == "noun":
        return (before[-1] if before else None), following
    if len(after) >= 2 and len(ctx.coordinated(after[0], after[1:2])) == 1:
        return after[0], ctx.coordinated(after[1], after[2:])
    if before and after:
        return before[-1], following
    return None, []


def _sentence_host(ctx: ArticleContext, frames: list[Frame], sentence_start: int, at: int) -> Actor | None:
    """The host side of the sentence before `at`: an earlier frame's host, else the subject of
    an earlier verb of receiving (class visit_receive_verb: استقبل الرئيس السوداني عمر البشير ...)."""
    previous = next((f for f in reversed(frames) if f is not None and f.hosts), None)
    if previous is not None:
        return Actor(previous.hosts[0].start, previous.hosts[0].end, previous.hosts[0].iso2)
    verb = None
    for verb in ctx.clauses.receive_verb.finditer(ctx.text, sentence_start, at):
        pass
    subject = ctx.actors_in(verb.end(), at) if verb else []
    return subject[0] if subject and subject[0].country else None

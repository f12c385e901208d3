"""The traveller told before a trigger: the sentence's previous frame's, the speaker of "أنه"
right before the verb, the nearest actor before it, or the last sentence's visitors."""
from __future__ import annotations

from transforms.visits.frames.context import ArticleContext
from transforms.visits.frames.discourse import Discourse
from transforms.visits.frames.frame import Frame
from transforms.visits.mentions import Actor


def visitors_before(ctx: ArticleContext, discourse: Discourse, frames_in_sentence: list[Frame],
                    sentence_start: int, at: int, sentence_index: int, allow_previous_sentence: bool,
                    reach: int | None = None) -> list[Actor]:
    """The traveller told before a trigger: the previous frame's, else the nearest actor
    before it (within `reach` words when given), else the last sentence's."""
    for f in reversed(frames_in_sentence):
        if f is not None and f.visitors:
            return list(f.visitors)
    before = [a for a in ctx.actors_in(sentence_start, at) if not ctx.related(a)]
    that_he, opens_clause, pronoun_subject_verb = ctx.clauses.that_clauses
    # "واعتبر فوكس ... مشيرا إلى أنه سيتوجه إلى واشنطن": the pronoun of أنه/إنه right before the
    # verb is the speaker, however far back he is named.
    if before and that_he.search(ctx.norm(max(before[-1].end, ctx.words_back(at, 3)), at)):
        return [_speaker(ctx, before, sentence_start, at)]
    if before and (reach is None or ctx.words_between(before[-1].end, at) <= reach):
        if opens_clause.search(ctx.norm(before[-1].end, at)):
            return []  # "أكد ترامب أن فريقا أميركيا وصل": the traveller is in the clause, unnamed
        if len(before) >= 2 and pronoun_subject_verb.search(ctx.norm(before[-2].end, before[-1].start)):
            # "قال بومبيو إنه أطلع الرئيس ترامب على نتائج زيارته": the clause's subject is the
            # speaker (إنه), the name after its verb is the object; زيارته is the subject's.
            return [before[-2]]
        return [before[-1]]
    if allow_previous_sentence and sentence_index - discourse.last_visitors_sentence <= 2:
        return list(discourse.last_visitors)
    return []


def _speaker(ctx: ArticleContext, before: list[Actor], sentence_start: int, at: int) -> Actor:
    """The last actor before the sentence's first clause of saying (أن/إن)."""
    first_that = ctx.clauses.that_clauses.opens_clause.search(ctx.norm(sentence_start, at))
    speakers = [a for a in before if first_that is None
                or len(ctx.norm(sentence_start, a.start)) < first_that.start()]
    return (speakers or before)[-1]

"""The frames of a whole article, sentence by sentence, with what each sentence told carried to the
next (discourse.py); and the trigger words an article's frames start from."""
from __future__ import annotations

from collections.abc import Iterator

from transforms.visits.frames.context import ArticleContext, SpanIndex
from transforms.visits.frames.discourse import Discourse
from transforms.visits.frames.frame import Frame, PlacedTrigger, is_visitor
from transforms.visits.frames.presence import presence_frames
from transforms.visits.frames.quotes import quotations
from transforms.visits.frames.sentence import sentence_frames
from transforms.visits.triggers import MEETING_KINDS, TriggerLexicon, find_triggers


def placed_triggers(text: str, normalized, organisations: list[dict], triggers: TriggerLexicon,
                    tokens=None) -> list[PlacedTrigger]:
    """The trigger words of `text` with their spans in it, but those inside an organisation's name
    (حزب المؤتمر الشعبي، مؤتمر الحوار الوطني) and the words of travel inside a quotation: there a
    word of travel is the speaker's rhetoric more often than a report, while a meeting word is
    mostly an event's name ("اجتماعات العقبة") and stays. `tokens`: the analysed document's tokens of `text`, if any
    (find_triggers reads its words from them)."""
    org_spans = [(o["char_start"], o["char_end"]) for o in organisations]
    in_organisation = SpanIndex(org_spans, org_spans)
    quoted = quotations(text)
    in_quotation = SpanIndex(quoted, quoted)
    placed = [PlacedTrigger(t, *normalized.span_to_original(t.start, t.end))
              for t in find_triggers(normalized.text, triggers, tokens)]
    placed = [x for x in placed if not in_organisation.covers(x.start, x.end)]
    # s <= start < e is s <= start and start + 1 <= e: offsets are whole numbers
    return [x for x in placed if x.trigger.kind in MEETING_KINDS or not in_quotation.covers(x.start, x.start + 1)]


def frames_by_sentence(ctx: ArticleContext, sentences, triggers: list[PlacedTrigger],
                       is_private) -> Iterator[tuple[int, list[Frame]]]:
    """(sentence index, its frames) for every sentence, excluded frames included; the visitors of
    each kept frame are the ones a later pronoun or verb may continue."""
    discourse = Discourse()
    by_start = SpanIndex(triggers)
    for s_index, sentence in enumerate(sentences):
        inside = by_start.starting(sentence[0], sentence[1])
        frames = sentence_frames(ctx, discourse, sentence, s_index, inside) if inside else []
        frames += presence_frames(ctx, discourse, sentence, s_index, frames, is_private)
        for frame in frames:
            if frame.excluded:
                continue
            named = [a for a in frame.visitors if is_visitor(a, frame.hosts[0].iso2, ctx.clauses)] if frame.hosts else []
            if named:
                discourse.remember_visitors(named, s_index)
        yield s_index, frames

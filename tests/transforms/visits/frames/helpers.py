"""An article read by the real extractors, ready for the frame builders: its context (text,
places, actors, times), its trigger words, and its sentences' frames."""
from __future__ import annotations

from dataclasses import dataclass

from flows.extraction import analyse_article
from flows.lexicons import load_lexicons
from transforms.visits.frames import (
    ArticleContext,
    Discourse,
    PlacedTrigger,
    frames_by_sentence,
    placed_triggers,
)
from transforms.visits.frames.frame import Scope
from transforms.visits.mentions import build_actors, build_locs


@dataclass
class Read:
    ctx: ArticleContext
    sentences: tuple
    triggers: list[PlacedTrigger]
    is_private: object

    def trigger(self, surface: str, nth: int = 0) -> PlacedTrigger:
        """The nth trigger written `surface` in the text."""
        return [t for t in self.triggers if self.ctx.text[t.start:t.end] == surface][nth]

    def scope(self, at: PlacedTrigger, earlier=()) -> Scope:
        """The scope sentence_frames gives a trigger: its sentence, between its neighbours."""
        s_index, sentence = next((i, s) for i, s in enumerate(self.sentences) if s[0] <= at.start < s[1])
        inside = [t for t in self.triggers if sentence[0] <= t.start < sentence[1]]
        i = inside.index(at)
        return Scope(sentence, s_index, inside[i - 1].end if i else sentence[0],
                     inside[i + 1].start if i + 1 < len(inside) else sentence[1], list(earlier),
                     inside[i + 2].start if i + 2 < len(inside) else sentence[1])

    def loc(self, surface: str):
        return next(l for l in self.ctx.locs if self.ctx.text[l.start:l.end].endswith(surface))

    def frames(self) -> list:
        """Every sentence's frames, in order (excluded ones included)."""
        return [f for _, frames in frames_by_sentence(self.ctx, self.sentences, self.triggers, self.is_private)
                for f in frames]


def read(body: str, published=None) -> Read:
    lexicons = load_lexicons()
    article = analyse_article("", body, published, lexicons)
    doc, persons = article.docs["body"], article.body_persons()
    ctx = ArticleContext(doc.text, published.date() if published else None,
                         build_locs(doc.text, doc.entities, lexicons.visits.seats, doc.word_index,
                                    seat_words=lexicons.visits.clauses.seat_words),
                         build_actors(doc.text, doc.norm, doc.entities, persons, doc.word_index,
                                      actor_words=lexicons.visits.clauses.actor_words), list(doc.times), doc.norm,
                         lexicons.visits.clauses, doc.word_index, exclusions=lexicons.visits.exclusions,
                         places=lexicons.visits.places)
    triggers = placed_triggers(doc.text, doc.norm, doc.entities.get("organisations", []), lexicons.visits.triggers)
    return Read(ctx, doc.sentences, triggers, lexicons.visits.is_private_title)


def names(actors) -> list:
    """Each actor's name, or its country when it names nobody."""
    return [(a.person or {}).get("name_ar") or a.country for a in actors]


def new_discourse() -> Discourse:
    return Discourse()

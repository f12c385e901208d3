"""A visit frame: one trigger word (or a run of meeting words) with its visitors, host and date."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from transforms.arabic_text import normalize_key
from transforms.visits.cues import ClauseWords
from transforms.visits.mentions import Actor, Loc
from transforms.visits.triggers import Trigger


class PlacedTrigger(NamedTuple):
    """A trigger with its span in the original text."""

    trigger: Trigger
    start: int
    end: int


@dataclass(frozen=True)
class Scope:
    """Where a trigger's frame may look: its sentence, the stretch between the triggers before and
    after it, and the frames the sentence has given so far."""

    sentence: tuple[int, int]
    s_index: int
    left: int
    right: int
    earlier: list  # the sentence's frames before this trigger
    beyond: int | None = None  # where the trigger after the next one starts (or the sentence ends)


@dataclass
class Frame:
    trigger: Trigger
    start: int  # trigger span in the original text
    end: int
    sentence: tuple[int, int]
    hosts: list[Loc] = field(default_factory=list)
    visitors: list[Actor] = field(default_factory=list)
    anonymous: bool = False  # a gathering with no named or national visitor (قمة للتكتل في بروكسل)
    status: str = "occurred"
    date_value: str | None = None
    excluded: str | None = None
    via_event: bool = False
    lead: Frame | None = None  # the visit a delegation frame belongs to
    s_index: int = 0


def is_visitor(actor: Actor, host: str, clauses: ClauseWords | None) -> bool:
    """A visitor comes from another country; an official of an international body has none (his title's words of
    class visit_international; without the cue lexicon's clause words, the class's unseen words alone)."""
    if actor.country:
        return actor.country != host
    if actor.person is not None:
        return bool((clauses or ClauseWords).international.search(normalize_key(actor.person.get("title_ar") or "")))
    return False

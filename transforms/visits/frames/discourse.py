"""What an article has told so far that a later sentence may point back to: its last located
meeting (المؤتمر، القمة), a meeting told with its people but no place yet, its last visit (a
delegation travels with it) and its last named visitors (a verb or a pronoun continues them)."""
from __future__ import annotations

from dataclasses import dataclass, field

from transforms.visits.frames.frame import Frame
from transforms.visits.mentions import Actor, Loc


@dataclass
class LocatedMeeting:
    """The article's last meeting with a place, which a definite "المؤتمر/القمة" may point back to."""

    place: Loc
    day: str | None
    status: str
    noun: str  # its event noun, normalised (مؤتمر، قمه ...)
    sentence: int


@dataclass
class PendingMeeting:
    """A meeting told with its people but no place yet: a later "القمة ... في سنغافورة" places it."""

    participants: list[Actor]
    sentence: int


@dataclass
class ToldVisit:
    frame: Frame
    sentence: int


@dataclass
class Discourse:
    last_meeting: LocatedMeeting | None = None
    pending_meeting: PendingMeeting | None = None
    last_visit: ToldVisit | None = None  # the latest visit frame with visitors and a host
    last_visitors: list[Actor] = field(default_factory=list)  # the last named visitors of a kept frame
    last_visitors_sentence: int = -9

    def remember_visitors(self, visitors: list[Actor], sentence: int) -> None:
        self.last_visitors, self.last_visitors_sentence = visitors, sentence

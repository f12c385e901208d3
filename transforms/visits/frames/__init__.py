"""Visit frames: one trigger word (or a run of meeting words) with its visitors, host and date.

article.py runs the sentences in order. Frames stay inside one sentence, and inside the stretch
between the trigger and its neighbours (sentence.py). Each kind of trigger has its builder: go.py (go, tour), receive.py (receive,
guest), meeting.py (meet, attend; its place in meeting_place.py, its listed parties in
meeting_parties.py), delegation.py, and presence.py (a named official "في <city>", no trigger
word). They read the article through context.py and what it told before through discourse.py;
visitors.py finds a traveller told before a trigger, dating.py gives frames their days and
finish.py their exclusion and status. The Arabic cue words are in cues.py, exclusions in
exclusions.py, statuses in status.py.
"""
from transforms.visits.frames.article import frames_by_sentence, placed_triggers
from transforms.visits.frames.context import ArticleContext
from transforms.visits.frames.dating import as_date
from transforms.visits.frames.discourse import Discourse
from transforms.visits.frames.frame import Frame, PlacedTrigger, is_visitor
from transforms.visits.frames.presence import presence_frames
from transforms.visits.frames.sentence import sentence_frames

_as_date = as_date  # the name decide.py imports

__all__ = [
           "ArticleContext",
           "Discourse",
           "Frame",
           "PlacedTrigger",
           "as_date",
           "frames_by_sentence",
           "is_visitor",
           "placed_triggers",
           "presence_frames",
           "sentence_frames",
]

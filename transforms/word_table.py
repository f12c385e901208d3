"""One look-up per word form for every lexicon the analysed document reads.

A text's tokens repeat the same few thousand word forms: news vocabulary. The cue lexicon (its
cue words and the first words of its phrases) and the gazetteer (the lexicon keys a token may
open, through its proclitics) each used to look every token up in a cache of their own. The
word table reads a normalised word form once per worker, against all of them, and keeps what
it found as one `WordTags`; a document then costs one dictionary hit per token
(transforms.document.analyse), and each layer reads the tags instead of looking the word up again.
The tags are the lexicons' own answers (CueLexicon.tags_of, Gazetteer.readings), so what the layers
find is the same.
"""
from __future__ import annotations

import re

from transforms.cue_lexicon import CueLexicon
from transforms.entities.clitics import proclitic_readings

# A token the gazetteer reads whole: Arabic letters only (the gazetteer's own tokens are runs of
# these, or of Latin letters and digits).
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
_TABLE_LIMIT = 500_000  # word forms kept: memory stays flat over any corpus


class WordTags:
    """What the lexicons say of one normalised word form."""

    __slots__ = ("cue", "cue_ta", "phrase_head", "opens_cue", "arabic", "places")

    def __init__(self, cue, cue_ta, phrase_head: bool, arabic: bool, places: tuple):
        self.cue, self.cue_ta, self.phrase_head = cue, cue_ta, phrase_head  # CueLexicon.tags_of(word)
        self.opens_cue = phrase_head or cue is not None or cue_ta is not None  # as CueTags.opens_cue
        self.arabic = arabic  # Arabic letters only: one token of the gazetteer
        self.places = places  # Gazetteer.readings(word) when `arabic`, else ()


class WordTable:
    """Word form -> WordTags, filled as texts are read, for one cue lexicon and one gazetteer."""

    def __init__(self, cues: CueLexicon, gazetteer):
        self.cues = cues
        self.gazetteer = gazetteer
        self.known: dict[str, WordTags] = {}

    def tags_of(self, words: list[str]) -> list[WordTags]:
        """The tags of each word, in order."""
        known = self.known
        out = list(map(known.get, words))
        if None in out:
            if len(known) > _TABLE_LIMIT:
                known.clear()
            for i, tags in enumerate(out):
                if tags is None:
                    word = words[i]
                    tags = known.get(word)
                    if tags is None:
                        tags = known[word] = self._read(word)
                    out[i] = tags
        return out

    def _read(self, word: str) -> WordTags:
        cue, cue_ta, head = self.cues.tags_of(word)
        arabic = _ARABIC_WORD.fullmatch(word) is not None
        places = tuple(proclitic_readings(word, self.gazetteer.knows)) if arabic else ()
        return WordTags(cue, cue_ta, head, arabic, places)


_TABLES: dict[int, tuple[object, object, WordTable]] = {}


def word_table(cues: CueLexicon, gazetteer) -> WordTable:
    """The word table of a cue lexicon and a gazetteer, built once per pair (once per worker)."""
    found = _TABLES.get(id(cues))
    if found is None or found[0] is not cues or found[1] is not gazetteer:
        found = _TABLES[id(cues)] = (cues, gazetteer, WordTable(cues, gazetteer))
    return found[2]

"""What every frame builder reads of one article: the text with its one normalisation, the
places, the actors and the time expressions, and small readers over them (a normalised slice,
the mentions between two offsets, the gap between two phrases, a coordinated list)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date
from functools import cached_property

from transforms.arabic_text import normalize_key
from transforms.visits.cues import ClauseWords
from transforms.visits.mentions import Actor, Loc
from transforms.span_cover import SpanCover
from transforms.visits.frames.quotes import quotations
from transforms.word_index import WordIndex


# Nearness is counted in words (about 6.4 characters of ANT text each: 45 characters are 7 words).
COORDINATED_WORDS = 7  # the words a title may take between two coordinated names (ووزير الخارجية الفرنسي)
WORDS_BEFORE = 7  # the words before a meeting word or a place read for what introduces it (في، خلال المؤتمر)
RELATION_WORDS = 5  # a relation word, من and two words of a title before a name (أحد منتقدي ولي العهد)


class ArticleContext:
    """One article's text and mentions, read by every frame builder (offsets into the original text),
    and the words that bound a clause."""

    def __init__(self, text: str, published: date | None, locs: list[Loc], actors: list[Actor],
                 time_expressions: list[dict], normalized, clauses: ClauseWords, words: WordIndex | None = None,
                 exclusions=None, places=None):
        self.text = text
        # Nearness in words: the analysed document's tokens (a context built without its document, for
        # the frame rules alone, counts the text's own words).
        self.words = words if words is not None else WordIndex.of_text(text)
        self.clauses = clauses
        self.exclusions = exclusions  # exclusions.ExclusionWords: what is no visit (seeds/cue_words.csv)
        self.places = places  # cues.PlaceWords: where a meeting is held (seeds/cue_words.csv)
        self.normalized = normalized  # normalize(text), to read normalised slices without redoing it
        self.published = published
        self.locs = locs
        self.actors = actors
        self.times = [t for t in time_expressions if t.get("char_start") is not None]

    @cached_property
    def quotations(self) -> list[tuple[int, int]]:
        """The spans inside the text's quotations (quotes.quotations), read once per article."""
        return quotations(self.text)

    def norm(self, a: int, b: int) -> str:
        """The normalised words of text[a:b] (a slice of the article's one normalisation)."""
        to_normalised = self.normalized.to_normalised
        return " ".join(self.normalized.text[to_normalised(max(0, a)):to_normalised(max(0, b))].split())

    def words_between(self, a: int, b: int) -> int:
        """How many tokens start in text[a:b]."""
        return self.words.between(a, b)

    def words_back(self, at: int, n: int) -> int:
        """Where the n-th token before offset `at` starts (the text's start when fewer stand before it)."""
        return self.words.back(at, n)

    def words_ahead(self, at: int, n: int) -> int:
        """Where the n tokens from offset `at` on end (WordIndex.ahead)."""
        return self.words.ahead(at, n)

    @cached_property
    def _actor_spans(self) -> "SpanIndex":
        return SpanIndex(self.actors)

    @cached_property
    def _loc_spans(self) -> "SpanIndex":
        return SpanIndex(self.locs)

    def actors_in(self, a: int, b: int) -> list[Actor]:
        """The actors inside text[a:b], in the order of self.actors."""
        return self._actor_spans.inside(a, b)

    def related(self, actor: Actor) -> bool:
        """The actor is named as whose side someone is (مقرب من الزعيم كيم جونغ أون، منتقدي ولي العهد):
        he neither travels nor meets in that phrase."""
        return bool(self.clauses.relation.search(self.norm(self.words_back(actor.start, RELATION_WORDS), actor.start)))

    @cached_property
    def _time_spans(self) -> "SpanIndex":
        return SpanIndex(self.times, [(t["char_start"], t.get("char_end")) for t in self.times])

    def times_in(self, a: int, b: int) -> list[dict]:
        """The time expressions inside text[a:b], in the order of self.times."""
        return self._time_spans.inside(a, b)

    def times_starting(self, a: int, b: int) -> list[dict]:
        """The time expressions that start in text[a:b], in the order of self.times."""
        return self._time_spans.starting(a, b)

    def locs_in(self, a: int, b: int) -> list[Loc]:
        """The places inside text[a:b] that are no part of an actor's phrase, in the order of self.locs."""
        return [l for l in self._loc_spans.inside(a, b) if not self.in_actor(l)]

    def in_actor(self, loc: Loc) -> bool:
        """The place is part of an actor's phrase (وزير خارجية مصر)."""
        return self._actor_spans.covers(loc.start, loc.end)

    def attached(self, loc: Loc, letters: str) -> bool:
        """The place carries a clitic preposition just before its span (بروما، لمصر، وبالأردن)."""
        before = self.text[loc.start - 1:loc.start] if loc.start else ""
        if not before or before not in letters:
            return False
        word_start = loc.start - 1
        while word_start > 0 and self.text[word_start - 1] in "وفبلكال" and not self.text[word_start - 1].isspace():
            word_start -= 1
        return word_start == 0 or not self.text[word_start - 1].isalpha()

    def without_times(self, a: int, b: int) -> str:
        """text[a:b] normalised, with its time expressions and time adverbs taken out."""
        pieces, cursor = [], a
        for te in self.times_in(a, b):
            pieces.append(self.norm(cursor, te["char_start"]))
            cursor = te["char_end"]
        pieces.append(self.norm(cursor, b))
        return self.clauses.time_adverbs.sub(" ", " ".join(pieces)).strip(" ،,")

    def normalized_word(self, a: int, b: int) -> str:
        return self.norm(a, b).strip()

    def gap_text(self, a: int, b: int) -> str:
        """text[a:b] without its actors and time expressions, and without the commas that only set
        those off: between two of them (an apposition: "الرئيس الأمريكي، دونالد ترامب، نظيره الروسي"),
        or between one and the place's preposition ("، الأحد، في الكرملين"). A comma after one of
        them followed by other words ends a clause and stays ("مع السراج، بعد ورود تقارير ...")."""
        out = [_without_set_off_commas(piece, after_span, before_span, self.clauses.opener)
               for piece, after_span, before_span in self._pieces_between_mentions(a, b)]
        return " ".join(" ".join(p.split()) for p in out if p is not None and p.strip())

    def _pieces_between_mentions(self, a: int, b: int) -> list[tuple[str, bool, bool]]:
        """The pieces of text[a:b] between its actors and time expressions, each with whether a
        mention stands right before it and right after it."""
        spans = sorted([(x.start, x.end) for x in self.actors_in(a, b)]
                       + [(t["char_start"], t["char_end"]) for t in self.times_in(a, b)])
        pieces, cursor, removed = [], a, False
        for s, e in spans:
            if s < cursor:
                continue
            pieces.append((self.text[cursor:s], removed, True))
            cursor, removed = e, True
        pieces.append((self.text[cursor:b], removed, False))
        return pieces

    def coordinated(self, first, items, gap_limit: int = COORDINATED_WORDS):
        """`first` and the items joined to it by و/، (مصر والأردن وباكستان; ماتيس وصبحي; a و that
        opens the next one's title: "العايش ووزير الخارجية الفرنسي لودريان")."""
        chain = [first]
        for item in items:
            if item.start < chain[-1].end:
                continue
            between = self.norm(chain[-1].end, item.start).strip()
            if between in ("", "،", ",", "و", "ثم") or re.fullmatch(r"[،,]\s*(?:و|ثم)", between):
                chain.append(item)
                continue
            if len(between.split()) <= gap_limit and between.startswith("و") and not re.search(r"[،,.:؛]", between) \
                    and self.clauses.actor_words.official_noun.match(between):
                chain.append(item)
                continue
            break
        return chain


_SCAN_AT_MOST = 24  # SpanIndex: up to this many mentions, a full reading is as fast as bisection


class SpanIndex:
    """Mentions indexed once by where they start, so that the ones inside a span are found by
    bisection rather than by reading every mention of the text (a long text's cost grew with its
    mentions times its triggers). `spans` gives each item's (start, end) when the items carry no
    .start and .end (time expressions, bare pairs)."""

    def __init__(self, items: list, spans: list[tuple] | None = None):
        self.items = items
        spans = spans if spans is not None else [(x.start, x.end) for x in items]
        self.spans = spans
        # A short list (most articles' mentions) is read whole: bisection pays only on a long one.
        self.scan = len(items) <= _SCAN_AT_MOST
        if self.scan:
            return
        self.order = sorted(range(len(items)), key=lambda i: spans[i][0])
        self.starts = [spans[i][0] for i in self.order]
        self.ends = [spans[i][1] for i in self.order]
        # A mention ending before it starts (or with no end) would fall outside the bisected range:
        # every one is read then.
        self.ordered_spans = all(e is not None and s <= e for s, e in spans)
        self.cover = SpanCover(spans) if self.ordered_spans else None

    def inside(self, a: int, b: int) -> list:
        """The mentions with a <= start and end <= b, in the list's own order."""
        if self.scan or not self.ordered_spans:
            return [x for x, (s, e) in zip(self.items, self.spans) if a <= s and e <= b]
        lo, hi = bisect_left(self.starts, a), bisect_right(self.starts, b)
        found = sorted(self.order[k] for k in range(lo, hi) if self.ends[k] <= b)
        return [self.items[i] for i in found]

    def starting(self, a: int, b: int) -> list:
        """The mentions with a <= start < b, in the list's own order."""
        if self.scan:
            return [x for x, (s, _) in zip(self.items, self.spans) if a <= s < b]
        lo, hi = bisect_left(self.starts, a), bisect_left(self.starts, b)
        return [self.items[i] for i in sorted(self.order[lo:hi])]

    def covers(self, start: int, end: int) -> bool:
        """Some mention holds [start, end] (its start <= start and end <= its end)."""
        if self.scan or not self.ordered_spans:
            return any(s <= start and end <= e for s, e in self.spans)
        return self.cover.covers(start, end)


def _without_set_off_commas(piece: str, after_span: bool, before_span: bool, clause_opener: re.Pattern) -> str | None:
    """A piece of a gap without the commas that only set off the mentions around it; None for a
    bare separator between two mentions. A comma before a clause opener (بعد ورود تقارير، حيث،
    لكن) stays."""
    if after_span and before_span and not piece.strip(" ،,\n"):
        return None  # a separator between two set-off phrases
    if after_span and before_span and len(piece.replace("،", " ").replace(",", " ").split()) <= 3 \
            and not clause_opener.search(normalize_key(piece)):
        piece = piece.replace("،", " ").replace(",", " ")  # "، نظيره الروسي،": an apposition
    lead = re.match(r"\s*[،,]\s*", piece)
    if after_span and lead and not clause_opener.match(normalize_key(piece[lead.end():])):
        piece = piece[lead.end():]  # "، الأحد، في الكرملين"؛ "، ولي عهد أبوظبي" (not "، بعد ورود تقارير")
    if before_span:
        piece = piece.rstrip(" \n")
        if re.fullmatch(r".*[،,]", piece) and not after_span:
            piece = piece[:-1]  # "قمة، الرئيس": the comma opens an apposition
    return piece

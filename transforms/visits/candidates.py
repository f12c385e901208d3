"""Step 1 of visit extraction: every reading a sentence allows, from generators registered by kind.

A candidate is one (actor, host country) pair in one sentence. The generators propose broadly
(recall first); filters.py drops what the guidelines rule out, with a reason, and decide.py
scores the rest with a model whose features are named in features.py.

Generators:
- `cue_place`: a sentence with a word of travel, arrival, reception, meeting, summit,
  conference or participation (seeds/cue_words.csv); every actor of the sentence (or, when it
  names none, of the sentence before or the title) paired with every country, city or venue
  in it.
- `cue_receiver`: a sentence of reception or meeting; two actors of different countries, each
  a visitor to the other's country (استقبل السيسي وزير الخارجية الأميركي: US → EG).
- `event_told_before`: a summit or meeting named again (القمة، الاجتماع) in a sentence with no
  place; each person it names paired with the place the nearest sentence naming such an event
  with في/ب gives. Only the persons the sentence puts at the event decide a visit (a word of taking
  part, of being at it or going to it, or its parties after بين); the others only talk of it
  (`talked_about`: أن القمة ستعقد) and may lend their pair a day.
- `rule_frame`: the visits the frame rules of frames.py read (their date and place are kept).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Callable, Iterator

from transforms.document import Document
from transforms.visits.cues import ClauseWords, ends_in_topic
from transforms.visits.mentions import Actor, Loc, _is_adjective

VISIT_CUE_CLASSES = ("travel", "arrival", "departure", "tour", "reception", "meeting", "event_noun", "attend", "speech")
DESTINATION_WORDS = {"الي", "نحو", "صوب"}  # normalised prepositions of direction
_CONTEXT_SENTENCES = 2  # how far back an actor may be told when a sentence names none


@dataclass
class VisitCandidate:
    generator: str
    sentence: int
    actor: Actor
    host_iso2: str
    place: str | None
    actor_tokens: tuple[int, int]
    host_tokens: tuple[int, int] | None  # None when the host comes from the other party's country
    actor_sentence: int  # the sentence the actor was named in (a title actor: -1)
    host_char: int | None = None  # where the host's name starts in the text (after any clitic)
    rule_row: dict | None = None  # the frame rules' row for this pair, when they read it
    features: dict = field(default_factory=dict)
    dropped_by: str | None = None  # the filter that dropped it
    possessed: bool = False  # its actor is the referent of a possessed visit noun before its place (possessor.py)
    probability: float = 0.0
    # event_told_before: the sentence that names the event with its place, and that place's tokens (None
    # when the title names it); the event's day stands there (decide.py _event_day)
    event_sentence: int | None = None
    event_host_tokens: tuple[int, int] | None = None
    # event_told_before: its sentence talks of the event but does not put the actor at it (أن القمة ستعقد،
    # لمناقشة القمة القادمة; _attendees_from): it may lend its pair a day, but decides no visit (decide.py)
    talked_about: bool = False

    @property
    def visitor_key(self) -> tuple:
        return self.actor.key


@dataclass
class VisitContext:
    """What the generators read besides the document: actors and places with their token spans."""

    doc: Document
    actors: list[tuple[Actor, tuple[int, int], int]]  # actor, tokens, sentence (-1: the title's)
    locs: list[tuple[Loc, tuple[int, int]]]
    rule_rows: list[dict]
    cue_sentences: dict = field(default_factory=dict)  # sentence -> visit cues in it
    title: Document | None = None  # the article's title, analysed
    clauses: object = None  # cues.ClauseWords: the word lists the features and filters read (relation, missions …)
    headlines: dict = field(default_factory=dict)  # a press review's sentence -> its headlines (layout.py)
    body_seats: tuple = ()  # (pattern of an international body's name, its seat's country): VisitLexicon.body_seats
    places: object = None  # cues.PlaceWords: the verbs of holding an event (تستضيف، عقدت) the features read
    # Built on first use: the actors of each sentence and the places by first token (sentence_actors,
    # locs_in), and the features' article-wide counts (features._Index); each rebuilt if the lists change.
    _by_sentence: tuple | None = field(default=None, repr=False, compare=False)
    _locs_by_start: tuple | None = field(default=None, repr=False, compare=False)
    feature_index: object = field(default=None, repr=False, compare=False)

    def sentence_actors(self, s: int) -> list[tuple[Actor, tuple[int, int], int]]:
        """The actors told in sentence s (-1: the title's), in the order of `actors`."""
        signature = (id(self.actors), len(self.actors))
        if self._by_sentence is None or self._by_sentence[0] != signature:
            by: dict[int, list] = {}
            for x in self.actors:
                by.setdefault(x[2], []).append(x)
            self._by_sentence = (signature, by)
        return self._by_sentence[1].get(s, [])

    def locs_in(self, first: int, end: int) -> list[tuple[Loc, tuple[int, int]]]:
        """The places whose first token is in [first, end), in the order of `locs`."""
        signature = (id(self.locs), len(self.locs))
        if self._locs_by_start is None or self._locs_by_start[0] != signature:
            order = sorted(range(len(self.locs)), key=lambda i: self.locs[i][1][0])
            self._locs_by_start = (signature, [self.locs[i][1][0] for i in order], order)
        _, starts, order = self._locs_by_start
        lo, hi = bisect_left(starts, first), bisect_left(starts, end)
        return [self.locs[i] for i in sorted(order[lo:hi])]


def office_before(doc, first: int) -> bool:
    """One of the two words before token `first` is an office or delegation noun (class visit_office_before: الرئيس
    الفرنسي، نظيره التركي، وفد أميركي، وزيرة الثقافة الإماراتية), read without و and ال, or مع (مع نظيره التركي)."""
    offices = doc.cue_lexicon.word_set("visit_office_before") if doc.cue_lexicon is not None else frozenset()
    for i in (first - 1, first - 2):
        word = doc.tokens[i].text if i >= 0 else ""
        word = word[1:] if word.startswith("و") and len(word) > 3 else word
        word = word[2:] if word.startswith("ال") else word
        if word in offices or word == "مع":
            return True
    return False


GENERATORS: dict[str, Callable[[VisitContext], Iterator[VisitCandidate]]] = {}


def generator(name: str):
    def register(fn):
        GENERATORS[name] = fn
        return fn
    return register


def build_context(doc: Document, actors: list[Actor], locs: list[Loc], rule_rows: list[dict],
                  title_actors: list[Actor] = (), title: Document | None = None, clauses=None,
                  headlines: dict | None = None, body_seats: tuple = (), places=None) -> VisitContext:
    placed = []
    for a in actors:
        span = doc.token_span(a.start, a.end)
        placed.append((a, span, doc.sentence_of(span[0])))
    placed += [(a, (-1, -1), -1) for a in title_actors]
    ctx = VisitContext(doc, placed, [(l, doc.token_span(l.start, l.end)) for l in locs], rule_rows, title=title,
                       clauses=clauses, headlines=headlines or {}, body_seats=body_seats, places=places)
    for c in doc.cues:
        if c.cue.cls in VISIT_CUE_CLASSES:
            ctx.cue_sentences.setdefault(doc.sentence_of(c.first), []).append(c)
    return ctx


def _actors_for(ctx: VisitContext, s: int) -> list[tuple[Actor, tuple[int, int], int]]:
    """The actors a sentence may be about: its own named persons and officials; and where it
    names no person, those of the sentences just before it and of the title (a traveller named
    once, then told by a verb or a pronoun: وسيبدأ الوزير الأميركي محادثاته)."""
    own = ctx.sentence_actors(s)
    if any(x[0].person is not None for x in own):
        return list(own)
    out, keys = [], set()
    for x in own + _context_actors(ctx, s):
        if x[0].key not in keys:
            keys.add(x[0].key)
            out.append(x)
    return out


def _context_actors(ctx: VisitContext, s: int) -> list[tuple[Actor, tuple[int, int], int]]:
    """The actors of the sentences just before s and of the title: the nearest sentence first, the
    title's last."""
    told = sorted(set(range(s - _CONTEXT_SENTENCES, s)) | {-1}, reverse=True)
    return [x for k in told for x in ctx.sentence_actors(k)]


@generator("cue_place")
def cue_place(ctx: VisitContext) -> Iterator[VisitCandidate]:
    doc = ctx.doc
    for s in ctx.cue_sentences:
        first, end = doc.sentence_tokens[s]
        hosts = ctx.locs_in(first, end)
        for actor, a_span, a_sentence in _actors_for(ctx, s):
            for loc, h_span in hosts:
                if a_span[0] <= h_span[0] < max(a_span[1], a_span[0] + 1):
                    continue  # the place is inside the actor's own phrase (وزير خارجية مصر)
                yield VisitCandidate("cue_place", s, actor, loc.iso2, loc.place, a_span, h_span, a_sentence,
                                     host_char=loc.start)


@generator("gathering")
def gathering(ctx: VisitContext) -> Iterator[VisitCandidate]:
    """A summit, conference or meeting held in a named place, its participants unnamed
    (اجتماع وزراء خارجية الاتحاد الأوروبي في بروكسل): a visit with no visitor named."""
    doc = ctx.doc
    for s, cues in ctx.cue_sentences.items():
        if not any(c.cue.cls in ("event_noun", "attend", "meeting") for c in cues):
            continue
        first, end = doc.sentence_tokens[s]
        for loc, span in ctx.locs_in(first, end):
            nobody = Actor(-1, -1, None)
            yield VisitCandidate("gathering", s, nobody, loc.iso2, loc.place, (-1, -1), span, s, host_char=loc.start)


@generator("participant_country")
def participant_country(ctx: VisitContext) -> Iterator[VisitCandidate]:
    """Countries named in a sentence of meeting, summit or participation held in a named place
    (اجتماع ثلاثي لمصر والسودان وإثيوبيا في الخرطوم; اجتمع وزراء خارجية روسيا وإيران وتركيا في
    أستانة): each a delegation, unnamed, visiting the place's country."""
    doc = ctx.doc
    for s, cues in ctx.cue_sentences.items():
        if not any(c.cue.cls in ("event_noun", "attend", "meeting") for c in cues):
            continue
        first, end = doc.sentence_tokens[s]
        hosts = ctx.locs_in(first, end)
        if not hosts:
            continue
        for delegation, d_span in _parties(ctx, s):
            for loc, span in hosts:
                if loc.iso2 != delegation.country:
                    yield VisitCandidate("participant_country", s, delegation, loc.iso2, loc.place, d_span,
                                         span, s, host_char=loc.start)


def _parties(ctx: VisitContext, s: int) -> Iterator[tuple[Actor, tuple[int, int]]]:
    """The countries a sentence names as parties (each an unnamed delegation, with its tokens): a
    country's name, or its adjective after an office (وزير الخارجية الروسي); not a country after
    إلى, nor the adjective of a named person's title or of a thing."""
    doc = ctx.doc
    first, end = doc.sentence_tokens[s]
    for m in doc.in_tokens("country", first, end):
        iso2 = m.row.get("iso2")
        if not iso2 or "org" in str(m.row.get("via") or "").lower():
            continue
        if m.first > first and doc.tokens[m.first - 1].text in DESTINATION_WORDS:
            continue  # a country after إلى is where someone goes (بزيارة إلى الكويت), not a party
        if any(m.first <= span[0] <= m.end + 2 for a, span, s_ in ctx.sentence_actors(s) if a.person is not None
               and a.person.get("name_ar") and span != (m.first, m.end)):
            continue  # the adjective of a named person's title (نظيره المصري صدقي صبحي): the person is the party
        if _is_adjective(m.row) and not office_before(doc, m.first):
            continue  # the adjective of a thing, not of an office (الجيش الباكستاني، مجلس الشيوخ الأميركي)
        yield Actor(m.char_start, m.char_end, iso2, title=m.row.get("surface")), (m.first, m.end)


_EVENT_CLASSES = ("event_noun", "meeting")


_IN_WORDS = {"في", "بمدينه", "بالعاصمه", "داخل"}


def _held_in(doc: Document, loc: Loc, span: tuple[int, int], first: int) -> bool:
    """A place an event is held in: a city, venue or country after في or ب (القمة التي عقدت في
    بروكسل، مؤتمر صحفي ببودابست), not the adjective of an office (الزعيم الكوري الشمالي) nor a
    capital standing for its government (تهديدات بيونغيانغ، بين واشنطن وبيونغيانغ)."""
    clitic = doc.text[doc.tokens[span[0]].ostart:loc.start]
    return "ب" in clitic or (span[0] > first and doc.tokens[span[0] - 1].text in _IN_WORDS)


_EVENT_PLACE_WORDS = 8  # how far after its event word a place may stand to be where the event is held


def _named_by_event(doc: Document, loc: Loc, span: tuple[int, int], cues) -> bool:
    """A place that names the event it follows, the place it is held in (مؤتمر بروكسل، قمة
    هلسنكي، لقاء سنغافورة: an event noun, then the place with no clitic, so not the next item of
    a list: واشنطن متمسكة بالقمة.. وكوريا الشمالية تحدد شرطها)."""
    if doc.text[doc.tokens[span[0]].ostart:loc.start]:
        return False
    return any(c.cue.cls in _EVENT_CLASSES and c.cue.pos == "noun" and c.end == span[0] for c in cues)


def _after_event(doc: Document, cues, span: tuple[int, int], first: int, clauses: ClauseWords | None) -> bool:
    """A place a few words after a word of the event (القمة التي عقدت في بروكسل، اجتمعوا في
    أستانة), not one at the other end of the sentence (خلال المؤتمر الصحفي، إن مصر تخوض حربا ...
    أساس التعايش في مصر) nor what the talks are about (تطرقت المباحثات بين الرئيسين كذلك إلى
    تطورات الأوضاع في ليبيا)."""
    left = " ".join(doc.words(max(first, span[0] - 3), span[0]))
    if ends_in_topic(clauses, left):
        return False
    return any(c.cue.cls in _EVENT_CLASSES and 0 <= span[0] - c.end <= _EVENT_PLACE_WORDS for c in cues)


def _tells_event_again(cues, names_a_city: bool) -> bool:
    """A sentence that tells the article's gathering again: the event noun with the article
    (القمة، الاجتماع), or a word of taking part where the sentence names no city or venue of its
    own (وشارك في إطلاق المنصة مفتي جمهورية مصر شوقي علام; not وكان مسلم في زيارة إلى براغ لحضور
    مؤتمر دولي, a trip of its own) and no event of its own, an event noun without the article (not
    قرار حضور وزير الخزانة الأمريكي لمؤتمر الاستثمار, another gathering than the one told before)."""
    own_event = any(c.cue.cls in _EVENT_CLASSES and c.cue.pos == "noun" and not c.cue.reading.article for c in cues)
    return any((c.cue.cls in _EVENT_CLASSES and c.cue.pos == "noun" and c.cue.reading.article)
               or (c.cue.cls == "attend" and not names_a_city and not own_event) for c in cues)


def _title_event_places(title: Document | None, clauses: ClauseWords | None) -> list[Loc]:
    """The places a title gives its summit or conference (ما الذي تريده كل دولة أوروبية من قمة
    بروكسل; القمة التي عقدت في هلسنكي): named by the event noun or held in, a few words after it."""
    if title is None:
        return []
    cues = [c for c in title.cues if c.cue.cls in _EVENT_CLASSES]
    if not cues:
        return []
    out = []
    for m in title.mentions.get("place", ()) + title.mentions.get("country", ()):
        iso2 = m.row.get("iso2")
        if not iso2 or "org" in str(m.row.get("via") or "").lower() or (m.kind == "country" and _is_adjective(m.row)):
            continue
        loc = Loc(m.char_start, m.char_end, iso2, title.text[m.char_start:m.char_end] if m.kind == "place" else None)
        span = (m.first, m.end)
        if _named_by_event(title, loc, span, cues) or (_held_in(title, loc, span, 0) and _after_event(title, cues, span, 0, clauses)):
            out.append(loc)
    return out


@generator("event_told_before")
def event_told_before(ctx: VisitContext) -> Iterator[VisitCandidate]:
    """A summit, meeting or conference named again with the article (القمة، الاجتماع), or taken
    part in (شارك، حضر), in a sentence that gives no place (وعقب انتهاء القمة قال الرئيس الفرنسي،
    إيمانويل ماكرون; أمل بانعقاد القمة بين الرئيس الأميركي دونالد ترامب والزعيم الكوري الشمالي كيم
    جونغ أون): each person that sentence names, a visitor to the place the nearest sentence that
    names such an event with a place (held in it, or named by it: مؤتمر فيينا) gives it (an
    earlier one first)."""
    doc = ctx.doc
    placed: list[tuple[int, list]] = []  # event sentences with their places, in text order
    for s in sorted(ctx.cue_sentences):
        cues = ctx.cue_sentences[s]
        if any(c.cue.cls in _EVENT_CLASSES for c in cues):
            first, end = doc.sentence_tokens[s]
            hosts = [(l, span) for l, span in ctx.locs_in(first, end)
                     if ((_held_in(doc, l, span, first) and _after_event(doc, cues, span, first, ctx.clauses)) or _named_by_event(doc, l, span, cues))]
            if hosts:
                placed.append((s, hosts))
    placed += [(-1, [(loc, None)]) for loc in _title_event_places(ctx.title, ctx.clauses)]
    if not placed:
        return
    told = {s for s, _ in placed}
    for s, cues in ctx.cue_sentences.items():
        first, end = doc.sentence_tokens[s]
        if s in told or not _tells_event_again(cues, any(l.place for l, span in ctx.locs_in(first, end))):
            continue
        event, hosts = min(placed, key=lambda x: (abs(x[0] - s), x[0] > s))
        event = event if event >= 0 else None
        attendees = _attendees_from(doc, cues, first, ctx.clauses)
        for actor, a_span, a_sentence in ctx.sentence_actors(s):
            if actor.person is None:
                continue
            for loc, span in hosts:
                yield VisitCandidate("event_told_before", s, actor, loc.iso2, loc.place, a_span, None, s,
                                     event_sentence=event, event_host_tokens=span,
                                     talked_about=a_span[0] < attendees)
        taking_part = _parties_taking_part(doc, cues)
        for delegation, d_span in _parties(ctx, s):
            if d_span[0] not in taking_part:
                continue
            for loc, span in hosts:
                if loc.iso2 != delegation.country:
                    yield VisitCandidate("event_told_before", s, delegation, loc.iso2, loc.place, d_span, None, s,
                                         event_sentence=event, event_host_tokens=span)


_GOING_CLASSES = ("travel", "arrival")  # a word of going or arriving right before the event noun (يذهب إلى القمة)
_NO_ATTENDEE = 1 << 30  # past every token: the sentence names nobody at the event
_PARTY_WORDS = {"بين", "مع"}  # normalised: the words after an event noun that name its parties (القمة بين ترامب وكيم)


def _attendees_from(doc: Document, cues, first: int, clauses: ClauseWords | None) -> int:
    """The token from which the persons a sentence that tells the gathering again names are at it: all
    of them (its first token) where a word of taking part tells it (وشارك في القمة ...، بحضور ...), a
    word of being at an event stands right before its definite noun (على هامش القمة، في افتتاح الاجتماع,
    class visit_at_event, as the frames read it) or one of going or arriving (يذهب إلى القمة); else
    only the parties named after the noun's بين or مع (أمل بانعقاد القمة بين الرئيس الأميركي دونالد
    ترامب والزعيم الكوري الشمالي كيم جونغ أون); else nobody.
    Whoever talks of the event, announces it or goes on after it is not there (أن القمة ستعقد منتصف
    حزيران؛ لمناقشة القمة القادمة؛ بعد يومين من القمة التاريخية، خلال زيارة إلى سيول)."""
    if any(c.cue.cls == "attend" for c in cues):
        return first
    at_event = clauses.at_event if clauses is not None else None
    parties = _NO_ATTENDEE
    for c in cues:
        if not _definite_event(c):
            continue
        left = " ".join(doc.words(max(first, c.first - 3), c.first))
        if at_event is not None and at_event.search(left):
            return first
        if any(t.cue.cls in _GOING_CLASSES and 0 <= c.first - t.end <= 1 for t in cues):
            return first  # going to it (يذهب إلى القمة الأوروبية، وصل إلى الاجتماع)
        for i in (c.end, c.end + 1):
            if i < len(doc.tokens) and doc.tokens[i].text in _PARTY_WORDS:
                parties = min(parties, i + 1)
                break
    return parties


def _definite_event(cue) -> bool:
    """An event noun with the article (القمة، الاجتماع)."""
    return cue.cue.cls in _EVENT_CLASSES and cue.cue.pos == "noun" and bool(cue.cue.reading.article)


def _parties_taking_part(doc: Document, cues) -> set[int]:
    """Where the countries that a word of taking part governs start: the list right after it,
    joined by و, perhaps after the plural head of their officials (وأفاد مصدر أوروبي أيضا مشاركة
    ألمانيا والنمسا وإيطاليا; ويشارك قادة بريطانيا وفرنسا واليابان; وستشارك السعودية في مؤتمر
    "سيدر"). Each is an unnamed delegation to the gathering; a country further on is not (بتهمة
    المشاركة في الحركة السياسية الكردية; الدول المشاركة ... مع الزعيم الكوري الشمالي)."""
    heads = set(doc.cue_lexicon.lists.get("possessor_plural", ())) | set(doc.cue_lexicon.lists.get("possessor_collective", ()))
    starts = {m.first: m.end for m in doc.mentions.get("country", ())}
    out: set[int] = set()
    for c in cues:
        if c.cue.cls != "attend":
            continue
        i = c.end
        if i < len(doc.tokens) and i not in starts:
            word = doc.tokens[i].text
            word = word[2:] if word.startswith("ال") else word
            if word in heads:
                i += 1
        while i in starts:
            out.add(i)
            i = starts[i]
    return out


@generator("context_actor")
def context_actor(ctx: VisitContext) -> Iterator[VisitCandidate]:
    """A sentence of travel or meeting whose own persons are not the traveller (وستزور في الأيام
    المقبلة باريس لإجراء محادثات مع الرئيس الفرنسي إيمانويل ماكرون: the subject is the pronoun
    of the verb, named in the title or a sentence before): the actors of the title and of the
    sentences just before it, paired with its places, where cue_place did not pair them."""
    doc = ctx.doc
    for s in ctx.cue_sentences:
        first, end = doc.sentence_tokens[s]
        hosts = ctx.locs_in(first, end)
        if not hosts:
            continue
        keys = set()
        for actor, a_span, a_sentence in _context_actors(ctx, s):
            if actor.key in keys:
                continue
            if actor.person is None and actor.country is None:
                continue
            keys.add(actor.key)
            for loc, h_span in hosts:
                yield VisitCandidate("context_actor", s, actor, loc.iso2, loc.place, a_span, h_span, a_sentence,
                                     host_char=loc.start)


@generator("cue_receiver")
def cue_receiver(ctx: VisitContext) -> Iterator[VisitCandidate]:
    for s, cues in ctx.cue_sentences.items():
        if not any(c.cue.cls in ("reception", "meeting") for c in cues):
            continue
        here = [x for x in ctx.sentence_actors(s) if x[0].country]
        for visitor, v_span, _ in here:
            for host, _, _ in here:
                if host.country != visitor.country:
                    yield VisitCandidate("cue_receiver", s, visitor, host.country, None, v_span, None, s)


@generator("rule_frame")
def rule_frame(ctx: VisitContext) -> Iterator[VisitCandidate]:
    doc = ctx.doc
    for row in ctx.rule_rows:
        first, _ = doc.token_span(row["evidence_start"], row["evidence_end"])
        s = doc.sentence_of(first)
        actor = _rule_actor(row)
        yield VisitCandidate("rule_frame", s, actor, row["host_country_iso2"], row["place_ar"],
                             (first, first), None, s, rule_row=row)


def _rule_actor(row: dict) -> Actor:
    person = None
    if row.get("visitor_name_ar"):
        person = {"person_id": row.get("visitor_person_id"), "name_ar": row["visitor_name_ar"],
                  "country_iso2": row.get("visitor_country_iso2")}
    return Actor(row["evidence_start"], row["evidence_start"], row.get("visitor_country_iso2"), person=person)


def visit_candidates(ctx: VisitContext) -> list[VisitCandidate]:
    """Every generator's candidates; a rule frame's reading joins the candidate of the same pair
    in its sentence."""
    out: list[VisitCandidate] = []
    index: dict[tuple, VisitCandidate] = {}
    for name, generate in GENERATORS.items():
        for c in generate(ctx):
            key = (c.sentence, c.visitor_key, c.host_iso2)
            known = index.get(key)
            if known is None:
                index[key] = c
                out.append(c)
            elif name == "rule_frame":
                known.rule_row = c.rule_row
            elif known.place is None and c.place is not None:
                known.place, known.host_tokens, known.host_char = c.place, c.host_tokens, c.host_char
    return out

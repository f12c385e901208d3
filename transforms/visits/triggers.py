"""Verbs and nouns of travel, reception and meeting, found word by word with one dictionary probe
(linear in the text).

The verbs of a visit class of seeds/cue_words.csv come with all their conjugations (the cue lexicon generates
them); the rows of seeds/visit_triggers.csv give each other word once; the clitics Arabic news attaches
to it are added here: the conjunctions و/ف, the future prefix س on a present verb, the
prepositions ب/ل/ك and the article ال on a noun (بزيارة، للزيارة), an object or possessive pronoun
(زارها، زيارته، توجهه) and the accusative alif (اجتماعا). Matching runs over normalised text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_right
from itertools import compress

from transforms.arabic_text import normalize_key
from transforms.cue_lexicon import CueLexicon
from transforms.visits.cues import ClauseWords, PlaceWords, clause_words, place_words
from transforms.visits.exclusions import ExclusionWords, exclusion_words

_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ي", "نا")
# A verb with a pronoun spelt like a common noun, once normalised (وزارة → وزاره = و + زاره).
_NOUN_HOMOGRAPHS = {"وزاره", "فزاره", "حضره", "وحضره", "فحضره", "وزارات"}
# An accusative noun used as an adverb: "من طهران إلى بغداد وصولاً إلى بيروت" is "as far as", no arrival.
_ADVERBS = {"وصولا", "ووصولا"}


# Every kind a trigger row may have (seeds/visit_triggers.csv `kind`); frames/sentence.py has a
# builder for each. An unknown kind is an error when the lexicon is built.
TRIGGER_KINDS = ("go", "tour", "receive", "guest", "meet", "attend", "delegation")
MEETING_KINDS = ("meet", "attend")  # built a run of close meeting words at a time
# The trigger kind of a verb of seeds/cue_words.csv, by its class: every conjugation the cue lexicon
# generates for it is a trigger, so a new verb of travel, arrival, meeting, reception or attending is
# one row of that file. A row whose `trigger` column is 0 is a cue of its class and no trigger (تباحث
# and استضاف, made triggers, cost a visit each on train-develop). seeds/visit_triggers.csv lists only what no
# cue row generates (a participle, a noun, a verb of no cue row): a row repeating a generated form is an error.
CUE_CLASS_KINDS = {"travel": "go", "arrival": "go", "meeting": "meet", "reception": "receive", "attend": "attend"}


@dataclass(frozen=True)
class Trigger:
    start: int  # offsets in the normalised text
    end: int
    form: str  # the lexicon form (normalised)
    kind: str  # one of TRIGGER_KINDS (or "presence", which no word triggers)
    pos: str  # verb | noun
    tense: str  # past | present | future | noun
    pronoun: bool  # carries an attached pronoun (زيارته، توجهه)
    adjacent: bool  # the place must follow at once (حل بـ)
    lemma: str | None = None  # the seeds/cue_words.csv lemma its form is read as (توجهوا → توجه), if any
    cue_class: str | None = None  # that lemma's class (arrival, travel, meeting …)
    # A noun naming a meeting held somewhere, one a later "القمة" or "الاجتماع" may point back to
    # (the `event` column of seeds/visit_triggers.csv: مؤتمر، قمة، اجتماع; not لقاء or محادثات).
    names_event: bool = False


@dataclass(frozen=True)
class TriggerLexicon:
    words: dict  # every written form (clitics included) -> (lexicon form, tense, carries a pronoun)
    rows: dict  # normalised form -> row


# Kinds of title (seeds/titles.csv) that do not travel on public business.
_PRIVATE_TITLE_KINDS = {"profession", "activist", "artist", "sport"}
_OFFICIAL_CLERGY = {"البابا", "بابا", "البطريرك", "المرشد", "الكاردينال"}
_SERVING_LIMIT = 100_000  # titles whose answer VisitLexicon keeps: memory stays flat over any corpus


@dataclass(frozen=True)
class VisitLexicon:
    triggers: TriggerLexicon
    titles: dict  # normalised title -> kind, for telling officials from private travellers
    clauses: ClauseWords  # the words that bound a clause (seeds/cue_words.csv)
    seats: dict  # normalised name of a seat of government or of a UN body -> its country (organisations.csv)
    exclusions: ExclusionWords | None = None  # the words of what is no visit (seeds/cue_words.csv)
    places: PlaceWords | None = None  # the words that tell where a meeting is held (seeds/cue_words.csv)
    # an international body's name in a title -> the country of its seat (seeds/international_seats.csv)
    body_seats: tuple = ()
    # serves_international_body's answer per title: a worker's articles ask of the same titles again and again, and
    # each answer tries every body's pattern
    _serving: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def is_private_title(self, title: str | None) -> bool:
        """A title whose office is private (الصحفي، الباحث، اللاعب): not an official visitor."""
        if not title:
            return False
        if self.clauses.sport_in_title.search(normalize_key(title)):  # class visit_sport_in_title
            return True  # رئيس الاتحاد المغربي لكرة القدم، الرئيس القطري لنادي باريس سان جرمان: a sporting trip
        if not self.titles:
            return False
        words = normalize_key(title).split()
        for n in range(len(words), 0, -1):
            kind = self.titles.get(" ".join(words[:n]))
            if kind is not None:
                if kind == "religious":  # a preacher travels privately; a pope or patriarch does not
                    return not words[0] in _OFFICIAL_CLERGY
                return kind in _PRIVATE_TITLE_KINDS
        return False

    def serves_international_body(self, title: str | None) -> bool:
        """A title whose office is an international body's own (الأمين العام للأمم المتحدة، رئيس المفوضية الأوروبية،
        مديرة صندوق النقد الدولي: an office, then a body of seeds/international_seats.csv): its holder acts for the
        body, not for the state whose citizen he is (GUIDELINES: an official of an international body has no
        visitor_country). Not when a preposition stands between the office and the body (السفيرة لدى الأمم المتحدة،
        سفير إيران في الأمم المتحدة: a state's delegate to it) nor when the office is a minister's (seeds/titles.csv
        kind minister: وزير شؤون الاتحاد الأوروبي serves a state)."""
        if not title or not self.body_seats:
            return False
        serving = self._serving.get(title)
        if serving is None:
            if len(self._serving) >= _SERVING_LIMIT:
                self._serving.clear()
            serving = self._serving[title] = self._serves_international_body(title)
        return serving

    def _serves_international_body(self, title: str) -> bool:
        key = normalize_key(title)
        body = next((m for m in (pattern.search(key) for pattern, _ in self.body_seats) if m), None)
        if body is None:
            return False
        office = key[:body.start()].split()
        if not office:
            return False  # the body's name alone is no office
        if "لدي" in office or self.clauses.actor_words.place_preposition.search(" ".join(office)):
            return False
        return not any(self.titles.get(word) == "minister" for word in office)


def build_visit_lexicon(trigger_rows: list[dict], title_rows: list[dict], cues: CueLexicon,
                        organisation_rows: list[dict], seat_rows: list[dict] = ()) -> VisitLexicon:
    """From seeds/visit_triggers.csv rows, seeds/titles.csv rows (title_ar, kind), the cue lexicon
    of seeds/cue_words.csv, seeds/organisations.csv rows (their seat_iso2) and seeds/international_seats.csv
    rows (body_ar, variants, seat_iso2)."""
    from transforms.visits.filters import body_seat_patterns
    from transforms.visits.mentions import seats_of

    titles = {normalize_key(r["title_ar"]): r.get("kind", "") for r in title_rows if r.get("title_ar")}
    clauses = clause_words(cues)
    return VisitLexicon(build_trigger_lexicon(trigger_rows, cues), titles, clauses, seats_of(organisation_rows),
                        exclusion_words(cues, clauses), place_words(cues), body_seat_patterns(seat_rows))


# Clitic prefixes: و/ف, then ب/ل/ك and ال on a noun (للـ for ل + ال); و/ف then س on a verb.
_NOUN_PREFIXES = sorted({c + p + d for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك") for d in ("", "ال")}
                        | {"لل", "ولل", "فلل"}, key=len)
_VERB_PREFIXES = ("", "و", "ف", "س", "وس", "فس")
_WORD = re.compile(r"\w+")
_MARK_BEFORE_DIGIT = re.compile(r"[.,]\d")  # where a document token may join a number's parts (transforms.document)


def _surface_variants(form: str, pos: str) -> list[str]:
    """The word with its suffixes: pronouns, and for a noun in ة (normalised ه) the construct ت."""
    variants = [form]
    base = form[:-1] + "ت" if pos == "noun" and form.endswith("ه") else form
    # Not "my" on a noun (اجتماعي is "social"), nor "me/us" on a verb (توجهنا is "we headed").
    pronouns = [p for p in _PRONOUNS if p not in (("ي",) if pos == "noun" else ("ي", "نا"))]
    variants += [base + p for p in pronouns]
    if pos == "noun" and not form.endswith("ه"):
        variants.append(form + "ا")  # اجتماعا، لقاءا
    return variants


def _cue_verb_rows(cues: CueLexicon | None) -> list[dict]:
    """Trigger rows for every conjugation of the verbs of a visit class of seeds/cue_words.csv
    (CUE_CLASS_KINDS) whose row does not say `trigger` 0."""
    if cues is None:
        return []
    return [{"form": form, "pos": "verb", "kind": CUE_CLASS_KINDS[cls], "tense": tense, "adjacent": "0", "event": "0",
             "note": f"a conjugation of {lemma} (seeds/cue_words.csv)"}
            for form, entries in sorted(cues.forms.items())
            for lemma, cls, pos, tense in entries[:1]
            if pos == "verb" and cls in CUE_CLASS_KINDS and lemma not in cues.not_triggers]


def _written_readings(form: str, pos: str, tense: str):
    """(prefix length, surface, tense, pronoun) of every written form of a lexicon word: clitic prefixes x word x
    suffixes."""
    prefixes = _NOUN_PREFIXES if pos == "noun" else _VERB_PREFIXES
    for i, variant in enumerate(_surface_variants(form, pos)):
        pronoun = i > 0 and variant != form + "ا"
        for prefix in prefixes:
            future = pos == "verb" and prefix.endswith("س")
            if future and tense != "present":
                continue  # س before a past verb would be part of another word
            surface = prefix + variant
            if surface in _ADVERBS:
                continue
            if pos == "verb" and pronoun and surface in _NOUN_HOMOGRAPHS:
                continue  # وزارة (ministry) and حضرة are nouns, not "and he visited him" / "he attended it"
            yield len(prefix), surface, "future" if future else tense, pronoun


def _check_listed_rows(rows: list[dict], generated: list[dict]) -> None:
    """A row of seeds/visit_triggers.csv is only for what the cue lexicon cannot generate (a participle, a noun, a verb
    of no cue row): one that repeats a generated conjugation, or one of whose written forms is also a generated one's,
    would shadow the generated reading, so it is an error."""
    by_form = {row["form"]: row for row in generated}
    by_surface = {}
    for row in generated:
        for _, surface, _, _ in _written_readings(row["form"], "verb", row["tense"]):
            by_surface.setdefault(surface, row)
    for n, row in enumerate(rows, 2):
        form = normalize_key(row["form"])
        if form in by_form:
            raise TriggerLexiconError(f"visit_triggers.csv line {n}: {row['form']} repeats {by_form[form]['note']}; "
                                      "drop the row")
        for _, surface, _, _ in _written_readings(form, row["pos"].strip(), row["tense"].strip()):
            if surface in by_surface:
                raise TriggerLexiconError(f"visit_triggers.csv line {n}: {surface}, a written form of {row['form']}, "
                                          f"is also {by_surface[surface]['form']}'s, {by_surface[surface]['note']}")


class TriggerLexiconError(ValueError):
    """A row of seeds/visit_triggers.csv the engine cannot use: an unknown kind, or a form the cue lexicon generates."""


def build_trigger_lexicon(rows: list[dict], cues: CueLexicon | None = None) -> TriggerLexicon:
    """Every written form of every trigger (clitic prefixes x word x suffixes) in one dict, each read
    with the fewest clitics that leave a lexicon word. With `cues`, each form also knows the cue
    lemma and class it is read as (the conjugations of وصل are arrivals), and the verbs of a visit class of
    seeds/cue_words.csv are triggers with all their conjugations (a row of `rows` repeating or shadowing one is an
    error)."""
    by_form: dict[str, dict] = {}
    readings = []  # (prefix length, surface, form, tense, pronoun)
    generated = _cue_verb_rows(cues)
    _check_listed_rows(rows, generated)
    for n, row in enumerate(list(rows) + generated, 2):
        if row["kind"] not in TRIGGER_KINDS:
            raise TriggerLexiconError(f"visit_triggers.csv line {n}: unknown kind {row['kind']!r} "
                                      f"(known: {', '.join(TRIGGER_KINDS)})")
        form = normalize_key(row["form"])
        pos = row["pos"].strip()
        cue = cues.cue(form) if cues is not None else None
        by_form[form] = {**row, "form": form, "pos": pos, "lemma": cue and cue.lemma, "cue_class": cue and cue.cls}
        readings += [(prefix_length, surface, form, tense, pronoun)
                     for prefix_length, surface, tense, pronoun in _written_readings(form, pos, row["tense"].strip())]
    words: dict[str, tuple[str, str, bool]] = {}
    for _, surface, form, tense, pronoun in sorted(readings, key=lambda r: r[0]):
        words.setdefault(surface, (form, tense, pronoun))
    return TriggerLexicon(words, by_form)


def find_triggers(normalized_text: str, lexicon: TriggerLexicon, tokens=None) -> list[Trigger]:
    """Every trigger word in the normalised text, in order: one dictionary probe per word. `tokens`, the analysed
    document's tokens of the text (transforms.document.Token), give its words without a search of the text."""
    found = []
    for start, end, (form, tense, pronoun) in _known_words(normalized_text, lexicon.words, tokens):
        row = lexicon.rows[form]
        found.append(Trigger(start=start, end=end, form=form, kind=row["kind"], pos=row["pos"],
                             tense=tense, pronoun=pronoun, adjacent=row.get("adjacent", "0") == "1",
                             lemma=row["lemma"], cue_class=row["cue_class"], names_event=row.get("event") == "1"))
    return found


def _known_words(normalized_text: str, words: dict, tokens) -> list[tuple[int, int, tuple]]:
    """(start, end, reading) of each word (a run of \\w) of the text that `words` knows, in order.

    A document token is such a run, but for two cases: a '_' is a letter of a run and no token's, and a token
    may join a number's parts (1.5، 2,000): in a text with a '_' the runs are searched for, and a token holding
    a mark before a digit is read run by run."""
    if tokens is None or "_" in normalized_text:
        return [(m.start(), m.end(), reading) for m in _WORD.finditer(normalized_text)
                for reading in [words.get(m.group())] if reading is not None]
    readings = list(map(words.get, [t.text for t in tokens]))
    joined = set()
    starts = None
    for mark in _MARK_BEFORE_DIGIT.finditer(normalized_text):
        if starts is None:
            starts = [t.start for t in tokens]
        i = bisect_right(starts, mark.start()) - 1
        if i >= 0 and tokens[i].end > mark.start():
            joined.add(i)
    if not joined:
        return [(tokens[i].start, tokens[i].end, readings[i]) for i in compress(range(len(readings)), readings)]
    found = []
    for i in sorted(joined.union(compress(range(len(readings)), readings))):
        token = tokens[i]
        if i not in joined:
            found.append((token.start, token.end, readings[i]))
            continue
        found += [(token.start + m.start(), token.start + m.end(), reading) for m in _WORD.finditer(token.text)
                  for reading in [words.get(m.group())] if reading is not None]
    return found

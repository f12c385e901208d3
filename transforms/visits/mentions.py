"""Who and where: the actors (named persons, unnamed officials) and places a visit frame can use.

Built once per article from the outputs of the entities and persons extractors. Offsets are into
the original text. A country named as a noun (مصر، الولايات المتحدة) or a city/venue is a place a
visit can go to; a nationality adjective (الأميركي) is not, except after العاصمة ("العاصمة
الإيطالية" is Rome). A country inside an organisation's name (وزارة الخارجية الأميركية) is neither.
An official noun followed by a country (وزير الدفاع الأميركي، أمير قطر، وفد أميركي) is an actor:
the named person it introduces when a name follows, else an unnamed official of that country,
who may be a person named earlier (الوزير الأميركي after جيمس ماتيس).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable

from transforms.arabic_text import normalize, normalize_key, slice_key
from transforms.span_cover import SpanCover
from transforms.visits.cues import ActorWords, SeatWords
from transforms.word_index import WordIndex


@dataclass
class Loc:
    start: int
    end: int
    iso2: str
    place: str | None  # the city or venue as written; None for a country name
    capital: bool = False  # "العاصمة" + a nationality adjective
    body_seat: bool = False  # an international body read as its seat (أمام مجلس الأمن، مقر الأمم المتحدة)


@dataclass
class Actor:
    start: int
    end: int
    country: str | None
    person: dict | None = None  # the persons extractor's record, when named
    title: str | None = None  # the official noun phrase for an unnamed actor
    # an official of an international body by his title (VisitLexicon.serves_international_body): he has no country,
    # and no nationality adjective of a title read later gives him one
    international: bool = False

    @property
    def key(self):
        if self.person is not None:
            return ("person", self.person.get("person_id") or self.person.get("name_ar"))
        return ("country", self.country)


# Words after which a title is generic enough to stand for any official of its country.
_GENERIC_HEADS = {"مسؤول", "ضيف", "زائر", "نظير", "نظيره"}
def _in_relation(left: str, actor_words: ActorWords) -> bool:
    """The words before a name (normalised) end in a relation noun that is not part of a title (class
    visit_genitive_relation, an office noun of visit_relation_office_head before it making it a title's)."""
    m = actor_words.relation_before.search(left)
    return bool(m) and not actor_words.office_head.search(left[:m.start()])


_INDEFINITE_ADJECTIVE = re.compile(
    r"^\s*(?!ال|جنوبي|شمالي|شرقي|غربي|وسط|حوالي|نحوي)\w{3,}(?:ي|يه)(?!\w)"
)
_TITLE_WORDS = 4  # words a title may put between its office noun and the country (رئيس هيئة الأركان العامة للجيش السعودي)
_ADJECTIVE_VIA = ("adj", "nation", "demonym", "nisba", "gentilic")
_NAME_VIA = ("name", "alias", "country")
_CAPITAL = re.compile(r"(?:^|\s)[وفبل]?(?:في\s+)?(?:ب|ل)?(?:ال)?عاصمه\s*$")


def _is_adjective(mention: dict) -> bool:
    via = str(mention.get("via") or "").lower()
    if any(v in via for v in _ADJECTIVE_VIA):
        return True
    if any(v in via for v in _NAME_VIA):
        return False
    surface = normalize_key(mention.get("surface") or "")
    return bool(re.search(r"(?:ي|يه|يون|يين|يان|يتان|يتين)$", surface)) and surface.startswith("ال")


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


class _Spans:
    """Organisation spans asked whether one holds a mention whole: by bisection (SpanCover), or by
    a scan when a span has no offsets."""

    def __init__(self, spans: list[tuple[int, int]]):
        placed = all(s is not None and e is not None for s, e in spans)
        self.unplaced = None if placed else spans
        self.cover = SpanCover(spans) if placed else None

    def contain(self, span: tuple[int, int]) -> bool:
        """As _inside(span, spans)."""
        if self.unplaced is not None:
            return _inside(span, self.unplaced)
        return self.cover.covers(span[0], span[1])


def seats_of(organisation_rows: list[dict]) -> dict[str, str]:
    """Normalised name (and variant) of every body of seeds/organisations.csv with a seat_iso2 -> the
    country it sits in: a seat of government (البيت الأبيض، الكرملين) or a body of the UN in New York."""
    seats = {}
    for row in organisation_rows:
        if row.get("seat_iso2"):
            for name in [row["name_ar"]] + (row.get("variants") or "").split("|"):
                if name.strip():
                    seats[normalize_key(name.strip())] = row["seat_iso2"]
    return seats


def build_locs(text: str, entities: dict, seats: dict[str, str], words: WordIndex | None = None, *,
               seat_words: SeatWords, normalized=None) -> list[Loc]:
    """Places a visit can be to: country names, cities and venues, and العاصمة + adjective, and the
    seats of government or of a UN body (`seats`: seats_of(rows of seeds/organisations.csv); `seat_words`: the words
    that make a seat a place, ClauseWords.seat_words of the visit lexicon; `normalized`: normalize(text), when the
    caller has it)."""
    organisations = entities.get("organisations", [])
    words = words if words is not None else WordIndex.of_text(text)
    normalized = normalized if normalized is not None else normalize(text)
    locs = (_country_locs(text, normalized, entities.get("countries", []),
                          [(o["char_start"], o["char_end"]) for o in organisations], words)
            + _seat_locs(text, normalized, organisations, seats, words, seat_words)
            + [Loc(p["char_start"], p["char_end"], p["iso2"], p["char_start"] is not None and
                   text[p["char_start"]:p["char_end"]] or p.get("name_ar")) for p in entities.get("places", [])
               if p.get("iso2")])
    # A city spelt like a common noun, followed by an indefinite adjective, is that noun (في مشهد تاريخي).
    locs = [l for l in locs if not (l.place and not l.capital and _INDEFINITE_ADJECTIVE.match(
        slice_key(text, normalized, l.end, words.ahead(l.end, 1))))]
    locs.sort(key=lambda l: (l.start, -l.end))
    return _drop_seat_elsewhere(text, _capitals_named(text, locs), words)


def _country_locs(text: str, normalized, countries: list[dict], org_spans: list[tuple[int, int]],
                  words: WordIndex) -> list[Loc]:
    """Country names, and العاصمة + a nationality adjective (an adjective alone is no place)."""
    locs = []
    organisations = _Spans(org_spans)
    for c in countries:
        span = (c["char_start"], c["char_end"])
        if not c.get("iso2") or organisations.contain(span) or "org" in str(c.get("via") or "").lower():
            continue
        if _is_adjective(c):
            before = slice_key(text, normalized, words.back(span[0], 3), span[0])
            if _CAPITAL.search(before + " ") or before.endswith("عاصمه"):
                head = text.rfind("عاصمة", words.back(span[0], 3), span[0])
                start = head if head >= 0 else span[0]
                while start > 0 and text[start - 1] in "الوفبك" and not text[start - 1].isspace():
                    start -= 1  # back to the word's start: للعاصمة، بالعاصمة
                locs.append(Loc(start, span[1], c["iso2"], "العاصمة " + c["surface"], capital=True))
            continue
        locs.append(Loc(span[0], span[1], c["iso2"], None))
    return locs


def _seat_locs(text: str, normalized, organisations: list[dict], seats: dict[str, str], words: WordIndex,
               seat_words: SeatWords) -> list[Loc]:
    """A seat of government after a preposition of place is where a meeting is held (التقى ماكرون،
    الأحد، في الكرملين، نظيره الروسي؛ لقاء في البنتاغون؛ مؤتمر صحفي بالبيت الأبيض); speaking before
    the Security Council or the General Assembly is being at the UN in New York (وسيتحدث عباس
    الثلاثاء أمام مجلس الأمن)."""
    locs = []
    for o in organisations:
        seat = seats.get(normalize_key(o.get("name_ar") or ""))
        if seat is None:
            continue
        before = slice_key(text, normalized, words.back(o["char_start"], 2), o["char_start"])
        if o.get("iso2") and seat_words.preposition.search(before):  # a state's own seat
            locs.append(Loc(o["char_start"], o["char_end"], o["iso2"], text[o["char_start"]:o["char_end"]]))
        elif not o.get("iso2") and (_BEFORE_BODY.search(before) or _BODY_SEAT.search(before) or seat_words.speech_in.search(
                slice_key(text, normalized, words.back(o["char_start"], 4), o["char_start"]))) \
                and not seat_words.national.match(slice_key(text, normalized, o["char_end"], words.ahead(o["char_end"], 1))):
            start = o["char_start"]
            if _BODY_SEAT.search(before):  # the venue is the seat: مقر الأمم المتحدة
                start = max(text.rfind("مقر", words.back(start, 1), start), 0) or start
                while start > 0 and text[start - 1] in "الوفب" and not text[start - 1].isspace():
                    start -= 1
            locs.append(Loc(start, o["char_end"], seat, text[start:o["char_end"]].lstrip("وفب"), body_seat=True))
    return locs


# Before an international body with a seat (seeds/organisations.csv seat_iso2): speaking before it
# (أمام مجلس الأمن) or its seat (في مقر الأمم المتحدة، بمقر المحكمة الجنائية الدولية) is being there.
# The seat of such a body is a venue of one fixed country: the UN and its Security Council and General
# Assembly in New York (US), the International Criminal Court and Court of Justice in The Hague (NL).
_BEFORE_BODY = re.compile(r"(?<!\w)امام\s*$")
_BODY_SEAT = re.compile(r"(?<!\w)[وف]?[ب]?(?:ال)?مقر\s*$")
# A speech given in it (خلال كلمة له في مجلس الأمن) and an adjective after it that makes it a national body (مجلس الأمن
# القومي): SeatWords.speech_in and SeatWords.national.


def _drop_seat_elsewhere(text: str, locs: list[Loc], words: WordIndex) -> list[Loc]:
    """An international body's seat followed by the city it sits in there (مقر الأمم المتحدة في جنيف):
    the city is the place, not the seat's usual country."""
    drop = set()
    for i, loc in enumerate(locs):
        if not loc.body_seat:
            continue
        for other in locs[i + 1:]:
            if other.start >= words.ahead(loc.end, 2):
                break
            if other.place and not other.body_seat and re.fullmatch(r"\s*(?:في\s*|ب)?", normalize_key(text[loc.end:other.start])):
                drop.add(i)
    return [l for i, l in enumerate(locs) if i not in drop]


def _capitals_named(text: str, locs: list[Loc]) -> list[Loc]:
    """A capital phrase and the city's own name after it are one place (locs in text order)."""
    # "العاصمة الفنلندية هلسنكي": the city's own name says it better than the capital phrase.
    locs = [l for i, l in enumerate(locs) if not (
        l.capital and i + 1 < len(locs) and locs[i + 1].iso2 == l.iso2 and locs[i + 1].place
        and not text[l.end:locs[i + 1].start].strip(" #"))]
    # "في العاصمة الأرجنتينية، بوينس آيرس": the phrase keeps its place in the sentence, the city names it.
    named = set()
    for i, l in enumerate(locs):
        if l.capital and i + 1 < len(locs) and locs[i + 1].iso2 == l.iso2 and locs[i + 1].place \
                and text[l.end:locs[i + 1].start].strip(" #") in ("،", ","):
            l.place = locs[i + 1].place
            named.add(i + 1)
    locs = [l for i, l in enumerate(locs) if i not in named]
    # A capital phrase followed by the city's own name: keep the city (العاصمة الفنلندية هلسنكي).
    kept = []
    for loc in locs:
        if kept and loc.start < kept[-1].end:
            if loc.place and (loc.end - loc.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = loc
            continue
        kept.append(loc)
    return kept


# Words that are the object of a verb, not part of a title (وبحث الوزراء تطورات #أزمة_قطر).


def _own_country(person: dict, envoy: re.Pattern) -> str | None:
    """The country a person serves: the persons step's, except for an envoy of an international
    body (`envoy`: ActorWords.international_envoy), whose title names the country he is sent to (مبعوث الأمم المتحدة
    لليمن مارتن غريفيث)."""
    title = normalize_key(person.get("title_ar") or "")
    if title and envoy.search(title) and "لدي" not in title.split():
        return None
    return person.get("country_iso2")


def _title_words(phrase: str) -> list[str]:
    words = []
    for w in normalize_key(phrase).split():
        w = re.sub(r"^[وفبلك]?(?:لل|ال)", "", w) or w
        words.append(w)
    return words


def _compatible(title_words: list[str], person: dict) -> bool:
    if not title_words:
        return False
    if title_words[0] in _GENERIC_HEADS:
        return bool(person.get("title_ar"))
    person_words = _title_words(person.get("title_ar") or "")
    return person_words[: len(title_words)] == title_words


def build_actors(text: str, normalized, entities: dict, persons: list[dict], words: WordIndex | None = None, *,
                 actor_words: ActorWords, serves_body: Callable[[str | None], bool] = lambda title: False) -> list[Actor]:
    """Named persons (their title phrase attached on the left) and unnamed officials of a country. `actor_words`: the
    words that keep a name from acting (ClauseWords.actor_words of the visit lexicon); `serves_body`: whether a title is
    an international body's official's (VisitLexicon.serves_international_body), whose holder has no country."""
    words = words if words is not None else WordIndex.of_text(text)
    actors = _named_actors(text, normalized, persons, words, actor_words, serves_body)
    organisations = _Spans([(o["char_start"], o["char_end"]) for o in entities.get("organisations", [])])
    countries = sorted(
        (c for c in entities.get("countries", []) if c.get("iso2")
         and not organisations.contain((c["char_start"], c["char_end"]))),
        key=lambda c: c["char_start"],
    )
    country_starts = [c["char_start"] for c in countries]
    starts = [a.start for a in actors]
    unnamed: list[Actor] = []
    for m in actor_words.official_noun.finditer(normalized.text):
        unnamed += _officials_of_title(m, text, normalized, persons, actors, unnamed, countries, starts, words,
                                       country_starts, actor_words, serves_body)
    for u in unnamed:
        if u.country is None:
            continue  # an international official: his person, if any, is set already
        u.person = _coreferent(u, text, persons)
        if u.person is not None:
            u.country = u.person.get("country_iso2") or u.country
    merged = actors + unnamed
    merged.sort(key=lambda a: a.start)
    return merged


def _named_actors(text: str, normalized, persons: list[dict], words: WordIndex, actor_words: ActorWords,
                  serves_body: Callable[[str | None], bool]) -> list[Actor]:
    """Every mention of a named person, but a name inside a place's name or in the genitive of a
    kin, ally or event noun, in text order."""
    actors: list[Actor] = []
    for p in persons:
        for m in p.get("mentions", []):
            left = slice_key(text, normalized, words.back(m["char_start"], 6), m["char_start"])
            if actor_words.facility_before.search(left):
                continue  # a name inside a place's name is nobody acting (مطار الملك عبد العزيز في جدة)
            if _in_relation(left, actor_words):
                continue  # a name in the genitive of a kin, ally or event noun is not the one acting
            if serves_body(p.get("title_ar")):
                # الأمين العام للأمم المتحدة أنطونيو غوتيريس travels as the UN's, even to Lisbon
                actors.append(Actor(m["char_start"], m["char_end"], None, person=p, international=True))
            else:
                actors.append(Actor(m["char_start"], m["char_end"], _own_country(p, actor_words.international_envoy), person=p))
    actors.sort(key=lambda a: a.start)
    return actors


def _officials_of_title(m, text: str, normalized, persons: list[dict], actors: list[Actor], unnamed: list[Actor],
                        countries: list[dict], starts: list[int], words: WordIndex,
                        country_starts: list[int] | None, actor_words: ActorWords,
                        serves_body: Callable[[str | None], bool] = lambda title: False) -> list[Actor]:
    """The unnamed officials an official noun (match `m` in the normalised text) introduces: one
    of the country after it, or several for a plural office (وزيرا خارجية روسيا وتركيا), or an
    international official. A name right after the phrase takes the phrase as its title instead."""
    o_start, o_end = normalized.span_to_original(m.start(), m.end())
    if _in_relation(slice_key(text, normalized, words.back(o_start, 6), o_start), actor_words):
        return []  # صهر الرئيس الأمريكي: the title names the kin's relative, who is not acting
    if any(a.start <= o_start < a.end for a in actors + unnamed):
        return []
    # The first country (by start) that opens within seven words after the noun; `country_starts`,
    # when given, are the countries' starts, which the list is sorted by.
    if country_starts is None:
        country = next((c for c in countries if o_end <= c["char_start"] < words.ahead(o_end, 7)), None)
    else:
        i = bisect_left(country_starts, o_end)
        country = countries[i] if i < len(countries) and country_starts[i] < words.ahead(o_end, 7) else None
    # A title in apposition after a name is that person's (بوغدانوف نائب وزير الخارجية الروسي); where
    # the persons step gave him no country, the title's says whose official he is (جان أسيلبورن، وزير
    # خارجية لوكسمبورغ؛ مخيتار هيرابتيان وزير شؤون المغتربين الأرمني).
    named = next((a for a in actors if 0 <= o_start - a.end <= 3 and not text[a.end:o_start].strip(" ،,")), None)
    if named is not None:
        if named.country is None and not named.international and named.person is not None and country is not None \
                and not serves_body(text[o_start:country["char_start"]]) \
                and _title_country_ok(text, normalized, m, o_end, country, starts, actor_words) \
                and not any(country["char_end"] <= a.start < words.ahead(country["char_end"], 2) for a in actors):
            named.country = country["iso2"]  # (a name right after the phrase takes it as its own title)
        return []
    if country is None:
        envoy = _international_official(m, text, normalized, actors, persons, actor_words.international_envoy)
        return [envoy] if envoy is not None else []
    between = text[o_end:country["char_start"]]
    if re.search(r"[،,.؛:()\"«»]", between) or any(o_end <= s < country["char_start"] for s in starts):
        return []
    if len(between.split()) > _TITLE_WORDS or re.search(r"\d", between):
        return []  # "وفود 14 دولة عربية من بينها مصر" lists countries; it is no title of Egypt's
    if actor_words.place_preposition.search(normalize_key(between)) \
            or actor_words.not_title_word.search(normalize_key(between)):
        return []  # "التقى المبعوث الأممي الخميس في سلطنة عمان": the country is where, not whose
    phrase_end = country["char_end"]
    # A name right after the phrase: the phrase is that person's title.
    follower = next((a for a in actors if phrase_end <= a.start < words.ahead(phrase_end, 2)
                     and actor_words.honorific_gap.match(normalize_key(re.sub(r"[#_،,]", " ", text[phrase_end:a.start])).strip())), None)
    if follower is not None:
        if not normalize_key(m.group()).lstrip("وفبلك").startswith("نظير"):
            follower.start = min(follower.start, o_start)  # "نظيره المصري صدقي صبحي" stays the name
        if follower.international or serves_body(text[o_start:country["char_start"]]):
            # الأمين العام للأمم المتحدة البرتغالي أنطونيو غوتيريس: the adjective is his nationality, not whom he serves
            follower.international, follower.country = True, None
        elif follower.country is None:  # the title says whose official it is (وزير الدفاع الأميركي X)
            follower.country = country["iso2"]
        return []
    title = text[o_start:country["char_start"]].strip()
    found = [Actor(o_start, phrase_end, country["iso2"], title=title)]
    if re.search(r"(?:ان|ين|اء|ا)$", normalize_key(m.group()).split()[-1]):
        # Two or more offices: the countries joined to the first are the others' (الرئيسان الروسي
        # والإيراني، وزيرا خارجية روسيا وتركيا).
        end = phrase_end
        for other in countries:
            if other["char_start"] < end or not re.fullmatch(r"\s*(?:و|،\s*و?)\s*", text[end:other["char_start"]]):
                continue
            found.append(Actor(other["char_start"], other["char_end"], other["iso2"], title=title))
            end = other["char_end"]
    return found


def words_after(text: str, country: dict, n: int = 2) -> int:
    """The offset n words after a country mention."""
    end = country["char_end"]
    for _ in range(n):
        nxt = text.find(" ", end + 1)
        end = len(text) if nxt < 0 else nxt
    return end


def _title_country_ok(text: str, normalized, m, o_end: int, country: dict, starts: list[int],
                      actor_words: ActorWords) -> bool:
    """The country after an official noun is the office's own (وزير خارجية لوكسمبورغ، رئيس هيئة
    الأركان العامة للجيش السعودي), not where he is sent (مبعوث الأمم المتحدة لليمن) nor where he
    acts (الذي وصل إلى مصر)."""
    between = text[o_end:country["char_start"]]
    if re.search(r"[،,.؛:()\"«»]", between) or any(o_end <= s < country["char_start"] for s in starts):
        return False
    if len(between.split()) > _TITLE_WORDS or re.search(r"\d", between):
        return False
    phrase = normalize_key(text[normalized.span_to_original(m.start(), m.end())[0]:country["char_end"]])
    if actor_words.international_envoy.search(phrase) or re.search(r"(?<!\w)(?:ال|لل)?(?:امم|اممي|امميه|دولي|دوليه)(?!\w)", phrase):
        return False
    clitic = text[text.rfind(" ", 0, country["char_start"]) + 1:country["char_start"]]
    if not _is_adjective(country) and re.search(r"[لب]", clitic):
        return False  # a country after ل or ب is what the office is about (رئيس المكتب السياسي لحماس لمصر)
    word = normalize_key(m.group())
    if word.startswith("و") and actor_words.official_noun.fullmatch(word[1:]):
        return False  # «موغريني ووزير خارجية الصين»: another person, joined by و
    if re.search(r"(?<!\w)(?:ال)?(?:سابق|سابقه|اسبق)(?!\w)", normalize_key(text[o_end:words_after(text, country)])):
        return False  # a former office (رئيسة تشيلي السابقة) says not whom he serves now
    head = normalize_key(m.group()).split()[-1]
    if re.sub(r"^[وفبلك]?(?:لل|ال)?", "", head) in ("سفير", "مبعوث", "موفد", "مندوب", "ممثل"):
        return False  # an ambassador's or envoy's country may be where he is posted (سفير لدى مصر)
    return not (actor_words.place_preposition.search(normalize_key(between))
                or actor_words.not_title_word.search(normalize_key(between)))


# An international body's adjective or name right after an official noun (المبعوث الأممي، مبعوث
# الأمم المتحدة، الأمين العام للأمم المتحدة), a word or two between at most (normalised).
_INTERNATIONAL_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}?(?:الاممي|الامميه|الامم المتحده|للامم المتحده|الدولي|الدوليه)(?!\w)")


def _international_official(m, text: str, normalized, actors: list[Actor], persons: list[dict],
                            envoy: re.Pattern) -> Actor | None:
    """A definite official of an international body left unnamed (وتُعد زيارة المبعوث الأممي للقاء
    قيادات الحوثيين في صنعاء): the named person with such a title (`envoy`: ActorWords.international_envoy, or الأمين
    العام), the one named last before it (or first after it), when the article names one; he has no country."""
    head = normalize_key(m.group()).split()[0]
    if not re.match(r"^[وفبلك]?(?:لل|ال)", head):
        return None
    after = _INTERNATIONAL_AFTER.match(normalized.text, m.end())
    if after is None:
        return None
    o_start, o_end = normalized.span_to_original(m.start(), after.end())
    if any(0 <= a.start - o_end <= 3 for a in actors):
        return None  # a name follows: the phrase is its title
    words = _title_words(text[o_start:o_end])[:1]
    best, best_key = None, None
    for p in persons:
        title = normalize_key(p.get("title_ar") or "")
        if not title or not envoy.search(title) and not re.search(r"الامين العام", title):
            continue
        if words and words[0] not in _title_words(title):
            continue
        starts = [mm["char_start"] for mm in p.get("mentions", [])]
        if not starts:
            continue
        before = [x for x in starts if x < o_start]
        key = (1, max(before)) if before else (0, -min(starts))
        if best_key is None or key > best_key:
            best, best_key = p, key
    if best is None:
        return None
    return Actor(o_start, o_end, None, person=best, title=text[o_start:o_end])


_COPULA_BEFORE = re.compile(r"(?<!\w)(?:هو|هي|هما|هم)\s*$")  # the pronoun of a copula right before a title


def _coreferent(actor: Actor, text: str, persons: list[dict]) -> dict | None:
    """The person a definite unnamed title refers back to (الوزير الأميركي → جيمس ماتيس)."""
    head = normalize_key(actor.title or "").split()
    if not head or not re.match(r"^[وفبلك]?(?:لل|ال)", head[0]):
        return None  # only a definite title points back ("وفد أميركي" is a new actor)
    if _COPULA_BEFORE.search(normalize_key(text[max(0, actor.start - 12):actor.start])):
        return None  # "وكان برات هو المسؤول التركي الذي سافر": the predicate names the subject before هو
    words = _title_words(actor.title or "")
    best, best_pos = None, -1
    for p in persons:
        if p.get("country_iso2") != actor.country or not _compatible(words, p):
            continue
        earlier = [m["char_start"] for m in p.get("mentions", []) if m["char_start"] < actor.start]
        if earlier and max(earlier) > best_pos:
            best, best_pos = p, max(earlier)
    return best

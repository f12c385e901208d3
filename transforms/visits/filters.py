"""Step 2 of visit extraction: named checks from the guidelines, each returning why it drops a
candidate (or None). The first check that answers decides, and the reason stays in the trace."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from transforms.arabic_text import normalize_key, slice_key
from transforms.visits.candidates import VisitCandidate, VisitContext
from transforms.visits.cues import ClauseWords
from transforms.visits.exclusions import is_mission_errand


def own_country(c: VisitCandidate, ctx: VisitContext, is_private) -> str | None:
    """Travel inside one's own country is no visit. An actor whose country the text does not
    give stays a candidate (an envoy of the UN, a minister the persons step left without one)."""
    return "travel inside the actor's own country" if c.actor.country == c.host_iso2 else None


def ambassador(c: VisitCandidate, ctx: VisitContext, is_private) -> str | None:
    """An ambassador or chargé lives in the host country."""
    person = c.actor.person or {}
    title = " ".join(filter(None, [c.actor.title, person.get("title_ar")]))
    return "ambassador at post" if (ctx.clauses or ClauseWords).ambassador.search(normalize_key(title)) else None


def private_traveller(c: VisitCandidate, ctx: VisitContext, is_private) -> str | None:
    """A journalist, researcher, player or artist travels privately."""
    return "private traveller" if is_private((c.actor.person or {}).get("title_ar")) else None


def receiver(c: VisitCandidate, ctx: VisitContext, is_private) -> str | None:
    """The one named right after a word of reception receives (استقبل السيسي وزير ...، باستضافة
    الملك عبد الله الثاني): the host, not a visitor."""
    if c.generator != "cue_receiver" or c.actor_tokens[0] < 0:
        return None
    a0 = c.actor_tokens[0]
    for cue in ctx.cue_sentences.get(c.sentence, ()):
        if cue.cue.cls == "reception" and 0 <= a0 - cue.end <= 3 and not any(
                cue.end <= span[0] < a0 for x, span, s in ctx.actors if s == c.sentence and x.key != c.actor.key):
            return "the receiver of a reception is its host"
    return None


def partner_at_home(c: VisitCandidate, ctx: VisitContext, is_private) -> str | None:
    """The person met (after مع) in his own country, named between the traveller and him, hosts
    that meeting; he travels to none of the sentence's other places."""
    from transforms.visits.features import met_at_home

    return "the partner met in his own country hosts it" if met_at_home(c, ctx) else None


def other_headline(c: VisitCandidate, ctx: VisitContext, is_private) -> str | None:
    """In a press review's list of headlines (في صحف اليوم: ...، ...) the actor and the place of
    two headlines are two stories."""
    if c.host_tokens is None or c.actor_tokens[0] < 0 or c.actor_sentence != c.sentence:
        return None
    items = ctx.headlines.get(c.sentence)
    if items is None:
        return None
    doc = ctx.doc
    actor, host = doc.tokens[c.actor_tokens[0]].ostart, doc.tokens[c.host_tokens[0]].ostart
    if any(s <= actor < e for s, e in items) and not any(s <= actor < e and s <= host < e for s, e in items):
        return "actor and place are in two headlines of a press review"
    return None


def mission_errand(c: VisitCandidate, ctx: VisitContext, is_private) -> str | None:
    """The place is the seat of an embassy or consulate a visit word reaches (بعد زيارته القنصلية
    السعودية في اسطنبول): a trip to the building, not a visit to the country (exclusions.py)."""
    if c.host_tokens is None or ctx.clauses is None:
        return None
    doc = ctx.doc
    start = doc.sentences[c.sentence][0] if 0 <= c.sentence < len(doc.sentences) else 0
    host = doc.tokens[c.host_tokens[0]].ostart
    if host < start:
        return None
    return "a trip to a diplomatic mission" if is_mission_errand(slice_key(doc.text, doc.norm, start, host), ctx.clauses.missions, ctx.clauses.mission_visits) else None


# "رافقت كيم خلال الزيارة التي قام بها للصين": a visit word that is what one escorted another in is
# the escorted one's visit (normalised text, before the place). The verbs are class companion's
# (ClauseWords.companion_verbs).
@lru_cache(maxsize=4)
def _escorted_visit(verbs: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)[وف]?(?:{verbs})\s+(?:\S+\s+){{1,4}}?"
                      r"(?:خلال|في|اثناء)\s+(?:ال)?(?:زياره|زيارات|جوله|رحله)(?!\w)")


def escorted_visit(c: VisitCandidate, ctx: VisitContext, is_private) -> str | None:
    """The visit word before the place is what someone or something escorted its owner in (كانت
    طائرة شحن قد رافقت كيم خلال الزيارة التي قام بها للصين ... الرئيس الأمريكي): one named only
    after the place is no party to it."""
    if c.host_tokens is None or c.actor_tokens[0] < 0 or c.actor_sentence != c.sentence or ctx.clauses is None:
        return None
    doc = ctx.doc
    if not 0 <= c.sentence < len(doc.sentences):
        return None
    start = doc.sentences[c.sentence][0]
    host, actor = doc.tokens[c.host_tokens[0]].ostart, doc.tokens[c.actor_tokens[0]].ostart
    if actor <= host or not _escorted_visit(ctx.clauses.companion_verbs).search(slice_key(doc.text, doc.norm, start, host)):
        return None
    return "the visit escorted is its owner's, named before the place"


def body_seat_patterns(seat_rows: list[dict]) -> tuple[tuple[re.Pattern, str], ...]:
    """Rows of seeds/international_seats.csv (body_ar, variants, seat_iso2) as (pattern of the body's
    name and variants in a normalised title, with و/ف, ب/ل and ال or لل before it, the seat's country),
    the longest name first: a more specific body is read before a wider one."""
    named = []
    for row in seat_rows:
        for name in [row["body_ar"]] + (row.get("variants") or "").split("|"):
            key = normalize_key(name.strip())
            if key and row.get("seat_iso2"):
                named.append((key, row["seat_iso2"]))
    named.sort(key=lambda x: -len(x[0]))
    return tuple((re.compile(rf"(?<!\w)[وف]?[بل]?(?:ال|ل)?{re.escape(re.sub(r'^ال', '', key))}(?!\w)"), iso2)
                 for key, iso2 in named)


def at_own_seat(c: VisitCandidate, ctx: VisitContext, is_private) -> str | None:
    """An official of an international body in the country of its seat (the UN Secretary-General in New
    York, the European Commission's president in Brussels, the Arab League's secretary-general in Cairo)
    works where he lives, as an ambassador at post does: no visit. His title names the body (a word of
    class visit_international and a body of seeds/international_seats.csv)."""
    if not ctx.body_seats or ctx.clauses is None:
        return None
    person = c.actor.person or {}
    title = normalize_key(" ".join(filter(None, [c.actor.title, person.get("title_ar")])))
    if not title or not ctx.clauses.international.search(title):
        return None
    seat = next((iso2 for pattern, iso2 in ctx.body_seats if pattern.search(title)), None)
    return "an international body's official in the country of its seat" if seat == c.host_iso2 else None


FILTERS: tuple[Callable, ...] = (own_country, ambassador, private_traveller, receiver, partner_at_home, other_headline,
                                 mission_errand, escorted_visit, at_own_seat)


def apply_filters(c: VisitCandidate, ctx: VisitContext, is_private) -> str | None:
    if c.rule_row is not None:
        # the frame rules applied these checks with more context (frames/), all but the seats of international
        # bodies, which they do not read
        reason = at_own_seat(c, ctx, is_private)
        return f"at_own_seat: {reason}" if reason else None
    for check in FILTERS:
        reason = check(c, ctx, is_private)
        if reason:
            return f"{check.__name__}: {reason}"
    return None

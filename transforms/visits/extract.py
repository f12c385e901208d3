"""extract_visits: frames over every sentence, then one row per (visitor, host) in the article."""
from __future__ import annotations

import re
from datetime import date, datetime

from transforms.arabic_text import normalize, normalize_key
from transforms.sentences import split_sentences
from transforms.visits.dedupe import merge_visit_rows
from transforms.visits.frames import (
    ArticleContext,
    Frame,
    as_date,
    frames_by_sentence,
    is_visitor,
    placed_triggers,
)
from transforms.visits.layout import press_review_headlines, split_headlines
from transforms.visits.mentions import Actor, build_actors, build_locs
from transforms.visits.triggers import VisitLexicon
from transforms.word_index import WordIndex

# Nearness in words (about 6.4 characters each): the title before a name, the words that end an
# unnamed official's title, and the words around an ambassador where his post is named.
_TITLE_WORDS = 6
_TITLE_WORDS_AFTER = 3
_POST_WORDS_BEFORE = 9
_POST_WORDS_AFTER = 6


def _published_day(published) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str) and len(published) >= 10:
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            return None
    return None


def _clean_name(name: str | None) -> str | None:
    """A name written as a hashtag (#سعد_الحريري) is the name with spaces."""
    return " ".join(name.replace("_", " ").replace("#", " ").split()) if name else name


def _is_ambassador_at_post(actor: Actor, host: str, text: str, locs, words: WordIndex, ambassador: re.Pattern) -> bool:
    """An ambassador (or chargé; `ambassador`, ClauseWords.ambassador) posted to the host country is not visiting it:
    the title read in the words before the name, the host named in a few words around it."""
    title = " ".join(filter(None, [actor.title, (actor.person or {}).get("title_ar"),
                                   text[words.back(actor.start, _TITLE_WORDS):actor.start]]))
    if not ambassador.search(normalize_key(title)):
        return False
    window = (words.back(actor.start, _POST_WORDS_BEFORE), words.ahead(actor.end, _POST_WORDS_AFTER))
    posted = [l for l in locs if window[0] <= l.start < window[1] and l.iso2 == host]
    person_title = normalize_key((actor.person or {}).get("title_ar") or "")
    return bool(posted) or ("لدي" in person_title)




def _rows(frame: Frame, text: str, locs, lexicon: VisitLexicon, words: WordIndex) -> list[dict]:
    rows = []
    ambassador = lexicon.clauses.ambassador
    s, e = frame.sentence
    day = as_date(frame.date_value)
    for host in frame.hosts:
        base = {
            "host_country_iso2": host.iso2, "place_ar": host.place,
            "date_value": frame.date_value, "start_date": day if frame.date_value and "X" not in frame.date_value else None,
            "status": frame.status, "evidence": text[s:e], "evidence_start": s, "evidence_end": e,
            "trigger": text[frame.start:frame.end],
        }
        if frame.anonymous:
            rows.append({**base, "visitor_person_id": None, "visitor_name_ar": None, "visitor_country_iso2": None,
                         "_key": ("gathering", None, host.iso2)})
            continue
        for actor in frame.visitors:
            if not is_visitor(actor, host.iso2, lexicon.clauses) or _is_ambassador_at_post(
                    actor, host.iso2, text, locs, words, ambassador):
                continue
            if actor.person is None and ambassador.search(normalize_key(actor.title or "")):
                continue  # an unnamed ambassador is at post (سفير بريطانيا في كوريا الشمالية)
            if actor.person is not None and lexicon.is_private_title(actor.person.get("title_ar")):
                continue  # a journalist, researcher or player travels privately
            if actor.person is None and actor.title and lexicon.is_private_title(
                    actor.title + " " + text[actor.end:words.ahead(actor.end, _TITLE_WORDS_AFTER)]):
                continue  # "رئيس الاتحاد المغربي لكرة القدم": the words after the country end the title
            person = actor.person or {}
            rows.append({**base, "visitor_person_id": person.get("person_id"),
                         "visitor_name_ar": _clean_name(person.get("name_ar")), "visitor_country_iso2": actor.country,
                         "_key": actor.key + (host.iso2,),
                         "_lead": frame.lead.visitors[0].key + (host.iso2,) if frame.lead and frame.lead.visitors else None})
    return rows


def extract_visits(text: str, published, entities: dict, persons: list[dict], time_expressions: list[dict],
                   lexicon: VisitLexicon, normalized=None, sentences=None, locs=None, actors=None,
                   words=None, tokens=None) -> list[dict]:
    """Visits told in `text` (an article body; offsets and evidence point into it).

    `lexicon` is build_visit_lexicon(rows of seeds/visit_triggers.csv and titles.csv, the cue lexicon,
    rows of seeds/organisations.csv).
    Returns rows with
    visitor_person_id, visitor_name_ar, visitor_country_iso2, host_country_iso2, place_ar,
    date_value, start_date, status, evidence, evidence_start, evidence_end, trigger.
    `tokens`: the analysed document's tokens of `text`, when the caller has them (the trigger words are read off them)."""
    normalized = normalized if normalized is not None else normalize(text)
    triggers = placed_triggers(text, normalized, entities.get("organisations", []), lexicon.triggers, tokens)
    locs = locs if locs is not None else build_locs(text, entities, lexicon.seats,
                                                      seat_words=lexicon.clauses.seat_words, normalized=normalized)
    actors = actors if actors is not None else build_actors(text, normalized, entities, persons,
                                                            actor_words=lexicon.clauses.actor_words,
                                                            serves_body=lexicon.serves_international_body)
    ctx = ArticleContext(text, _published_day(published), locs, actors, time_expressions, normalized, lexicon.clauses,
                         words, lexicon.exclusions, lexicon.places)
    sentences = sentences if sentences is not None else split_sentences(text)
    rows = []
    for _, frames in frames_by_sentence(ctx, sentences, triggers, lexicon.is_private_title):
        for frame in frames:
            if not frame.excluded:
                rows.extend(_rows(frame, text, locs, lexicon, ctx.words))
    return merge_visit_rows(rows, ctx.published)


def visit_pairs(doc, persons: list[dict], title_persons: list[dict], published, lexicon: VisitLexicon,
                model=None, title=None):
    """Steps 1 and 2 and the model's scores: (context, candidates, pairs) of an analysed body."""
    from transforms.visits.candidates import build_context, visit_candidates
    from transforms.visits.decide import score_candidates

    locs = build_locs(doc.text, doc.entities, lexicon.seats, doc.word_index,
                      seat_words=lexicon.clauses.seat_words, normalized=doc.norm)
    actors = build_actors(doc.text, doc.norm, doc.entities, persons, doc.word_index,
                          actor_words=lexicon.clauses.actor_words, serves_body=lexicon.serves_international_body)
    # A press review's list of headlines is read headline by headline (layout.py).
    headlines = press_review_headlines(doc.text, doc.sentences, doc.cue_lexicon.word_pattern("media", noun_clitics=True))
    sentences = split_headlines(doc.sentences, headlines)
    rule_rows = extract_visits(doc.text, published, doc.entities, persons, list(doc.times), lexicon,
                               normalized=doc.norm, sentences=sentences, locs=locs, actors=actors,
                               words=doc.word_index, tokens=doc.tokens)
    title_actors = [Actor(0, 0, None, person=p, international=True) if lexicon.serves_international_body(p.get("title_ar"))
                    else Actor(0, 0, p.get("country_iso2"), person=p) for p in title_persons]
    ctx = build_context(doc, actors, locs, rule_rows, title_actors, title, lexicon.clauses, headlines,
                        lexicon.body_seats, lexicon.places)
    candidates = visit_candidates(ctx)
    return ctx, candidates, score_candidates(candidates, ctx, model, lexicon.is_private_title)


def find_visits(doc, persons: list[dict], title_persons: list[dict], published, lexicon: VisitLexicon,
                model=None, trace: list | None = None, title=None) -> list[dict]:
    """Visits of an analysed body (transforms.document): candidates → filters → decisions.

    `persons` are the article's persons with their body mentions; `title_persons` those the title
    names (a body sentence that names nobody may continue the title's actor). `model` is the
    visit model (transforms.linear_model); without one only the frame rules' readings are kept.
    `trace`, when given, receives every candidate with its features, filter and probability.
    `title` is the title's analysed document (the pair features ask whether it names the host)."""
    from transforms.visits.decide import decide_visits

    ctx, candidates, pairs = visit_pairs(doc, persons, title_persons, published, lexicon, model, title)
    if trace is not None:
        trace.extend(candidates)
    return decide_visits(pairs, ctx, model, _published_day(published))

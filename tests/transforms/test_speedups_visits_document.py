"""The faster mechanics of the analysed document and of the visit reader give what the plain code gives.

Each test runs the fast path and the plain one (written out here as the code was) over real text:
the seed article and non-gold ANT articles (tests/transforms/test_speedups.py's texts).
"""
from __future__ import annotations

import math
import random
import re

from flows.extraction import analyse_article
from flows.lexicons import load_lexicons
from tests.transforms.test_speedups import texts
from transforms.aid.frames import _TOKEN as AID_TOKEN, aid_tokens
from transforms.arabic_text import normalize, normalize_key, slice_key
from transforms.document import analyse
from transforms.visits.exclusions import _mission_errand, is_mission_errand
from transforms.visits.extract import visit_pairs
from transforms.visits.triggers import find_triggers


def test_a_slices_key_read_off_the_whole_texts_normalisation_is_the_slices_own():
    """slice_key(text, normalize(text), a, b) == normalize_key(text[a:b]) for slices that start and
    end anywhere (inside a word, on a dropped mark, inside a hashtag), and past the text's end."""
    pick = random.Random(41)
    hashtagged = [t for t in texts(40) if "#" in t]
    assert hashtagged  # the ANT copy writes hashtags (#كوريا_الشمالية): the slices through them are asked too
    for text in texts(40) + ["مصرُ،  والسعوديةَ\u200f"]:
        norm = normalize(text)
        for _ in range(200):
            a = pick.randrange(len(text) + 1)
            b = pick.randrange(a, len(text) + 20)
            assert slice_key(text, norm, a, b) == normalize_key(text[a:b])
        for at in [m.start() for m in re.finditer("#", text)]:  # from, to and through each hashtag
            for a, b in ((at, at + 8), (at + 2, at + 30), (max(0, at - 10), at + 1), (max(0, at - 10), at + 30)):
                assert slice_key(text, norm, a, b) == normalize_key(text[a:b])


def test_trigger_words_read_off_the_documents_tokens_are_those_of_the_word_by_word_walk():
    """find_triggers over the analysed document's tokens finds what the search for runs of \\w finds, in a text
    with '_' (a run, no token, holds it) and with a number's parts joined in one token (زيارة,2)."""
    lexicons = load_lexicons()
    lexicon = lexicons.visits.triggers
    for text in texts(40) + ["زار_الرئيس مصر، وزيارته لقطر 2018 زيارة", "وصل 1.5 زيارة,2 زيارته,3.4 و،5 لقاء"]:
        doc = analyse(text, None, lexicons)
        ntext = doc.norm.text
        plain = []
        for m in re.finditer(r"\w+", ntext):
            reading = lexicon.words.get(m.group())
            if reading is not None:
                plain.append((m.start(), m.end(), reading[0], reading[1], reading[2]))
        for tokens in (None, doc.tokens):
            assert [(t.start, t.end, t.form, t.tense, t.pronoun) for t in find_triggers(ntext, lexicon, tokens)] == plain
    joined = analyse("وصل 1.5 زيارة,2", None, lexicons)
    assert [t.form for t in find_triggers(joined.norm.text, lexicon, joined.tokens)] == ["وصل", "زياره"]


def _tags(doc, lexicons):
    from transforms.word_table import word_table

    return word_table(lexicons.cues, lexicons.gazetteer).tags_of([t.text for t in doc.tokens])


def test_cues_read_at_the_words_that_may_open_one_are_those_of_the_walk_over_every_word():
    lexicons = load_lexicons()
    cues = lexicons.cues
    for text in texts(40):
        doc = analyse(text, None, lexicons)
        words = [t.text for t in doc.tokens]
        tags = _tags(doc, lexicons)
        ta_marbuta = [text[t.oend - 1] == "ة" for t in doc.tokens]
        for marks in (None, ta_marbuta):
            plain, i = [], 0
            while i < len(words):
                tag = tags[i]
                if tag.phrase_head:
                    phrase = cues._phrase_at(words, i)
                    if phrase is not None:
                        plain.append(phrase)
                        i = phrase[1]
                        continue
                cue = tag.cue_ta if marks and marks[i] else tag.cue
                if cue is not None:
                    plain.append((i, i + 1, cue))
                i += 1
            assert cues.cues_in(words, marks, tags) == plain == cues.cues_in(words, marks)


def test_aid_tokens_by_one_split_are_those_of_the_match_by_match_walk():
    for text in texts(40) + ["قدمت 3،3 مليارات و1.5 مليون دولار"]:
        ntext = normalize(text).text
        assert aid_tokens(ntext) == [(m.start(), m.end(), m.group()) for m in AID_TOKEN.finditer(ntext)]


def test_a_mission_errands_clause_after_the_last_mark_is_that_of_the_split():
    clauses = load_lexicons().visits.clauses
    pattern = _mission_errand(clauses.missions, clauses.mission_visits)
    errand = "وكان قد اختفى بعد زيارته القنصلية السعودية في"  # (filters.mission_errand's sentence, normalised below)
    for text in texts(10) + [errand, "قال، " + errand]:
        ntext = normalize(text).text
        for end in list(range(0, len(ntext), 37)) + [len(ntext)]:
            before = ntext[:end]
            plain = bool(pattern.search(" ".join(re.split(r"[،,.؛:]", before)[-1].split()[-14:])))
            assert is_mission_errand(before, clauses.missions, clauses.mission_visits) == plain
    assert is_mission_errand(normalize(errand).text, clauses.missions, clauses.mission_visits)


def test_the_visit_models_probability_and_the_cached_answers_are_the_plain_ones():
    """The visit model's probability, its weighted sum in C, is the plain generator's to the last bit;
    the document's words are its tokens' texts; serves_international_body, kept per title, answers as
    it does asked afresh."""
    lexicons = load_lexicons()
    visits = lexicons.visits
    model = lexicons.visit_model
    asked = 0
    for title, body in zip(texts(30)[::2], texts(30)[1::2]):
        article = analyse_article(title, body, None, lexicons)
        doc = article.docs["body"]
        assert doc.words(-2, len(doc.tokens) + 3) == [t.text for t in doc.tokens]
        assert doc.words(3, 9) == [t.text for t in doc.tokens[3:9]] and doc.words(9, 3) == []
        for person in article.persons:
            title_ar = person.get("title_ar")
            for _ in range(2):
                assert visits.serves_international_body(title_ar) == (
                    bool(title_ar) and bool(visits.body_seats) and visits._serves_international_body(title_ar))
        _, candidates, _ = visit_pairs(doc, article.body_persons(), article.title_persons(), None, visits, model,
                                       article.docs["title"])
        for c in candidates:
            if c.features:
                z = model.intercept + sum(model.weights.get(k, 0.0) * v for k, v in c.features.items())
                assert model.probability(c.features) == 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                asked += 1
    assert asked

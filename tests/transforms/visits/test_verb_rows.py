"""A verb of travel, arrival, meeting, reception or attending is one row of seeds/cue_words.csv: the
cue lexicon generates its conjugations and clitic forms, and each is a trigger of the visit frames
(transforms.visits.triggers), of the kind its class says, unless the row's `trigger` column is 0."""
from dataclasses import replace
from datetime import datetime

import pytest

from flows.extraction import extract_article
from flows.lexicons import load_lexicons
from marsad.seeds import read_seed_csv
from transforms.arabic_text import normalize
from transforms.cue_lexicon import build_cue_lexicon
from transforms.visits import build_visit_lexicon
from transforms.visits.triggers import CUE_CLASS_KINDS, find_triggers

CUE_ROWS = read_seed_csv("cue_words.csv")
LISTED = {r["form"] for r in read_seed_csv("visit_triggers.csv")}
VERB_ROWS = [r for r in CUE_ROWS if r["pos"] == "verb" and r["class"] in CUE_CLASS_KINDS and r.get("trigger") != "0"]
NOT_TRIGGER_ROWS = [r for r in CUE_ROWS if r["pos"] == "verb" and r["class"] in CUE_CLASS_KINDS and r.get("trigger") == "0"]


def _lexicons(cue_rows):
    """The pipeline's lexicons with the cue and visit lexicons built from these cue_words rows."""
    lexicons = load_lexicons()
    cues = build_cue_lexicon(cue_rows)
    visits = build_visit_lexicon(read_seed_csv("visit_triggers.csv"), read_seed_csv("titles.csv"), cues,
                                 read_seed_csv("organisations.csv"))
    return replace(lexicons, cues=cues, visits=visits)


@pytest.mark.parametrize("row", VERB_ROWS, ids=lambda r: r["lemma"])
def test_every_visit_verb_row_is_a_trigger_in_its_example(row):
    lemma = normalize(row["lemma"]).text
    found = [t for t in find_triggers(normalize(row["example"]).text, load_lexicons().visits.triggers)
             if t.lemma == lemma]
    assert found and all(t.kind == CUE_CLASS_KINDS[row["class"]] for t in found), row["example"]


@pytest.mark.parametrize("row", NOT_TRIGGER_ROWS, ids=lambda r: r["lemma"])
def test_a_row_with_trigger_0_is_a_cue_and_no_trigger(row):
    # وتباحث ماكرون وبن سلمان: talks, a cue of the meeting class, but not a visit word by itself.
    lemma = normalize(row["lemma"]).text
    tokens = normalize(row["example"]).text.split()
    assert any(c.lemma == lemma and c.cls == row["class"] for _, _, c in load_lexicons().cues.cues_in(tokens))
    assert not [t for t in find_triggers(normalize(row["example"]).text, load_lexicons().visits.triggers)
                if t.lemma == lemma and t.pos == "verb"], row["example"]


def test_a_new_verb_is_one_row_with_every_conjugation():
    # طار / يطير, one row (وكان الأحمد قطع زيارته لبيروت عدة ساعات وطار إلى القاهرة ...): no form of
    # it is listed in visit_triggers.csv, yet its past with و, its future, its dual are triggers.
    triggers = load_lexicons().visits.triggers
    assert not {"طار", "يطير"} & LISTED
    for word, tense in (("وطار", "past"), ("سيطير", "future"), ("يطيران", "present"), ("طاروا", "past")):
        (t,) = find_triggers(word, triggers)
        assert (t.lemma, t.kind, t.tense) == ("طار", "go", tense), word


# FR-economy-9-20180124 (Davos, January 2018): the paragraph naming Merkel, then the one of her trip.
DAVOS = ("وقالت المستشارة الألمانية أنغيلا ميركل \"نعتقد أن عزل أنفسنا لن يقودنا إلى مستقبل جيد... إذا كنا نظن أن "
         "الأمور ليس عادلة وأن الآليات ليست متبادلة، فعلينا إيجاد حلول متعددة الأطراف وليس أحادية الجانب\". "
         "وأضافت ميركل التي تواجه مفاوضات صعبة لتشكيل حكومة ائتلافية أن \"الشعبوية بمثابة سم\".\n"
         "كما كتبت صحيفة \"هاندلسبلات \"الاقتصادية الألمانية، أن ميركل تذهب إلى دافوس بيدين \"مكبلتين\".")


def _davos_visits(cue_rows):
    rows = extract_article("FR-economy-9-20180124", None, DAVOS, datetime(2018, 1, 24), _lexicons(cue_rows))
    return {(v["visitor_name_ar"], v["host_country_iso2"]) for v in rows["visits"]}


def test_meeting_and_reception_verbs_are_generated_not_listed():
    # No conjugation of التقى، اجتمع، استقبل، شارك or حضر is a row of visit_triggers.csv: their one row
    # each in cue_words.csv gives them all, the future plural and the dual included.
    triggers = load_lexicons().visits.triggers
    assert not {"التقى", "التقي", "يلتقي", "اجتمع", "استقبل", "يستقبل", "شارك", "حضر"} & LISTED
    for word, lemma, kind, tense in (("سيلتقون", "التقي", "meet", "future"), ("اجتمعوا", "اجتمع", "meet", "past"),
                                     ("واستقبلت", "استقبل", "receive", "past"), ("سيشاركان", "شارك", "attend", "future")):
        (t,) = find_triggers(word, triggers)
        assert (t.lemma, t.kind, t.tense) == (lemma, kind, tense), word


# CN-middleEast-463-20180403 (Ankara summit, April 2018): its opening sentence.
ANKARA = ("أتلانتا، الولايات المتحدة الأمريكية (CNN)-- رغم التلهف الشديد على إعلان انحسارها، إلا أن الحرب السورية "
          "لا تقارب الانتهاء، وببساطة لأن فلاديمير بوتين ورجب طيب أردوغان وحسن روحاني سيلتقون في أنقرة هذا الأسبوع.")


def test_the_row_of_a_meeting_verb_is_what_finds_the_visit():
    # سيلتقون is a form no file lists: the row التقى / يلتقي generates it, and Putin's and Rouhani's
    # planned visits to Turkey are read; without the row, they are not.
    def visits(cue_rows):
        rows = extract_article("CN-middleEast-463-20180403", None, ANKARA, datetime(2018, 4, 3), _lexicons(cue_rows))
        return {(v["visitor_name_ar"], v["host_country_iso2"], v["status"]) for v in rows["visits"]}
    assert {("فلاديمير بوتين", "TR", "planned"), ("حسن روحاني", "TR", "planned")} <= visits(CUE_ROWS)
    assert not visits([r for r in CUE_ROWS if r["lemma"] != "التقى"])


def test_the_row_of_a_verb_is_what_finds_the_visit():
    # ذهب / يذهب is one row of cue_words.csv and no row of visit_triggers.csv: with it, "ميركل تذهب إلى
    # دافوس" is Merkel's visit to Switzerland; without it, nothing is read.
    assert ("أنغيلا ميركل", "CH") in _davos_visits(CUE_ROWS)
    assert ("أنغيلا ميركل", "CH") not in _davos_visits([r for r in CUE_ROWS if r["lemma"] != "ذهب"])


def test_a_verb_with_listed_forms_once_is_generated_whole():
    # زار، سافر، توجه، انتقل and وصل had some of their conjugations listed in visit_triggers.csv, and no other form
    # was a trigger. Now their cue_words.csv rows give all: BB-internationalNews-343-20180416 «أعلنت روسيا أن فريقا
    # من الخبراء الدوليين سيصلون إلى موقع الهجوم الكيمياوي المزعوم بمدينة دوما السورية يوم الأربعاء».
    triggers = load_lexicons().visits.triggers
    assert not {"زار", "يزور", "سافر", "توجه", "يتوجه", "انتقل", "وصل", "يصل"} & LISTED
    sentence = ("أعلنت روسيا أن فريقا من الخبراء الدوليين سيصلون إلى موقع الهجوم الكيمياوي المزعوم بمدينة دوما السورية "
                "يوم الأربعاء.")
    assert [(t.lemma, t.cue_class, t.tense) for t in find_triggers(normalize(sentence).text, triggers)] \
        == [("وصل", "arrival", "future")]
    for word, lemma, tense in (("سافروا", "سافر", "past"), ("يتوجهون", "توجه", "present"), ("انتقلا", "انتقل", "past"),
                               ("وزاروا", "زار", "past")):
        (t,) = find_triggers(word, triggers)
        assert (t.lemma, t.kind, t.tense) == (lemma, "go", tense), word


def test_a_listed_row_that_repeats_or_shadows_a_generated_form_fails_the_build():
    # visit_triggers.csv is for what the cue lexicon cannot generate (the participle متوجها, the nouns): a row of a
    # generated conjugation (يزور) or one whose written forms include one (سيزور is س + يزور) is an error, not a
    # second reading of the word.
    from transforms.visits.triggers import TriggerLexiconError, build_trigger_lexicon

    cues = load_lexicons().cues
    rows = read_seed_csv("visit_triggers.csv")
    build_trigger_lexicon(rows, cues)
    for form, message in (("يزور", "repeats a conjugation of زار"), ("سيزور", "سيزور, a written form of سيزور, is also يزور's")):
        row = {"form": form, "pos": "verb", "kind": "go", "tense": "present", "adjacent": "0", "event": "0", "note": ""}
        with pytest.raises(TriggerLexiconError, match=message):
            build_trigger_lexicon(rows + [row], cues)

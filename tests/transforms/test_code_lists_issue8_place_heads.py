"""The prepositions and head nouns before a place (issue 8): what a trip goes to (to_place: إلى مدينة، للعاصمة) and
where a meeting is held (in_place: في شمال مدينة، بالعاصمة) are rows of seeds/cue_words.csv (classes visit_to_preposition,
visit_destination_head, visit_destination_area, visit_prep_in, visit_compass, visit_place_head), no word list in code."""
import re

import pytest

from marsad.seeds import read_seed_csv
from transforms.arabic_text import normalize_key
from transforms.cue_lexicon import build_cue_lexicon
from transforms.visits.cues import clause_words, in_place_pattern, to_place_pattern

CUES = build_cue_lexicon(read_seed_csv("cue_words.csv"))
CLAUSES = clause_words(CUES)


def _before(sentence: str, place: str) -> str:
    """The normalised words before a place of a real sentence, six at most, as the frames read them (with a space)."""
    words = normalize_key(sentence[:sentence.index(place)]).split()
    return " ".join(words[-6:]) + " "


@pytest.mark.parametrize("sentence, place", [
    # AL-economy-362-20180402: a head noun after إلى
    ("وكان الأمير محمد بن سلمان، قد غادر مدينة سياتل في وقت سابق، متوجهاً إلى مدينة لوس أنجليس في إطار زيارته", "لوس"),
    # AL-internationalNews-1549-20180610: a head noun and a word after إلى
    ("وذكر البيت الأبيض أن من المتوقع أن يصل ترمب إلى قاعدة بايا ليبار الجوية في سنغافورة", "ليبار"),
    # AL-internationalNews-27-20180217: المنطقة after إلى (visit_destination_area)
    ("وكان وزير الداخلية متوجهاً إلى المنطقة مع حاكم ولاية أواهاكا حيث وقع الزلزال.", "مع"),
])
def test_a_place_after_a_preposition_of_destination_is_where_a_trip_goes(sentence, place):
    assert CLAUSES.to_place.search(_before(sentence, place))


def test_a_glued_area_is_no_destination_yet_a_glued_city_is():
    # «بمنطقة» is where one is (visit_destination_area is read after إلى only); «بمدينة» heads a destination.
    assert not CLAUSES.to_place.search(normalize_key("وقع الانفجار بمنطقة") + " ")
    assert CLAUSES.to_place.search(normalize_key("وقع الانفجار بمدينة") + " ")


@pytest.mark.parametrize("sentence, place", [
    # AL-internationalNews-1562-20180611: a head noun after في
    ("وسيعقد الرئيس الأميركي دونالد ترمب والزعيم الكوري الشمالي كيم جونغ- أون قمة في فندق كابيلا في سنتوسا", "كابيلا"),
    # BB-culture-280-20180829: a compass word after في
    ("وينمو الكمأ في منطقة بيدمون في شمالي إيطاليا وسط جذور أشجار معينة", "إيطاليا"),
    # AL-internationalNews-2000-20180720: the capital after في
    ("وانعقدت القمة في العاصمة الفنلندية خلف أبواب مغلقة", "الفنلندية"),
])
def test_a_place_after_a_preposition_of_place_is_where_a_meeting_is_held(sentence, place):
    assert CLAUSES.in_place.search(_before(sentence, place))


def test_a_place_after_a_word_of_destination_is_not_held_there():
    assert not CLAUSES.in_place.search(normalize_key("متوجهاً إلى مدينة") + " ")


def test_without_rows_the_patterns_never_match():
    # No word list stays in code: with no cue lexicon nothing is a destination or a meeting's place.
    assert not to_place_pattern(None).search("الي مدينه ")
    assert not in_place_pattern(None).search("في مدينه ")


# The words before a name that keep it from acting (transforms.visits.mentions): classes visit_named_facility,
# visit_facility_honorific, visit_genitive_relation and visit_relation_office_head.
ACTOR_WORDS = CLAUSES.actor_words


@pytest.mark.parametrize("sentence, name", [
    # BB-economy-254-20180925
    ("بينما تقطع القطارات المسافة بين جدة ومطار الملك عبد العزيز في 14 دقيقة.", "عبد العزيز"),
    # SK-middleEast-1463-20180506
    ("يعتمد سكان الأرخبيل على مستشفى الشيخ خليفة بن زايد في علاجهم", "خليفة"),
])
def test_a_name_after_a_facility_noun_is_the_facilitys(sentence, name):
    assert ACTOR_WORDS.facility_before.search(_before(sentence, name).strip())


@pytest.mark.parametrize("sentence, name, relation", [
    # BB-economy-220-20180816: the son-in-law, not Erdogan, acts
    ("ووجه وزير المالية التركي، بيرات اللبيرق، صهر الرئيس التركي رجب طيب إردوغان للصحفيين، كلمة", "رجب", True),
    # BB-internationalNews-1161-20181006: what happened to a person
    ("فتح الادعاء العام التركي تحقيقا في اختفاء الصحفي السعودي، جمال خاشقجي.", "السعودي", True),
    # AL-internationalNews-339-20180303: قوات inside a title (قائد قوات الاحتياط) is no relation
    ("وأفاد قائد قوات الاحتياط بالجيش اليمني، في تصريحات صحافية", "بالجيش", False),
])
def test_a_name_after_a_relation_noun_does_not_act(sentence, name, relation):
    from transforms.visits.mentions import _in_relation

    assert _in_relation(_before(sentence, name).strip(), ACTOR_WORDS) is relation


def test_without_rows_no_word_keeps_a_name_from_acting():
    from transforms.visits.cues import actor_words

    none = actor_words(None)
    assert not none.facility_before.search("مطار الملك") and not none.relation_before.search("صهر الرئيس")


# What a speaker reports (transforms.visits.frames.meeting): classes visit_reported_opener, visit_reporting_verb and
# visit_reported_that, read on the raw text with their hamza (CueLexicon.written).
def test_a_reported_clause_opens_at_its_complementiser_on_the_raw_text():
    # AL-internationalNews-137-20180221: «وقالت إنها ...»
    text = "وقالت إنها \"تشعر بالأسف لأنه رفض البقاء في القاعة للاستماع للآخرين\""
    assert CLAUSES.reported.search(text).group() == "إنها"
    # AL-culture-184-20180321: a verb of saying and أن three words after it
    text = "وأكدت شيرين في تصريحات إعلامية أن هذه الأغنية ليست عن الحبيب بل عن فقدان الأخ."
    assert CLAUSES.reported.search(text).group() == "وأكدت شيرين في تصريحات إعلامية أن"


def test_the_hamza_tells_a_complementiser_on_the_raw_text():
    # «انه» written without its hamza, and أن with no verb of saying before it, open no reported clause here.
    assert not CLAUSES.reported.search("وقالت انه لن يحضر")
    assert not CLAUSES.reported.search("يجب أن يحضر الوفد")
    assert CUES.written["visit_reported_opener"] and "إن" in CUES.written["visit_reported_opener"]


# The words that make a seat a place (transforms.visits.mentions.build_locs): classes visit_seat_preposition,
# visit_body_speech and visit_international_adjective.
SEAT_WORDS = CLAUSES.seat_words


def test_a_seat_after_a_preposition_is_a_place_and_a_seat_that_speaks_is_not():
    # AL-internationalNews-690-20180330: «في البيت الأبيض»; AL-internationalNews-299-20180302: «وقال قصر الإليزيه»
    assert SEAT_WORDS.preposition.search(_before("وآخر يوم عمل لهيكس في البيت الأبيض هو اليوم الجمعة", "البيت").strip())
    assert not SEAT_WORDS.preposition.search(_before("وقال قصر الإليزيه إن الرئيس", "قصر").strip())


def test_a_speech_in_a_body_is_at_its_seat_unless_the_body_is_national():
    # AL-internationalNews-711-20180331: «وألقت كلمة في الأمم المتحدة»
    assert SEAT_WORDS.speech_in.search(_before("ألفت يوسفزاي كتابا وألقت كلمة في الأمم المتحدة والتقت باللاجئين", "الأمم").strip())
    # AL-internationalNews-31-20180217: «لمجلس الأمن الدولي» stays international; القومي makes it national
    assert not SEAT_WORDS.national.match(" الدولي") and SEAT_WORDS.national.match(" القومي")


def test_a_country_after_a_place_preposition_or_a_topic_is_not_the_officials():
    # FR-internationalNews-2106-20180702 (team): «التقى المبعوث الأممي الخميس في سلطنة عمان»; BB-middleEast-76-20180222:
    # «نائب وزير الخارجية الإيراني إن الوضع في سوريا»: the country is where, or what is talked about
    assert ACTOR_WORDS.place_preposition.search(normalize_key("الخميس في"))
    assert ACTOR_WORDS.not_title_word.search(normalize_key("إن الوضع في"))
    assert not ACTOR_WORDS.place_preposition.search(normalize_key("وفد من"))  # وفد من مصر is Egypt's


def test_an_honorific_between_a_title_and_a_name_keeps_the_title_the_names():
    # AL-economy-778-20180608: «وولي عهد أبوظبي الشيخ محمد بن زايد»
    assert ACTOR_WORDS.honorific_gap.match("الشيخ") and ACTOR_WORDS.honorific_gap.match("")
    assert not ACTOR_WORDS.honorific_gap.match("الرئيس")

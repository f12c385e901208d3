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

"""Issue 15: a day named without its year in a sentence that lists the events of that calendar day across the years
(class date_history_list of seeds/cue_words.csv: في مثل هذا اليوم، أحداث التاريخ، الأحداث التاريخية) is that day of
any year, XXXX-MM-DD, not this year's. Each row decides on the real sentence of its row (ANT articles in no gold
file; ids quoted)."""

import pytest

from tests.transforms.test_code_lists_as_rows import ROWS, date_lexicon_without, values

HISTORY_ROWS = [r for r in ROWS if r["class"] == "date_history_list"]


def lexicon_without(lemma=None):
    return date_lexicon_without("date_history_list", lemma)


@pytest.fixture(scope="module")
def lexicon():
    return lexicon_without()


# the publication time of each row's article (its id ends with its day)
PUBLISHED = {"CN-internationalNews-586-20180909": "2018-09-09T05:24:08+00:00",
             "CN-internationalNews-541-20180903": "2018-09-03T05:08:22+00:00",
             "CN-internationalNews-538-20180903": "2018-09-03T05:59:28+00:00"}
OPEN_DAY = {"CN-internationalNews-586-20180909": "XXXX-09-09", "CN-internationalNews-541-20180903": "XXXX-09-01",
            "CN-internationalNews-538-20180903": "XXXX-09-03"}


def test_there_is_a_row_of_each_phrase():
    assert {r["lemma"] for r in HISTORY_ROWS} == {"في مثل هذا اليوم", "أحداث التاريخ", "الأحداث التاريخية"}


@pytest.mark.parametrize("row", HISTORY_ROWS, ids=lambda r: r["lemma"])
def test_each_row_leaves_the_year_of_its_day_open(row, lexicon):
    published = PUBLISHED[row["example_id"]]
    assert values(row["example"], published, lexicon) == [OPEN_DAY[row["example_id"]]]
    # without the row, the day is read as this year's (or last week's)
    assert values(row["example"], published, lexicon_without(row["lemma"])) != [OPEN_DAY[row["example_id"]]]


def test_the_same_day_outside_a_list_keeps_its_year(lexicon):
    # CN-internationalNews-586-20180909, the news item after the list: a day of this year's story
    assert values("مون قال أيضاً إنه يتطلع إلى عقد قمة ثالثة بين الكوريتين في 18 سبتمبر/ أيلول في بيونغ يانغ",
                  "2018-09-11T05:32:34+00:00", lexicon) == ["2018-09-18"]


def test_the_day_of_the_list_takes_no_year_of_one_of_its_events(lexicon):
    # CN-internationalNews-565-20180907: the text writes 7 September 1923 (the Interpol's founding); the heading of
    # the list is still the day of every year
    text = ("في 7 سبتمبر/أيلول من عام 1923 تأسست منظمة الشرطة الجنائية الدولية المعروفة بـ\"الإنتربول\" والتي تعمل "
            "على مكافحة الجرائم الدولية، فيما يلي تسلسل لأبرز الأحداث التاريخية في مثل هذا اليوم.\n"
            "وفيما يلي تسلسل لأبرز الأحداث التاريخية في 7 سبتمبر:")
    assert values(text, "2018-09-07T05:59:40+00:00", lexicon) == ["1923-09-07", "XXXX-09-07"]

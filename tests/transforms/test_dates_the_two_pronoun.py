"""Issue 15: الاثنين in apposition to a pronoun (نحن الاثنين: we two) is «the two», not Monday (a row of class
date_of_the_two of seeds/cue_words.csv). Sentence of an ANT article in no gold file (id quoted)."""
import pytest

from tests.transforms.date_values import seed_date_lexicon, values


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def test_we_two_is_no_monday(lexicon):
    # FR-internationalNews-903-20180424 (published on a Tuesday: a Monday would be the day before)
    assert values('وأضاف ماكرون "يمكنني أن أقول إننا أجرينا محادثات صريحة جدا حول هذا (الموضوع)، فقط نحن الاثنين"، مضيفا '
                  '"نأمل اعتبارا من الآن العمل على اتفاق جديد مع إيران".', "2018-04-24T10:00:00+00:00", lexicon) == []


def test_a_monday_after_a_verb_stays_a_day(lexicon):
    # FR-internationalNews-520-20180319, published on that Monday
    assert values("توصل الاتحاد الأوروبي إلى اتفاق مهم الاثنين مع بريطانيا بشأن ترتيبات الفترة الانتقالية",
                  "2018-03-19T18:00:00+00:00", lexicon)[0] == "2018-03-19"

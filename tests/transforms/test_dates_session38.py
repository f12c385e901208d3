"""Issue 15, session 38: date rules checked on develop errors and on non-gold row diffs. Sentences of ANT
articles in no gold file (ids quoted)."""
import pytest

from tests.transforms.date_values import seed_date_lexicon, values


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def test_a_sentence_opened_by_a_verb_that_looks_ahead_makes_a_bare_today_a_day(lexicon):
    # AL-technology-308-20180621: يتوفر opens the sentence and is a row of class date_future, so the sentence reads
    # as future; اعتبارا من اليوم, four words after it, is the publication day (before, only a verb right before
    # اليوم or a sentence with no tense cue at all let the opening verb date it)
    assert values("ويتوفر التطبيق المنفصل اعتبارًا من اليوم على منصتي أندرويد وآي أو إس، وسيتوفر عالميًا للجميع على "
                  "مدار الأسبوع المقبل", "2018-06-21T10:22:11+04:00", lexicon) == ["2018-06-21"]


def test_a_verb_that_looks_ahead_does_not_date_a_today_of_to_this_day(lexicon):
    # the same sentence with حتى اليوم (to this day): still no day
    assert values("ويتوفر التطبيق المنفصل حتى اليوم على منصتي أندرويد وآي أو إس", "2018-06-21T10:22:11+04:00",
                  lexicon) == []

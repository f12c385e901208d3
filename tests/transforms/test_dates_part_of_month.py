"""Issue 15: an ordinal right after a noun it agrees with, before «من الشهر الجاري/المقبل/نفسه» (خلال الأسبوع الأول من
الشهر الجاري), names a part of that month, the month, as it does before a month's name; a day joined by و to the days
before it (أيام السادس عشر والسابع عشر … من الشهر الجاري) stays a day. Sentences of ANT articles (ids quoted)."""
import pytest

from tests.transforms.date_values import seed_date_lexicon, values


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def test_a_week_of_this_month_is_the_month(lexicon):
    # team SK-internationalNews-2564-20180710
    assert values("وشهد شرق كندا خلال الأسبوع الأول من الشهر الجاري موجة حر شديد، لكن كيبك وحدها سجلت ارتفاعا",
                  "2018-07-10T04:52:13+00:00", lexicon) == ["2018-07"]
    # BB-middleEast-782-20180726, in no gold file
    assert values("وقالت المنظمة إن ثلاثة آلاف حالة إصابة بالكوليرا تم اكتشافها خلال الأسبوع الأول من الشهر الجاري فقط",
                  "2018-07-26T02:45:03+00:00", lexicon) == ["2018-07"]


def test_days_joined_after_a_compound_ordinal_stay_days(lexicon):
    # BB-middleEast-253-20180326, in no gold file: (عشر of السادس عشر is no noun the ordinal after it agrees with)
    assert "2018-03-18" in values("وكان المصريين بالخارج قد أدلوا بأصواتهم خلال أيام السادس عشر والسابع عشر والثامن عشر "
                                  "من الشهر الجاري.", "2018-03-26T19:08:46+00:00", lexicon)

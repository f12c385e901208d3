"""Issue 15: a day's digits, then the first name of a month pair misspelt and the second right (4 أكنوبر/تشرين الأول،
24 يونو/حزيران 2018) is that day of the month named right; two real names of a mismatched pair keep their reading (the
first leads: 9 يونيو/ تموز). Sentences of ANT articles (ids quoted)."""
import pytest

from tests.transforms.date_values import seed_date_lexicon, values


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def test_a_day_before_a_misspelt_first_name(lexicon):
    # team BB-internationalNews-1130-20180924
    assert values("تبدأ الرحلات التجارية من باكيونغ في 4 أكنوبر/تشرين الأول.", "2018-09-24T15:52:53+00:00",
                  lexicon) == ["2018-10-04"]
    # BB-middleEast-670-20180626 and CN-economy-365-20181007, in no gold file
    assert values("في الانتخابات الرئاسية والبرلمانية التي جرت يوم 24 يونو/حزيران 2018 ودخل النظام الرئاسي",
                  "2018-06-26T10:25:38+00:00", lexicon) == ["2018-06-24"]
    assert values("تزامنا مع نجاح السوق في المرحلة الأولى من الانضمام إلى مؤشر فوتسي في 24 سبتمر/أيلول الماضي.",
                  "2018-10-07T13:14:16+00:00", lexicon) == ["2018-09-24"]


def test_a_mismatched_pair_of_real_names_keeps_its_first(lexicon):
    # BB-internationalNews-678-20180620, in no gold file
    assert values("إن 2342 طفلا فصلوا عن ذويهم البالغ عددهم 2206 بين 5 مايو/ أيار و9 يونيو/ تموز في إطار حملة",
                  "2018-06-20T23:17:49+00:00", lexicon) == ["2018-05-05", "2018-06-09"]

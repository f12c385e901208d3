"""Issue 15: a year of the 2000s written in words with its units (ألفين واثنين، الفين وتسعة) standing with a name and no
lead word (كأس العالم ألفين واثنين) is a year, as كأس العالم 2002 is; a count of thousands (بين الفين وثلاثة آلاف) and a
round or counted number stay none. Sentences of ANT articles (ids quoted)."""
import pytest

from tests.transforms.date_values import seed_date_lexicon, values


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def test_a_year_in_words_standing_with_a_name(lexicon):
    # team AL-sport-809-20180322
    assert values("ثم اللقب بعد طول انتظار في 2016 إلى جانب التواجد في كأس العالم ألفين واثنين ومن بعدها نيل المركز الرابع "
                  "في ألفين وستة", "2018-03-22T20:45:43+04:00", lexicon) == ["2016", "2002", "2006"]
    # FR-sport-179-20180620, in no gold file
    assert values("وتقديم ترشيح مشترك لتنظيم نهائيات كأس العالم ألفين وثلاثين.", "2018-06-20T11:00:54+00:00",
                  lexicon) == ["2030"]
    # FR-internationalNews-2044-20180628, in no gold file
    assert values("أوردت أن أوروبا ما زالت تعيش على وقع أزمة ألفين وخمسة عشر والتدفق القياسي لأعداد المهاجرين",
                  "2018-06-28T08:18:33+00:00", lexicon) == ["2015"]


def test_a_count_in_words_is_no_year(lexicon):
    # FR-internationalNews-476-20180317, in no gold file: a count of thousands
    assert values('من "أطباء بلا حدود" عدد القتلى بما بين الفين وثلاثة آلاف، في حين', "2018-03-17T10:00:00+00:00",
                  lexicon) == []
    # BB-middleEast-782-20180726, in no gold file: 2,300 people
    assert values("حين توفي ألفان وثلاثمائة شخص بسبب الكوليرا", "2018-07-26T02:45:03+00:00", lexicon) == []

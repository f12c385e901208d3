"""A weekday or month inside a name (a campaign, a day of history, a victory) is no date of the story: the date cue
rows of issue 15 (session 34), on real sentences of ANT articles in no gold file (ids quoted)."""
import pytest

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.dates import build_date_lexicon

from tests.transforms.date_values import seed_date_lexicon, values

ROWS = read_seed_csv("cue_words.csv")


def lexicon_without(cls, lemma):
    rows = [r for r in ROWS if not (r["class"] == cls and r["lemma"] == lemma)]
    return build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"),
                              read_seed_csv("imperfect_verbs.csv"), build_cue_lexicon(rows))


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def test_a_weekday_named_by_its_colour_is_a_campaign_not_a_day(lexicon):
    # ANT SK-internationalNews-2590-20180711 (date_weekday_epithet الأبيض), published on a Wednesday:
    # «الأربعاء الأبيض» is the campaign against the compulsory veil, not that Wednesday
    text = ("وكانت الشرطة الإيرانية اعتقلت، في فبراير الماضي، 29 امرأة بسبب إزالة حجابهن في إطار دعم حملة "
            "\"الأربعاء الأبيض\".")
    published = "2018-07-11T10:17:00+00:00"
    assert "2018-07-11" not in values(text, published, lexicon)
    assert "2018-02" in values(text, published, lexicon)
    assert "2018-07-11" in values(text, published, lexicon_without("date_weekday_epithet", "الأبيض"))
    # ANT SK-internationalNews-2590-20180711, its title: the same campaign
    assert values("النظام الإيراني يقتص من بطلة \"الأربعاء الأبيض\"", published, lexicon) == [None]


def test_a_weekday_told_as_dark_or_bloody_is_still_the_last_such_day(lexicon):
    # ANT AL-internationalNews-596-20180324, published on Saturday: the attacks of Friday 23 March
    assert values("فرنسا تحتجز صديق منفذ هجمات الجمعة الدامية", "2018-03-24T13:15:57+00:00",
                  lexicon) == ["2018-03-23"]
    # ANT SK-internationalNews-876-20180410, published on Tuesday: the fall of Monday 9 April
    assert values("الاثنين الأسود.. عمالقة المال الروس يفقدون ثروات هائلة", "2018-04-10T02:58:17+00:00",
                  lexicon) == ["2018-04-09"]


def test_a_month_in_the_name_of_a_day_or_a_victory_is_no_month_of_the_story(lexicon):
    # ANT BB-internationalNews-279-20180403 (date_event_name كذبة): April Fools', named in quotation marks
    text = "اعتذرت عمدة بلدة فرنسية بعد أن أثارت نكتة أطلقتها بمناسبة \"كذبة أبريل\"ردود فعل غاضبة."
    published = "2018-04-03T13:00:10+00:00"
    assert "2018-04" not in values(text, published, lexicon)
    assert "2018-04" in values(text, published, lexicon_without("date_event_name", "كذبة"))
    # ANT BB-internationalNews-266-20180401, its title: كـ before the quotation mark
    assert "2018-04" not in values("أغرب 10 قصص إخبارية حقيقية لكنها تبدو كـ \"كذبة أبريل\"", published, lexicon)
    # ANT CN-middleEast-1442-20181008 (date_event_day نصر): the October War of 1973, no October of 2018
    text = ("وتابع: \"استلهاما لروح نصر أكتوبر المجيد، واستمرارًا لتحقيق النجاحات على كافة الاتجاهات الاستراتيجية "
            "للدولة أسفرت العمليات خلال الفترة الماضية عن النتائج الآتية\".")
    published = "2018-10-08T10:01:08+00:00"
    assert "2018-10" not in values(text, published, lexicon)
    assert "2018-10" in values(text, published, lexicon_without("date_event_day", "نصر"))

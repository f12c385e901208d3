"""Issue 15: a day given with its year holds the bare days and months after it in its sentence, as a month with its
year does (_Extractor.told_in_year), on real sentences of ANT articles in no gold file (ids quoted); not after منذ, and
not once a date resolved against publication has brought the sentence back to the present."""
import pytest

from tests.transforms.date_values import seed_date_lexicon, values


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def test_a_bare_month_after_a_day_with_its_year_is_of_that_year(lexicon):
    # AL-internationalNews-948-20180504: arrested in October 2015, charged in November (2015, not 2017)
    assert values("وكانت الشرطة قد اعتقلت طاطور في قرية رينيه قرب الناصرة في 11 تشرين الأول/أكتوبر 2015، وقدمت ضدها "
                  "لائحة اتهام في تشرين الثاني/نوفمبر تشمل \"التحريض على العنف ودعم تنظيم إرهابي\".",
                  "2018-05-04T00:57:37+04:00", lexicon) == ["2015-10-11", "2015-11"]


def test_a_bare_day_after_a_span_with_its_year_is_of_that_year(lexicon):
    # FR-internationalNews-1219-20180513: the Charlie Hebdo attack of 7 January 2015 (not 2018)
    assert values("من السابع وحتى التاسع من كانون الثاني/يناير 2015، الأخوان شريف وسعيد كواشي يقتلان في 7 كانون "
                  "الثاني/يناير 12 شخصا في هجوم مسلح على مقر مجلة \"شارلي إيبدو\" الأسبوعية الساخرة.",
                  "2018-05-13T14:37:25+00:00", lexicon)[-1] == "2015-01-07"


def test_a_day_after_since_holds_no_later_month(lexicon):
    # SK-economy-1211-20180816: the lowest since June 2017; the inflation figures of this July
    assert values("2660 دولار وهو أدنى مستوى لها منذ الثاني والعشرين من يونيو حزيران 2017 مع مواصلة الدولار الصعود "
                  "وبعد أن جاءت بيانات التضخم في بريطانيا لشهر يوليو تموز متماشية مع التوقعات.",
                  "2018-08-16T01:13:19+00:00", lexicon) == ["2017-06-22", "2018-07"]


def test_a_date_of_the_present_between_frees_the_later_month(lexicon):
    # AL-internationalNews-203-20180224: the suspect of the attacks of November 2015 was jailed on Friday over a
    # robbery at the end of this January
    assert values("أوقف محمد عبد السلام شقيق صلاح عبد السلام، المشتبه به الرئيسي في اعتداءات 13 تشرين الثاني/نوفمبر "
                  "2015 في #باريس، وأودع السجن الجمعة في إطار تحقيق حول سطو مسلح جرى في نهاية كانون الثاني/يناير في "
                  "حي مولنبيك، وفق ما أعلنت النيابة العامة في #بروكسل السبت.",
                  "2018-02-24T20:44:32+04:00", lexicon)[:3] == ["2015-11-13", "2018-02-23", "2018-01"]

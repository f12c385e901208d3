"""Issue 15: a bare month that opens a short name in quotation marks (حملة "سبتمبر بلا تصفح"، موقع "سبتمبر نت"، منظمة
"أيلول الأسود"، عيد "يناير") names a campaign, a site, a group or a feast, no month of the story, as a quoted day and month
do; a quotation that opens with a lead word (مقترحات "نهاية أيلول/سبتمبر") keeps its date. Sentences of ANT articles (ids
quoted)."""
import pytest

from tests.transforms.date_values import seed_date_lexicon, values


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def dated(text, published, lexicon):
    """The values of the rows that have one (a name's month is a row without a value)."""
    return [v for v in values(text, published, lexicon) if v]


def test_a_month_opening_a_quoted_name_is_no_date(lexicon):
    # team BB-technology-337-20180729 (title)
    assert dated('في بريطانيا: حملة "سبتمبر بلا تصفح" لمواجهة إدمان مواقع التواصل الاجتماعي',
                  "2018-07-29T02:53:27+00:00", lexicon) == []
    # team CN-middleEast-1366-20180912
    assert dated('وقالت مصادر عسكرية لموقع "سبتمبر نت"، التابع للجيش اليمني، إن "قوات الجيش الوطني',
                  "2018-09-12T15:14:16+00:00", lexicon) == []
    # FR-internationalNews-1018-20180501 and CN-internationalNews-577-20180905, in no gold file
    assert dated('واحتفل البربر في الجزائر بعيد "يناير" منذ زمن طويل', "2018-05-01T07:05:12+00:00", lexicon) == []
    assert dated('كان هجوم فلسطينيون من منظمة "أيلول الأسود" على البعثة الإسرائيلية', "2018-09-05T20:55:54+00:00",
                  lexicon) == []


def test_a_quoted_date_with_its_lead_stays(lexicon):
    # FR-economy-72-20180806, in no gold file
    assert values('وستقدم المفوضية مقترحات "نهاية أيلول/سبتمبر"للسماح للاتحاد الأوروبي بمواصلة شراء',
                  "2018-08-06T10:00:00+00:00", lexicon) == ["2018-09"]

"""Issue 15: a yearly day named by its name (seeds/annual_days.csv: يوم الأرض، يوم المرأة العالمي، عيد العمال) is a
date when a word right before it places something on it (class date_annual_day_lead of seeds/cue_words.csv:
في، بمناسبة، مع، ذكرى، إحياء، مسيرة، احتجاجات …); named alone it is the day's name or a theme (ruling 2 of
gold/team/dates_consistency_session32.md). Sentences of ANT articles in no gold file (ids quoted)."""
from datetime import datetime

import pytest

from marsad.seeds import read_seed_csv
from tests.transforms.date_values import seed_date_lexicon, values
from transforms.cue_lexicon import build_cue_lexicon
from transforms.dates import build_date_lexicon, extract_time_expressions


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def test_a_day_to_come_the_day_before_it(lexicon):
    # AL-internationalNews-678-20180329: Land Day falls on the next day
    assert values("وحث جيش الاحتلال كافة سكان المستوطنات القريبة من قطاع غزة على حمل السلاح تحسبا لدخول الفلسطينيين "
                  "من القطاع في يوم الأرض.", "2018-03-29T09:20:30+04:00", lexicon) == ["2018-03-30"]


def test_the_surface_is_the_name_without_its_lead(lexicon):
    # BB-middleEast-159-20180308
    text = "بمناسبة يوم المرأة العالمي، شاركت نحو 300 من النساء في سباق للجري في مدينة الموصل العراقية"
    rows = extract_time_expressions(text, datetime.fromisoformat("2018-03-08T18:23:05+00:00"), lexicon)
    assert [(r["surface"], r["value"]) for r in rows] == [("يوم المرأة العالمي", "2018-03-08")]


def test_a_day_gone_by_months_ago_is_this_years(lexicon):
    # BB-internationalNews-849-20180721 (a lead with ال glued on and the month after it)
    assert values("ويستجوب بينالا حاليا بشأن فيديو يظهر امرأة ورجل يتعرضان للضرب خلال احتجاجات عيد العمال في مايو / أيار.",
                  "2018-07-21T15:01:53+00:00", lexicon) == ["2018-05-01", "2018-05"]
    # BB-internationalNews-599-20180601 (a linked headline)
    assert values('إسبانيا تشهد "إضرابا نسويا" غير مسبوق بمناسبة يوم المرأة العالمي',
                  "2018-06-01T12:44:38+00:00", lexicon) == ["2018-03-08"]


def test_a_quotation_mark_between_the_lead_and_the_name(lexicon):
    # AL-internationalNews-824-20180407
    assert values('وبدأ الفلسطينيون في 30 نيسان/إبريل حركة احتجاجية "مسيرة العودة" بالتزامن مع ذكرى "يوم الأرض"، '
                  "وستختتم بذكرى النكبة في 15 آيار/مايو", "2018-04-07T03:39:53+04:00", lexicon)[1] == "2018-03-30"


def test_a_name_alone_is_no_date(lexicon):
    # BB-middleEast-268-20180330 (its title: the day as a theme)
    assert values("ما قصة يوم الأرض الفلسطيني؟", "2018-03-30T10:00:00+00:00", lexicon) == []


def test_no_name_is_read_without_the_seed_rows():
    bare = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"),
                              read_seed_csv("imperfect_verbs.csv"), build_cue_lexicon(read_seed_csv("cue_words.csv")))
    assert values("وحث جيش الاحتلال كافة سكان المستوطنات القريبة من قطاع غزة على حمل السلاح تحسبا لدخول الفلسطينيين "
                  "من القطاع في يوم الأرض.", "2018-03-29T09:20:30+04:00", bare) == []



def test_the_trigger_index_tells_whether_a_name_is_in_the_text(lexicon):
    # the check in front of the yearly days' pattern rides on the trigger index's one pass (_scan): a name in quotes
    # after its lead is found, and a name after بمناسبة; a day of the same words' start (اليوم العالمي لحرية الصحافة,
    # CN-middleEast-701-20180423) is not one
    from transforms.arabic_text import normalize
    from transforms.dates.extract import _scan
    assert _scan(normalize('بالتزامن مع ذكرى "يوم الأرض"').text, lexicon)[2] is True
    assert _scan(normalize("بمناسبة اليوم العالمي للمرأة، تتطرق وزيرة الدولة المكلفة").text, lexicon)[2] is True
    assert _scan(normalize("وسيجري تسليم الجائزة يوم 2 مايو/ أيار المقبل بمناسبة اليوم العالمي لحرية الصحافة").text,
                 lexicon)[2] is False

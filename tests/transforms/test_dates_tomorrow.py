"""Dates on real develop sentences (team and train-develop articles; ids quoted): the weekday after
publication's, weekdays of one span, and the other classes fixed with them."""
from datetime import datetime

import pytest

from marsad.seeds import read_seed_csv
from transforms.dates import build_date_lexicon, extract_time_expressions


@pytest.fixture(scope="module")
def lexicon():
    return build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"))


def values(text, published, lexicon):
    return [e["value"] for e in extract_time_expressions(text, datetime.fromisoformat(published), lexicon)]


# --- the weekday after publication's -------------------------------------------------------------

def test_the_day_after_publication_with_no_past_verb_is_tomorrow(lexicon):
    # team FR-internationalNews-2749-20180817 (Friday): a present verb, so the coming Saturday
    assert values("وتلتزم إيطاليا السبت حدادا وطنيا تزامنا مع جنازات رسمية للضحايا",
                  "2018-08-17T06:20:21+00:00", lexicon) == ["2018-08-18"]
    # team FR-middleEast-684-20180623 (Saturday)
    assert values("يصوت الناخبون الأتراك الأحد في انتخابات رئاسية وتشريعية مبكرة",
                  "2018-06-23T18:01:17+00:00", lexicon) == ["2018-06-24"]


def test_the_day_after_publication_told_in_the_past_late_in_the_evening(lexicon):
    # team CN-middleEast-1626-20181019 (Friday, 23:45): told in the past, already Saturday
    assert values("أعلنت السلطات السعودية، السبت، موت الصحفي جمال خاشقجي داخل قنصلية البلاد",
                  "2018-10-19T23:45:47+00:00", lexicon) == ["2018-10-20"]


def test_the_day_after_publication_told_in_the_past_is_last_week(lexicon):
    # train-develop BB-middleEast-647-20180622 (Friday, 03:23): قالت السبت is the Saturday gone
    assert values("وترى السلطة الفلسطينية أن إدارة ترامب متحيزة لصالح إسرائيل، وقالت السبت إن",
                  "2018-06-22T03:23:37+00:00", lexicon) == ["2018-06-16"]


def test_the_second_weekday_of_a_span_follows_the_first(lexicon):
    # team FR-internationalNews-860-20180422 (Sunday)
    assert values("وهذه مرحلة مهمة قبل زيارة الرئيس الفرنسي إيمانويل ماكرون واشنطن من الاثنين إلى الأربعاء، حيث",
                  "2018-04-22T17:24:04+00:00", lexicon) == ["2018-04-23", "2018-04-25"]
    # team FR-internationalNews-2085-20180630 (Saturday)
    assert values("تحتضن العاصمة الموريتانية نواكشوط يومي الأحد والاثنين، القمة العادية",
                  "2018-06-30T10:57:46+00:00", lexicon) == ["2018-07-01", "2018-07-02"]

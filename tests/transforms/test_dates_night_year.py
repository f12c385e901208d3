"""Issue 15, rulings 6 and 7 of gold/team/dates_consistency_session33.md on real sentences (ANT articles in no
gold file; ids quoted): «ليلة X» told on day X before its night has come, and a year standing with a name."""
from datetime import datetime

import pytest

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.dates import build_date_lexicon, extract_time_expressions


@pytest.fixture(scope="module")
def lexicon():
    return build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"),
                              read_seed_csv("imperfect_verbs.csv"), build_cue_lexicon(read_seed_csv("cue_words.csv")))


def values(text, published, lexicon):
    return [e["value"] for e in extract_time_expressions(text, datetime.fromisoformat(published), lexicon)]


# --- ruling 6: «ليلة X» on day X ---------------------------------------------------------------------

def test_the_night_of_the_publication_day_told_in_the_morning_is_the_night_before(lexicon):
    # SK-internationalNews-1749-20180524 (Thursday 04:36): the derailment of Wednesday night
    assert values("قتل شخصان وأصيب آخرون بجراح إثر خروج قطار عن سكته ليلة الخميس، في منطقة قريبة من تورينو "
                  "شمالي إيطاليا", "2018-05-24T04:36:41+00:00", lexicon) == ["2018-05-23"]
    # SK-internationalNews-2022-20180608 (Friday 08:03)
    assert values("في إعلان مفاجئ صدر في وقت متأخر ليلة الجمعة، استبدل رئيس وزراء إثيوبيا أبي أحمد، قائد القوات "
                  "المسلحة", "2018-06-08T08:03:01+00:00", lexicon) == ["2018-06-07"]
    # FR-internationalNews-1642-20180605 (Tuesday 10:38)
    assert values("واستمرت التظاهرات في الشوارع الأردنية ليلة الثلاثاء ضد قانون الضريبة على الدخل",
                  "2018-06-05T10:38:22+00:00", lexicon) == ["2018-06-04"]


def test_the_night_of_the_publication_day_looked_ahead_to_is_that_day(lexicon):
    # SK-internationalNews-2531-20180709 (Monday 05:40): the coming night
    assert values("وقال أردوغان إنه سيعلن التشكيل الحكومي ليلة الاثنين، متعهدا بتعيين وزراء من خارج البرلمان",
                  "2018-07-09T05:40:00+00:00", lexicon) == ["2018-07-09"]


def test_a_night_of_another_day_and_a_midnight_of_the_day_keep_their_day(lexicon):
    # SK-internationalNews-2022-20180608 told a day later: the night of Friday is Friday's
    assert values("في إعلان مفاجئ صدر في وقت متأخر ليلة الجمعة، استبدل رئيس وزراء إثيوبيا أبي أحمد، قائد القوات "
                  "المسلحة", "2018-06-09T08:03:01+00:00", lexicon) == ["2018-06-08"]
    # SK-middleEast-336-20180316 (Friday 11:45): the midnight that opens Friday (ليل, not ليلة)
    assert values("وفر أكثر من 2500 مدني منذ منتصف ليل الجمعة من المدينة نحو ريفها",
                  "2018-03-16T11:45:46+00:00", lexicon) == ["2018-03-16"]

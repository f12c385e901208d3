"""Issue 15, rulings 6 and 7 of gold/team/dates_consistency_session33.md on real sentences (ANT articles in no
gold file; ids quoted): «ليلة X» told on day X before its night has come, and a year standing with a name."""
import pytest

from tests.transforms.date_values import seed_date_lexicon, values


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


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


# --- ruling 7: a year standing with a name is a date; a count is not ---------------------------------

def test_a_year_standing_with_a_name_is_a_date(lexicon):
    # AL-economy-133-20180301: a plan
    assert values("فة دبي تعمل على توظيف جميع قدراتها لننفيذ خطة دبي 2021، والتي تهدف إلى تعزيز النمو",
                  "2018-03-01T10:00:00+04:00", lexicon) == ["2021"]
    # AL-economy-58-20180219: a programme
    assert values("تماشيا مع رؤية 2030 التي ساهمت في خلق مناخ جاذب", "2018-02-19T10:00:00+04:00", lexicon) == ["2030"]
    # AL-sport-2213-20180630: a tournament
    assert values("خروج المنتخب الألماني حامل اللقب من الدور الأول لبطولة كأس العالم 2018 لكرة القدم",
                  "2018-06-30T10:00:00+04:00", lexicon) == ["2018"]
    # BB-internationalNews-1030-20180828: an exercise, hyphened
    assert values("وقارن شويغو تدريبات فوستوك-2018 بالمناورات السوفيتية عام 1981",
                  "2018-08-28T10:00:00+00:00", lexicon) == ["2018", "1981"]


def test_a_number_that_counts_is_no_year(lexicon):
    # CN-middleEast-78-20180223, CN-middleEast-87-20180224, AL-internationalNews-1387-20180530
    assert values("فيما بلغ عدد المصابين أكثر من 2000 شخص.", "2018-02-23T10:00:00+00:00", lexicon) == []
    assert values("الجيش التركي: تحييد 1931 إرهابيا للآن بعمليات غصن الزيتون", "2018-02-24T10:00:00+00:00", lexicon) == []
    assert values("وافقت إسرائيل على بناء 2070 وحدة سكنية استيطانية جديدة في الضفة الغربية",
                  "2018-05-30T10:00:00+00:00", lexicon) == []

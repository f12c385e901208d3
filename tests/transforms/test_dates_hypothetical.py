"""Issue 15: a span counted from publication right after a word of what may or will not be (class date_hypothetical:
قد، لن، لا) and an imperfect verb, or after لا alone, is a time that may come or is denied, no date; after قد and a
perfect verb it is a time gone by, dated as before."""
from tests.transforms.date_values import seed_date_lexicon, values


def test_a_span_after_may_and_an_imperfect_verb_is_no_date():
    # team FR-internationalNews-1129-20180508: what the next president may do in three years, not 2021
    assert values("وأي اتفاق يبرمه الرئيس الأمريكي اليوم قد يلغيه بعد ثلاث سنوات، مما يقوض الأمن في الشرق الأوسط "
                  "والعالم.", "2018-05-08T06:29:00+00:00", seed_date_lexicon()) == [None]


def test_a_span_counted_back_after_may_not_is_no_date():
    # team BB-internationalNews-890-20180729: the dam may not be finished before ten years (from now), not 2008
    assert values("ففي الأسبوع الأخير من يوليو/تموز قال آبي أحمد رئيس الوزراء الإثيوبي إنه بالوتيرة الحالية لبناء السد "
                  "فإنه قد لا ينجز قبل 10 سنوات.", "2018-07-29T09:34:52+00:00", seed_date_lexicon()) == ["2018-07", None]


def test_a_span_after_nor_is_no_date():
    # team BB-middleEast-1016-20180928: "not today, nor in ten years", not 2028
    assert values("مضيفا أن \"إسرائيل لن تسمح لنظام دعا إلى تدميرنا بتطوير أسلحة نووية، لن تسمح اليوم ولا بعد 10 أعوام "
                  "ولن تسمح له أبدا\".", "2018-09-28T09:25:07+00:00", seed_date_lexicon())[-1] is None


def test_a_span_after_may_and_a_perfect_verb_is_dated():
    # non-gold BB-middleEast-936-20180825: قد and a perfect tell what was done, two days before publication
    assert values("وقال أحد المسافرين لبي بي سي \"عندما تكتشف في الساعة 10.00- 10.30 ليلا أن شخصين قد توفيا قبل يومين، "
                  "ولا أحد يعرف لماذا؟", "2018-08-25T16:16:30+00:00", seed_date_lexicon())[-1] == "2018-08-23"

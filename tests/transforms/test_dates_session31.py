"""Issue 15, session 31, on real sentences of ANT articles in no gold file (ids quoted): the second end of a
span written as an ordinal with و, ... (one test per rule)."""
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


def test_an_ordinal_with_wa_right_after_a_date_ends_its_span(lexicon):
    # ANT AL-internationalNews-131-20180221: the raids between 25 January and 6 February
    assert values("وقال مفتش الشرطة محمد فوزي هارون في بيان، إن الشرطة ألقت القبض على المشتبه بهم العشرة في ثلاث "
                  "مداهمات بين 25 يناير/كانون الثاني والسادس من فبراير/شباط.",
                  "2018-02-21T12:59:54+04:00", lexicon) == ["2018-01-25", "2018-02-06"]
    # ANT BB-internationalNews-1103-20180930: an ordinal with و after no date is no day (والثالث أب: the third, a father)
    assert values("وقال لي رجل في الطريق: \"أعلم أنني فقدت ثلاثة من أفراد العائلة... منهم اثنان من المسنين والثالث أب "
                  "لا يزال شابا\".", "2018-09-30T09:03:16+00:00", lexicon) == [None]


def test_a_span_counted_from_now_is_counted_from_publication(lexicon):
    # ANT BB-internationalNews-296-20180405 (Thursday): a week before the statement
    assert values("وقال البيان على لسان يوليا: \"استعدت وعيي قبل أسبوع من الآن، وأنا مسرورة أن أقول إنني أستعيد قواي "
                  "أكثر يوما بعد يوم\".", "2018-04-05T15:27:27+00:00", lexicon)[0] == "2018-03-29"
    # ANT CN-internationalNews-93-20180311: two years ahead, a future told after it
    assert values("وخطب ترامب في تجمع بولاية بنسلفانيا قائلا: \"شعارنا الجديد عندما نبدأ في العمل.. بعد عامين من الآن، "
                  "سيكون (حافظ على عظمة أمريكا) مع علامة تعجب.", "2018-03-11T10:09:52+00:00", lexicon) == ["2020"]


def test_the_day_after_a_verbal_noun_of_the_shape_tafil_is_no_day_after_the_last_date(lexicon):
    # ANT BB-internationalNews-342-20180414: the day after the attack (in 2017), not the day after that Friday
    assert values("وشاهدت المحكمة في جلسة استماع حول القضية، يوم الجمعة، اعترافات مصورة حصلت عليها الشرطة من المتهم "
                  "منذ اليوم التالي لتنفيذ الهجوم.", "2018-04-14T14:00:37+00:00", lexicon) == ["2018-04-13", None]


def test_the_same_day_with_bi_glued_on_of_another_year(lexicon):
    # ANT CN-internationalNews-615-20181002 (this day in history): the Las Vegas shooting, 1 October 2017
    assert values("في 1 أكتوبر/تشرين أول من عام 1918 تمكنت القوات العربية بقيادة لورنس العرب من السيطرة على مدينة دمشق، "
                  "في الحرب العالمية الأولى، وبنفس اليوم من عام 2017، أسفرت حادثة إطلاق في لاس فيغاس عن مقتل 58 شخصاً",
                  "2018-10-02T07:53:27+00:00", lexicon) == ["1918-10-01", "2017-10-01"]


def test_until_a_weekday_further_back_than_a_report_is_the_coming_one(lexicon):
    # ANT BB-middleEast-537-20180525 (Friday): the schools closed until Monday, the coming one, told in the past
    assert values("ورفعت السلطات استعداداتها على مستوى كافة الهيئات الحكومية واستنفرت الشرطة والجيش وأغلقت المدارس "
                  "حتى يوم الاثنين.", "2018-05-25T12:42:44+00:00", lexicon) == ["2018-05-28"]
    # ANT FR-internationalNews-2366-20180718 (Wednesday): until Sunday, the coming one; Monday night stays the last
    assert values("قررت إسرائيل ليل الاثنين منع تسليم الوقود والغاز عبر معبر كرم أبو سالم المخصص لنقل البضائع حتى الأحد.",
                  "2018-07-18T13:28:45+00:00", lexicon) == ["2018-07-16", "2018-07-22"]


def test_a_day_of_it_after_a_preposition_is_of_the_month_last_named(lexicon):
    # ANT FR-internationalNews-1536-20180530: Egypt's World Cup matches on 15, 19 and 25 June
    assert values("وتخوض مصر أول مباراة لها في المجموعة الأولى في المونديال ضد الأوروغواي في 15 حزيران/يونيو، على أن تكون "
                  "الثانية في 19 منه ضد روسيا، والثالثة في 25 منه ضد السعودية.",
                  "2018-05-30T17:52:31+00:00", lexicon) == ["2018-06-15", "2018-06-19", "2018-06-25"]
    # with no preposition, منه is "of it" (a count of it), no day
    assert values("وفي 15 حزيران/يونيو باع 25 منه.", "2018-05-30T17:52:31+00:00", lexicon) == ["2018-06-15"]


def test_a_night_of_two_days_written_with_a_slash_is_its_evenings_day(lexicon):
    # ANT BB-middleEast-776-20180726: the tankers were hit on the night of 25 to 26 July, dated by its evening
    assert values("ولم تجد الأسئلة حول ما يكمن وراء تهديدات روحاني أحدا ليجيب عليها، حتى جاءت ليلة 25/26 يوليو/تموز حين "
                  "أصدرت شركة أرامكو بيانا", "2018-07-26T18:35:30+00:00", lexicon) == ["2018-07-25"]


def test_a_day_counted_back_in_a_quotation_counts_from_the_day_it_was_spoken(lexicon):
    # ANT FR-internationalNews-1491-20180528 (Monday): said on Sunday, «أمس» is Saturday, the day of the rescue
    assert values("وقالت الأحد في تغريدة نشرتها على حسابها الرسمي في تويتر \"تحية كبيرة لمامادو غاساما لموقفه الشجاع الذي "
                  "سمح أمس مساء بإنقاذ حياة طفل.", "2018-05-28T11:04:30+00:00", lexicon) == ["2018-05-27", "2018-05-26"]
    # ANT FR-middleEast-288-20180415 (Sunday): said at the Council on Saturday night, «أمس» is Friday
    assert values("وأشار مندوب سوريا الدائم لدى الأمم المتحدة بشار الجعفري أمام مجلس الأمن ليل السبت الأحد إلى \"تأخير وصول "
                  "وفد البعثة من بيروت إلى دمشق لأسباب غير معروفة لمدة يوم كامل إلى أن حدث العدوان وكأن هناك من أوعز لهذا "
                  "الفريق ألا يتجه لدمشق أمس بانتظار حدوث العدوان\".", "2018-04-15T09:49:03+00:00",
                  lexicon) == ["2018-04-14", None, "2018-04-13"]


def test_tomorrow_in_a_quotation_counts_from_the_day_it_was_spoken(lexicon):
    # ANT FR-internationalNews-1130-20180508 (Tuesday): tweeted on Monday, «غدا» is Tuesday, the publication day
    assert values("ونشر الاثنين الرئيس الأمريكي تغريدة على حسابه في تويتر \"سأعلن عن قراري بشأن الاتفاق الإيراني غدا من "
                  "البيت الأبيض في الساعة 14,00 18,00 ت غ\".", "2018-05-08T10:29:47+00:00",
                  lexicon) == ["2018-05-07", "2018-05-08"]

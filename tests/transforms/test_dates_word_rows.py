"""The date word lists moved from code into seeds/cue_words.csv (issue 8): a row of each class changes what
the dates read, on the real sentence of its row (ANT articles in no gold file; ids quoted)."""
from datetime import datetime

import pytest

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.dates import extract_time_expressions
from tests.transforms.test_code_lists_as_rows import ROWS, date_lexicon_without, values

CUES = build_cue_lexicon(ROWS)
lexicon_without = date_lexicon_without


@pytest.fixture(scope="module")
def lexicon():
    return lexicon_without()


def test_an_event_of_a_day_leaves_its_year_open(lexicon):
    # ANT CN-internationalNews-596-20180911: the row of هجمات (date_event_day)
    text, published = "هذه المؤشرات سبقت هجمات 11 سبتمبر", "2018-09-11T10:00:00+00:00"
    assert values(text, published, lexicon) == ["XXXX-09-11"]
    assert values(text, published, lexicon_without("date_event_day", "هجمات")) != ["XXXX-09-11"]


def test_a_coalition_named_by_a_day_is_no_date(lexicon):
    # ANT AL-internationalNews-127-20180220: the row of قوى (date_event_name)
    text, published = "أين هي ثورة الأرز وأين قوى 14 آذار؟", "2018-02-20T10:00:00+00:00"
    assert values(text, published, lexicon) == [None]  # a date's surface, no value
    assert values(text, published, lexicon_without("date_event_name", "قوى")) == ["2018-03-14"]


def test_a_weekday_is_no_event_with_its_article(lexicon):
    # ANT AL-internationalNews-817-20180406 (date_event_bare جمعة): جمعة الكاوتشوك names a protest, but
    # الجمعة 30 مارس is the weekday (a Friday) and its day
    assert values("وقتل فلسطينيون في مسيرات الجمعة 30 مارس على حدود غزة", "2018-04-06T10:00:00+00:00",
                  lexicon) == ["2018-03-30"]


def test_a_noun_opening_like_a_future_verb_is_no_future(lexicon):
    # the row of سيا (date_not_future_stem), ANT FR-economy-71-20180806: سياحية is no verb سـ + ياح
    from transforms.dates.tense import tense_words
    cue = tense_words(build_cue_lexicon(ROWS)).cue
    assert not any(m.group("fut") for m in cue.finditer("وشملت ايضا مدنا سياحيه مثل اصفهان وطهران"))
    rows = [r for r in ROWS if not (r["class"] == "date_not_future_stem" and r["lemma"] == "سيا")]
    cue = tense_words(build_cue_lexicon(rows)).cue
    assert any(m.group("fut") for m in cue.finditer("وشملت ايضا مدنا سياحيه مثل اصفهان وطهران"))


def test_the_story_goes_on_after_a_count_of_days(lexicon):
    # ANT FR-internationalNews-1456-20180526 (date_story_unit أيام) and BB-middleEast-1055-20181002 (date_story_on بعد ذلك)
    assert lexicon.story_goes_on.search("وبعد اربعه ايام، لم يتخلل مظاهره اخري سوي حوادث محدوده")
    assert not lexicon_without("date_story_unit", "أيام").story_goes_on.search(
        "وبعد اربعه ايام، لم يتخلل مظاهره اخري سوي حوادث محدوده")
    assert lexicon.story_goes_on.search("واعتقل بعد ذلك في سبتمبر")
    assert not lexicon_without("date_story_on", "بعد ذلك").story_goes_on.search("واعتقل بعد ذلك في سبتمبر")


def test_a_verb_of_lasting_before_until(lexicon):
    # ANT FR-internationalNews-1536-20180530 (date_lasting تستمر): «وتستمر حتى» what goes on until a day
    text = "وتبدا نهائيات كاس العالم في 14 حزيران/يونيو وتستمر حتي "
    assert lexicon.goes_on_until.search(text)
    assert not lexicon_without("date_lasting", "تستمر").goes_on_until.search(text)


def test_a_noun_an_ordinal_agrees_with(lexicon):
    # ANT SK-technology-1488-20180930 (date_ordinal_noun أسبوع): الأسبوع الأول is no first day of a month
    text = "في الاسبوع "
    assert lexicon.ordinal_noun.search(text)
    assert not lexicon_without("date_ordinal_noun", "أسبوع").ordinal_noun.search(text)


def test_a_noun_whose_complement_is_the_two(lexicon):
    # ANT BB-internationalNews-296-20180405 (date_of_the_two تسميم): منذ تسميم الاثنين is "the two", no Monday
    text, published = "منذ تسميم الاثنين بغاز أعصاب في مارس/آذار.", "2018-04-05T10:00:00+00:00"
    assert values(text, published, lexicon) == ["2018-03"]
    assert "2018-04-02" in values(text, published, lexicon_without("date_of_the_two", "تسميم"))


def test_a_habit_before_a_weekday_is_no_day(lexicon):
    # ANT AL-internationalNews-717-20180331 (date_weekday_habit أيام; in no gold file): أيام الخميس is no
    # Thursday in particular
    text = ("إلا أن مصادر طبية تشير إلى ارتفاع أعداد المصابين نتيجة للرصاص الراجع، في أيام الخميس والجمعة، وهي "
            "الأيام التي تقام فيها حفلات الزواج في المدينة")
    published = "2018-03-31T16:26:12+04:00"
    assert "2018-03-29" not in values(text, published, lexicon)  # (a Thursday)
    assert "2018-03-29" in values(text, published, lexicon_without("date_weekday_habit", "أيام"))


def test_the_weekdays_joined_to_a_habit_are_the_habit_too(lexicon):
    # ANT AL-internationalNews-717-20180331 (in no gold file): the weekdays coordinated with the weekday of a
    # habit share it
    assert values("تشير إلى ارتفاع أعداد المصابين نتيجة للرصاص الراجع، في أيام الخميس والجمعة، وهي الأيام التي تقام "
                  "فيها حفلات الزواج", "2018-03-31T16:26:12+04:00", lexicon) == []
    # (a weekday told with its own الماضي/المقبل is a day of its own)
    assert values("أيام الخميس والجمعة الماضي", "2018-03-31T16:26:12+04:00", lexicon) == ["2018-03-30"]


def test_the_press_of_today(lexicon):
    # ANT FR-internationalNews-713-20180413 (date_press صحف): في الصحف لهذا اليوم
    assert lexicon.press_before.search("في الصحف ")
    assert not lexicon_without("date_press", "صحف").press_before.search("في الصحف ")


def test_a_unit_of_time_after_since_and_a_number(lexicon):
    # ANT BB-internationalNews-1012-20180901 (date_time_unit عام): منذ 200 عام is a length of time
    text, published = "وبذلك أصبحت دايدرا روي أول امرأة تتولى هذا المنصب منذ 2000 عام.", "2018-09-01T10:00:00+00:00"
    assert values(text, published, lexicon) == []
    assert values(text, published, lexicon_without("date_time_unit", "عام")) == ["2000"]


def test_a_whole_noun_written_like_a_future_verb_leaves_the_longer_verbs_future(lexicon):
    # date_not_future_word rows are whole words: سيتي (ANT FR-internationalNews-362-20180310) is no verb, but
    # سيتيح (ANT AL-technology-41-20180126), which the opening سيتي used to hide, is سـ + يتيح
    from transforms.dates.tense import tense_words
    cue = tense_words(build_cue_lexicon(ROWS)).cue
    assert not any(m.group("fut") for m in cue.finditer("وتعادل هادرسلفيد مع سوانسي سيتي سلبا"))
    assert any(m.group("fut") for m in cue.finditer("وسيتيح لكل مستخدم فرز الرسائل الوارده علي تطبيق واتساب"))
    rows = [r for r in ROWS if not (r["class"] == "date_not_future_word" and r["lemma"] == "سيتي")]
    cue = tense_words(build_cue_lexicon(rows)).cue
    assert any(m.group("fut") for m in cue.finditer("وتعادل هادرسلفيد مع سوانسي سيتي سلبا"))


def test_a_future_verb_once_hidden_by_a_noun_opening(lexicon):
    # ANT CN-technology-18-20180219 (a Monday): سيطلق opened like سيطرة (the old row سيط); it is سـ + يطلق,
    # and the rocket goes up on the coming Wednesday
    assert values("ولكن الصاروخ الذي سيطلق الأربعاء، سيحوي حمولة أساسية، بقمر صناعي اسمه \"PAZ\"، للحكومة الإسبانية.",
                  "2018-02-19T07:32:34+00:00", lexicon) == ["2018-02-21"]


def test_a_month_after_a_family_name_particle_is_a_surname(lexicon):
    # ANT AL-internationalNews-1772-20180627: the row of دي (date_name_particle)
    text = "وقال لويجي دي مايو، نائب رئيس الوزراء الإيطالي، المنتمي إلى حركة (5-نجوم) المشاركة في الائتلاف الحاكم"
    published = "2018-06-27T20:54:04+04:00"
    assert values(text, published, lexicon) == []
    assert values(text, published, lexicon_without("date_name_particle", "دي")) == ["2018-05"]


def test_a_span_back_after_a_verb_of_birth_is_an_age(lexicon):
    # ANT AL-internationalNews-730-20180401: the row of ولد (date_born)
    text, published = "وأوضحت المحكمة في بيانها ان الحسن الذي ولد قبل 41 عاما في منطقة تمبكتو", "2018-04-01T04:33:14+04:00"
    assert values(text, published, lexicon) == []
    assert values(text, published, lexicon_without("date_born", "ولد")) == ["1977"]


def test_a_weekday_after_yesterday_or_tomorrow_is_that_day(lexicon):
    # ANT AL-internationalNews-975-20180502 (Wednesday): the row of أمس (date_told_yesterday); without it, a
    # weekday told after بعد أن is read as the coming one
    text = ("ورداً على سؤال عما إذا كان سيعيد ترشيح نفسه لمنصب رئيس الوزراء بعد أن فشل في الحصول على الأغلبية "
            "اللازمة من أصوات النواب أمس الثلاثاء، قال باشينيان: \"سنفكر ونتفاوض\".")
    published = "2018-05-02T13:18:52+04:00"
    assert values(text, published, lexicon)[-1] == "2018-05-01"
    assert values(text, published, lexicon_without("date_told_yesterday", "أمس"))[-1] == "2018-05-08"
    # ANT FR-internationalNews-2790-20180819 (Sunday): the row of غدا (date_told_tomorrow); without it, the
    # weekday after a perfect verb is last week's
    text = "وقال غني\" أعلن من جديد عن هدنة بدءا من غدا الاثنين وحتى المولد النبوي في 21 نوفمبر القادم"
    published = "2018-08-19T15:06:58+00:00"
    assert values(text, published, lexicon) == ["2018-08-20", "2018-08-20", "2018-11-21"]
    assert values(text, published, lexicon_without("date_told_tomorrow", "غدا")) == ["2018-08-20", "2018-08-13", "2018-11-21"]


def test_a_bare_year_or_month_after_a_part_of_a_period_is_this_one(lexicon):
    # ANT BB-middleEast-436-20180502: the row of نهاية (date_period_lead); without it, العام alone is no year
    text = "وتدعم الأمم المتحدة والاتحاد الأوروبي إجراء انتخابات قبل نهاية العام في البلاد"
    published = "2018-05-02T12:45:28+00:00"
    assert values(text, published, lexicon) == ["2018"]
    assert values(text, published, lexicon_without("date_period_lead", "نهاية")) == []
    # ANT AL-internationalNews-2018-20180722: the row of مطلع
    text, published = "الإعصار الثالث الذي يضرب فيتنام منذ مطلع السنة.", "2018-07-22T10:25:56+04:00"
    assert values(text, published, lexicon) == ["2018"]
    assert values(text, published, lexicon_without("date_period_lead", "مطلع")) == []


def test_a_time_of_this_year_or_month(lexicon):
    # ANT BB-internationalNews-235-20180327: the row of مبكر (date_time_of)
    text = "أعلنت بريطانيا طرد 23 ديبلوماسيا في وقت مبكر من الشهر، وتوالت الدول التي أعلنت التضامن"
    published = "2018-03-27T14:46:44+00:00"
    assert values(text, published, lexicon) == ["2018-03"]
    assert values(text, published, lexicon_without("date_time_of", "مبكر")) == []
    # ANT BB-internationalNews-348-20180418: the row of سابق
    text = "لكن استضافة كوريا الجنوبية للألعاب الأولمبية الشتوية في وقت سابق من العام فتح نافذة غير متوقعة للدبلوماسية."
    published = "2018-04-18T01:01:23+00:00"
    assert values(text, published, lexicon) == ["2018"]
    assert values(text, published, lexicon_without("date_time_of", "سابق")) == []


def test_a_part_of_this_year(lexicon):
    # ANT CN-economy-365-20181007: the row of الأخير (date_part_ordinal); without it, من العام alone is no year
    text, published = "أن يشهد الربع الأخير من العام زيادة في السيولة الموجهة لسوقي مصر ودبي", "2018-10-07T13:14:16+00:00"
    assert values(text, published, lexicon) == ["2018"]
    assert values(text, published, lexicon_without("date_part_ordinal", "الأخير")) == []
    # ANT SK-economy-1357-20181004: the row of الثالث
    text = ("وزاد نشاط قطاع الخدمات الأميركية مسجلا أعلى مستوى في 21 عاما خلال سبتمبر، في إشارة على استمرار متانة "
            "الاقتصاد الأميركي في نهاية الربع الثالث من العام.")
    published = "2018-10-04T04:28:34+00:00"
    assert values(text, published, lexicon) == ["2018-09", "2018"]
    assert values(text, published, lexicon_without("date_part_ordinal", "الثالث")) == ["2018-09"]


def surfaces(text, published, lexicon):
    return [(e["surface"], e["value"]) for e in extract_time_expressions(text, datetime.fromisoformat(published), lexicon)]


def test_a_lead_makes_a_guarded_name_a_month(lexicon):
    # ANT AL-economy-359-20180401: the row of خلال (date_guard_lead); without it, مارس alone may be the verb
    text = "سجل نشاط المصانع في #الصين تسارعاً ملحوظا خلال مارس، بحسب مؤشر حكومي نشر أمس السبت"
    published = "2018-04-01T12:57:50+04:00"
    assert ("مارس", "2018-03") in surfaces(text, published, lexicon)
    assert ("مارس", "2018-03") not in surfaces(text, published, lexicon_without("date_guard_lead", "خلال"))
    # ANT SK-internationalNews-715-20180401: the row of شهر, the lead word right before the name
    text = "ويُجري هذان التدريبان عادة بصفة سنوية في شهر مارس تقريبا"
    published = "2018-04-01T03:13:15+00:00"
    assert surfaces(text, published, lexicon) == [("شهر مارس", "2018-03")]
    assert surfaces(text, published, lexicon_without("date_guard_lead", "شهر")) == []


def test_a_leading_word_is_kept_out_of_the_surface(lexicon):
    # ANT AL-economy-250-20180316 (a title): the row of منذ (date_surface_trim)
    text, published = "المركزي المصري: التضخم بأدنى مستوياته منذ أكتوبر 2016", "2018-03-16T12:03:45+04:00"
    assert surfaces(text, published, lexicon) == [("أكتوبر 2016", "2016-10")]
    assert surfaces(text, published, lexicon_without("date_surface_trim", "منذ")) == [("منذ أكتوبر 2016", "2016-10")]
    # ANT AL-economy-706-20180602: the row of the two words اعتبارا من
    text = "وقال الصندوق ان ضبط أوضاع المالية العامة بالتدريج اعتبارا من عام 2018 يمكن تحقيقه"
    published = "2018-06-02T10:51:00+04:00"
    assert surfaces(text, published, lexicon) == [("عام 2018", "2018")]
    assert surfaces(text, published, lexicon_without("date_surface_trim", "اعتبارا من")) == [("اعتبارا من عام 2018", "2018")]


def test_a_kind_of_year_is_no_year_of_the_story(lexicon):
    # ANT BB-internationalNews-1012-20180901: the row of الدراسي (date_year_kind); without it, بدء العام is this year
    text = "للاستقالة من منصبه تزامنا مع بدء العام الدراسي الجديد ليسمح للمديرة الجديدة بممارسة مهامها"
    published = "2018-09-01T12:46:58+00:00"
    assert surfaces(text, published, lexicon) == []
    assert surfaces(text, published, lexicon_without("date_year_kind", "الدراسي")) == [("بدء العام", "2018")]


def test_the_same_year_is_the_one_just_named(lexicon):
    # ANT AL-internationalNews-542-20180320: the row of ذاته (date_same); without it, العام ذاته names no year
    text = "الذي تولى المهمة أواخر إبريل 2015، بديلاً عن المغربي جمال بن عمر، قبل أن يعلن تنحيه منتصف الشهر نفسه من العام ذاته."
    published = "2018-03-20T03:02:21+04:00"
    assert ("العام ذاته", "2015") in surfaces(text, published, lexicon)
    assert ("العام ذاته", "2015") not in surfaces(text, published, lexicon_without("date_same", "ذاته"))


def test_a_relative_modifier_moves_the_year(lexicon):
    # ANT AL-economy-482-20180501: the row of القادم (date_relative_next)
    text = "ولا يعتقد كثير من خبراء الاقتصاد أن أسعار النفط ستظل مرتفعة عند مستوياتها الحالية في العام القادم."
    published = "2018-05-01T19:02:52+04:00"
    assert surfaces(text, published, lexicon) == [("العام القادم", "2019")]
    assert ("العام القادم", "2019") not in surfaces(text, published, lexicon_without("date_relative_next", "القادم"))
    # ANT AL-internationalNews-79-20131231: the row of المنصرمة (date_relative_past)
    text = "الاحباط كان عنوان السنة المنصرمة، اما ستارة السنة المقبلة فترفع على تشاؤم والبحث عن بصيص ضوء."
    published = "2013-12-31T04:35:28+04:00"
    assert surfaces(text, published, lexicon) == [("السنة المنصرمة", "2012"), ("السنة المقبلة", "2014")]
    assert ("السنة المنصرمة", "2012") not in surfaces(text, published, lexicon_without("date_relative_past", "المنصرمة"))


def test_a_bare_year_after_a_part_of_a_time(lexicon):
    # ANT AL-economy-612-20180518: the row of منتصف (date_year_lead); without it, the year loses its lead word
    text = "وأضاف \"تراجع المعدل السنوي للتضخم الكلي من 33% في منتصف 2016 إلى حوالي 13% في أبريل\"."
    published = "2018-05-18T09:25:07+04:00"
    assert ("منتصف 2016", "2016") in surfaces(text, published, lexicon)
    assert ("منتصف 2016", "2016") not in surfaces(text, published, lexicon_without("date_year_lead", "منتصف"))


def test_a_verb_of_reporting_opens_no_clause_ahead(lexicon):
    # ANT FR-internationalNews-507-20180318: the row of يأتي (date_not_opening_verb); without it, ويأتي opens the
    # sentence as a verb of what is to come and the Friday of the attack becomes the next one
    text = ("ويأتي الاعتداء بعد عملية دهس نفذها الجمعة فلسطيني بسيارته مجموعة جنود إسرائيلين قرب جنين في شمال الضفة "
            "الغربية أسفرت عن قتيلين وجرح آخرين، وفق ما أعلن الجيش الإسرائيلي.")
    published = "2018-03-18T18:48:13+00:00"
    assert values(text, published, lexicon) == ["2018-03-16"]
    assert values(text, published, lexicon_without("date_not_opening_verb", "يأتي")) == ["2018-03-23"]


def test_a_ministry_is_no_suffixed_perfect(lexicon):
    # ANT AL-internationalNews-1180-20180515: the row of زار (date_past_unsuffixed); without it, وزارة (normalised
    # وزاره) is read as و + زاره, a past cue, and the talks agreed for Wednesday go back to the last one
    text = ("قالت وزارة الوحدة في كوريا الجنوبية إن الكوريتين اتفقتا، الثلاثاء، على إجراء محادثات رفيعة المستوى الأربعاء، "
            "لبحث الخطوات الضرورية من أجل تنفيذ تعهد بنزع السلاح النووي من شبه الجزيرة الكورية.")
    published = "2018-05-15T10:41:30+04:00"
    assert "2018-05-16" in values(text, published, lexicon)
    without = values(text, published, lexicon_without("date_past_unsuffixed", "زار"))
    assert "2018-05-09" in without and "2018-05-16" not in without


def test_a_start_from_a_weekday_is_the_coming_one(lexicon):
    # ANT FR-internationalNews-1209-20180512 (a Saturday): the row of ابتداءً (date_starting_from); without it, the
    # crossing closed from Sunday is closed from the Sunday gone by
    text = ("أعلن الجيش الإسرائيلي إغلاق معبر كرم أبو سالم الحدودي مع قطاع غزة ابتداء من الأحد و\"حتى إشعار آخر\" "
            "نتيجة تعرضه لأضرار كبيرة، وذلك مع اقتراب موعد نقل السفارة الأمريكية إلى القدس وذكرى النكبة.")
    published = "2018-05-12T16:05:32+00:00"
    assert values(text, published, lexicon) == ["2018-05-13"]
    assert values(text, published, lexicon_without("date_starting_from", "ابتداءً")) == ["2018-05-06"]


def test_a_night_of_two_days_is_dated_by_its_evening(lexicon):
    # ANT AL-internationalNews-111-20180220: the row of ليلة (date_night); without it, the second day of the night
    # gets a day of its own
    text = "شنّ طيران التحالف أكثر من 20 غارة جوية على محافظة #صعدة ليلة الاثنين- الثلاثاء، استهدف آليات ومواقع متفرقة للحوثيين."
    published = "2018-02-20T11:54:15+04:00"
    assert values(text, published, lexicon) == ["2018-02-19", None]
    assert values(text, published, lexicon_without("date_night", "ليلة")) == ["2018-02-19", "2018-02-20"]


# ---- date word lists moved from code (sessions 33-34) ------------------------------------------------------------

def test_a_plural_of_days_counts_only_after_that():
    # CN-economy-66-20180329: «بعدها بعشرة أيام عمل» are days of work, which no calendar counts (class date_days_after_that);
    # without the row أيام is a unit like any other and the sum is paid on a day counted from the first of April.
    text = ("الدفعة الأولى: ستكون أحقية الأرباح للمساهمين المسجلين بسجلات الشركة بنهاية تداول يوم 1 أبريل/ نيسان 2018 على "
            "أن يتم الصرف بعدها بعشرة أيام عمل من ثاني يوم تداول يلي تاريخ الاستحقاق.")
    published = "2018-03-29T13:56:34+00:00"
    assert any(r["class"] == "date_days_after_that" and r["lemma"] == "أيام" and r["example"] == text
               and r["example_id"] == "CN-economy-66-20180329" for r in ROWS)
    assert values(text, published, date_lexicon_without()) == ["2018-04-01"]
    assert values(text, published, date_lexicon_without("date_days_after_that", "أيام")) == ["2018-04-01", "2018-04-11"]


def test_the_days_counted_after_that_are_the_word_ago_had():
    # extract.ago read «ايام» by name: now class date_days_after_that and _DAYS_AFTER_THAT_UNSEEN.
    from transforms.dates.extract import days_after_that_words

    assert days_after_that_words(CUES) == {"ايام"}

def test_the_levantine_month_names_are_read_from_the_month_seed():
    # extract._LEVANTINE was these ten first words; they are the rows of seeds/months.csv of source cldr:ar_SY.
    from transforms.dates import build_date_lexicon

    lexicon = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"), None, CUES)
    assert lexicon.levantine == {"كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين"}


def test_a_levantine_name_paired_with_another_names_one_month():
    # AL-internationalNews-131-20180221: «يونيو/حزيران» is one month.
    from datetime import datetime

    from transforms.dates import build_date_lexicon, extract_time_expressions

    lexicon = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"), None, CUES)
    text = "وأسفر هجوم بعبوة ناسفة على حانة على مشارف كوالالمبور في يونيو/حزيران 2016 عن إصابة ثمانية."
    published = datetime.fromisoformat("2018-02-21T12:59:54+04:00")
    assert [e["value"] for e in extract_time_expressions(text, published, lexicon)] == ["2016-06"]

def test_a_word_of_likeness_row_decides_its_sentence():
    # SK-middleEast-540-20180325: «في مثل هذا اليوم قبل 3 أعوام» is this very day three years back (class date_like).
    from datetime import datetime

    from tests.transforms.test_code_lists_as_rows import date_lexicon_without
    from transforms.dates import extract_time_expressions

    text = ("ففي مثل هذا اليوم قبل 3 أعوام، أعلن عن بدء عملية عاصفة الحزم من قبل التحالف الذي تقوده السعودية، استجابة "
            "لطلب الحكومة اليمنية الشرعية، لصد الانقلاب الذي نفذته ميليشيات الحوثي الإيرانية.")
    published = datetime.fromisoformat("2018-03-25T11:55:09+00:00")

    def found(lexicon):
        return [(e["surface"], e["value"]) for e in extract_time_expressions(text, published, lexicon)]

    assert ("قبل 3 أعوام", "2015-03-25") in found(date_lexicon_without())
    assert ("قبل 3 أعوام", "2015") in found(date_lexicon_without("date_like", "مثل"))


# ---- days counted from an event: غداة and عشية (issue 15) ---------------------------------------------------------

def _eve_row_sentence(cls, lemma, example_id):
    (row,) = [r for r in ROWS if r["class"] == cls and r["lemma"] == lemma]
    assert row["example_id"] == example_id
    return row["example"]


def test_the_day_after_an_event_of_a_named_day():
    # FR-internationalNews-1385-20180522 (a Tuesday): «غداة إعادة انتخابه الأحد» is Monday 21 May, the day after the
    # re-election of Sunday 20 May (class date_eve_after); without the row only the Tuesday and the Sunday are dates.
    text = _eve_row_sentence("date_eve_after", "غداة", "FR-internationalNews-1385-20180522")
    published = "2018-05-22T18:46:52+00:00"
    assert values(text, published, lexicon_without()) == ["2018-05-22", "2018-05-21", "2018-05-20"]
    assert values(text, published, lexicon_without("date_eve_after", "غداة")) == ["2018-05-22", "2018-05-20"]
    row = [e for e in extract_time_expressions(text, datetime.fromisoformat(published), lexicon_without())
           if e["value"] == "2018-05-21"][0]
    assert (row["surface"], row["resolved_against"]) == ("غداة", "text")


def test_the_eve_of_an_event_of_a_named_day():
    # FR-internationalNews-1685-20180607 (a Thursday): «عشية بدء القمة الجمعة» is Thursday 7 June, the eve of the
    # summit that opens on Friday 8 June (class date_eve_before).
    text = _eve_row_sentence("date_eve_before", "عشية", "FR-internationalNews-1685-20180607")
    published = "2018-06-07T10:56:27+00:00"
    assert values(text, published, lexicon_without()) == ["2018-06-07", "2018-06-08"]
    assert values(text, published, lexicon_without("date_eve_before", "عشية")) == ["2018-06-08"]


def test_the_eve_of_a_day_itself_is_that_day(lexicon):
    # CN-sport-470-20181016 (a Tuesday): «عشية السبت», no event's words between, is Saturday evening in the Maghreb's
    # Arabic: Saturday 13 October, no Friday.
    text = ("بعد الخسارة أمام هولندا بثلاثية بيضاء عشية السبت في دوري الأمم الأوروبية لكرة القدم، يسجل المنتخب الألماني "
            "تراجعا ملموسا بعد تحقيقه 3 انتصارات فقط في آخر 12 مباراة خاضها أبناء يواكيم لوف")
    assert values(text, "2018-10-16T13:32:09+00:00", lexicon) == ["2018-10-13"]


@pytest.mark.parametrize("noun, text", [
    # team articles CN-middleEast-432-20180331, BB-middleEast-677-20180628, FR-internationalNews-683-20180411: a number
    # of four digits before a counted noun (extract._COUNTED_UNSEEN: no article in no gold file writes them so) counts
    # soldiers, threats and women, no year
    ("عسكري", "ويذكر أن الولايات المتحدة الأمريكية لديها 2000 عسكري في سوريا، وهذا الوجود ينظر إليه على أنه رادع لروسيا"),
    ("تهديد", "ووجه له اتهام بإرسال 2000 تهديد بالتفجير إلى مؤسسات يهودية، وشركات طيران ومطارات ومراكز شرطة"),
    ("نساء", "وأجريت هذه الدراسة على الإنترنت وشملت عينة من 2008 نساء تخطت أعمارهن الخامسة عشرة"),
])
def test_a_counted_noun_after_a_number_makes_it_no_year(lexicon, noun, text):
    from transforms.dates.extract import _COUNTED_UNSEEN
    assert noun in _COUNTED_UNSEEN
    assert values(text, "2018-04-11T15:12:17+00:00", lexicon) == []
    assert values(text.replace(" " + noun, " في"), "2018-04-11T15:12:17+00:00", lexicon) != []


def test_a_day_after_the_word_of_a_set_date_is_read_ahead(lexicon):
    # FR-culture-98-20180627 (team) and FR-internationalNews-2753-20180817 (in no gold file): the day after تاريخ (class
    # date_appointed), with no year, is the coming one, as after موعد
    text = 'وأضاف "تنتظركم من تاريخ 18 أيلول/سبتمبر في اللوفر أبوظبي".'
    assert values(text, "2018-06-27T12:08:29+00:00", lexicon) == ["2018-09-18"]
    assert values(text, "2018-06-27T12:08:29+00:00", lexicon_without("date_appointed", "تاريخ")) == ["2017-09-18"]
    text = ('وأضاف "في البداية حددنا تاريخ 10 تشرين الثاني/نوفمبر موعدا لهذا الحدث، لكن تم الاتفاق على دراسة إمكانيات '
            'أخرى لتنظيمه في 2019".')
    assert values(text, "2018-08-17T11:21:08+00:00", lexicon) == ["2018-11-10", "2019"]


def test_a_day_something_was_done_on_is_no_appointed_one(lexicon):
    # FR-internationalNews-1158-20180509 (in no gold file): a perfect verb right after the day, a comma between, tells
    # what was done on it: last December, not the coming one
    text = ("وتتمثل تفاصيل الحادثة في أنه وفي تاريخ 27 كانون الأول/ديسمبر، اتصلت ناومي موسينغا (22 عاما) برقم الطوارئ في "
            "فرنسا للإبلاغ عن معاناتها من آلام قوية في البطن.")
    assert values(text, "2018-05-09T16:23:08+00:00", lexicon) == ["2017-12-27"]

"""Word lists moved from code into seeds/cue_words.csv (issue 8, session 31): a row of each class changes what the
extractors read, on the real sentence of its row (ANT articles in no gold file; ids quoted)."""
from datetime import datetime

import pytest

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.dates import build_date_lexicon, extract_time_expressions

ROWS = read_seed_csv("cue_words.csv")


def date_lexicon_without(cls=None, lemma=None):
    rows = [r for r in ROWS if not (r["class"] == cls and r["lemma"] == lemma)]
    return build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"),
                              read_seed_csv("imperfect_verbs.csv"), build_cue_lexicon(rows))


def values(text, published, lexicon):
    return [e["value"] for e in extract_time_expressions(text, datetime.fromisoformat(published), lexicon)]


# (class, lemma, ANT id, sentence, published, the values with the row, the values without it)
DATE_ROWS = [
    # a month of the past before a day: the adjective is no perfect verb, so the day is this year's coming one
    ("date_past_adjective", "الماضي", "FR-internationalNews-1631-20180604",
     "وقالت الرياض في أيار/مايو الماضي 24 حزيران/يونيو موعدا لبدء تطبيق القرار.", "2018-06-04T15:37:28+00:00",
     ["2018-05", "2018-06-24"], ["2018-05", "2017-06-24"]),
    # اليوم after كانت is the day just told, no day of news
    ("date_not_news", "كانت", "SK-middleEast-1157-20180421",
     "وكانت اليوم داميا إذ قتل فيه 4 فلسطينيين برصاص الجيش الإسرائيلي بينهم طفل، فيما أصيب مئات آخرون.",
     "2018-04-21T11:35:57+00:00", [], ["2018-04-21"]),
    # what was planned lies in the past: the Sunday gone by
    ("date_was_planned", "مقرر", "BB-middleEast-281-20180403",
     "وعطلت المحكمة العليا الإسرائيلية خططا سابقة تهدف إلى ترحيل المهاجرين كان من المقرر أن يبدأ تنفيذها الأحد.",
     "2018-04-03T10:31:23+00:00", ["2018-04-01"], ["2018-04-08"]),
    ("date_was_planned", "متوقع", "FR-internationalNews-763-20180417",
     "وكان من المتوقع أن يبدأ فريق تقصي الحقائق عمله الميداني الأحد في مدينة دوما، وعقد خلال تواجده في دمشق لقاءات "
     "مع مسؤولين سوريين وسط تعتيم إعلامي من الطرفين حول برنامج عمله.", "2018-04-17T14:37:19+00:00",
     ["2018-04-15"], ["2018-04-22"]),
    # until a day with no tense cue: not yet past
    ("date_until", "حتى", "AL-internationalNews-1903-20180712",
     "وأرجئ إطلاق سراح المتهم حتى يوم الأحد ليتسنى للنيابة العامة الاستئناف إذا رغبت بذلك.",
     "2018-07-12T16:57:22+04:00", ["2018-07-15"], ["2018-07-08"]),
    ("date_until", "لغاية", "FR-internationalNews-697-20180412",
     "هذا، وقرر جميع وزاء الحكومة الجزائرية تأجيل نشاطاتهم الحكومية والسياسية لغاية يوم الأحد فيما ارتدى بعض "
     "الجزائريين الزي الأسود تعبيرا على حزنهم.", "2018-04-12T11:27:16+00:00", ["2018-04-15"], ["2018-04-08"]),
    ("date_until", "إلى غاية", "FR-internationalNews-964-20180428",
     "لكن القرار الأممي الأخير، يُمدد عمل البعثة التي تحصي نحو 400  شخص، إلى غاية 31 تشرين الأول/أكتوبر، فيما تبلغ "
     "موازنتها السنوية 52 مليون دولار.", "2018-04-28T05:15:40+00:00", ["2018-10-31"], ["2017-10-31"]),
    # since a weekday: gone by
    ("date_since", "منذ", "FR-internationalNews-1583-20180602",
     "ويشهد الأردن منذ الأربعاء احتجاجات دعت لها النقابات ضد مشروع قانون ضريبة الدخل الذي أقرته الحكومة مؤخرا.",
     "2018-06-02T07:44:40+00:00", ["2018-05-30"], ["2018-06-06"]),
    # a day of every year is no date of the story
    ("date_recurring", "كل عام", "SK-middleEast-1723-20180515",
     "وذكرى النكبة، التي تصادف الخامس عشر من مايو كل عام، هو يوم إحياء الذكرى السنوية لمأساة الشعب الفلسطيني، حيث "
     "يتذكر الفلسطينيون ما حل بهم من مأساة إنسانية و تهجير، ويصادف أيضا اليوم التالي لذكرى إعلان قيام دولة إسرائيل.",
     "2018-05-15T07:32:25+00:00", [None, None], ["2018-05-15", None]),
    # the month after the one told before takes the story's year
    ("date_next_after", "التالي", "BB-middleEast-900-20180818",
     "وفي أوائل يناير/كانون الثاني 2017 كلف التنظيم السوداني بمهمة كانت هي الأخيرة فقد اختفى بعدها تماما. وفي "
     "أغسطس/آب التالي أصدر التنظيم شريط فيديو دعائيا يظهر إعدام سجناء، أكدت خلية الصقور أن السوداني من بينهم.",
     "2018-08-18T13:40:02+00:00", ["2017-01", "2017-08"], ["2017-01", "2018-08"]),
    # a complementiser after a verb of saying: the event it reports with no verb of its own is the coming day's (the
    # former hand-written tense._SAID_THAT)
    ("date_said_that", "إن", "AL-internationalNews-1180-20180515",
     "قالت وزارة الوحدة في كوريا الجنوبية إن الكوريتين اتفقتا، الثلاثاء، على إجراء محادثات رفيعة المستوى الأربعاء، "
     "لبحث الخطوات الضرورية من أجل تنفيذ تعهد بنزع السلاح النووي من شبه الجزيرة الكورية.", "2018-05-15T10:41:30+04:00",
     ["2018-05-15", "2018-05-16"], ["2018-05-15", "2018-05-09"]),
    ("date_said_that", "إنه", "CN-middleEast-1295-20180906",
     "قالت نيكي هايلي، سفيرة الولايات المتحدة الأمريكية في الأمم المتحدة، إنه لا يمكن لنظام الرئيس السوري، بشار "
     "الأسد، الاستمرار بمهاجمة السوريين وترويعهم، وذلك في بيان يأتي عشية اجتماع مجلس الأمن حول إدلب، الجمعة.",
     "2018-09-06T14:15:09+00:00", ["2018-09-07"], ["2018-08-31"]),
]


@pytest.fixture(scope="module")
def date_lexicon():
    return date_lexicon_without()


@pytest.mark.parametrize("cls, lemma, ant_id, text, published, with_row, without_row", DATE_ROWS,
                         ids=[f"{r[0]}:{r[1]}" for r in DATE_ROWS])
def test_a_date_row_decides_its_sentence(date_lexicon, cls, lemma, ant_id, text, published, with_row, without_row):
    assert any(r["class"] == cls and r["lemma"] == lemma and r["example_id"] == ant_id for r in ROWS)
    assert values(text, published, date_lexicon) == with_row
    assert values(text, published, date_lexicon_without(cls, lemma)) == without_row


# The grammar's lead words (classes date_lead_preposition, date_lead_period, date_day_part) and year words
# (date_year_word, date_year_word_other): each row's example, with the
# publication time of its article, read with the row and without it ((surface, value) of each date found).
LEAD_ROWS = [
    ('date_lead_preposition', 'في', '2018-04-01T12:57:50+04:00',
     [('مارس', '2018-03'), ('فبراير', '2018-02'), ('أغسطس 2016', '2016-08'), ('يناير', '2016-01')],
     [('فبراير', '2018-02'), ('أغسطس 2016', '2016-08'), ('يناير', '2016-01')]),
    ('date_lead_preposition', 'خلال', '2018-04-01T12:57:50+04:00',
     [('مارس', '2018-03'), ('أمس', '2018-03-31'), ('السبت', '2018-03-31'), ('الشهر السابق', '2018-02')],
     [('أمس', '2018-03-31'), ('السبت', '2018-03-31'), ('الشهر السابق', None)]),
    ('date_lead_preposition', 'منذ', '2018-06-27T13:06:55+00:00',
     [('25 يونيو/حزيران', '2018-06-25')],
     [('صباح الإثنين 25 يونيو/حزيران', '2018-06-25')]),
    ('date_lead_preposition', 'حتى', '2018-07-10T14:15:31+04:00',
     [('بعد ست سنوات', None), ('العام 2012', '2012'), ('التاسع من يوليو/تموز 2018', '2018-07-09')],
     [('بعد ست سنوات', None), ('العام 2012', '2012'), ('مساء الاثنين التاسع من يوليو/تموز 2018', None)]),
    ('date_lead_preposition', 'من', '2018-07-20T14:16:41+04:00',
     [('العام', '2018'), ('العام المقبل', '2019')],
     [('العام المقبل', '2019')]),
    ('date_lead_preposition', 'بين', '2018-06-12T12:23:18+00:00',
     [('1392-1897', '1392'), ('1392-1897', '1897')],
     [('1897', '1897')]),
    ('date_lead_preposition', 'قبل', '2018-03-20T11:02:10+04:00',
     [('قبل نهاية أيار/مايو المقبل', '2018-05')],
     [('نهاية أيار/مايو المقبل', '2018-05')]),
    ('date_lead_preposition', 'بعد', '2018-02-27T14:45:57+04:00',
     [('بعد 2023', '2023')],
     [('2023', '2023')]),
    ('date_lead_period', 'شهر', '2018-03-05T09:59:16+04:00',  # AL-economy-163-20180305 (in no gold file)
     [('شهر فبراير', '2018-02'), ('شهر سبتمبر العام الماضي', '2017-09')],
     [('فبراير', '2018-02'), ('سبتمبر العام الماضي', '2017-09')]),
    ('date_lead_period', 'مطلع', '2018-06-10T11:44:21+04:00',
     [('مطلع الشهر الماضي', '2018-05'), ('مارس', '2018-03')],
     [('الشهر الماضي', '2018-05'), ('مارس', '2018-03')]),
    ('date_lead_period', 'أوائل', '2018-05-11T10:05:33+04:00',
     [('أواخر العام الماضي', '2017'), ('أوائل فبراير شباط', '2018-02')],
     [('أواخر العام الماضي', '2017'), ('فبراير شباط', '2018-02')]),
    ('date_lead_period', 'أواخر', '2018-05-06T10:36:39+04:00',
     [('أواخر 2016', '2016'), ('عام 2011', '2011')],
     [('2016', '2016'), ('عام 2011', '2011')]),
    ('date_lead_period', 'منتصف', '2018-03-28T16:54:25+04:00',
     [('منتصف العام المقبل', '2019')],
     [('العام المقبل', '2019')]),
    ('date_lead_period', 'نهاية', '2018-05-05T16:30:49+04:00',
     [('هذا العام', '2018'), ('نهاية 2017', '2017')],
     [('هذا العام', '2018'), ('2017', '2017')]),
    ('date_lead_period', 'بداية', '2018-05-01T19:02:52+04:00',
     [('بداية العام', '2018'), ('العام الماضي', '2017')],
     [('العام الماضي', '2017')]),
    ('date_lead_period', 'أواسط', '2018-03-02T10:55:09+04:00',
     [('أواسط فبراير/شباط الماضي', '2018-02'), ('العام 2016', '2016')],
     [('فبراير/شباط الماضي', '2018-02'), ('العام 2016', '2016')]),
    ('date_lead_period', 'بدء', '2018-02-13T16:17:30+04:00',
     [('بدء عام 2018', '2018')],
     [('عام 2018', '2018')]),
    ('date_day_part', 'صباح', '2018-02-25T11:00:59+04:00',
     [('صباح اليوم الأحد', '2018-02-25')],
     [('اليوم الأحد', '2018-02-25')]),
    ('date_day_part', 'مساء', '2018-02-04T22:42:30+04:00',
     [('مساء السبت', '2018-02-03')],
     [('السبت', '2018-02-03')]),
    ('date_day_part', 'ليل', '2018-02-04T01:19:12+04:00',
     [('ليل السبت', '2018-02-03')],
     [('السبت', '2018-02-03')]),
    ('date_day_part', 'ليلة', '2013-12-29T20:43:16+04:00',
     [('ليلة أمس', '2013-12-28'), ('قبل عامين', '2011')],
     [('أمس', '2013-12-28'), ('قبل عامين', '2011')]),
    ('date_day_part', 'ظهر', '2018-02-18T17:57:29+04:00',
     [('ظهر الأحد', '2018-02-18')],
     [('الأحد', '2018-02-18')]),
    ('date_day_part', 'فجر', '2018-02-23T11:05:28+04:00',
     [('فجر اليوم الجمعة', '2018-02-23')],
     [('اليوم الجمعة', '2018-02-23')]),
    ('date_day_part', 'عصر', '2018-03-07T20:02:22+04:00',
     [('عصر الأربعاء', '2018-03-07'), ('قبل 42 عاما', '1976')],
     [('الأربعاء', '2018-03-07'), ('قبل 42 عاما', '1976')]),
    ('date_day_part', 'نهار', '2018-07-27T10:15:39+00:00',
     [('نهار الخميس', '2018-07-26')],
     [('الخميس', '2018-07-26')]),
    ('date_day_part', 'ظهيرة', '2018-08-11T16:44:10+00:00',
     [('ظهيرة يوم الجمعة', '2018-08-10')],
     [('يوم الجمعة', '2018-08-10')]),
    ('date_day_part', 'صبيحة', '2018-08-06T10:28:37+00:00',
     [('صبيحة يوم الإثنين', '2018-08-06')],
     [('يوم الإثنين', '2018-08-06')]),
    ('date_day_part', 'منتصف ليل', '2018-05-06T13:49:29+04:00',
     [('منتصف ليل الأحد', '2018-05-06')],
     [('ليل الأحد', '2018-05-06')]),

    # the words of a year before its number (classes date_year_word, date_year_word_other)
    ('date_year_word', 'عام', '2018-02-18T19:03:15+04:00',
     [('العام 2000', '2000')],
     [('2000', '2000')]),
    ('date_year_word', 'عامي', '2018-05-06T10:36:39+04:00',
     [('عامي 2018 و2019', '2018'), ('عامي 2018 و2019', '2019')],
     [('2018 و2019', '2018'), ('2018 و2019', '2019')]),
    ('date_year_word', 'سنة', '2018-02-21T14:53:35+04:00',
     [('سنة 276', None)],
     []),
    ('date_year_word', 'سنتي', '2018-10-02T18:05:36+00:00',
     [('سنتي ٢٠٠٥ و٢٠١٢', '2005'), ('سنتي ٢٠٠٥ و٢٠١٢', '2012')],
     [('٢٠٠٥ و٢٠١٢', '2005'), ('٢٠٠٥ و٢٠١٢', '2012')]),
    ('date_year_word_other', 'عامين', '2018-06-07T15:29:24+00:00',
     [('العامين 2016 و 2017', '2016'), ('العامين 2016 و 2017', '2017')],
     [('2016 و 2017', '2016'), ('2016 و 2017', '2017')]),
    ('date_year_word_other', 'سنوات', '2018-04-05T12:59:19+00:00',
     [('سنوات 2000', '2000')],
     [('2000', '2000')]),
    ('date_year_word_other', 'أعوام', '2018-02-24T23:25:30+04:00',
     [('أعوام 2010 و2011 و2016', '2010'), ('أعوام 2010 و2011 و2016', '2011'), ('أعوام 2010 و2011 و2016', '2016')],
     [('2010 و2011 و2016', '2010'), ('2010 و2011 و2016', '2011'), ('2010 و2011 و2016', '2016')]),
    ('date_year_word_other', 'موسم', '2018-04-24T12:56:26+00:00',
     [('موسم 1990/1991', '1990'), ('موسم 1990/1991', '1991')],
     [('1990/1991', '1990'), ('1990/1991', '1991')]),
]


@pytest.mark.parametrize("cls, lemma, published, with_row, without_row", LEAD_ROWS,
                         ids=[f"{r[0]}:{r[1]}" for r in LEAD_ROWS])
def test_a_lead_word_row_decides_its_example(cls, lemma, published, with_row, without_row):
    row = next(r for r in ROWS if r["class"] == cls and r["lemma"] == lemma)

    def found(lexicon):
        return [(e["surface"], e["value"]) for e in
                extract_time_expressions(row["example"], datetime.fromisoformat(published), lexicon)]
    assert found(date_lexicon_without()) == with_row
    assert found(date_lexicon_without(cls, lemma)) == without_row


def _lexicons_without(cls=None, lemma=None):
    """The pipeline's lexicons with the cue lexicon, and the date and visit lexicons that read it, built without one
    row."""
    from dataclasses import replace

    from flows.lexicons import load_lexicons
    from transforms.visits import build_visit_lexicon

    rows = [r for r in ROWS if not (r["class"] == cls and r["lemma"] == lemma)]
    cues = build_cue_lexicon(rows)
    return replace(load_lexicons(), cues=cues, dates=date_lexicon_without(cls, lemma),
                   visits=build_visit_lexicon(read_seed_csv("visit_triggers.csv"), read_seed_csv("titles.csv"), cues,
                                              read_seed_csv("organisations.csv")))


def _extract(ant_id, text, published, lexicons):
    from flows.extraction import extract_article

    return extract_article(ant_id, "", text, datetime.fromisoformat(published), lexicons)


def check_example_row_decides(cls, lemma, ant_id, text, published, table, read, with_row, without_row):
    """The seed row (cls, lemma) has `text` as its example, and the pipeline's `table` reads `with_row` from the
    sentence with the row and `without_row` without it."""
    assert any(r["class"] == cls and r["lemma"] == lemma and r["example_id"] == ant_id and r["example"] == text
               for r in ROWS)
    with_rows = _extract(ant_id, text, published, _lexicons_without())[table]
    without_rows = _extract(ant_id, text, published, _lexicons_without(cls, lemma))[table]
    assert [read(row) for row in with_rows] == with_row
    assert [read(row) for row in without_rows] == without_row


# (class, lemma, ANT id, sentence, published, table, what the table's rows read with the row, and without it)
ARTICLE_ROWS = [
    # an adjective of a visit between its noun and a place glued to لـ: the place is still the visit's
    ("visit_adjective", "رسمية", "SK-internationalNews-625-20180328",
     "قالت وكالة أنباء الصين الجديدة (شينخوا) الرسمية إن زعيم كوريا الشمالية كيم جونغ أون قام بزيارة غير رسمية للصين "
     "من يوم الأحد إلى يوم الأربعاء.", "2018-03-28T01:01:43+00:00", "visits",
     lambda row: (row["visitor_country_iso2"], row["host_country_iso2"]), [("KP", "CN")], []),
    # the length of a visit (تستغرق أسبوعين) between its noun and its place
    ("visit_length", "تستغرق", "CN-middleEast-400-20180327",
     "ولكن ربما كان العامل الأكثر خطورة في كل هذا هو انتقاء اللحظة التي يكون فيها رجل السعودية الأقوى، ولي العهد "
     "الأمير محمد بن سلمان، خارج البلاد في زيارة تستغرق أسبوعين للولايات المتحدة.", "2018-03-27T18:44:42+00:00",
     "visits", lambda row: (row["visitor_country_iso2"], row["host_country_iso2"]), [("SA", "US")], []),
    # an ambassador at post who attends a meeting there is no visitor (filter ambassador)
    ("visit_ambassador", "سفيرة", "AL-internationalNews-43-20180216",
     "وجرى خلال لقاء بري وساترفيلد، الذي حضرته السفيرة الأميركية في لبنان اليزابيث ريتشارد، عرض للتطورات الراهنة "
     "وموضوع المنطقة الخاصة للبنان والحدود البحرية.", "2018-02-16T17:36:55+04:00", "visits",
     lambda row: (row["visitor_name_ar"], row["host_country_iso2"]), [], [("ريتشارد", "LB")]),
    # a word of a plan after a visit noun: the visit is planned, not done
    ("visit_planned_after", "المزمعة", "BB-internationalNews-840-20180720",
     "ما هو رد الفعل على زيارة بوتين المزمعة للولايات المتحدة؟", "2018-07-20T04:03:14+00:00", "visits",
     lambda row: (row["visitor_country_iso2"], row["host_country_iso2"], row["status"]), [("RU", "US", "planned")],
     [("RU", "US", "occurred")]),
    # قد and a verb of being held after the summit's relative clause: where it is held is a guess, no visit
    ("visit_may_be_held", "تجري", "FR-internationalNews-1010-20180430",
     "ألمح الرئيس الأمريكي دونالد ترامب الاثنين إلى أن القمة التاريخية المرتقبة بينه وبين الزعيم الكوري "
     "الشمالي كيم جونغ أون، والتي من المفترض أن تعقد بحلول حزيران/يونيو، قد تجري في منزل السلام بقرية "
     "بانمونجوم على الحدود بين الكوريتين.", "2018-04-30T15:06:10+00:00", "visits",
     lambda row: (row["visitor_country_iso2"], row["host_country_iso2"]), [], [("US", "KR"), ("KP", "KR")]),
    # since a year: the sum has been paid since then
    ("aid_since", "منذ", "SK-internationalNews-455-20180320",
     "وقال ترامب إن الحرس الثوري الإيراني صرف مبلغ 16 مليار دولار منذ العام 2012 من ثروات الشعب الإيراني لدعم نظام "
     "بشار الأسد والميليشيات الإرهابية في سوريا والعراق واليمن.", "2018-03-20T00:10:15+00:00", "aid",
     lambda row: row["since_year"], [2012], [None]),
]


@pytest.mark.parametrize("cls, lemma, ant_id, text, published, table, read, with_row, without_row", ARTICLE_ROWS,
                         ids=[f"{r[0]}:{r[1]}" for r in ARTICLE_ROWS])
def test_a_row_decides_its_sentence(cls, lemma, ant_id, text, published, table, read, with_row, without_row):
    assert any(r["class"] == cls and r["lemma"] == lemma and r["example_id"] == ant_id for r in ROWS)
    assert [read(row) for row in _extract(ant_id, text, published, _lexicons_without())[table]] == with_row
    assert [read(row) for row in _extract(ant_id, text, published, _lexicons_without(cls, lemma))[table]] == without_row


# The units counted back or ahead (grammar.TIME_UNIT_CLASSES: class date_ago_year_one, date_ago_year_two, date_ago_year …):
# (class, lemma, ANT id of the row's example, its publication time, (surface, value) with the row, and without it)
TIME_UNIT_ROWS = [
    ('date_ago_year_one', 'عام', 'AL-economy-509-20180505', '2018-05-05T16:30:49+04:00',
     [('أول يناير كانون الثاني 2018', '2018-01-01'), ('قبل عام', '2017')],
     [('أول يناير كانون الثاني 2018', '2018-01-01')]),
    ('date_ago_year_one', 'سنة', 'AL-culture-89-20180225', '2018-02-25T11:00:59+04:00',
     [('قبل 13 سنة', '2005')],
     []),
    ('date_ago_year_two', 'عامين', 'AL-internationalNews-1351-20180527', '2018-05-27T14:48:11+04:00',
     [('وقبل عامين', '2016')],
     []),
    ('date_ago_year_two', 'سنتين', 'FR-culture-96-20180620', '2018-06-20T15:46:26+00:00',
     [('قبل سنتين', '2016'), ('العام الماضي', '2017')],
     [('العام الماضي', '2017')]),
    ('date_ago_year', 'عاما', 'AL-internationalNews-97-20131226', '2013-12-26T04:57:07+04:00',
     [('قبل خمسة وعشرين عاما', '1988')],
     []),
    ('date_ago_year', 'أعوام', 'AL-internationalNews-812-20180405', '2018-04-05T22:44:04+04:00',
     [('قبل ثلاثة أعوام', '2015')],
     []),
    ('date_ago_year', 'سنوات', 'AL-economy-17-20180214', '2018-02-14T17:26:58+04:00',
     [('بعد 10 سنوات', '2028')],
     []),
    ('date_ago_decade', 'عقود', 'AL-internationalNews-390-20180307', '2018-03-07T16:27:58+04:00',
     [('الأربعاء', '2018-03-07'), ('قبل 3 عقود', '1988')],
     [('الأربعاء', '2018-03-07')]),
    ('date_ago_month_one', 'شهر', 'AL-economy-509-20180505', '2018-05-05T16:30:49+04:00',
     [('أول مايو أيار', '2018-05-01'), ('قبل شهر', '2018-04')],
     [('أول مايو أيار', '2018-05-01')]),
    ('date_ago_month_two', 'شهرين', 'AL-internationalNews-362-20180306', '2018-03-06T02:53:34+04:00',
     [('شهر ابريل', '2018-04'), ('بعد شهرين', '2018-05')],
     [('شهر ابريل', '2018-04')]),
    ('date_ago_month', 'شهرا', 'BB-internationalNews-319-20180410', '2018-04-10T11:57:39+00:00',
     [('قبل 18 شهرا', '2016-10')],
     []),
    ('date_ago_month', 'أشهر', 'AL-internationalNews-95-20131226', '2013-12-26T05:53:14+04:00',
     [('قبل ستة أشهر', '2013-06')],
     []),
    ('date_ago_month', 'شهور', 'CN-middleEast-1470-20181010', '2018-10-10T18:16:12+00:00',
     [('قبل 5 شهور', '2018-05')],
     []),
    ('date_ago_week_one', 'أسبوع', 'AL-internationalNews-154-20180222', '2018-02-22T03:06:08+04:00',
     [('قبل أسبوع', '2018-02-15')],
     []),
    ('date_ago_week_two', 'أسبوعين', 'AL-internationalNews-1274-20180522', '2018-05-22T10:54:44+04:00',
     [('قبل أسبوعين', '2018-05-08')],
     []),
    ('date_ago_week', 'أسابيع', 'AL-internationalNews-1118-20180511', '2018-05-11T14:33:46+04:00',
     [('قبل ستة أسابيع', '2018-03-30')],
     []),
    ('date_ago_day', 'يوما', 'AL-internationalNews-1968-20180717', '2018-07-17T10:51:39+04:00',
     [('قبل 15 يوما', '2018-07-02')],
     []),
]


@pytest.mark.parametrize("cls, lemma, ant_id, published, with_row, without_row", TIME_UNIT_ROWS,
                         ids=[f"{r[0]}:{r[1]}" for r in TIME_UNIT_ROWS])
def test_a_time_unit_row_decides_its_example(cls, lemma, ant_id, published, with_row, without_row):
    # a unit after قبل/بعد is one row of its class, which gives its unit and the count it carries alone; without the
    # row the span counted back or ahead is no date
    row = next(r for r in ROWS if r["class"] == cls and r["lemma"] == lemma)
    assert row["example_id"] == ant_id

    def found(lexicon):
        return [(e["surface"], e["value"]) for e in
                extract_time_expressions(row["example"], datetime.fromisoformat(published), lexicon)]
    assert found(date_lexicon_without()) == with_row
    assert found(date_lexicon_without(cls, lemma)) == without_row


def test_the_time_unit_rows_give_the_units_and_counts_the_grammar_had():
    # the rows with TIME_UNITS_UNSEEN are the 20 words of the former TIME_UNITS, each with its unit and count
    from transforms.arabic_text import normalize_key
    units = date_lexicon_without().time_units
    assert len(units) == 20
    assert units[normalize_key("عام")] == ("year", 1) and units[normalize_key("عامين")] == ("year", 2)
    assert units[normalize_key("أشهر")] == ("month", 0) and units[normalize_key("عقد")] == ("decade", 1)


# The words that may stand inside a date before its trigger (class date_lead_token):
# (class, lemma, its example's publication time, (surface, value) with the row, and without it)
LEAD_TOKEN_ROWS = [
    ('date_lead_token', 'هذا', '2018-05-14T17:20:23+04:00',
     [('وهذا العام', '2018')],
     []),
    ('date_lead_token', 'هذه', '2018-05-21T17:36:36+04:00',
     [('هذه السنة', '2018')],
     []),
    ('date_lead_token', 'ذلك', '2018-03-20T01:52:54+00:00',
     [('ذلك العام', None)],
     []),
    ('date_lead_token', 'تلك', '2018-06-08T12:15:28+00:00',
     [('2013', '2013'), ('تلك السنة', '2013')],
     [('2013', '2013')]),
    ('date_lead_token', 'لهذا', '2018-04-03T15:17:01+04:00',
     [('اليوم الثلاثاء', '2018-04-03'), ('لهذا العام', '2018')],
     [('اليوم الثلاثاء', '2018-04-03')]),
    ('date_lead_token', 'نفس', '2018-04-01T23:40:44+04:00',
     [('نفس اليوم', None), ('الرابع من مارس/ آذار', '2018-03-04')],
     [('الرابع من مارس/ آذار', '2018-03-04')]),
    ('date_lead_token', 'بنفس', '2018-10-02T07:53:27+00:00',
     [('1 أكتوبر/تشرين أول من عام 1918', '1918-10-01'), ('وبنفس اليوم من عام 2017', '2017-10-01')],
     [('1 أكتوبر/تشرين أول من عام 1918', '1918-10-01'), ('عام 2017', '2017')]),
    ('date_lead_token', 'ذات', '2018-03-03T02:57:00+04:00',
     [('يوم الجمعة', '2018-03-02'), ('ذات اليوم', '2018-03-02')],
     [('يوم الجمعة', '2018-03-02')]),
    ('date_lead_token', 'أول', '2018-05-05T16:30:49+04:00',
     [('أول مايو أيار', '2018-05-01'), ('قبل شهر', '2018-04')],
     [('مايو أيار', '2018-05'), ('قبل شهر', '2018-04')]),
    ('date_lead_token', 'يومي', '2018-05-20T01:45:55+04:00',
     [('يومي الخميس', '2018-05-17'), ('والجمعة', '2018-05-18')],
     [('الخميس', '2018-05-17'), ('والجمعة', '2018-05-18')]),
]


@pytest.mark.parametrize("cls, lemma, published, with_row, without_row", LEAD_TOKEN_ROWS,
                         ids=[f"{r[0]}:{r[1]}" for r in LEAD_TOKEN_ROWS])
def test_a_lead_token_row_decides_its_example(cls, lemma, published, with_row, without_row):
    # without the row the grammar is not tried from the word, so the date leaves it out (أول مايو -> مايو) or is lost
    test_a_lead_word_row_decides_its_example(cls, lemma, published, with_row, without_row)


def test_the_complementisers_of_reported_speech_are_whole_words_of_their_rows(date_lexicon):
    # class date_said_that: the 15 written forms of the former tense._SAID_THAT ([لف]?ان and a pronoun), each a whole
    # word between spaces: no conjunction glued on (وان), no comma after it, no بأن (class complementiser's)
    said_that = date_lexicon.tense_words.said_that
    for word in ("ان", "انه", "انها", "انهم", "انهما", "لان", "لانهما", "فان", "فانه", "فانهم"):
        assert said_that.fullmatch(word), word
    assert [m.group() for m in said_that.finditer("قال ان وان بان انهن لانك ان، فانهما")] == ["ان", "فانهما"]

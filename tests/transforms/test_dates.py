"""The Arabic date grammar on real sentences (the seed article and the ANT corpus, ids quoted)."""
from datetime import datetime, timezone
from pathlib import Path

import pytest

from marsad.seeds import read_seed_csv
from transforms.arabic_text import normalize_key
from transforms.cue_lexicon import build_cue_lexicon
from transforms.dates import build_date_lexicon, extract_time_expressions, update_stamp_utc

REPO = Path(__file__).resolve().parents[2]
SEED_ARTICLE = REPO / "seeds" / "articles" / "000_202838f5eb5d9b9a.txt"
KEYS = {"surface", "char_start", "char_end", "value", "granularity", "resolved_against", "calendar"}


@pytest.fixture(scope="module")
def lexicon():
    return build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"),
                              read_seed_csv("imperfect_verbs.csv"), build_cue_lexicon(read_seed_csv("cue_words.csv")))


def values(text, published, lexicon):
    return [e["value"] for e in extract_time_expressions(text, published, lexicon)]


def at(iso):
    return datetime.fromisoformat(iso)


def test_seed_article_without_publication(lexicon):
    text = SEED_ARTICLE.read_text(encoding="utf-8-sig")
    first = text[: text.index("المصدر: البنتاغون")]
    found = extract_time_expressions(first, None, lexicon)
    assert {e["value"] for e in found if e["value"]} == {"1979", "XXXX-12-02", "XXXX-12-03", "XXXX-12-04"}
    for e in found:
        assert set(e) == KEYS
        assert first[e["char_start"]:e["char_end"]] == e["surface"]
    by_surface = {e["surface"]: e for e in found}
    assert by_surface["الثاني من كانون الأول/ديسمبر"]["value"] == "XXXX-12-02"
    assert by_surface["الثالث من الشهر الجاري"]["resolved_against"] == "text"
    assert by_surface["اليوم التالي"]["value"] == "XXXX-12-04"
    # weekdays stay unresolved, their surface kept
    saturday = [e for e in found if e["surface"] == "السبت"]
    assert saturday and all(e["value"] is None and e["resolved_against"] == "unresolved" for e in saturday)
    # "عبد الله الثاني" is a king, not a day; the update header is not a date
    assert not any(e["surface"].startswith("17:42") or "13:10" in e["surface"] for e in found)


def test_update_header_is_not_a_time_expression(lexicon):
    assert extract_time_expressions("تحديث (17:42 ت.غ)", at("2017-12-02T12:00:00+02:00"), lexicon) == []


def test_update_stamp_is_utc_on_the_publication_utc_date():
    stamp = update_stamp_utc("17:42", at("2017-12-03T01:30:00+04:00"))  # 2017-12-02 21:30 UTC
    assert stamp == datetime(2017, 12, 2, 17, 42, tzinfo=timezone.utc)
    assert update_stamp_utc("17:42", None) is None
    assert update_stamp_utc("٠٩:٠٥", at("2018-05-18T10:00:00+00:00")) == datetime(2018, 5, 18, 9, 5, tzinfo=timezone.utc)


def test_weekday_by_tense(lexicon):
    # SK-middleEast-1729-20180515, published Tuesday 2018-05-15
    published = at("2018-05-15T21:17:27+00:00")
    assert values("استدعت وزارة الخارجية الفلسطينية، الثلاثاء، السفير حسام زملط", published, lexicon) == ["2018-05-15"]
    assert values("وفي سياق آخر، يعقد مجلس حقوق الإنسان التابع للأمم المتحدة جلسة خاصة الجمعة لمناقشة",
                  published, lexicon) == ["2018-05-18"]
    # SK-internationalNews-1625-20180518 (Friday): "الاثنين الماضي" is the Monday before
    assert values("وبدأت المناورات، التي تحمل اسم \"ماكس ثاندر\"، الاثنين الماضي، وتختتم في 25 مايو الجاري",
                  at("2018-05-18T05:32:56+00:00"), lexicon) == ["2018-05-14", "2018-05-25"]
    # BB-internationalNews-197-20180320 (Tuesday)
    assert values("وأمام الدبلوماسيين البريطانيين مهلة حتى السبت المقبل لمغادرة الأراضي الروسية",
                  at("2018-03-20T14:14:41+00:00"), lexicon) == ["2018-03-24"]


def test_publication_local_day_is_the_anchor(lexicon):
    # AL-internationalNews-862-20180410: 05:38 at +04:00 is still 9 April in UTC, 10 April locally
    assert values("داهم الأخير، الاثنين، مكتب محامي ترمب", at("2018-04-10T05:38:55+04:00"), lexicon) == ["2018-04-09"]


def test_relative_days(lexicon):
    # BB-middleEast-330-20180411 (Wednesday)
    found = values("وحذر ترامب أول أمس الاثنين من رد سريع وقوي", at("2018-04-11T14:56:21+00:00"), lexicon)
    assert found == ["2018-04-09", "2018-04-09"]
    # AL-internationalNews-1359-20180527 (Sunday)
    assert values("من المتوقع أن تستمر الاجتماعات غداً الاثنين وبعد غد الثلاثاء", at("2018-05-27T21:46:26+04:00"),
                  lexicon) == ["2018-05-28", "2018-05-28", "2018-05-29", "2018-05-29"]
    # SK-internationalNews-1333-20180503
    assert "2018-04-30" in values("داهمت الشرطة الألمانية، الخميس، ملجأ للمهاجرين شهد قبل 3 أيام اشتباكات",
                                  at("2018-05-03T10:53:52+00:00"), lexicon)


def test_months_and_years(lexicon):
    # CN-middleEast-838-20180508
    published = at("2018-05-08T09:22:43+00:00")
    assert values("في الضفة الغربية، في مارس/ آذار عام 2016، بعد سجنه", published, lexicon) == ["2016-03"]
    assert values("وفي نهاية يونيو/ حزيران 2017، أدانت محكمة", published, lexicon) == ["2017-06"]
    assert values("وفي مارس/ آذار الماضي، صدر قرار بإطلاق سراحه", published, lexicon) == ["2018-03"]
    # AL-economy-410-20180410: a bare month said in the past is the latest such month
    assert values("وكان التضخم بلغ مستوى قياسيا مرتفعا يقارب 35% في يوليو بفعل خفض دعم الطاقة",
                  at("2018-04-10T10:04:14+04:00"), lexicon) == ["2017-07"]
    # SK-internationalNews-873-20180409: said in the future, the next one
    assert values("محادثاته مع زعيم كوريا الشمالية كيم جونغ أون، ستجري في مايو أو مطلع حزيران القادم",
                  at("2018-04-09T17:04:30+00:00"), lexicon) == ["2018-05", "2018-06"]


def test_day_without_year_looks_back_unless_told_ahead(lexicon):
    # ANT, published 2018-09-06: no future tense, so last March, not next
    assert values("كلا من سكريبال البالغ من العمر 66 عاماً، وابنته يوليا البالغة من العمر 33 عاماً، تعرضا للتسمّم "
                  "في الرابع من مارس/آذار لما وصفته السلطات", at("2018-09-06T10:00:00+00:00"), lexicon) == ["2018-03-04"]
    # SK-internationalNews-1625-20180518: "المقرر" looks ahead
    assert values("وهدد بالانسحاب من القمة، المقرر أن تعقد في سنغافورة في 12 يونيو، بشأن",
                  at("2018-05-18T05:32:56+00:00"), lexicon) == ["2018-06-12"]
    # ANT, published 2018-07-02: a year of any century after the month
    assert values("في ذكرى إعلان وثيقة الاستقلال في الرابع من تموز/يوليو 1776 عبر مسيرة", at("2018-07-02T10:00:00+00:00"),
                  lexicon) == ["1776-07-04"]


def test_since_is_before_and_preparing_is_ahead(lexicon):
    # ANT 2018-05-14: منذ dates the start of something already going on
    assert values("وتشهد غزة منذ 30 آذار/مارس مسيرات العودة التي يشارك فيها آلاف الفلسطينيين",
                  at("2018-05-14T10:00:00+00:00"), lexicon) == ["2018-03-30"]
    # ANT 2018-07-07 (Saturday): يستعد … الثلاثاء is the coming Tuesday
    assert values("ويستعد ترمب للتوجه الثلاثاء إلى أوروبا، حيث يعقد اجتماعات مع حلفاء",
                  at("2018-07-07T10:00:00+00:00"), lexicon) == ["2018-07-10"]


def test_ranges_give_both_ends(lexicon):
    # AL-internationalNews-1235-20180518
    assert values("خلال جلسة الربيع التي يحضرها مئات من أعضاء مجلس #الناتو في الفترة بين 25 و28 مايو / أيار الجاري.",
                  at("2018-05-18T20:06:38+04:00"), lexicon) == ["2018-05-25", "2018-05-28"]
    # BB-middleEast-1020-20180927 and FR-culture-8-20180203
    assert values("الحرب بين إيران والعراق بين عامي 1980 و1988، لأول مرة", None, lexicon) == ["1980", "1988"]
    assert values("بنسبة 70% (من النفقات) للسنوات 2018 و2019 و2020\".", None, lexicon) == ["2018", "2019", "2020"]


def test_relative_month_and_year(lexicon):
    # SK-internationalNews-1625-20180518
    published = at("2018-05-18T05:32:56+00:00")
    assert values("قمة مقررة بين ترامب والزعيم الكوري الشمالي كيم جونغ أون الشهر المقبل.", published, lexicon) == ["2018-06"]
    assert values("وتضمنت مناورات العام الماضي قرابة 1200 عنصر", published, lexicon) == ["2017"]
    # "الأمين العام الحالي" is the secretary-general, not this year
    assert values("وقال الأمين العام الحالي للأمم المتحدة", published, lexicon) == []


def test_not_dates(lexicon):
    published = at("2018-05-19T17:37:37+04:00")
    for text in [
        "في سلسلة من المشروعات البارزة لأنيستون (49 عاما) التي اشتملت أعمالها",  # AL-culture-382-20180519: age
        "وتحصل مصر على مساعدات عسكرية أميركية قيمتها 1.3 مليار دولار سنويا",  # seed: amount
        "ربية السعودية مستقرًا، حيث سيرتفع بنسبة 3.8% فقط",  # AL-economy-3-20180218: percentage
        "قُتل أكثر من 110 فلسطينيين وجرح أكثر من 2500 شخص بنيران حية",  # AL-internationalNews-1241-20180519
        "تحصل مصر على مساعدات منذ ثلاث سنوات",  # a duration
        "الساعة 17:42",  # a clock time alone
        "الأمراض الجلدية الخطيرة والمزمنة في #سجون_الحوثيين في إب إلى",  # ANT corpus (part-000): إب is the city Ibb, not آب
    ]:
        assert values(text, published, lexicon) == [], text
    # AL-internationalNews-439-20180312: ماي is a surname, not May (اليوم, in a sentence an imperfect verb opens, is
    # the publication day: see test_today_in_a_sentence_an_imperfect_verb_opens_is_the_day)
    assert values("وترأس رئيسة الوزراء تيريزا ماي اليوم اجتماعا لمجلس الأمن", published, lexicon) == ["2018-05-19"]


def test_guarded_month_names_need_a_date_context(lexicon):
    published = at("2018-09-07T00:14:22+00:00")
    # SK-middleEast-3529-20180907: آب beside its pair is August
    assert values("وألغى الرئيس الأميركي في نهاية آب/أغسطس أكثر من 200 مليون دولار", published, lexicon) == ["2018-08"]
    # AL-internationalNews-237-20180226: مارس as a verb
    assert values("إلا أنه نفى أن يكون مارس التعذيب في الجزائر", published, lexicon) == []
    # AL-internationalNews-486-20180316: a yearly day is no day of the story
    assert values("من الحدث السنوي العالمي الذي يقام في 15 مارس من كل عام", published, lexicon) == [None]


def test_named_event_days_are_not_story_days(lexicon):
    # AL-…-20180526: "حركة 20 فبراير" names a movement
    found = extract_time_expressions("كما كان الشأن بالنسبة لحركة 20 فبراير، وتساهم", at("2018-05-26T10:00:00+04:00"), lexicon)
    assert [e["value"] for e in found] == [None]


def test_hijri_and_arabic_indic_digits(lexicon):
    found = extract_time_expressions("١٤ ربيع الأول ١٤٣٩ هـ", None, lexicon)
    assert [(e["value"], e["calendar"]) for e in found] == [("2017-12-02", "hijri")]
    # SA news (ANT, 2018-05-13): the Supreme Court's call to sight the Ramadan crescent
    text = "تحرّي رؤية هلال شهر رمضان المبارك مساء يوم الثلاثاء التاسع والعشرين من شهر شعبان لهذا العام 1439هـ"
    assert "2018-05-15" in values(text, at("2018-05-13T10:00:00+03:00"), lexicon)


def test_hijri_year_alone_stays_unresolved(lexicon):
    found = extract_time_expressions("لموسم حج عام 1439هـ وفق", at("2018-05-14T10:00:00+03:00"), lexicon)
    assert [(e["value"], e["calendar"]) for e in found] == [(None, "hijri")]


def test_period_of_this_month(lexicon):
    # "منذ مطلع الشهر" is this month's start; "في الشهر" alone is no month in particular
    assert values("ارتفعت الأسعار منذ مطلع الشهر في الأسواق", at("2018-05-14T10:00:00+04:00"), lexicon) == ["2018-05"]
    assert values("مرة واحدة في الشهر", at("2018-05-14T10:00:00+04:00"), lexicon) == []


def test_numeric_dates(lexicon):
    # the ANT corpus, 2018-09-09
    assert values("في المقال الصادر يوم 3/9/2018 وأقول للجريدة", None, lexicon) == ["2018-09-03"]
    assert values("صدر في 2018/5/14 قرار", None, lexicon) == ["2018-05-14"]
    assert values("بنسبة 1.3 بالمئة", None, lexicon) == []


def test_regional_month_names_come_from_cldr(lexicon):
    assert lexicon.month_of("دجنبر") == ("gregorian", 12)  # ar_MA
    assert lexicon.month_of("جانفي") == ("gregorian", 1)  # ar_DZ / ar_TN
    assert lexicon.month_of("تشرين الثاني") == ("gregorian", 11)  # ar_SY …
    assert lexicon.month_of("ذو الحجه") == ("hijri", 12)  # hijridate
    assert values("في 5 جانفي 2018", None, lexicon) == ["2018-01-05"]


def test_tense_reads_its_clause_words_from_the_cue_lexicon(lexicon):
    # one source of truth: every relative of seeds/cue_words.csv opens a relative clause for the tense
    # of a date, and every relative and own_clause_opener stops an opening verb's reach
    rows = read_seed_csv("cue_words.csv")
    relatives = [r["lemma"] for r in rows if r["class"] == "relative"]
    openers = [r["lemma"] for r in rows if r["class"] == "own_clause_opener"]
    assert relatives and openers
    for word in map(normalize_key, relatives):
        assert lexicon.relative_verb.fullmatch(f"{word} اقره"), word
    for word in map(normalize_key, relatives + openers):
        assert lexicon.own_clause.search(f"يصوت {word} الناخبون"), word
    # without the cue lexicon no clause word is read
    bare = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"))
    assert bare.relative_verb is None and bare.own_clause is None


def test_the_counted_nouns_are_rows_of_the_cue_seed(lexicon):
    # one source of truth: every date_counted row makes the number before it a count, and every
    # date_counted_of row one before «من» (2000 من عناصر طالبان); without the cue lexicon only the signs,
    # digits and the كيلو units count
    rows = read_seed_csv("cue_words.csv")
    nouns = [normalize_key(r["lemma"]) for r in rows if r["class"] == "date_counted"]
    plurals = [normalize_key(r["lemma"]) for r in rows if r["class"] == "date_counted_of"]
    assert len(nouns) >= 90 and len(plurals) >= 30
    for word in nouns:
        assert lexicon.counted.match(f" {word} ") and lexicon.counted.match(f" و{word}ا "), word
    for word in plurals:
        assert lexicon.counted_of.match(f" من ال{word} "), word
    assert not lexicon.counted.match(" شخصيه ")  # a whole word, not its start
    bare = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"))
    assert not bare.counted.match(" شخص ") and bare.counted.match(" كيلومتر ") and not bare.counted_of.match(" من عناصر ")
    # the seed's words in a sentence (Ar news): a count, no year
    text = "ويوجد 1800 منها في حالة تأهب قصوى ويمكن إطلاقها في أي لحظة."
    assert values(text, at("2018-05-01T10:00:00+00:00"), lexicon) == []


def test_the_verbs_of_saying_are_rows_of_the_cue_seed(lexicon):
    # every date_reporting row is a verb of saying for a weekday that ends a reported sentence; without
    # the cue lexicon no sentence is read as reported
    verbs = [normalize_key(r["lemma"]) for r in read_seed_csv("cue_words.csv") if r["class"] == "date_reporting"]
    assert len(verbs) >= 20
    for word in verbs:
        assert lexicon.reported.search(f"و{word} المتحدث") and lexicon.reported.search(f"حسبما {word} المتحدث"), word
    assert not lexicon.reported.search("قالب")  # a whole word, not its start
    assert build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv")).reported is None


def test_the_words_of_a_call_are_rows_of_the_cue_seed(lexicon):
    # every date_call row calls for every date_called row (إلى/لـ after it): a weekday right after is the
    # day called for; without the cue lexicon no call is read
    rows = read_seed_csv("cue_words.csv")
    calls = [normalize_key(r["lemma"]) for r in rows if r["class"] == "date_call"]
    called = [normalize_key(r["lemma"]) for r in rows if r["class"] == "date_called"]
    assert len(calls) >= 10 and len(called) >= 10
    for word in calls:
        for noun in called:
            assert lexicon.call_for.search(f"و{word} الامم المتحده الي {noun} طارئ يوم "), (word, noun)
    assert not lexicon.call_for.search("دعت الامم المتحده الي اجتماعات الذي عقد يوم ")
    assert build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv")).call_for is None


def test_the_future_and_past_cues_are_rows_of_the_cue_seed(lexicon):
    # every date_future row makes a weekday after it in its clause the coming one, every date_past row the
    # last one (the present verbs of scheduling among the first, the perfect verbs among the second, read
    # right before a date too); without the cue lexicon only سـ، لن and لم are read
    from transforms.dates.tense import tense
    rows = read_seed_csv("cue_words.csv")
    future = [normalize_key(r["lemma"]) for r in rows if r["class"] == "date_future"]
    past = [normalize_key(r["lemma"]) for r in rows if r["class"] == "date_past"]
    assert len(future) >= 60 and len(past) >= 70
    words = lexicon.tense_words
    for word in future:
        text = f"وقالت الوزاره {word} الاجتماع "
        assert tense(text, len(text), lexicon.future_verbs, lexicon.relative_verb, words) == "future", word
    for word in past:
        text = f"وقالت الوزاره ان الرئيس {word} الاجتماع "
        assert tense(text, len(text), lexicon.future_verbs, lexicon.relative_verb, words) == "past", word
    assert "يعقد" in words.scheduling and "يجري" not in words.scheduling
    assert words.perfect_then.search("اعلنت ") and not words.perfect_then.search("كان ")
    bare = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"))
    assert tense("المقرر الاجتماع ", 16, words=bare.tense_words) is None
    assert tense("سيعقد الاجتماع ", 15, words=bare.tense_words) == "future"


def test_the_nouns_of_general_are_rows_of_the_cue_seed(lexicon):
    # every date_general_noun row takes العام as "general": no year after it; without the cue lexicon none
    nouns = {normalize_key(r["lemma"]) for r in read_seed_csv("cue_words.csv") if r["class"] == "date_general_noun"}
    assert len(nouns) >= 30 and nouns <= lexicon.general_nouns
    text = "وقال الأمين العام للأمم المتحدة إن الوضع خطير."
    assert values(text, at("2018-05-01T10:00:00+00:00"), lexicon) == []
    bare = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"))
    assert bare.general_nouns == frozenset()


def test_the_words_of_quantity_are_rows_of_the_cue_seed(lexicon):
    # every date_quantity row makes the number right after it (من between at most) a count, no year
    words = [normalize_key(r["lemma"]) for r in read_seed_csv("cue_words.csv") if r["class"] == "date_quantity"]
    assert len(words) >= 25
    for word in words:
        assert lexicon.quantity_before.search(f"في {word} ") and lexicon.quantity_before.search(f"و{word} من "), word
    assert not lexicon.quantity_before.search("في اكثريه ")
    bare = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"))
    assert not bare.quantity_before.search("في اكثر ") and bare.quantity_before.search("في عدده ")


def test_the_nouns_of_an_ongoing_activity_are_rows_of_the_cue_seed(lexicon):
    # every date_ongoing row after «بعد يومين من» makes the span how long it went on
    words = [normalize_key(r["lemma"]) for r in read_seed_csv("cue_words.csv") if r["class"] == "date_ongoing"]
    assert len(words) >= 10
    for word in words:
        assert lexicon.ongoing_after.match(f" ال{word} ") and lexicon.ongoing_after.match(f" و{word} "), word
    assert not lexicon.ongoing_after.match(" المحادثاتي ")
    assert build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv")).ongoing_after is None

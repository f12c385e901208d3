"""Rules that keep visit rows precise on the ANT corpus at large: each test is a real sentence where
an earlier version made a wrong row, with the other extractors' outputs written by hand."""
from datetime import datetime, timezone

import pytest

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.visits import build_visit_lexicon, extract_visits
from transforms.visits.exclusions import is_background

from tests.transforms.test_visits import entities, persons, summary, times


@pytest.fixture(scope="module")
def lexicon():
    return build_visit_lexicon(read_seed_csv("visit_triggers.csv"), read_seed_csv("titles.csv"),
                               build_cue_lexicon(read_seed_csv("cue_words.csv")), read_seed_csv("organisations.csv"))


def _published(y, m, d):
    return datetime(y, m, d, tzinfo=timezone.utc)


def test_a_summit_long_ago_is_still_a_visit_of_the_named_official(lexicon):
    # SK-internationalNews-3116-20180903. GUIDELINES (visits): a visit reported as having happened
    # counts however long ago (the develop gold has 21 such, e.g. FR-internationalNews-559-20180405).
    text = "وكان دوتيرتي قد شتم أوباما قبيل قمة إقليمية في لاوس قبل سنتين، مما دفع بالولايات المتحدة لإلغاء اجتماع بين الرئيسين هناك."
    ents = entities(text, countries=[("لاوس", "LA", "name"), ("الولايات المتحدة", "US", "name")])
    people = persons(text, ("رودريغو دوتيرتي", "الرئيس", "PH", ["دوتيرتي"]), ("باراك أوباما", "الرئيس", "US", ["أوباما"]))
    rows = extract_visits(text, _published(2018, 9, 3), ents, people, [], lexicon)
    assert ("رودريغو دوتيرتي", "LA", "occurred") in {(r["visitor_name_ar"], r["host_country_iso2"], r["status"]) for r in rows}


def test_a_visit_dated_last_year_is_still_a_visit_with_its_date(lexicon):
    # FR-internationalNews-308-20180307
    text = "وكان رئيس الوزراء الهندي ناريندرا مودي أعلن خلال زيارته لإسرائيل في تموز/يوليو الماضي عن المسار الجديد بين إسرائيل والهند."
    ents = entities(text, countries=[("الهندي", "IN", "adjective"), ("إسرائيل", "IL", "name"),
                                      ("إسرائيل", "IL", "name", 1), ("الهند", "IN", "name")])
    people = persons(text, ("ناريندرا مودي", "رئيس الوزراء", "IN", ["ناريندرا مودي"]))
    tx = times(text, ("تموز/يوليو الماضي", "2017-07"))
    assert summary(extract_visits(text, _published(2018, 3, 7), ents, people, tx, lexicon)) == [
        ("ناريندرا مودي", "IN", "IL", "2017-07", "occurred")]
    tx = times(text, ("تموز/يوليو الماضي", "2018-02"))
    assert summary(extract_visits(text, _published(2018, 3, 7), ents, people, tx, lexicon)) == [
        ("ناريندرا مودي", "IN", "IL", "2018-02", "occurred")]


def test_an_old_trip_of_nobody_named_stays_background(lexicon):
    # AL-internationalNews-259-20180228: a life story, no official on public business.
    text = "تخرج في كلية الهندسة الكيميائية في جامعة اسطنبول عام 1977، بعد ذلك سافر إلى لندن ودرس اللغة الإنجليزية لمدة عام."
    ents = entities(text, places=[("اسطنبول", "TR"), ("لندن", "GB")])
    tx = times(text, ("عام 1977", "1977"))
    assert extract_visits(text, _published(2018, 2, 28), ents, [], tx, lexicon) == []


def test_background_dates_and_cues(lexicon):
    published = _published(2018, 7, 12).date()
    long_ago = lexicon.exclusions.long_ago  # classes visit_long_ago_lead, visit_long_ago_counted, visit_long_ago_span
    assert is_background("", "", "2017-11", published)
    assert is_background("", "", "2016", published)
    assert not is_background("", "", "2018-06-12", published)
    assert not is_background("", "", "2018", published)
    assert is_background("السابقه في هلسنكي", "", None, published)
    # SK-internationalNews-3116-20180903: قبيل قمة إقليمية في لاوس قبل سنتين
    assert is_background("في لاوس قبل سنتين، مما", "", None, published, long_ago)
    assert not is_background("في لاوس قبل سنتين، مما", "", None, published)  # no cue words given
    assert not is_background("في لاوس، قبل سنتين", "", None, published, long_ago)  # another clause
    # BB-internationalNews-1041-20180826: a counted unit a word after منذ; سنين (LONG_AGO_COUNTED_UNSEEN) too
    assert is_background("باباويه لايرلندا منذ 39 عاما", "", None, published, long_ago)
    assert is_background("منذ سبع سنين", "", None, published, long_ago)


def test_the_possessive_after_inna_verb_is_the_speakers(lexicon):
    # CN-middleEast-1604-20181018
    text = "قال وزير الخارجية الأمريكي، مايك بومبيو، إنه أطلع الرئيس دونالد ترامب على نتائج زيارته للسعودية وتركيا."
    ents = entities(text, countries=[("الأمريكي", "US", "adjective"), ("سعودية", "SA", "name"), ("تركيا", "TR", "name")])
    people = persons(text, ("مايك بومبيو", "وزير الخارجية", "US", ["مايك بومبيو"]),
                     ("دونالد ترامب", "الرئيس", "US", ["دونالد ترامب"]))
    rows = extract_visits(text, _published(2018, 10, 18), ents, people, [], lexicon)
    assert {(r["visitor_name_ar"], r["host_country_iso2"]) for r in rows} == {("مايك بومبيو", "SA"), ("مايك بومبيو", "TR")}


def test_the_speaker_before_a_bare_an_clause_is_not_the_traveller(lexicon):
    # SK-internationalNews-1821-20180528
    text = "وأكد ترامب أن فريقا من الولايات المتحدة وصل إلى كوريا الشمالية \"لإجراء ترتيبات متعلقة بالقمة\"."
    ents = entities(text, countries=[("الولايات المتحدة", "US", "name"), ("كوريا الشمالية", "KP", "name")])
    people = persons(text, ("دونالد ترامب", "الرئيس", "US", ["ترامب"]))
    rows = extract_visits(text, _published(2018, 5, 28), ents, people, [], lexicon)
    assert all(r["visitor_name_ar"] != "دونالد ترامب" for r in rows)


def test_wusulan_ila_is_as_far_as(lexicon):
    # AL-internationalNews-1204-20180517
    text = "البند الثاني من خطة ترمب يتبنى قطع الطريق السريع الإيراني من طهران إلى بغداد إلى دمشق وصولاً إلى بيروت."
    ents = entities(text, places=[("طهران", "IR"), ("بغداد", "IQ"), ("دمشق", "SY"), ("بيروت", "LB")])
    people = persons(text, ("دونالد ترمب", "الرئيس", "US", ["ترمب"]))
    assert extract_visits(text, _published(2018, 5, 17), ents, people, [], lexicon) == []


def test_addressing_a_country_in_a_speech_is_no_travel(lexicon):
    # AL-internationalNews-1448-20180603
    text = ("وفي خطاب ألقاه في سيول أمام الجالية الفلبينية في كوريا الجنوبية وتوجّه فيه مباشرة إلى الكويت، قال دوتيرتي: "
            "\"للمرة الأولى أود أن أقول إنني كنت قاسيا في تعابيري\".")
    ents = entities(text, countries=[("الفلبينية", "PH", "adjective"), ("كوريا الجنوبية", "KR", "name"),
                                      ("الكويت", "KW", "name")], places=[("سيول", "KR")])
    people = persons(text, ("رودريغو دوتيرتي", "الرئيس", "PH", ["دوتيرتي"]))
    rows = extract_visits(text, _published(2018, 6, 3), ents, people, [], lexicon)
    assert all(r["host_country_iso2"] != "KW" for r in rows)


def test_a_meeting_with_a_channel_is_an_interview(lexicon):
    # AL-internationalNews-1935-20180714
    text = ("وصرّح النائب في البرلمان المصري محمد حمزة خلال لقاء له مع قناة \"الحدث\" أن الفصائل الفلسطينية أبلغت "
            "موافقتها على وقف إطلاق النار في قطاع غزة للجانب المصري.")
    ents = entities(text, countries=[("المصري", "EG", "adjective"), ("الفلسطينية", "PS", "adjective"),
                                      ("المصري", "EG", "adjective", 1)], places=[("قطاع غزة", "PS")])
    people = persons(text, ("محمد حمزة", "النائب", "EG", ["محمد حمزة"]))
    assert extract_visits(text, _published(2018, 7, 14), ents, people, [], lexicon) == []


def test_a_conference_on_the_eve_of_a_visit_is_not_the_travellers(lexicon):
    # AL-internationalNews-1868-20180709
    text = ("وتأتي زيارة بومبيو إلى أفغانستان عشية \"المؤتمر الدولي للعلماء المسلمين حول السلام والاستقرار\" بمشاركة "
            "36 دولة في جدة بالسعودية، ويرتقب أن يؤيد المؤتمر إطلاق مفاوضات سلام.")
    ents = entities(text, countries=[("أفغانستان", "AF", "name"), ("السعودية", "SA", "name")], places=[("جدة", "SA")])
    people = persons(text, ("مايك بومبيو", "وزير الخارجية", "US", ["بومبيو"]))
    rows = extract_visits(text, _published(2018, 7, 9), ents, people, [], lexicon)
    assert ("مايك بومبيو", "SA") not in {(r["visitor_name_ar"], r["host_country_iso2"]) for r in rows}
    assert ("مايك بومبيو", "AF") in {(r["visitor_name_ar"], r["host_country_iso2"]) for r in rows}


def test_a_name_far_after_the_meetings_place_is_not_a_participant(lexicon):
    # FR-internationalNews-1997-20180624
    text = ("يلتقي زعماء الاتحاد الأوروبي في بروكسل اليوم الأحد في محاولة لتجاوز خلافاتهم العميقة بشأن الهجرة وهي "
            "قضية تثير انقساما فيما بينهم منذ سنوات وتشكل الآن تهديدا جديدا للمستشارة الألمانية أنغيلا ميركل.")
    ents = entities(text, countries=[("الألمانية", "DE", "adjective")], places=[("بروكسل", "BE")])
    people = persons(text, ("أنغيلا ميركل", "المستشارة", "DE", ["أنغيلا ميركل"]))
    rows = extract_visits(text, _published(2018, 6, 24), ents, people, [], lexicon)
    assert all(r["visitor_name_ar"] != "أنغيلا ميركل" for r in rows)


def test_relations_with_a_capital_and_an_envoy_for_a_country_are_topics(lexicon):
    # FR-internationalNews-2393-20180719, BB-internationalNews-1024-20180830
    text = "وحضرت اجتماعات انتخابية لترامب حين كان مرشحا للانتخابات الرئاسية وطرحت عليه سؤالا عن علاقاته بموسكو."
    ents = entities(text, places=[("موسكو", "RU")])
    people = persons(text, ("دونالد ترامب", "الرئيس", "US", ["ترامب"]))
    assert extract_visits(text, _published(2018, 7, 19), ents, people, [], lexicon) == []
    text = "وذكرت صفحة السفارة الروسية على موقع فيسبوك أن أنتونوف التقى مبعوث الولايات المتحدة الخاص بسوريا، جيمس جيفري."
    ents = entities(text, countries=[("الروسية", "RU", "adjective"), ("الولايات المتحدة", "US", "name"),
                                      ("سوريا", "SY", "name")])
    people = persons(text, ("أناتولي أنتونوف", "السفير", "RU", ["أنتونوف"]))
    assert extract_visits(text, _published(2018, 8, 30), ents, people, [], lexicon) == []


def test_the_second_reception_in_a_sentence_has_the_first_ones_host(lexicon):
    # FR-internationalNews-2297-20180714
    text = ("التقى الرئيس الروسي فلاديمير بوتين السبت في موسكو الرئيس الفلسطيني محمود عباس بعد أيام على استقباله "
            "رئيس الوزراء الإسرائيلي بنيامين نتانياهو.")
    ents = entities(text, countries=[("الروسي", "RU", "adjective"), ("الفلسطيني", "PS", "adjective"),
                                      ("الإسرائيلي", "IL", "adjective")], places=[("موسكو", "RU")])
    people = persons(text, ("فلاديمير بوتين", "الرئيس", "RU", ["فلاديمير بوتين"]),
                     ("محمود عباس", "الرئيس", "PS", ["محمود عباس"]),
                     ("بنيامين نتانياهو", "رئيس الوزراء", "IL", ["بنيامين نتانياهو"]))
    rows = extract_visits(text, _published(2018, 7, 14), ents, people, [], lexicon)
    assert {(r["visitor_name_ar"], r["host_country_iso2"]) for r in rows} == {
        ("محمود عباس", "RU"), ("بنيامين نتانياهو", "RU")}


def test_a_stay_for_treatment_is_private(lexicon):
    # FR-internationalNews-946-20180427
    text = ("وصل المشير خليفة حفتر، الرجل القوي في شرق ليبيا، الخميس إلى بنغازي وسط استقبال رسمي، بعد فترة علاج من "
            "أسبوعين على الأقل في باريس، وأكد أنه \"بصحة جيدة\".")
    ents = entities(text, countries=[("ليبيا", "LY", "name")], places=[("بنغازي", "LY"), ("باريس", "FR")])
    people = persons(text, ("خليفة حفتر", "المشير", "LY", ["خليفة حفتر"]))
    assert extract_visits(text, _published(2018, 4, 27), ents, people, [], lexicon) == []


def test_a_name_inside_an_airports_name_and_a_city_read_as_a_noun(lexicon):
    # CN-middleEast-1147-20180808, AL-internationalNews-1586-20180613
    text = "وسمحت لهم بتسجيل بياناتهم الشخصية فور وصولهم إلى مطار الملك عبد العزيز في جدة، بعد أن حجبت الحكومة القطرية الرابط."
    ents = entities(text, countries=[("القطرية", "QA", "adjective")], places=[("جدة", "SA")])
    people = persons(text, ("عبد العزيز", "الملك", "DZ", ["عبد العزيز"]))
    assert extract_visits(text, _published(2018, 8, 8), ents, people, [], lexicon) == []
    text = "صافح كيم، الذي واظب على الابتسام، الرئيس الاميركي في مشهد تاريخي غير مسبوق، والتقط الصور الذاتية."
    ents = entities(text, countries=[("الاميركي", "US", "adjective")], places=[("مشهد", "IR")])
    people = persons(text, ("دونالد ترمب", "الرئيس", "US", ["الرئيس الاميركي"]))
    assert extract_visits(text, _published(2018, 6, 13), ents, people, [], lexicon) == []


def test_withdrawing_from_a_conference_is_no_visit(lexicon):
    # BB-middleEast-1124-20181019
    text = ("حيث أصبح وزير الخزانة الأمريكي ستيفن منوشن ووزير التجارية الخارجية البريطاني ليام فوكس أحدث شخصيات "
            "غربية بارزة تنسحب من مؤتمر للإستثمار يعقد في الرياض الأسبوع المقبل.")
    ents = entities(text, countries=[("الأمريكي", "US", "adjective"), ("البريطاني", "GB", "adjective")],
                    places=[("الرياض", "SA")])
    people = persons(text, ("ستيفن منوشن", "وزير الخزانة", "US", ["ستيفن منوشن"]),
                     ("ليام فوكس", "وزير التجارة", "GB", ["ليام فوكس"]))
    assert extract_visits(text, _published(2018, 10, 19), ents, people, [], lexicon) == []


def test_a_relative_named_in_the_genitive_is_not_the_visitor(lexicon):
    # FR-internationalNews-1919-20180620
    text = ("استقبل العاهل الأردني الملك عبد الله الثاني يوم الثلاثاء صهر الرئيس الأمريكي دونالد ترامب ومستشاره "
            "جاريد كوشنر في عمان.")
    ents = entities(text, countries=[("الأردني", "JO", "adjective"), ("الأمريكي", "US", "adjective")],
                    places=[("عمان", "JO")])
    people = persons(text, ("عبد الله الثاني", "الملك", "JO", ["عبد الله الثاني"]),
                     ("دونالد ترامب", "الرئيس", "US", ["دونالد ترامب"]),
                     ("جاريد كوشنر", "مستشار", "US", ["جاريد كوشنر"]))
    rows = extract_visits(text, _published(2018, 6, 20), ents, people, [], lexicon)
    assert {(r["visitor_name_ar"], r["host_country_iso2"]) for r in rows} == {("جاريد كوشنر", "JO")}


def test_an_ally_or_a_victim_in_the_genitive_is_not_acting(lexicon):
    # FR-internationalNews-19-20180219, SK-middleEast-3900-20181016
    text = "في إطار عملية دبلوماسية تدعمها روسيا حليفة الأسد في محادثات أستانة بقازاخستان."
    ents = entities(text, countries=[("روسيا", "RU", "name"), ("قازاخستان", "KZ", "name")], places=[("أستانة", "KZ")])
    people = persons(text, ("بشار الأسد", "الرئيس", "SY", ["الأسد"]))
    assert all(r["visitor_name_ar"] != "بشار الأسد" for r in extract_visits(text, _published(2018, 2, 19), ents,
                                                                           people, [], lexicon))
    text = "وشكر بومبيو الملك سلمان على إجراء تحقيق شامل وشفاف بشأن قضية اختفاء جمال خاشقجي في إسطنبول."
    ents = entities(text, places=[("إسطنبول", "TR")])
    people = persons(text, ("جمال خاشقجي", "الصحفي", "SA", ["جمال خاشقجي"]))
    assert extract_visits(text, _published(2018, 10, 16), ents, people, [], lexicon) == []


def test_a_meeting_months_ago_is_a_visit(lexicon):
    # FR-internationalNews-559-20180405 (gold: ماكرون FR -> SA, مطار الرياض, occurred)
    text = "وكان الأمير محمد بن سلمان قد التقى قبل أشهر ماكرون في مطار الرياض."
    ents = entities(text, places=[("الرياض", "SA")])
    people = persons(text, ("محمد بن سلمان", "ولي العهد", "SA", ["محمد بن سلمان"]),
                     ("إيمانويل ماكرون", "الرئيس", "FR", ["ماكرون"]))
    assert summary(extract_visits(text, _published(2018, 4, 5), ents, people, [], lexicon)) == [
        ("إيمانويل ماكرون", "FR", "SA", None, "occurred")]


def test_a_visit_called_off_and_an_invitation_to_take_part_are_no_visits(lexicon):
    # CN-internationalNews-615-20181002 (no gold), AL-internationalNews-359-20180306
    text = ("قال مسؤول أمريكي لشبكة CNN إن وزير الدفاع جيمس ماتيس لن يزور الصين لمناقشة القضايا الأمنية مع "
            "كبار المسؤولين الصينيين في أكتوبر/ تشرين الأول الجاري كما كان مقررا.")
    ents = entities(text, countries=[("أمريكي", "US", "adjective"), ("الصين", "CN", "name"),
                                     ("الصينيين", "CN", "adjective")])
    people = persons(text, ("جيمس ماتيس", "وزير الدفاع", "US", ["جيمس ماتيس"]))
    assert extract_visits(text, _published(2018, 10, 2), ents, people, [], lexicon) == []
    text = "وسلمت كيم يو جونغ، مون، دعوة من شقيقها للمشاركة في قمة في بيونغ يانغ."
    ents = entities(text, places=[("بيونغ يانغ", "KP")])
    people = persons(text, ("مون جيه-إن", "الرئيس", "KR", ["مون"]))
    assert extract_visits(text, _published(2018, 3, 6), ents, people, [], lexicon) == []


def test_a_trip_for_treatment_told_after_the_place_is_private(lexicon):
    # FR-internationalNews-1505-20180529
    text = ("أعلن الاتحاد المصري لكرة القدم أن لاعب ليفربول الإنكليزي محمد صلاح سينتقل الثلاثاء إلى إسبانيا "
            "لتمضية فترة علاجية من الإصابة التي تعرض لها السبت.")
    ents = entities(text, countries=[("المصري", "EG", "adjective"), ("إسبانيا", "ES", "name")])
    people = persons(text, ("محمد صلاح", "", "EG", ["محمد صلاح"]))
    assert extract_visits(text, _published(2018, 5, 29), ents, people, [], lexicon) == []


def test_a_meeting_called_off_by_its_verb_or_its_predicate(lexicon):
    # FR-internationalNews-1792-20180613 (twice), and SK-internationalNews-328-20180313 where only a
    # day's schedule was called off during the visit.
    published = _published(2018, 6, 13)
    text = ("ألغى وزير الاقتصاد الإيطالي جيوفاني تريا لقاء كان مقررا بعد ظهر الأربعاء في باريس مع نظيره الفرنسي "
            "برونو لومير.")
    ents = entities(text, countries=[("الإيطالي", "IT", "adjective"), ("الفرنسي", "FR", "adjective")],
                    places=[("باريس", "FR")])
    people = persons(text, ("جيوفاني تريا", "وزير الاقتصاد", "IT", ["جيوفاني تريا"]),
                     ("برونو لومير", "وزير الاقتصاد", "FR", ["برونو لومير"]))
    assert extract_visits(text, published, ents, people, [], lexicon) == []
    text = ("أعلن وزير الاقتصاد الفرنسي برونو لومير أن اللقاء الذي كان مقررا أن يجمعه بنظيره الإيطالي جيوفاني تريا "
            "في العاصمة الفرنسية بعد ظهر الأربعاء، قد ألغي بناء على طلب الجانب الإيطالي.")
    ents = entities(text, countries=[("الفرنسي", "FR", "adjective"), ("الإيطالي", "IT", "adjective"),
                                      ("الفرنسية", "FR", "adjective"), ("الإيطالي", "IT", "adjective", 1)])
    assert extract_visits(text, published, ents, people, [], lexicon) == []
    text = ("قال متحدث باسم وزارة الخارجية الأميركية إن تيلرسون ألغى جدول أعماله خلال اليوم الثاني من زيارته "
            "لكينيا.")
    ents = entities(text, countries=[("الأميركية", "US", "adjective"), ("كينيا", "KE", "name")])
    people = persons(text, ("ريكس تيلرسون", "وزير الخارجية", "US", ["تيلرسون"]))
    rows = extract_visits(text, _published(2018, 3, 13), ents, people, [], lexicon)
    assert [(r["visitor_name_ar"], r["host_country_iso2"]) for r in rows] == [("ريكس تيلرسون", "KE")]


def test_the_latter_travels_not_the_next_name(lexicon):
    # FR-internationalNews-559-20180405
    text = ("وكان الأمير محمد بن سلمان قد التقى ماكرون في مطار الرياض قبيل توجه الأخير إلى أبوظبي على خلفية الأزمة "
            "التي رافقت إعلان رئيس الوزراء اللبناني سعد الحريري استقالته من الرياض.")
    ents = entities(text, countries=[("اللبناني", "LB", "adjective")], places=[("الرياض", "SA"), ("أبوظبي", "AE"),
                                                                              ("الرياض", "SA", 1)])
    people = persons(text, ("محمد بن سلمان", "ولي العهد", "SA", ["محمد بن سلمان"]),
                     ("إيمانويل ماكرون", "الرئيس", "FR", ["ماكرون"]),
                     ("سعد الحريري", "رئيس الوزراء", "LB", ["سعد الحريري"]))
    rows = extract_visits(text, _published(2018, 4, 5), ents, people, [], lexicon)
    assert ("إيمانويل ماكرون", "AE") in {(r["visitor_name_ar"], r["host_country_iso2"]) for r in rows}
    assert all(r["visitor_name_ar"] != "سعد الحريري" for r in rows)


def test_a_summit_that_may_be_held_somewhere_is_a_guess(lexicon):
    # FR-internationalNews-1010-20180430
    text = ("ألمح الرئيس الأمريكي دونالد ترامب الاثنين إلى أن القمة التاريخية المرتقبة بينه وبين الزعيم الكوري الشمالي "
            "كيم جونغ أون، والتي من المفترض أن تعقد بحلول حزيران/يونيو، قد تجري في منزل السلام بقرية بانمونجوم على "
            "الحدود بين الكوريتين.")
    ents = entities(text, countries=[("الأمريكي", "US", "adjective"), ("الكوري الشمالي", "KP", "adjective")],
                    places=[("بانمونجوم", "KR")])
    people = persons(text, ("دونالد ترامب", "الرئيس", "US", ["دونالد ترامب"]),
                     ("كيم جونغ أون", "الزعيم", "KP", ["كيم جونغ أون"]))
    assert extract_visits(text, _published(2018, 4, 30), ents, people, [], lexicon) == []


def test_topping_a_chart_and_a_ceasefire_somewhere_are_no_meetings(lexicon):
    # BB-internationalNews-424-20180427, BB-middleEast-208-20180317
    text = ("وقالت صحيفة كوريا هيرالد إن الطبق هو الذي أشار إليه الزعيم الكوري الشمالي وهو الذي احتل القمة في "
            "كوريا الجنوبية بموقع التواصل الاجتماعي تويتر.")
    ents = entities(text, countries=[("الكوري الشمالي", "KP", "adjective"), ("كوريا الجنوبية", "KR", "name")])
    assert extract_visits(text, _published(2018, 4, 27), ents, [], [], lexicon) == []
    text = ("بيد أن وزير الخارجية التركي، مولود تشاويش أوغلو، شدد في تصريحاته بعد الاجتماع على الدعوة إلى وقف إطلاق "
            "النار في الغوطة الشرقية.")
    ents = entities(text, countries=[("التركي", "TR", "adjective")], places=[("الغوطة الشرقية", "SY")])
    people = persons(text, ("مولود تشاويش أوغلو", "وزير الخارجية", "TR", ["مولود تشاويش أوغلو"]))
    assert extract_visits(text, _published(2018, 3, 17), ents, people, [], lexicon) == []


def test_a_comma_and_wa_end_the_meetings_clause(lexicon):
    # SK-internationalNews-2062-20180610
    text = ("من جانب آخر، سيصل الوفد الأميركي مساء قادما من كندا، حيث شارك ترامب في اجتماعات مجموعة السبع، ومن "
            "المقرر أن يلتقي ترامب مع رئيس وزراء سنغافورة، الاثنين.")
    ents = entities(text, countries=[("الأميركي", "US", "adjective"), ("كندا", "CA", "name"),
                                      ("سنغافورة", "SG", "name")])
    people = persons(text, ("دونالد ترامب", "الرئيس", "US", ["ترامب"]))
    rows = extract_visits(text, _published(2018, 6, 10), ents, people, [], lexicon)
    assert all(r["visitor_country_iso2"] != "SG" for r in rows)


def test_reaching_the_final_is_no_arrival(lexicon):
    # FR-sport-4-20180214
    text = ("وكسب صلاح قلوب المصريين بعد تألقه مع المنتخب القومي في نهائيات كأس الأمم الأفريقية 2017 بالغابون، حيث "
            "وصل إلى الدور النهائي.")
    ents = entities(text, countries=[("الغابون", "GA", "name")])
    people = persons(text, ("محمد صلاح", "", "EG", ["صلاح"]))
    assert extract_visits(text, _published(2018, 2, 14), ents, people, [], lexicon) == []


def test_a_date_after_mundhu_starts_a_period_and_is_no_visits_day(lexicon):
    # BB-middleEast-522-20180520
    text = ("كما أضافت زيارة الرئيس التركي رجب طيب أردوغان إلى الخرطوم في وقت سابق من العام الجاري إلى التوتر في "
            "العلاقات مع القاهرة، خاصة في ضوء توتر العلاقات المصرية مع أنقرة منذ يوليو 2013.")
    ents = entities(text, countries=[("التركي", "TR", "adjective"), ("المصرية", "EG", "adjective")],
                    places=[("الخرطوم", "SD"), ("القاهرة", "EG"), ("أنقرة", "TR")])
    people = persons(text, ("رجب طيب أردوغان", "الرئيس", "TR", ["رجب طيب أردوغان"]))
    tx = times(text, ("العام الجاري", "2018"), ("يوليو 2013", "2013-07"))
    assert summary(extract_visits(text, _published(2018, 5, 20), ents, people, tx, lexicon)) == [
        ("رجب طيب أردوغان", "TR", "SD", "2018", "occurred")]

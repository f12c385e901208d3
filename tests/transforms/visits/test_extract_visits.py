"""Issue 9: the visit rules added from the develop errors and from a read of unannotated ANT
articles. Each test is a real sentence (its article id in the comment) with the other extractors'
outputs written by hand, so it tests the visit rules alone."""
from datetime import datetime, timezone

import pytest

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.arabic_text import normalize
from transforms.visits import build_visit_lexicon, extract_visits
from transforms.visits.mentions import _own_country, build_actors, build_locs

from tests.transforms.test_visits import _span, entities, persons, times


@pytest.fixture(scope="module")
def lexicon():
    return build_visit_lexicon(read_seed_csv("visit_triggers.csv"), read_seed_csv("titles.csv"),
                               build_cue_lexicon(read_seed_csv("cue_words.csv")), read_seed_csv("organisations.csv"))


def run(lexicon, text, countries=(), places=(), people=(), tx=(), orgs=(), published=(2018, 6, 1)):
    """Visit rows of `text`; orgs: (surface, name_ar, iso2)."""
    ents = entities(text, countries, places)
    for surface, name, iso2 in orgs:
        s, e = _span(text, surface)
        ents["organisations"].append({"name_ar": name, "iso2": iso2, "surface": surface, "char_start": s,
                                      "char_end": e, "kind": "government"})
    return extract_visits(text, datetime(*published, tzinfo=timezone.utc), ents, persons(text, *people),
                          times(text, *tx), lexicon)


def pairs(rows):
    return {(r["visitor_name_ar"], r["visitor_country_iso2"], r["host_country_iso2"]) for r in rows}


TRUMP = ("دونالد ترامب", "الرئيس", "US", ["دونالد ترامب"])
KIM = ("كيم جونغ أون", "الزعيم", "KP", ["كيم جونغ أون"])
PUTIN = ("فلاديمير بوتين", "الرئيس", "RU", ["فلاديمير بوتين"])


# ---- a meeting and its place --------------------------------------------------------------------
def test_participants_and_a_day_between_a_summit_and_its_place(lexicon):
    # SK-internationalNews-2711-20180718
    text = ("كان واحدا من الاتفاقات التي تم التوصل إليها خلال قمة 12 يونيو بين الرئيس دونالد ترامب والزعيم الكوري "
            "الشمالي كيم جونغ أون في سنغافورة.")
    rows = run(lexicon, text, countries=[("الكوري الشمالي", "KP", "adjective"), ("سنغافورة", "SG", "name")],
               people=[TRUMP, KIM], tx=[("12 يونيو", "2018-06-12")], published=(2018, 7, 18))
    assert pairs(rows) == {("دونالد ترامب", "US", "SG"), ("كيم جونغ أون", "KP", "SG")}


def test_appositions_set_off_by_commas_keep_the_meeting_and_its_place(lexicon):
    # BB-internationalNews-817-20180716
    text = ("يلتقي الرئيس الأمريكي، دونالد ترامب، نظيره الروسي، فلاديمير بوتين، في العاصمة الفنلندية هلسنكي، "
            "في قمة ينتظر العالم نتائجها.")
    rows = run(lexicon, text, countries=[("الأمريكي", "US", "adjective"), ("الروسي", "RU", "adjective"),
                                         ("الفنلندية", "FI", "adjective")],
               places=[("هلسنكي", "FI")], people=[TRUMP, PUTIN])
    assert pairs(rows) == {("دونالد ترامب", "US", "FI"), ("فلاديمير بوتين", "RU", "FI")}


def test_a_summit_named_by_its_city(lexicon):
    # SK-internationalNews-3056-20180817
    text = "وكان برينان اعتبر أن أداء ترامب في قمة هلسنكي مع الرئيس الروسي فلاديمير بوتن لا يقل عن خيانة."
    rows = run(lexicon, text, countries=[("الروسي", "RU", "adjective")], places=[("هلسنكي", "FI")],
               people=[("دونالد ترامب", "الرئيس", "US", ["ترامب"]), ("فلاديمير بوتن", "الرئيس", "RU", ["فلاديمير بوتن"])])
    assert pairs(rows) == {("دونالد ترامب", "US", "FI"), ("فلاديمير بوتن", "RU", "FI")}


def test_a_parenthesis_does_not_part_a_summit_from_its_place(lexicon):
    # CN-middleEast-994-20180521
    text = ("التقى نائب وزير الخارجية الأمريكي، جون سوليفان، بوزير الخارجية السعودي، عادل الجبير، على هامش قمة "
            "مجموعة العشرين (G20) في العاصمة الأرجنتينية، بوينس آيرس.")
    rows = run(lexicon, text, countries=[("الأمريكي", "US", "adjective"), ("السعودي", "SA", "adjective"),
                                         ("الأرجنتينية", "AR", "adjective")],
               places=[("بوينس آيرس", "AR")],
               people=[("جون سوليفان", "نائب وزير الخارجية", "US", ["جون سوليفان"]),
                       ("عادل الجبير", "وزير الخارجية", "SA", ["عادل الجبير"])])
    assert pairs(rows) == {("جون سوليفان", "US", "AR"), ("عادل الجبير", "SA", "AR")}
    assert {r["place_ar"] for r in rows} == {"بوينس آيرس"}  # the city's name after the capital phrase and a comma


def test_a_comma_before_with_keeps_the_partner_at_the_meeting(lexicon):
    # AL-internationalNews-1065-20180508
    text = 'وقال الرئيس التركي، في مؤتمر صحافي بأنقرة، مع الرئيس الصربي، ألكسندر فوسيتش: "لا أريد المشاركة".'
    rows = run(lexicon, text, countries=[("التركي", "TR", "adjective"), ("الصربي", "RS", "adjective")],
               places=[("أنقرة", "TR")], people=[("ألكسندر فوسيتش", "الرئيس", "RS", ["ألكسندر فوسيتش"])])
    assert pairs(rows) == {("ألكسندر فوسيتش", "RS", "TR")}


def test_a_seat_of_government_after_a_preposition_is_the_meeting_place(lexicon):
    # AL-internationalNews-1946-20180715
    text = ("التقى الرئيس الفرنسي إيمانويل ماكرون، الأحد، في الكرملين، نظيره الروسي فلاديمير بوتين قبل ساعتين من موعد "
            "بدء المباراة النهائية.")
    rows = run(lexicon, text, countries=[("الفرنسي", "FR", "adjective"), ("الروسي", "RU", "adjective")],
               people=[("إيمانويل ماكرون", "الرئيس", "FR", ["إيمانويل ماكرون"]), PUTIN],
               orgs=[("الكرملين", "الكرملين", "RU")], tx=[("الأحد", "2018-07-15")], published=(2018, 7, 15))
    assert pairs(rows) == {("إيمانويل ماكرون", "FR", "RU")}
    assert rows[0]["place_ar"] == "الكرملين"


def test_a_seat_that_speaks_is_no_place_and_speaking_before_the_council_is_new_york(lexicon):
    # FR-internationalNews-663-20180410, FR-internationalNews-37-20180220
    text = "وأعلن البيت الأبيض أن الرئيس سيتحدث الثلاثاء أمام مجلس الأمن الدولي."
    ents = {"countries": [], "places": [], "organisations": [
        {"name_ar": "البيت الأبيض", "iso2": "US", "char_start": _span(text, "البيت الأبيض")[0],
         "char_end": _span(text, "البيت الأبيض")[1]},
        {"name_ar": "مجلس الأمن الدولي", "iso2": None, "char_start": _span(text, "مجلس الأمن الدولي")[0],
         "char_end": _span(text, "مجلس الأمن الدولي")[1]}]}
    assert [(l.place, l.iso2) for l in build_locs(text, ents, lexicon.seats, seat_words=lexicon.clauses.seat_words)] == [("مجلس الأمن الدولي", "US")]


def test_countries_listed_as_the_parties_of_a_meeting(lexicon):
    # CN-middleEast-499-20180406, BB-middleEast-208-20180317, AL-internationalNews-1544-20180609
    text = "وكان غندور قال، الخميس، بعد اجتماع ثلاثي لمصر والسودان وإثيوبيا في الخرطوم، حول أزمة سد النهضة، إنه لا اتفاق."
    rows = run(lexicon, text, countries=[("مصر", "EG", "name"), ("السودان", "SD", "name"), ("إثيوبيا", "ET", "name")],
               places=[("الخرطوم", "SD")])
    assert pairs(rows) == {(None, "EG", "SD"), (None, "ET", "SD")}
    text = "اجتمع وزراء خارجية روسيا وإيران وتركيا في العاصمة الكازاخستانية أستانة."
    rows = run(lexicon, text, countries=[("روسيا", "RU", "name"), ("إيران", "IR", "name"), ("تركيا", "TR", "name"),
                                         ("الكازاخستانية", "KZ", "adjective")], places=[("أستانة", "KZ")])
    assert pairs(rows) == {(None, "RU", "KZ"), (None, "IR", "KZ"), (None, "TR", "KZ")}
    text = ("دعا الملك سلمان لعقد اجتماع رباعي، الأحد، في مكة المكرمة يضم السعودية والإمارات والكويت والأردن لبحث سبل "
            "دعم الأردن.")
    rows = run(lexicon, text, countries=[("السعودية", "SA", "name"), ("الإمارات", "AE", "name"), ("الكويت", "KW", "name"),
                                         ("الأردن", "JO", "name")], places=[("مكة المكرمة", "SA")],
               tx=[("الأحد", "2018-06-10")])
    assert pairs(rows) == {(None, "AE", "SA"), (None, "KW", "SA"), (None, "JO", "SA")}


def test_a_list_after_another_summit_word_is_that_summits(lexicon):
    # SK-internationalNews-1839-20180529: the summit "بين كوريا الشمالية والولايات المتحدة" is another one.
    text = ("عقد الزعيمان الكوري الشمالي كيم جونغ أون، والكوري الجنوبي مون جيه-إن اجتماعا مفاجئا يوم السبت في قرية "
            "بانمونجوم اتفقا خلاله على ضرورة عقد القمة بين كوريا الشمالية والولايات المتحدة.")
    rows = run(lexicon, text, countries=[("الكوري الشمالي", "KP", "adjective"), ("الكوري الجنوبي", "KR", "adjective"),
                                         ("كوريا الشمالية", "KP", "name"), ("الولايات المتحدة", "US", "name")],
               places=[("بانمونجوم", "KR")], people=[KIM])
    assert ("US", "KR") not in {(r["visitor_country_iso2"], r["host_country_iso2"]) for r in rows}


def test_a_place_held_there_and_a_summit_of_a_bloc_is_a_gathering(lexicon):
    # BB-middleEast-358-20180415
    text = "اختتمت القمة العربية التي استضافتها مدينة الظهران أعمالها بالتأكيد على رفض أي تدخل."
    rows = run(lexicon, text, places=[("الظهران", "SA")])
    assert pairs(rows) == {(None, None, "SA")}


def test_a_meeting_verb_with_a_plural_of_offices_is_a_gathering(lexicon):
    # SK-internationalNews-3399-20181010
    text = "في الوقت الذي يجتمع ممثلو 50 دولة في لندن، الأربعاء، لحضور قمة للصحة العقلية."
    assert pairs(run(lexicon, text, places=[("لندن", "GB")])) == {(None, None, "GB")}


def test_a_meeting_with_locals_only_is_no_gathering(lexicon):
    # FR-internationalNews-1627-20180604
    text = "قدم رئيس الوزراء الأردني هاني الملقي استقالته خلال اجتماع مع الملك عبد الله الثاني الاثنين في العاصمة عمان."
    rows = run(lexicon, text, countries=[("الأردني", "JO", "adjective")], places=[("عمان", "JO")],
               people=[("هاني الملقي", "رئيس الوزراء", "JO", ["هاني الملقي"]),
                       ("عبد الله الثاني", "الملك", "JO", ["عبد الله الثاني"])])
    assert rows == []


def test_where_a_meeting_is_planned(lexicon):
    # FR-internationalNews-860-20180422
    text = ("وستتواصل المشاورات في تورونتو، حيث من المقرر أن يعقد اجتماع مغلق الأحد للوزراء الفرنسي جان-إيف لو دريان "
            "والبريطاني بوريس جونسون.")
    rows = run(lexicon, text, countries=[("الفرنسي", "FR", "adjective"), ("البريطاني", "GB", "adjective")],
               places=[("تورونتو", "CA")],
               people=[("جان-إيف لو دريان", "وزير الخارجية", "FR", ["جان-إيف لو دريان"]),
                       ("بوريس جونسون", "وزير الخارجية", "GB", ["بوريس جونسون"])])
    assert pairs(rows) == {("جان-إيف لو دريان", "FR", "CA"), ("بوريس جونسون", "GB", "CA")}


def test_a_capital_with_its_clitic_and_a_region_of_a_country(lexicon):
    # SK-internationalNews-2667-20180716, FR-internationalNews-1750-20180611
    text = "وقال ترامب، يوم الاثنين، خلال أولى دقائق القمة مع بوتن بالعاصمة الفنلندية هلسكني، إنه يعتقد ذلك."
    rows = run(lexicon, text, countries=[("الفنلندية", "FI", "adjective")],
               people=[("دونالد ترامب", "الرئيس", "US", ["ترامب"]), ("فلاديمير بوتن", "الرئيس", "RU", ["بوتن"])])
    assert pairs(rows) == {("دونالد ترامب", "US", "FI"), ("فلاديمير بوتن", "RU", "FI")}
    text = "وبعد ساعات، سحب ترامب دعمه للبيان الختامي للقمة التي استمرت ليومين في شرق كندا."
    rows = run(lexicon, text, countries=[("كندا", "CA", "name")], people=[("دونالد ترامب", "الرئيس", "US", ["ترامب"])])
    assert pairs(rows) == {("دونالد ترامب", "US", "CA")}


def test_a_meeting_before_the_place_is_no_subject_matter(lexicon):
    # FR-internationalNews-318-20180308: the reforms in Saudi Arabia are what the talks were about.
    text = ("واستقبلت ماي الأمير محمد بن سلمان وأجريا محادثات تناولت الإصلاحات في السعودية والتجارة والعلاقات "
            "الاستثمارية.")
    rows = run(lexicon, text, countries=[("السعودية", "SA", "name")],
               people=[("تيريزا ماي", "رئيسة الوزراء", "GB", ["ماي"]), ("محمد بن سلمان", "ولي العهد", "SA", ["محمد بن سلمان"])])
    assert ("تيريزا ماي", "GB", "SA") not in pairs(rows)


# ---- who travels ----------------------------------------------------------------------------------
def test_an_international_envoy_has_no_country_of_the_country_he_is_sent_to(lexicon):
    # FR-internationalNews-2106-20180702
    envoy = lexicon.clauses.actor_words.international_envoy
    assert _own_country({"title_ar": "مبعوث الأمم المتحدة لليمن", "country_iso2": "YE"}, envoy) is None
    assert _own_country({"title_ar": "مندوبة الولايات المتحدة لدى الأمم المتحدة", "country_iso2": "US"}, envoy) == "US"
    text = "حل مبعوث الأمم المتحدة لليمن مارتن غريفيث بصنعاء في زيارة تستغرق ثلاثة أيام."
    rows = run(lexicon, text, places=[("صنعاء", "YE")],
               people=[("مارتن غريفيث", "مبعوث الأمم المتحدة لليمن", "YE", ["مارتن غريفيث"])])
    assert pairs(rows) == {("مارتن غريفيث", None, "YE")}


def test_an_unnamed_international_envoy_is_the_one_named_before(lexicon):
    # AL-internationalNews-1663-20180617
    text = ("أكد المبعوث الأممي إلى اليمن، مارتن غريفيث، أن مهمته خاصة. وتعد زيارة المبعوث الأممي للقاء قيادات "
            "الحوثيين في صنعاء آخر فرصة.")
    rows = run(lexicon, text, countries=[("اليمن", "YE", "name")], places=[("صنعاء", "YE")],
               people=[("مارتن غريفيث", "المبعوث الأممي إلى اليمن", "YE", ["مارتن غريفيث"])])
    assert ("مارتن غريفيث", None, "YE") in pairs(rows)


def test_a_country_after_a_place_preposition_is_not_the_officials(lexicon):
    # FR-internationalNews-2106-20180702: «التقى المبعوث الأممي الخميس في سلطنة عمان»
    text = "التقى المبعوث الأممي الخميس في سلطنة عمان كبير مفاوضي المتمردين الحوثيين."
    ents = entities(text, countries=[("سلطنة عمان", "OM", "name")])
    assert [a for a in build_actors(text, normalize(text), ents, [], actor_words=lexicon.clauses.actor_words) if a.country == "OM"] == []


def test_a_named_official_meeting_in_secret_is_visiting(lexicon):
    # BB-internationalNews-435-20180429
    text = "والتقى بومبيو زعيم كوريا الشمالية سرا في بيونغيانغ، مطلع هذا الشهر."
    rows = run(lexicon, text, countries=[("كوريا الشمالية", "KP", "name")], places=[("بيونغيانغ", "KP")],
               people=[("مايك بومبيو", "وزير الخارجية", "US", ["بومبيو"])])
    assert pairs(rows) == {("مايك بومبيو", "US", "KP")}


def test_the_object_of_a_visit_past_its_subject_and_a_day(lexicon):
    # SK-middleEast-489-20180323
    text = 'في المقابل، زار وفد أميركي رفيع المستوى، الخميس، مدينة منبج السورية، لـ"يطمئن" على أهالي المدينة.'
    rows = run(lexicon, text, countries=[("أميركي", "US", "adjective"), ("السورية", "SY", "adjective")],
               places=[("منبج", "SY")], tx=[("الخميس", "2018-03-22")], published=(2018, 3, 23))
    assert pairs(rows) == {(None, "US", "SY")}


def test_two_visits_of_one_traveller(lexicon):
    # CN-internationalNews-656-20181008
    text = "تحدث وزير الخارجية الأمريكي، مايك بومبيو، عن زيارتيه إلى كوريا الشمالية والصين، والمحادثات الخاصة بهما."
    rows = run(lexicon, text, countries=[("الأمريكي", "US", "adjective"), ("كوريا الشمالية", "KP", "name"),
                                         ("الصين", "CN", "name")],
               people=[("مايك بومبيو", "وزير الخارجية", "US", ["مايك بومبيو"])])
    assert pairs(rows) == {("مايك بومبيو", "US", "KP"), ("مايك بومبيو", "US", "CN")}


def test_anna_before_the_verb_is_the_speaker(lexicon):
    # FR-economy-25-20180309
    text = ("واعتبر فوكس أن الحمائية والرسوم لم تنجحا يوما، مشيرا إلى أنه سيتوجه إلى واشنطن الأسبوع المقبل لإجراء "
            "محادثات مع المسؤولين الأمريكيين.")
    rows = run(lexicon, text, places=[("واشنطن", "US")], people=[("ليام فوكس", "وزير التجارة", "GB", ["فوكس"])])
    assert [(r["visitor_name_ar"], r["host_country_iso2"], r["status"]) for r in rows] == [("ليام فوكس", "US", "planned")]


def test_present_in_a_city_past_al_mawjud(lexicon):
    # SK-internationalNews-3529-20181017
    text = ("وأفاد صحفيون مرافقون لوزير الخارجية الأميركي مايك بومبيو، الموجود في أنقرة، الأربعاء، بأنه التقى أسر "
            "ثلاثة موظفين أتراك.")
    rows = run(lexicon, text, countries=[("الأميركي", "US", "adjective")], places=[("أنقرة", "TR")],
               people=[("مايك بومبيو", "وزير الخارجية", "US", ["مايك بومبيو"])])
    assert pairs(rows) == {("مايك بومبيو", "US", "TR")}


def test_a_trip_past_an_adverb_of_time_with_its_meeting(lexicon):
    # BB-internationalNews-794-20180712
    text = "ويتوجه ترامب بعد انتهاء القمة في بلجيكا إلى بريطانيا، حيث من المقرر أن يصل ظهر الخميس."
    rows = run(lexicon, text, countries=[("بلجيكا", "BE", "name"), ("بريطانيا", "GB", "name")],
               people=[("دونالد ترامب", "الرئيس", "US", ["ترامب"])])
    assert ("دونالد ترامب", "US", "GB") in pairs(rows)


def test_a_director_is_an_official(lexicon):
    # SK-middleEast-214-20180310
    text = "وكان مدير المخابرات المصرية قد بدأ زيارة إلى السودان بدعوة من نظيره."
    rows = run(lexicon, text, countries=[("المصرية", "EG", "adjective"), ("السودان", "SD", "name")])
    assert pairs(rows) == {(None, "EG", "SD")}


def test_a_negation_before_another_clause_is_not_the_meetings(lexicon):
    # AL-internationalNews-1025-20180506
    text = "وحث ماكرون ترمب على عدم الانسحاب عندما التقى به في واشنطن في نهاية الشهر الماضي."
    rows = run(lexicon, text, places=[("واشنطن", "US")],
               people=[("إيمانويل ماكرون", "الرئيس", "FR", ["ماكرون"]), ("دونالد ترمب", "الرئيس", "US", ["ترمب"])])
    assert ("إيمانويل ماكرون", "FR", "US") in pairs(rows)


def test_a_team_of_experts_travels_as_a_null_visitor(lexicon):
    # AL-internationalNews-554-20180321
    text = 'ووصل فريق من خبراء المنظمة إلى بريطانيا لجمع عيّنات مما تسميه لندن "نوفيشوك".'
    assert pairs(run(lexicon, text, countries=[("بريطانيا", "GB", "name")], places=[("لندن", "GB")])) == {
        (None, None, "GB")}


def test_subjects_joined_before_a_relative(lexicon):
    # AL-internationalNews-1755-20180624
    text = "ولم يلتق كوشنير وغرينبلات اللذان توجها إلى الأردن والسعودية ومصر في إطار جولتهما بعباس."
    rows = run(lexicon, text, countries=[("الأردن", "JO", "name"), ("السعودية", "SA", "name"), ("مصر", "EG", "name")],
               people=[("جاريد كوشنر", "مستشار", "US", ["كوشنير"]), ("جيسون غرينبلات", "المبعوث", "US", ["غرينبلات"])])
    assert {("جاريد كوشنر", "US", "JO"), ("جيسون غرينبلات", "US", "EG")} <= pairs(rows)


def test_a_fronted_possessive_is_the_main_clauses_subject(lexicon):
    # SK-internationalNews-2457-20180703
    text = "وبعد زيارته إلى سويسرا حتى الثلاثاء، سيتوجه روحاني إلى فيينا للقاء رئيسي الدولة والحكومة."
    rows = run(lexicon, text, countries=[("سويسرا", "CH", "name")], places=[("فيينا", "AT")],
               people=[("حسن روحاني", "الرئيس", "IR", ["روحاني"])])
    assert pairs(rows) == {("حسن روحاني", "IR", "CH"), ("حسن روحاني", "IR", "AT")}


def test_a_counterpart_named_by_his_nationality(lexicon):
    # CN-economy-440-20181016
    text = "وقال وزير الطاقة الروسي، ألكسندر نوفاك خلال لقاء جمعه مع نظيره الإيراني في موسكو، إنه ناقش الأسعار."
    rows = run(lexicon, text, countries=[("الروسي", "RU", "adjective"), ("الإيراني", "IR", "adjective")],
               places=[("موسكو", "RU")], people=[("ألكسندر نوفاك", "وزير الطاقة", "RU", ["ألكسندر نوفاك"])])
    assert pairs(rows) == {(None, "IR", "RU")}


def test_a_visit_of_his_in_a_city(lexicon):
    # BB-middleEast-1131-20181020
    text = "وكان اللواء أحمد عسيري قد فقد أعصابه خلال زيارة له في لندن في مارس عندما رشقه متظاهرون بالبيض."
    rows = run(lexicon, text, places=[("لندن", "GB")], people=[("أحمد عسيري", "اللواء", "SA", ["أحمد عسيري"])],
               tx=[("مارس", "2018-03")], published=(2018, 10, 20))
    assert pairs(rows) == {("أحمد عسيري", "SA", "GB")}


def test_a_meeting_noun_before_its_pronoun(lexicon):
    # SK-internationalNews-2102-20180612: لقائه (the cue row لقائ, the trigger row لقائ)
    text = 'أعلن الرئيس الأميركي دونالد ترامب أن الولايات المتحدة "مستعدة"، في أعقاب لقائه بالزعيم كيم جونغ أون في سنغافورة.'
    rows = run(lexicon, text, countries=[("الأميركي", "US", "adjective"), ("الولايات المتحدة", "US", "name"),
                                         ("سنغافورة", "SG", "name")], people=[TRUMP, KIM])
    assert ("كيم جونغ أون", "KP", "SG") in pairs(rows)


# ---- what is no visit -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, countries, places, people", [
    # BB-middleEast-647-20180622: a far لـ-place (the recognition of Jerusalem) is no leg of the tour.
    ("وجاءت جولة كوشنر بعد موجة غضب في العالم العربي والإسلامي بعد نقل الولايات المتحدة سفارتها إلى القدس، "
     "والاعتراف بالمدينة عاصمة لإسرائيل.", [("إسرائيل", "IL", "name")], [],
     [("جاريد كوشنر", "مستشار", "US", ["كوشنر"])]),
    # BB-middleEast-647-20180622: aid arrives, nobody visits.
    ("ناقشا مع السيسي الحاجة إلى تسهيل وصول المساعدات الإنسانية إلى قطاع غزة.", [], [("قطاع غزة", "PS")],
     [("عبد الفتاح السيسي", "الرئيس", "EG", ["السيسي"])]),
    # BB-internationalNews-417-20180426: a name in the genitive is not present.
    ("ووثقت عمله لتطوير مشروع عقاري لترامب في موسكو.", [], [("موسكو", "RU")],
     [("دونالد ترامب", "الرئيس", "US", ["ترامب"])]),
    # FR-internationalNews-1036-20180502: a summit merely proposed.
    ("وكان ترامب اقترح الاثنين أن تعقد القمة التاريخية بينه وبين الزعيم الكوري الشمالي في قرية بانمونجوم.",
     [("الكوري الشمالي", "KP", "adjective")], [("بانمونجوم", "KR")], [("دونالد ترامب", "الرئيس", "US", ["ترامب"])]),
    # SK-internationalNews-3245-20181002: the host refused the planned visit.
    ("وكان البنتاغون يعمل على زيارة لماتيس إلى بكين في وقت لاحق من هذا الشهر، لكن الصين رفضت إعطاء أي موعد.",
     [("الصين", "CN", "name")], [("بكين", "CN")], [("جيمس ماتيس", "وزير الدفاع", "US", ["ماتيس"])]),
    # FR-sport-54-20180323: a football official's trip is sporting.
    ("وجاء الإعلان بعد اجتماع بين رئيس الاتحاد المغربي لكرة القدم فوزي لقجع ونظيره الفرنسي نويل لوغريب في فرنسا.",
     [("المغربي", "MA", "adjective"), ("الفرنسي", "FR", "adjective"), ("فرنسا", "FR", "name")], [],
     [("فوزي لقجع", "رئيس الاتحاد المغربي لكرة القدم", "MA", ["فوزي لقجع"]),
      ("نويل لوغريب", "رئيس الاتحاد الفرنسي", "FR", ["نويل لوغريب"])]),
    # CN-internationalNews-233-20180410: the masdar of cancelling, its subject set off by commas.
    ("أعلن البيت الأبيض، الثلاثاء، إلغاء الرئيس الأمريكي دونالد ترامب، لزيارته إلى البيرو للمشاركة بالقمة.",
     [("الأمريكي", "US", "adjective"), ("البيرو", "PE", "name")], [], [TRUMP]),
    # FR-internationalNews-982-20180429: a ban on travel is no trip.
    ("وكان دوتيرتي قد فرض في شباط/فبراير الماضي حظرا مؤقتا على سفر عمال بلاده إلى الكويت.",
     [("الكويت", "KW", "name")], [], [("رودريغو دوتيرتي", "الرئيس", "PH", ["دوتيرتي"])]),
    # BB-internationalNews-366-20180420: the travel of a crowd.
    ("في اشارة للقيود التي فرضتها ادارة ترامب على سفر الامريكيين الى كوبا.", [("كوبا", "CU", "name")], [],
     [("دونالد ترامب", "الرئيس", "US", ["ترامب"])]),
    # SK-sport-2453-20180811: a match of two teams.
    ("وفي لقاء الفريقين في كييف على اللقب الأوروبي، تسبب راموس في إصابة صلاح.", [], [("كييف", "UA")],
     [("محمد صلاح", "", "EG", ["صلاح"])]),
])
def test_no_visit(lexicon, text, countries, places, people):
    assert run(lexicon, text, countries=countries, places=places, people=people) == []


# ---- from the team batches 12-15 (merged after the rules above were written) ----------------------
def test_two_offices_and_their_countries(lexicon):
    # BB-middleEast-957-20180906
    text = "وسوف يعقد الرئيسان الروسي والإيراني قمة في طهران الجمعة يحضرها الرئيس التركي."
    rows = run(lexicon, text, countries=[("الروسي", "RU", "adjective"), ("الإيراني", "IR", "adjective"),
                                         ("التركي", "TR", "adjective")], places=[("طهران", "IR")])
    assert (None, "RU", "IR") in pairs(rows) and (None, "IR", "IR") not in pairs(rows)


def test_a_visit_noun_its_adjectives_and_length_before_its_place(lexicon):
    # BB-internationalNews-1102-20180930
    text = "ومع ذلك، أكمل رئيس كوريا الجنوبية، مون جيه-إن زيارة رفيعة المستوى لمدة ثلاثة أيام لبيونغ يانغ."
    rows = run(lexicon, text, countries=[("كوريا الجنوبية", "KR", "name")], places=[("بيونغ يانغ", "KP")],
               people=[("مون جيه-إن", "رئيس كوريا الجنوبية", "KR", ["مون جيه-إن"])])
    assert pairs(rows) == {("مون جيه-إن", "KR", "KP")}


def test_experts_as_the_subject_of_a_visit(lexicon):
    # AL-internationalNews-783-20180404
    text = "وزار خبراء المنظمة المملكة المتحدة للحصول على عينات من المادة."
    assert pairs(run(lexicon, text, countries=[("المملكة المتحدة", "GB", "name")])) == {(None, None, "GB")}


def test_her_arrival_fronted_before_the_main_clause(lexicon):
    # BB-internationalNews-213-20180323
    text = 'وعند وصولها إلى بروكسل، في وقت سابق، قالت ماي: "شنت روسيا هجوما متهورا".'
    rows = run(lexicon, text, places=[("بروكسل", "BE")], people=[("تيريزا ماي", "رئيسة الوزراء", "GB", ["ماي"])])
    assert pairs(rows) == {("تيريزا ماي", "GB", "BE")}


def test_to_head_for_as_a_masdar(lexicon):
    # BB-middleEast-574-20180603 (the trigger row للتوجه)
    text = "يخطط الرئيس السوري بشار الأسد للتوجه إلى كوريا الشمالية في زيارة رسمية."
    rows = run(lexicon, text, countries=[("السوري", "SY", "adjective"), ("كوريا الشمالية", "KP", "name")],
               people=[("بشار الأسد", "الرئيس", "SY", ["بشار الأسد"])])
    assert [(r["visitor_name_ar"], r["host_country_iso2"], r["status"]) for r in rows] == [("بشار الأسد", "KP", "planned")]


def test_a_visit_named_for_comparison_and_its_traveller_kept_off_the_next_summit(lexicon):
    # FR-internationalNews-1772-20180612
    text = ("ويمكن مقارنتها بزيارة الرئيس الأميركي ريتشارد نيكسون إلى الصين في عام 1972 وقمة رونالد ريغان مع ميخائيل "
            "غورباتشيف في ريكيافيك.")
    rows = run(lexicon, text, countries=[("الأميركي", "US", "adjective"), ("الصين", "CN", "name")],
               places=[("ريكيافيك", "IS")], people=[("ريتشارد نيكسون", "الرئيس", "US", ["ريتشارد نيكسون"])],
               tx=[("عام 1972", "1972")], published=(2018, 6, 12))
    assert pairs(rows) == {("ريتشارد نيكسون", "US", "CN")}


@pytest.mark.parametrize("text, countries, places, people", [
    # FR-internationalNews-997-20180429: what is said at a press conference is about its places.
    ("وأكد لودريان في مؤتمر صحفي مع نظيره المصري أنه في ليبيا ينبغي أن تمضي العملية السياسية قدما.",
     [("المصري", "EG", "adjective"), ("ليبيا", "LY", "name")], [],
     [("جان إيف لودريان", "وزير الخارجية", "FR", ["لودريان"])]),
    ("وخلال مؤتمر صحفي مشترك جمعه بنظيره المصري سامح شكري شدد على ضرورة أن يتقدم المسار السياسي في ليبيا.",
     [("المصري", "EG", "adjective"), ("ليبيا", "LY", "name")], [],
     [("سامح شكري", "وزير الخارجية", "EG", ["سامح شكري"])]),
    # SK-middleEast-889-20180410: the Security Council's members are posted in New York.
    ("والتقى أعضاء مجلس الأمن الـ 15، الاثنين، في جلسة طارئة في نيويورك، لمناقشة الهجوم.", [], [("نيويورك", "US")], []),
    # BB-middleEast-981-20180909: a meeting place hit by missiles.
    ('وقال الحرس الثوري الإيراني إنه "أطلق سبعة صواريخ على مقر اجتماع قادة جماعة إرهابية في إقليم كردستان العراق".',
     [("الإيراني", "IR", "adjective")], [("إقليم كردستان", "IQ")], []),
])
def test_no_visit_in_the_new_batches(lexicon, text, countries, places, people):
    assert run(lexicon, text, countries=countries, places=places, people=people) == []


def test_the_one_who_denies_is_not_at_the_meeting(lexicon):
    # CN-internationalNews-612-20180912: Bolton speaks of the Helsinki meeting; the Russian counterpart was there.
    text = "ونفى بولتون أن يكون رد الفعل القاسي على اجتماع ترامب في هلسنكي مع نظيره الروسي قد أضعفه."
    rows = run(lexicon, text, countries=[("الروسي", "RU", "adjective")], places=[("هلسنكي", "FI")],
               people=[("جون بولتون", "مستشار الأمن القومي", "US", ["بولتون"])])
    assert pairs(rows) == {(None, "RU", "FI")}


def test_the_match_told_again_in_its_sentence_is_still_sport(lexicon):
    # SK-sport-2453-20180811 (an unannotated ANT article)
    text = ("وفي لقاء الفريقين في كييف على اللقب الأوروبي، مايو الماضي، تسبب راموس في إصابة صلاح الذي غادر اللقاء في "
            "الدقيقة 30.")
    assert run(lexicon, text, places=[("كييف", "UA")], people=[("محمد صلاح", "", "EG", ["صلاح"])]) == []

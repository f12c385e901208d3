"""Visit frames on real sentences from the seed and the ANT corpus, with the other extractors'
outputs written by hand (entities, persons, time expressions), so each rule is tested alone."""
from datetime import date, datetime, timezone

import pytest

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.visits import build_visit_lexicon, cluster_visits, extract_visits
from transforms.visits.triggers import find_triggers
from transforms.arabic_text import normalize


@pytest.fixture(scope="module")
def lexicon():
    return build_visit_lexicon(read_seed_csv("visit_triggers.csv"), read_seed_csv("titles.csv"),
                               build_cue_lexicon(read_seed_csv("cue_words.csv")), read_seed_csv("organisations.csv"))


def _span(text, surface, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def entities(text, countries=(), places=()):
    """countries: (surface, iso2, via[, nth]); places: (surface, iso2[, nth])."""
    out = {"countries": [], "places": [], "organisations": []}
    for surface, iso2, via, *nth in countries:
        s, e = _span(text, surface, *(nth or [0]))
        out["countries"].append({"iso2": iso2, "surface": surface, "char_start": s, "char_end": e, "via": via})
    for surface, iso2, *nth in places:
        s, e = _span(text, surface, *(nth or [0]))
        out["places"].append({"name_ar": surface, "iso2": iso2, "char_start": s, "char_end": e, "kind": "city"})
    return out


def persons(text, *people):
    """people: (name, title, iso2, [surfaces])."""
    out = []
    for i, (name, title, iso2, surfaces) in enumerate(people):
        mentions = []
        for surface in surfaces:
            s, e = _span(text, surface)
            mentions.append({"surface": surface, "char_start": s, "char_end": e})
        out.append({"person_id": f"p{i}", "name_ar": name, "title_ar": title, "country_iso2": iso2, "mentions": mentions})
    return out


def times(text, *items):
    out = []
    for surface, value in items:
        s, e = _span(text, surface)
        out.append({"surface": surface, "char_start": s, "char_end": e, "value": value, "granularity": "day"})
    return out


def summary(rows):
    return sorted((r["visitor_name_ar"], r["visitor_country_iso2"], r["host_country_iso2"], r["date_value"],
                   r["status"]) for r in rows)


def test_trigger_forms_carry_their_clitics(lexicon):
    text = "وسيسافر ماتيس بعد ذلك إلى الأردن، على أن يختتم جولته بزيارة إلى الكويت، وألغى اجتماعا"
    found = {(normalize(text).text[t.start:t.end], t.kind, t.tense) for t in find_triggers(normalize(text).text, lexicon.triggers)}
    assert ("وسيسافر", "go", "future") in found
    assert ("جولته", "tour", "noun") in found
    assert ("بزياره", "go", "noun") in found
    assert ("اجتماعا", "meet", "noun") in found


# The seed (000_202838f5eb5d9b9a#1), the last three paragraphs of the 13:10 update.
SEED_TOUR = (
    "بدأ وزير الدفاع الأميركي جيمس ماتيس الجمعة رحلة خارجية تشمل مصر والأردن وباكستان والكويت، وذلك للتأكيد "
    "مجددا على الالتزام الأميركي الدائم بالشراكات في الشرق الأوسط وغرب أفريقيا وجنوب آسيا.\n\n"
    "وسيبدأ الوزير الأميركي محادثاته في الثاني من كانون الأول/ديسمبر من مصر حيث سيجتمع مع رئيس الجمهورية "
    "عبد الفتاح السيسي ووزير الدفاع صدقي صبحي.\n\n"
    "وسيسافر ماتيس بعد ذلك إلى الأردن حيث يشارك في الثالث من الشهر الجاري في \"اجتماعات العقبة\" التي تبحث "
    "الجهود الدولية لمحاربة التطرف في غرب أفريقيا، باستضافة الملك عبد الله الثاني.\n\n"
    "وفي اليوم التالي، سيتوجه المسؤول الأميركي إلى باكستان حيث يعتزم الاجتماع مع رئيس الوزراء شاهد خان عباسي "
    "ورئيس أركان الجيش الباكستاني، على أن يختتم جولته بزيارة إلى الكويت حيث سيلتقي أميرها الشيخ صباح الأحمد "
    "الجابر الصباح ومسؤولين في الإمارة الخليجية."
)


def test_seed_tour_gives_one_planned_leg_per_country_with_its_own_day(lexicon):
    text = SEED_TOUR
    ents = entities(text, countries=[
        ("الأميركي", "US", "adjective"), ("مصر", "EG", "name"), ("الأردن", "JO", "name"),
        ("باكستان", "PK", "name"), ("الكويت", "KW", "name"), ("الأميركي", "US", "adjective", 1),
        ("الأميركي", "US", "adjective", 2), ("مصر", "EG", "name", 1), ("الأردن", "JO", "name", 1),
        ("الأميركي", "US", "adjective", 3), ("باكستان", "PK", "name", 1), ("الباكستاني", "PK", "adjective"),
        ("الكويت", "KW", "name", 1)])
    people = persons(text, ("جيمس ماتيس", "وزير الدفاع", "US", ["جيمس ماتيس", "ماتيس بعد"[:5]]),
                     ("عبد الفتاح السيسي", "الرئيس", "EG", ["عبد الفتاح السيسي"]),
                     ("صدقي صبحي", "وزير الدفاع", "EG", ["صدقي صبحي"]),
                     ("شاهد خان عباسي", "رئيس الوزراء", "PK", ["شاهد خان عباسي"]),
                     ("صباح الأحمد الجابر الصباح", "أمير", "KW", ["صباح الأحمد الجابر الصباح"]))
    tx = times(text, ("الثاني من كانون الأول/ديسمبر", "XXXX-12-02"), ("الثالث من الشهر الجاري", "XXXX-12-03"),
               ("اليوم التالي", "XXXX-12-04"))
    rows = extract_visits(text, None, ents, people, tx, lexicon)
    assert summary(rows) == [
        ("جيمس ماتيس", "US", "EG", "XXXX-12-02", "planned"),
        ("جيمس ماتيس", "US", "JO", "XXXX-12-03", "planned"),
        ("جيمس ماتيس", "US", "KW", None, "planned"),
        ("جيمس ماتيس", "US", "PK", "XXXX-12-04", "planned"),
    ]
    assert all(r["start_date"] is None for r in rows)  # no year: no DATE
    for row in rows:  # evidence is the first sentence telling that leg, with its offsets
        assert row["evidence"] == text[row["evidence_start"]:row["evidence_end"]]
        assert row["trigger"] in row["evidence"]


def test_meeting_abroad_is_occurred_and_outranks_an_earlier_plan(lexicon):
    # Seed: the 17:42 update, then the 13:10 plan for the same leg.
    text = ("التقى وزير الدفاع الأميركي جيمس ماتيس السبت نظيره المصري صدقي صبحي في القاهرة، قبل توجهه إلى الأردن "
            "وباكستان والكويت.\n"
            "وسيبدأ الوزير الأميركي محادثاته في الثاني من كانون الأول/ديسمبر من مصر حيث سيجتمع مع رئيس الجمهورية.")
    ents = entities(text, countries=[("الأميركي", "US", "adjective"), ("المصري", "EG", "adjective"),
                                      ("الأردن", "JO", "name"), ("باكستان", "PK", "name"), ("الكويت", "KW", "name"),
                                      ("الأميركي", "US", "adjective", 1), ("مصر", "EG", "name", 1)],
                    places=[("القاهرة", "EG")])
    people = persons(text, ("جيمس ماتيس", "وزير الدفاع", "US", ["جيمس ماتيس"]),
                     ("صدقي صبحي", "وزير الدفاع", "EG", ["صدقي صبحي"]))
    tx = times(text, ("السبت", None), ("الثاني من كانون الأول/ديسمبر", "XXXX-12-02"))
    rows = extract_visits(text, None, ents, people, tx, lexicon)
    assert summary(rows) == [
        ("جيمس ماتيس", "US", "EG", "XXXX-12-02", "occurred"),
        ("جيمس ماتيس", "US", "JO", None, "planned"),
        ("جيمس ماتيس", "US", "KW", None, "planned"),
        ("جيمس ماتيس", "US", "PK", None, "planned"),
    ]
    assert next(r for r in rows if r["host_country_iso2"] == "EG")["place_ar"] == "القاهرة"


def test_visit_noun_after_its_traveller(lexicon):
    # ANT: "وأشاد ماكرون خلال زيارته للعاصمة الدنماركية كوبنهاغن ..."
    text = "وأشاد ماكرون خلال زيارته للعاصمة الدنماركية كوبنهاغن بالنموذج الاقتصادي المختلط الذي تنتهجه الدنمارك."
    ents = entities(text, countries=[("الدنماركية", "DK", "adjective"), ("الدنمارك", "DK", "name", 1)],
                    places=[("كوبنهاغن", "DK")])
    people = persons(text, ("إيمانويل ماكرون", "الرئيس", "FR", ["ماكرون"]))
    rows = extract_visits(text, datetime(2018, 8, 29, tzinfo=timezone.utc), ents, people, [], lexicon)
    assert summary(rows) == [("إيمانويل ماكرون", "FR", "DK", None, "occurred")]
    assert rows[0]["place_ar"] == "كوبنهاغن" and rows[0]["trigger"] == "زيارته"


def test_meeting_in_a_third_country_is_a_visit_for_both_sides(lexicon):
    # ANT: "ويلتقي بوتين، الإثنين، دونالد ترامب في قمة بالعاصمة الفنلندية هلسنكي ..."
    text = "ويلتقي بوتين، الإثنين، دونالد ترامب في قمة بالعاصمة الفنلندية هلسنكي في ظل عقوبات غربية مفروضة على بلاده."
    ents = entities(text, countries=[("الفنلندية", "FI", "adjective")], places=[("هلسنكي", "FI")])
    people = persons(text, ("فلاديمير بوتين", "الرئيس", "RU", ["بوتين"]), ("دونالد ترامب", "الرئيس", "US", ["دونالد ترامب"]))
    tx = times(text, ("الإثنين", "2018-07-16"))
    rows = extract_visits(text, datetime(2018, 7, 14, tzinfo=timezone.utc), ents, people, tx, lexicon)
    assert summary(rows) == [("دونالد ترامب", "US", "FI", "2018-07-16", "planned"),
                             ("فلاديمير بوتين", "RU", "FI", "2018-07-16", "planned")]
    assert all(r["start_date"] == date(2018, 7, 16) for r in rows)


def test_travel_inside_ones_own_country_is_no_visit(lexicon):
    # ANT: "زار الرئيس السوري بشار الأسد الغوطة الشرقية في ريف دمشق ..."
    text = "زار الرئيس السوري بشار الأسد الغوطة الشرقية في ريف دمشق، بعد استعادة غالبية مناطقها."
    ents = entities(text, countries=[("السوري", "SY", "adjective")], places=[("دمشق", "SY")])
    people = persons(text, ("بشار الأسد", "الرئيس", "SY", ["بشار الأسد"]))
    assert extract_visits(text, None, ents, people, [], lexicon) == []


def test_ambassador_received_at_post_is_no_visit(lexicon):
    # ANT: "استقبل وزير الخارجية اليمني سفير المملكة المتحدة لدى اليمن #مايكل_آرون."
    text = "وفي وقت سابق، استقبل وزير الخارجية اليمني سفير المملكة المتحدة لدى اليمن #مايكل_آرون."
    ents = entities(text, countries=[("اليمني", "YE", "adjective"), ("المملكة المتحدة", "GB", "name"),
                                      ("اليمن", "YE", "name", 1)])
    people = persons(text, ("مايكل آرون", "سفير", "GB", ["مايكل_آرون"]))
    assert extract_visits(text, None, ents, people, [], lexicon) == []


def test_reception_makes_the_receiver_the_host(lexicon):
    # Guideline example: "استقبل السيسي وزير الخارجية الأميركي" is a US visit to EG.
    text = "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأميركي ريكس تيلرسون في القاهرة الاثنين."
    ents = entities(text, countries=[("المصري", "EG", "adjective"), ("الأميركي", "US", "adjective")],
                    places=[("القاهرة", "EG")])
    people = persons(text, ("عبد الفتاح السيسي", "الرئيس", "EG", ["عبد الفتاح السيسي"]),
                     ("ريكس تيلرسون", "وزير الخارجية", "US", ["ريكس تيلرسون"]))
    tx = times(text, ("الاثنين", "2018-02-12"))
    rows = extract_visits(text, datetime(2018, 2, 12, 18, tzinfo=timezone.utc), ents, people, tx, lexicon)
    assert summary(rows) == [("ريكس تيلرسون", "US", "EG", "2018-02-12", "occurred")]


def test_cancelled_visit_is_dropped_but_the_new_plan_kept(lexicon):
    # ANT: "ومن المقرر أن يزور الرئيس الأمريكي بريطانيا يوم 13 يوليو/ تموز، بعدما ألغى زيارته ..."
    text = ("ومن المقرر أن يزور الرئيس الأمريكي بريطانيا يوم 13 يوليو/ تموز، بعدما ألغى زيارته بسبب مخاوف من أن "
            "يواجه احتجاجات شعبية حاشدة.")
    ents = entities(text, countries=[("الأمريكي", "US", "adjective"), ("بريطانيا", "GB", "name")])
    people = [{"person_id": "p0", "name_ar": "دونالد ترامب", "title_ar": "الرئيس", "country_iso2": "US",
               "mentions": [{"surface": "ترامب", "char_start": 0, "char_end": 0}]}]
    tx = times(text, ("يوم 13 يوليو/ تموز", "2018-07-13"))
    rows = extract_visits(text, datetime(2018, 6, 1, tzinfo=timezone.utc), ents, people, tx, lexicon)
    # "الرئيس الأمريكي" is the Trump named earlier; the cancelled trip adds nothing.
    assert summary(rows) == [("دونالد ترامب", "US", "GB", "2018-07-13", "planned")]


def test_phone_call_is_no_visit(lexicon):
    # ANT: "قال مون جيه-إن رئيس #كوريا_الجنوبية لنظيره الأميركي دونالد #ترمب في اتصال هاتفي اليوم الخميس ..."
    text = ("قال مون جيه-إن رئيس #كوريا_الجنوبية لنظيره الأميركي دونالد #ترمب في اتصال هاتفي اليوم الخميس إنه "
            "يعتزم إرسال مبعوث خاص إلى #كوريا_الشمالية.")
    ents = entities(text, countries=[("كوريا_الجنوبية", "KR", "name"), ("الأميركي", "US", "adjective"),
                                      ("كوريا_الشمالية", "KP", "name")])
    people = persons(text, ("مون جيه-إن", "رئيس", "KR", ["مون جيه-إن"]), ("دونالد ترمب", "الرئيس", "US", ["دونالد #ترمب"]))
    assert extract_visits(text, None, ents, people, [], lexicon) == []


def test_delegation_members_travel_with_their_leader(lexicon):
    # ANT (SK-middleEast-2201-20180606), shortened: arrival, then "ويضم الوفد الإماراتي؛ ..."
    text = ("وصل إلى مدينة جدة، الأربعاء، ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان في زيارة للمملكة العربية "
            "السعودية.\nويضم الوفد الإماراتي؛ مستشار الأمن الوطني الشيخ طحنون بن زايد ووزير الخارجية الشيخ عبدالله بن "
            "زايد، إضافة إلى سفير الدولة لدى السعودية الشيخ شخبوط بن نهيان آل نهيان.")
    ents = entities(text, countries=[("لمملكة العربية السعودية", "SA", "name"), ("الإماراتي", "AE", "adjective"),
                                      ("السعودية", "SA", "name", 1)],
                    places=[("جدة", "SA"), ("أبوظبي", "AE")])
    people = persons(text, ("محمد بن زايد آل نهيان", "ولي عهد أبوظبي", "AE", ["محمد بن زايد آل نهيان"]),
                     ("طحنون بن زايد", "مستشار الأمن الوطني", "AE", ["طحنون بن زايد"]),
                     ("عبدالله بن زايد", "وزير الخارجية", "AE", ["عبدالله بن زايد"]),
                     ("شخبوط بن نهيان آل نهيان", "سفير", "AE", ["شخبوط بن نهيان آل نهيان"]))
    tx = times(text, ("الأربعاء", "2018-06-06"))
    rows = extract_visits(text, datetime(2018, 6, 6, 20, tzinfo=timezone.utc), ents, people, tx, lexicon)
    assert summary(rows) == [("طحنون بن زايد", "AE", "SA", "2018-06-06", "occurred"),
                             ("عبدالله بن زايد", "AE", "SA", "2018-06-06", "occurred"),
                             ("محمد بن زايد آل نهيان", "AE", "SA", "2018-06-06", "occurred")]
    assert {r["place_ar"] for r in rows} == {"جدة"}


def test_no_official_no_visit(lexicon):
    # ANT: "وبعد ذلك سافر إلى كمبوديا، لكن تم إعادته ..." (a stranded traveller, no official)
    text = "وبعد ذلك سافر إلى كمبوديا، لكن تم إعادته، وكان يعيش منذ ذلك الحين في منطقة الوصول الصغيرة في المطار الماليزي."
    ents = entities(text, countries=[("كمبوديا", "KH", "name"), ("الماليزي", "MY", "adjective")])
    assert extract_visits(text, None, ents, [], [], lexicon) == []


def test_clustering_joins_the_same_trip_across_articles():
    rows = [
        {"visit_id": "a1", "article_id": "A", "visitor_person_id": "p-mattis", "visitor_name_ar": "جيمس ماتيس",
         "visitor_country_iso2": "US", "host_country_iso2": "EG", "date_value": "2017-12-02", "start_date": date(2017, 12, 2)},
        {"visit_id": "b1", "article_id": "B", "visitor_person_id": "p-mattis", "visitor_name_ar": "جيمس ماتيس",
         "visitor_country_iso2": "US", "host_country_iso2": "EG", "date_value": "2017-12-03", "start_date": date(2017, 12, 3)},
        {"visit_id": "c1", "article_id": "C", "visitor_person_id": None, "visitor_name_ar": None,
         "visitor_country_iso2": "US", "host_country_iso2": "EG", "date_value": "2017-12-02", "start_date": date(2017, 12, 2)},
        {"visit_id": "d1", "article_id": "D", "visitor_person_id": "p-mattis", "visitor_name_ar": "جيمس ماتيس",
         "visitor_country_iso2": "US", "host_country_iso2": "JO", "date_value": "2017-12-03", "start_date": date(2017, 12, 3)},
        {"visit_id": "e1", "article_id": "E", "visitor_person_id": "p-mattis", "visitor_name_ar": "جيمس ماتيس",
         "visitor_country_iso2": "US", "host_country_iso2": "EG", "date_value": "2018-03-10", "start_date": date(2018, 3, 10)},
    ]
    events = cluster_visits(rows)
    by_ids = {tuple(sorted(e["visit_ids"])): e for e in events}
    assert set(by_ids) == {("a1", "b1", "c1"), ("d1",), ("e1",)}
    trip = by_ids[("a1", "b1", "c1")]
    assert trip["start_date"] == date(2017, 12, 2) and trip["article_count"] == 3
    assert trip["visitor_name_ar"] == "جيمس ماتيس" and trip["host_country_iso2"] == "EG"
    assert len({e["event_id"] for e in events}) == 3


def test_a_named_official_in_a_foreign_city_is_visiting_it(lexicon):
    # Seed (000_202838f5eb5d9b9a#2): the Libyan prime minister speaking in Washington.
    text = ("طالب رئيس حكومة الوفاق الوطني الليبية فايز السراج في واشنطن الخميس برفع حظر الأسلحة المفروض على بلاده "
            "منذ عام 2011 من قبل الأمم المتحدة، بحيث تستثنى منه بعض أفرع الجيش.")
    ents = entities(text, countries=[("الليبية", "LY", "adjective")], places=[("واشنطن", "US")])
    people = persons(text, ("فايز السراج", "رئيس حكومة الوفاق الوطني", "LY", ["فايز السراج"]))
    tx = times(text, ("الخميس", None))
    rows = extract_visits(text, None, ents, people, tx, lexicon)
    assert summary(rows) == [("فايز السراج", "LY", "US", None, "occurred")]
    assert rows[0]["place_ar"] == "واشنطن"


def test_a_resident_abroad_is_not_visiting(lexicon):
    # ANT: "وقال تشوي جونغ هون المنشق الكوري الشمالي المقيم في سيول ..."
    text = "وقال تشوي جونغ هون المنشق الكوري الشمالي المقيم في سيول: \"بعضهم يقول ان كيم جذاب\"."
    ents = entities(text, countries=[("الكوري الشمالي", "KP", "adjective")], places=[("سيول", "KR")])
    people = persons(text, ("تشوي جونغ هون المنشق الكوري الشمالي المقيم", "المنشق", "KP",
                            ["تشوي جونغ هون المنشق الكوري الشمالي المقيم"]))
    assert extract_visits(text, None, ents, people, [], lexicon) == []


def test_a_country_discussed_at_a_meeting_is_not_its_place(lexicon):
    # ANT: talks in Sochi, then the situation "in Libya" as their subject.
    text = ("عقد الرئيس عبد الفتاح السيسي اليوم مباحثات على مستوى القمة مع الرئيس الروسي فلاديمير بوتين بمدينة سوتشي.\n"
            "وتناولت المباحثات تطورات الأوضاع في ليبيا.")
    ents = entities(text, countries=[("الروسي", "RU", "adjective"), ("ليبيا", "LY", "name")],
                    places=[("سوتشي", "RU")])
    people = persons(text, ("عبد الفتاح السيسي", "الرئيس", "EG", ["عبد الفتاح السيسي"]),
                     ("فلاديمير بوتين", "الرئيس", "RU", ["فلاديمير بوتين"]))
    rows = extract_visits(text, datetime(2018, 10, 17, tzinfo=timezone.utc), ents, people, [], lexicon)
    assert summary(rows) == [("عبد الفتاح السيسي", "EG", "RU", None, "occurred")]
    assert rows[0]["place_ar"] == "سوتشي"


def test_the_conference_named_before_places_its_participants(lexicon):
    # ANT (AL-internationalNews-487-20180316), shortened: the Rome conference, then "شاركت فيه ... دولة".
    text = ("دعا البيان الختامي للمؤتمر الوزاري الدولي لدعم الجيش اللبناني، الذي انتهى مساء الخميس بروما، إلى حماية "
            "لبنان.\nوترأست المؤتمر الأمم المتحدة وإيطاليا وشاركت فيه 41 دولة وجهة دولية من بينها الولايات المتحدة "
            "والكويت ومصر.")
    ents = entities(text, countries=[("اللبناني", "LB", "adjective"), ("لبنان", "LB", "name", 1),
                                      ("إيطاليا", "IT", "name"), ("الولايات المتحدة", "US", "name"),
                                      ("الكويت", "KW", "name"), ("مصر", "EG", "name")],
                    places=[("روما", "IT")])
    tx = times(text, ("مساء الخميس", "2018-03-15"))
    rows = extract_visits(text, datetime(2018, 3, 16, tzinfo=timezone.utc), ents, [], tx, lexicon)
    assert summary(rows) == [(None, "EG", "IT", "2018-03-15", "occurred"), (None, "KW", "IT", "2018-03-15", "occurred"),
                             (None, "US", "IT", "2018-03-15", "occurred")]


def test_ministry_is_not_a_visit_verb_and_party_names_are_no_conference(lexicon):
    text = "وقالت وزارة الخارجية إن حزب المؤتمر الشعبي في الخرطوم رفض القرار."
    found = find_triggers(normalize(text).text, lexicon.triggers)
    assert [f.form for f in found] == ["مؤتمر"]  # وزارة is not و + زار + ه
    ents = entities(text, places=[("الخرطوم", "SD")])
    ents["organisations"] = [{"name_ar": "حزب المؤتمر الشعبي", "iso2": "SD", "surface": "حزب المؤتمر الشعبي",
                              "char_start": text.index("حزب"), "char_end": text.index("حزب") + len("حزب المؤتمر الشعبي"),
                              "kind": "party"}]
    assert extract_visits(text, None, ents, [], [], lexicon) == []


def test_an_invitation_to_visit_is_no_visit(lexicon):
    # ANT (BB-internationalNews-840-20180720)
    text = "دعا الرئيس الأمريكي دونالد ترامب، نظيره الروسي فلاديمير بوتين، لزيارة الولايات المتحدة في الخريف."
    ents = entities(text, countries=[("الأمريكي", "US", "adjective"), ("الروسي", "RU", "adjective"),
                                      ("الولايات المتحدة", "US", "name")])
    people = persons(text, ("دونالد ترامب", "الرئيس", "US", ["دونالد ترامب"]),
                     ("فلاديمير بوتين", "الرئيس", "RU", ["فلاديمير بوتين"]))
    assert extract_visits(text, datetime(2018, 7, 20, tzinfo=timezone.utc), ents, people, [], lexicon) == []


def test_a_present_verb_with_a_day_after_publication_is_planned(lexicon):
    # ANT (BB-internationalNews-400-20180425): "ومن المقرر أن تزور المستشارة الألمانية أنغيلا ميركل واشنطن يوم الجمعة ..."
    text = "وتزور المستشارة الألمانية أنغيلا ميركل واشنطن يوم الجمعة المقبل."
    ents = entities(text, countries=[("الألمانية", "DE", "adjective")], places=[("واشنطن", "US")])
    people = persons(text, ("أنغيلا ميركل", "المستشارة", "DE", ["أنغيلا ميركل"]))
    tx = times(text, ("يوم الجمعة المقبل", "2018-04-27"))
    rows = extract_visits(text, datetime(2018, 4, 25, tzinfo=timezone.utc), ents, people, tx, lexicon)
    assert summary(rows) == [("أنغيلا ميركل", "DE", "US", "2018-04-27", "planned")]
    assert rows[0]["start_date"] == date(2018, 4, 27) and rows[0]["place_ar"] == "واشنطن"
    later = extract_visits(text, datetime(2018, 4, 28, tzinfo=timezone.utc), ents, people,
                           times(text, ("يوم الجمعة", "2018-04-27")), lexicon)
    assert later[0]["status"] == "occurred"  # told after the day, the same words report it done


def test_an_undated_report_joins_the_trip_of_its_week():
    rows = [
        {"visit_id": "a", "article_id": "A", "visitor_person_id": "p-pompeo", "visitor_name_ar": "مايك بومبيو",
         "visitor_country_iso2": "US", "host_country_iso2": "SA", "date_value": "2018-10-16", "start_date": date(2018, 10, 16)},
        {"visit_id": "b", "article_id": "B", "visitor_person_id": "p-pompeo", "visitor_name_ar": "مايك بومبيو",
         "visitor_country_iso2": "US", "host_country_iso2": "SA", "date_value": None, "start_date": None,
         "published": "2018-10-18T09:00:00+00:00"},
        {"visit_id": "c", "article_id": "C", "visitor_person_id": "p-pompeo", "visitor_name_ar": "مايك بومبيو",
         "visitor_country_iso2": "US", "host_country_iso2": "SA", "date_value": None, "start_date": None,
         "published": "2019-02-01T09:00:00+00:00"},
    ]
    groups = sorted(sorted(e["visit_ids"]) for e in cluster_visits(rows))
    assert groups == [["a", "b"], ["c"]]


def test_the_subject_before_a_verb_or_its_relative_pronoun_travels(lexicon):
    # ANT (FR-internationalNews-789-20180418, AL-internationalNews-1933-20180714)
    text = ("ويواجه ماكرون الذي يزور ألمانيا الخميس للتباحث مع المستشارة أنغيلا ميركل معارضة لمقترحاته.\n"
            "وكان نتنياهو زار موسكو، الأربعاء، حيث بحث مع بوتين الوضع في سوريا.")
    ents = entities(text, countries=[("ألمانيا", "DE", "name"), ("سوريا", "SY", "name")], places=[("موسكو", "RU")])
    people = persons(text, ("إيمانويل ماكرون", "الرئيس", "FR", ["ماكرون"]),
                     ("أنغيلا ميركل", "المستشارة", "DE", ["أنغيلا ميركل"]),
                     ("بنيامين نتنياهو", "رئيس الوزراء", "IL", ["نتنياهو"]),
                     ("فلاديمير بوتين", "الرئيس", "RU", ["بوتين"]))
    tx = times(text, ("الخميس", "2018-04-19"), ("الأربعاء", "2018-04-11"))
    rows = extract_visits(text, datetime(2018, 4, 18, tzinfo=timezone.utc), ents, people, tx, lexicon)
    assert summary(rows) == [("إيمانويل ماكرون", "FR", "DE", "2018-04-19", "planned"),
                             ("بنيامين نتنياهو", "IL", "RU", "2018-04-11", "occurred")]

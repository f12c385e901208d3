"""Which day of its sentence is the visit's own (issue 9, item 6), on real sentences of ANT articles,
every upstream layer built by the real extractors (reading.read_visits)."""
from tests.transforms.visits.reading import read_visits


def _day(rows, host):
    found = [r for r in rows if r["host_country_iso2"] == host]
    assert found, f"no visit to {host}"
    return found[0]["date_value"]


def test_a_day_right_after_the_visits_place_is_that_legs_day():
    # ANT CN-middleEast-767-20180430 (team part): a tour whose legs each take a day; Israel's is the
    # Sunday right after it, not the Saturday nearer the tour's word (جولته).
    text = ("وزير الخارجية الأمريكي الذي تولى مهامه مؤخراً، مايك بومبيو، بدأ جولته في الشرق الأوسط من السعودية "
            "يوم السبت ومن ثم انطلق إلى إسرائيل يوم الأحد لمناقشة قضايا إقليمية هامة، بما في ذلك إيران وسوريا.")
    _, rows, _ = read_visits(text, "2018-04-30T10:00:00+00:00")
    assert _day(rows, "IL") == "2018-04-29"


def test_an_afternoon_is_no_other_event_the_visit_is_told_against():
    # ANT FR-economy-38-20180523 (train-develop part): بعد الظهر tells the hour of the meeting, not an event
    # the visit came after, so the visit is the lead's news and takes the lead's Wednesday.
    text = ("التقى الرئيس الفرنسي إيمانويل ماكرون الأربعاء مدراء أكبر شركات التكنولوجيا في العالم، من بينها فيس بوك، "
            "غوغل ومايكروسوفت.\n"
            "والرئيس الرواندي المعروف بشغفه بالتكنولوجيا يجتمع بنظيره الفرنسي في فترة بعد الظهر في زيارته الرسمية "
            "الأولى إلى الإليزيه منذ العام 2011.")
    _, rows, _ = read_visits(text, "2018-05-23T15:42:21+00:00")
    found = [r for r in rows if r["host_country_iso2"] == "FR" and r["visitor_country_iso2"] == "RW"]
    assert found and found[0]["date_value"] == "2018-05-23"
    assert "lead day" in found[0]["decided_by"]


def test_a_bare_year_of_another_visitors_sentence_is_a_background_visits():
    # ANT BB-internationalNews-968-20180813 (team part): 2007 dates Roh Moo-hyun's summit, told with the
    # visitor's country alone as Moon's; it lends Moon's coming visit no year, and stays Roh's.
    text = ("وستكون زيارة الرئيس الكوري الجنوبي مون جاي إن الى بيونغيانغ أول زيارة من نوعها منذ أكثر من عقد من الزمن، "
            "في ظل تحسن العلاقات في شبه الجزيرة الكورية وحولها في الفترة الأخيرة.\n"
            "وجرت قمة أخرى في عام 2007 في بيونغيانغ عندما التقى الرئيس الكوري الجنوبي رو مو هيون بكيم جونغ أيل.")
    _, rows, _ = read_visits(text, "2018-08-13T10:27:55+00:00")
    moon = [r for r in rows if r["host_country_iso2"] == "KP" and "مون جاي" in (r["visitor_name_ar"] or "")]
    roh = [r for r in rows if r["host_country_iso2"] == "KP" and "رو مو" in (r["visitor_name_ar"] or "")]
    assert moon and moon[0]["date_value"] != "2007"
    assert roh and roh[0]["date_value"] == "2007"

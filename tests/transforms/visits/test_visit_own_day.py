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

"""Issue 9: an official of an international body in the country of its seat (seeds/international_seats.csv)
is no visitor there; elsewhere he is. Real sentences of ANT articles read by the real extractors."""
from marsad.seeds import read_seed_csv
from transforms.arabic_text import normalize_key
from transforms.visits.filters import body_seat_patterns

from tests.transforms.visits.reading import read_visits


def _seat(title):
    return next((iso2 for pattern, iso2 in body_seat_patterns(read_seed_csv("international_seats.csv"))
                 if pattern.search(normalize_key(title))), None)


def test_a_title_names_its_bodys_seat_the_more_specific_body_first():
    assert _seat("الأمين العام للأمم المتحدة") == "US"
    assert _seat("رئيس المفوضية الأوروبية") == "BE"
    assert _seat("الأمين العام لجامعة الدول العربية") == "EG"
    assert _seat("رئيس مفوضية الاتحاد الأفريقي") == "ET"
    assert _seat("وزير الخارجية") is None


def test_the_un_secretary_general_at_the_un_headquarters_is_no_visitor():
    # ANT SK-middleEast-573-20180326 (develop part): Guterres meets the Saudi crown prince at the UN's seat in New
    # York: the crown prince visits the US, Guterres does not.
    _, rows, trace = read_visits(
        "استنكر الأمين العام للأمم المتحدة، أنطونيو غوتيريس، بشدة الهجوم الصاروخي الذي شنه الحوثيون في اليمن على "
        "السعودية، مساء الأحد.\n"
        "ومن المرتقب أن يلتقي غوتيريس ولي العهد السعودي الأمير محمد بن سلمان في مقر الأمم المتحدة، الثلاثاء، "
        "لمناقشة أزمة اليمن.",
        "2018-03-26T17:26:12+00:00")
    us = {(r["visitor_name_ar"] or "") for r in rows if r["host_country_iso2"] == "US"}
    assert any(name.endswith("محمد بن سلمان") for name in us)
    assert not any(name.endswith("غوتيريس") for name in us)
    assert any("at_own_seat" in (c.dropped_by or "") for c in trace if c.host_iso2 == "US")


def test_the_commission_president_away_from_brussels_is_a_visitor():
    # ANT BB-internationalNews-838-20180719 (no gold): Juncker at the White House.
    _, rows, _ = read_visits(
        "ومن المقرر أن يلتقي رئيس المفوضية الأوروبية، جان كلود يونكر، مع الرئيس ترامب في البيت الأبيض الأربعاء "
        "المقبل، لمناقشة قضايا من بينها العلاقات التجارية.",
        "2018-07-19T17:30:01+00:00")
    assert any((r["visitor_name_ar"] or "").endswith("يونكر") and r["host_country_iso2"] == "US" for r in rows)

"""A day in the main clause, before the relative pronoun whose clause tells the visit, dates the main
clause's event, not the visit (decide._main_clause_day, as frames/dating.py reads it): real sentences
of ANT articles in no gold file, read by the real extractors."""
from tests.transforms.visits.reading import read_visits


def test_a_day_before_the_relative_dates_the_main_clause_not_the_visit():
    # ANT SK-middleEast-2031-20180529 (no gold), published on a Tuesday: الجمعة dates the phone call;
    # Lieberman's visit to Moscow is told in the relative clause, in the coming week (its month).
    text = ("وحسب التلفزيون الإسرائيلي، فقد تم وضع اللمسات الأخيرة على الاتفاق في مكالمة هاتفية، الجمعة، جمعت "
            "وزيري الدفاع الإسرائيلي أفيغدور ليبرمان الذي يزور موسكو الأسبوع المقبل، ونظيره الروسي سيرغي شويغو.")
    _, rows, _ = read_visits(text, "2018-05-29T17:56:17+00:00")
    visit = [r for r in rows if r["host_country_iso2"] == "RU" and r["visitor_country_iso2"] == "IL"]
    assert visit and visit[0]["date_value"] == "2018-06" and visit[0]["status"] == "planned"


def test_a_relative_right_after_a_day_tells_that_days_event():
    # ANT CN-middleEast-1590-20181017 (no gold): «نفس اليوم الذي شهد زيارة» ties the Tuesday to the
    # visit: the relative clause is the day's, so the day is the visit's.
    text = ("كشف مسؤول بوزارة الخارجية الأمريكية أن الحكومة السعودية أرسلت 100 مليون دولار إلى واشنطن، الثلاثاء، "
            "وهو نفس اليوم الذي شهد زيارة وزير الخارجية مايك بومبيو إلى الرياض لمناقشة ما حدث للصحفي المفقود "
            "جمال خاشقجي.")
    _, rows, _ = read_visits(text, "2018-10-17T20:26:27+00:00")
    visit = [r for r in rows if r["host_country_iso2"] == "SA" and r["visitor_country_iso2"] == "US"]
    assert visit and visit[0]["date_value"] == "2018-10-16"

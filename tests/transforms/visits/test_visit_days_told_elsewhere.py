"""Issue 9: a visit's day told in another sentence of the article (the summit it goes to named again with
its day, the day of the month its own sentence gives), and an international body's official in the
country of its seat. Real sentences of ANT articles read by the real extractors (reading.py)."""
from tests.transforms.visits.reading import read_visits


def _rows(rows, host, visitor=None):
    return [r for r in rows if r["host_country_iso2"] == host
            and (visitor is None or (r["visitor_name_ar"] or "").endswith(visitor))]


def test_the_summit_the_title_places_is_dated_by_a_sentence_that_names_it_with_no_place():
    # ANT BB-internationalNews-713-20180628 (develop part): the title places the summit in Brussels, the
    # lead gives its Thursday, Orban's sentence names it with neither.
    _, rows, _ = read_visits(
        "تبحث القمة الأوروبية الخميس والجمعة عددا من القضايا الملحة من بينها الهجرة والاقتصاد والأمن وخروج بريطانيا "
        "من الاتحاد الأوروبي.\n"
        "رئيس الوزراء المجري فيكتور أوربان يذهب إلى القمة الأوروبية وهو مشغول بقضية الهجرة التي يبدو أنه يحقق "
        "انتصارات فيها على عدوته اللدودة ميركل.",
        "2018-06-28T18:06:50+00:00", title="ما الذي تريده كل دولة أوروبية من قمة بروكسل بخصوص اللاجئين؟")
    orban = _rows(rows, "BE", "أوربان")
    assert orban and orban[0]["date_value"] == "2018-06-28"
    assert "the day of the event the visit is told through" in orban[0]["decided_by"]


def test_a_meeting_held_in_another_country_does_not_date_the_visit():
    # ANT BB-internationalNews-707-20180628 (no gold): the last Trump-Putin meeting, in Vietnam in November,
    # is not the day of Bolton's talks in Moscow.
    _, rows, _ = read_visits(
        "اتفقت موسكو وواشنطن على عقد قمة بين الرئيس الأمريكي، دونالد ترامب، ونظيره الروسي ،فلاديمير بوتين، في بلد "
        "ثالث.\n"
        "وجرى آخر لقاء بين ترامب وبوتين على هامش قمة \"آسيان\" في فيتنام في نوفمبر/تشرين الثاني.\n"
        "وبعد لقاء جمع بولتون مع الرئيس الروسي ،أكد مستشار الأمن القومي للبيت الأبيض خلال مؤتمر صحفي أجراه في "
        "موسكو أن ترامب سيلتقي بوتين في الأسابيع المقبلة.",
        "2018-06-28T00:00:46+00:00")
    assert all(r["date_value"] != "2017-11" for r in _rows(rows, "RU"))


def test_a_visit_dated_by_its_month_takes_the_day_of_that_month_told_at_its_city():
    # ANT SK-internationalNews-2392-20180629 (develop part): «الشهر القادم», then «في 16 يوليو القادم في
    # ضواحي هلسنكي».
    _, rows, _ = read_visits(
        "قال الرئيس الأميركي دونالد ترامب إنه سيبحث الصراعات في أوكرانيا وسوريا في اجتماعه المزمع مع نظيره الروسي "
        "فلاديمير بوتن في هلسنكي الشهر القادم.\n"
        "ومن المتوقع أن تنعقد قمة بوتن-ترامب في 16 يوليو القادم في ضواحي هلسنكي.",
        "2018-06-29T22:51:46+00:00")
    putin = _rows(rows, "FI", "بوتن")
    assert putin and putin[0]["date_value"] == "2018-07-16"
    assert "the day of its month another sentence gives at its place" in putin[0]["decided_by"]


def test_a_day_of_that_month_told_by_the_hosts_name_alone_is_another_events():
    # ANT BB-internationalNews-435-20180429 (develop part): Pompeo met Kim early this month; the Friday of
    # the inter-Korean summit is another event's day.
    _, rows, _ = read_visits(
        "والتقى بومبيو زعيم كوريا الشمالية سرا في بيونغيانغ، مطلع هذا الشهر، عندما كان يشغل منصب مدير المخابرات "
        "المركزية (سي آى اية).\n"
        "وشهد يوم الجمعة الماضي، قمة تاريخية بين رئيسي كوريا الشمالية وكوريا الجنوبية، وجرى الاتفاق على إخلاء شبة "
        "الجزيرة الكورية من الأسلحة النووية.",
        "2018-04-29T19:52:06+00:00")
    assert all(r["date_value"] != "2018-04-27" for r in _rows(rows, "KP"))



def test_a_capital_standing_for_its_government_gives_no_day_of_the_visits_month():
    # ANT FR-internationalNews-2109-20180702 (develop part): «حذر الاتحاد الأوروبي واشنطن الاثنين» is no day of
    # Juncker's visit to Washington at the end of July.
    _, rows, _ = read_visits(
        "حذر الاتحاد الأوروبي واشنطن الاثنين من أن تهديد الرئيس الأمريكي دونالد ترامب بفرض رسوم على واردات السيارات "
        "الأوروبية قد يضر بالاقتصاد الأمريكي بشكل كبير.\n"
        "ومن المتوقع أن يزور رئيس المفوضية الأوروبية جان-كلود يونكر واشنطن بحلول نهاية تموز/يوليو سعيا إلى حل "
        "النزاع التجاري.",
        "2018-07-02T13:38:06+00:00")
    juncker = _rows(rows, "US", "يونكر")
    assert juncker and juncker[0]["date_value"] == "2018-07"


def test_a_year_right_after_the_visits_place_dates_it():
    # ANT FR-internationalNews-1772-20180612 (develop part): Nixon's visit to China «في عام 1972».
    _, rows, _ = read_visits(
        "وتكتسي قمة سنغافورة أهمية كبرى من الناحية التاريخية فهي تشكل استمرارية لما قام به مسؤولون سابقون في "
        "الماضي ويمكن مقارنتها بزيارة الرئيس الأميركي ريتشارد نيكسون إلى الصين في عام 1972 وقمة رونالد ريغان مع "
        "ميخائيل غورباتشيف في ريكيافيك.",
        "2018-06-12T10:50:00+00:00")
    nixon = _rows(rows, "CN", "نيكسون")
    assert nixon and nixon[0]["date_value"] == "1972"
    assert "the date right after the visit's place" in nixon[0]["decided_by"]

"""A visit's day is the first day of its stay (issue 9): when two frames of one visit give whole days a
few days apart, the earlier one told done is the visit's, on real sentences of non-gold ANT articles,
every upstream layer built by the real extractors (reading.read_visits)."""
from tests.transforms.visits.reading import read_visits


def _rows(rows, host, name):
    return [r for r in rows if r["host_country_iso2"] == host and name in (r["visitor_name_ar"] or "")]


def test_a_summit_told_done_on_an_earlier_day_is_dated_by_that_day():
    # ANT AL-internationalNews-1967-20180717 (no gold part): the Tuesday is Trump's meeting with Congress at
    # home; the Helsinki summit was on the Monday, which the press conference's sentence tells again. Before,
    # the first frame's Tuesday was kept (then read as a coming Monday once the Monday was taken).
    text = ("يلتقي الرئيس الأميركي، دونالد #ترمب، الثلاثاء، بأعضاء الكونغرس الأميركي، بعدما انتقد كثير منهم أداءه "
            "في قمة جمعته الاثنين بنظيره الروسي، فلاديمير #بوتين، في هلسنكي، وفق البيت البيض.\n"
            "إلى ذلك، اعتبر السيناتور الجمهوري، جون ماكين، أن المؤتمر الصحافي المشترك بين ترمب وبوتين، الاثنين، "
            "في هلسنكي \"كان أحد أسوأ لحظات تاريخ الرئاسة الأميركية\".")
    _, rows, _ = read_visits(text, "2018-07-17T04:14:52+04:00")
    trump = _rows(rows, "FI", "ترمب")
    assert trump and trump[0]["date_value"] == "2018-07-16"
    assert "first day of its stay" in trump[0]["decided_by"]


def test_a_planned_frames_earlier_day_is_the_announcements_not_the_stays():
    # ANT FR-internationalNews-530-20180320 (no gold part): the Monday is the day the embassy announced the
    # meeting; the visit opens on the Tuesday its first sentence gives.
    text = ("يلتقي ولي العهد السعودي الأمير محمد بن سلمان الرئيس الأمريكي الثلاثاء في مستهل زيارة للولايات المتحدة "
            "تمتد على ثلاثة أسابيع يجول خلالها مدنا عدة.\n"
            "أصدرت السفارة السعودية في واشنطن بيانا الاثنين تعلن فيه أن ولي العهد السعودي الأمير محمد بن سلمان "
            "سيلتقي الرئيس الأمريكي دونالد ترامب الثلاثاء في البيت الأبيض ليقوم بعد ذلك بجولة تمتد لثلاثة أسابيع على "
            "العديد من المدن الأمريكية.")
    _, rows, _ = read_visits(text, "2018-03-20T07:47:14+00:00")
    prince = _rows(rows, "US", "محمد بن سلمان")
    assert prince and prince[0]["date_value"] == "2018-03-20"

"""delegation frames on real sentences (frames/delegation.py)."""
from tests.transforms.visits.frames.helpers import names, read

# CN-middleEast-185-20180305, its last two paragraphs
CROWN_PRINCE = (
    "ويذكر أن ولي العهد السعودي يزور مصر على رأس وفد كبير يضم كلا من \"وزير الشؤون الإسلامية والدعوة والإرشاد "
    "الشيخ صالح بن عبدالعزيز آل الشيخ، ومعالي وزير الدولة عضو مجلس الوزراء الدكتور عصام بن سعيد، ومعالي وزير "
    "التجارة والاستثمار الدكتور ماجد القصبي، ومعالي وزير الخارجية الأستاذ عادل الجبير، ومعالي وزير البيئة والمياه "
    "والزراعة المهندس عبدالرحمن الفضلي، ومعالي رئيس الاستخبارات العامة الأستاذ خالد الحميدان،\" وفقا لما نقلته "
    "وكالة الأنباء السعودية الرسمية.\n"
    "ويضم الوفد المرافق أيضا وفقا للوكالة، \"معالي المستشار في الديوان الملكي المشرف العام على مكتب سمو وزير الدفاع "
    "الأستاذ فهد العيسى ومعالي وزير الدولة لشؤون أفريقيا الأستاذ أحمد قطان ومعالي رئيس هيئة الأركان العامة الفريق "
    "أول ركن فياض الرويلي، ومعالي رئيس الشؤون الخاصة لسمو ولي العهد الأستاذ ثامر نصيف.\"")


def test_the_members_of_a_delegation_travel_with_the_visit_just_told():
    article = read(CROWN_PRINCE)
    frames = article.frames()
    trip = next(f for f in frames if f.trigger.kind == "go")
    members = [f for f in frames if f.trigger.kind == "delegation" and f.s_index == 1]
    assert members and all(f.lead is trip for f in members)
    assert all([h.iso2 for h in f.hosts] == ["EG"] for f in members)
    assert all(a.country == "SA" for a in members[0].visitors)  # the trip's country, not their titles'
    assert {"فهد العيسى", "أحمد قطان"} <= set(names(members[0].visitors))
    assert members[0].status == trip.status

"""A party named only in the sentences before a sum (a speaker quoted earlier, a state of the
paragraph) is not its giver when the sum's sentence says its own giving (transforms/aid/candidates.py
`_told_before`); the speaker's country still gives where the sentence names no giver, its gift
impersonal (تم تخصيص: class aid_impersonal). Real sentences from ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid


def test_the_country_of_a_person_quoted_before_is_not_the_giver_of_a_clause_with_its_own():
    # ANT BB-internationalNews-123-20180310 (non-gold): South Korea's president named before; the
    # sentence's own giver is الجنوب, which names no party. Before: a row KP -> KR, backwards.
    body = ("وبالنسبة لمون فإن الأمر متعلق بالتاريخ كما أنه شخصي أيضا. فقد لعب دورا في محاولات سابقة للتفاوض مع "
            "كوريا الشمالية من قبل عام 2007 عندما كان في وفد الرئيس الكوري الجنوب حينئذ روه موه يون لدى لقائه "
            "بالزعيم الكوري الشمالي كيم سونغ إيل. وكان ذلك آخر لقاء بين زعيمي الكوريتين.\n"
            "ومنذ ذلك الحين قدم الجنوب مساعدات بلغت 4.5 مليار دولار للشمال ويرى المنتقدون أنها ساعدت على تطوير "
            "برامج السلاح في الشمال.")
    rows, candidates = _aid("ترامب وكيم", body)
    assert [(r["donor_iso2"], r["recipient_iso2"]) for r in rows if r["amount"] == 4.5e9] == []
    (sum_,) = [c for c in candidates if c.money.value == 4.5e9]
    told_before = [p for p in sum_.parties if p.mention.via in ("speaker", "previous")]
    assert told_before and all(p.p_donor == 0.0 for p in told_before)


def test_the_speaker_quoted_before_gives_an_impersonal_gift():
    # ANT BB-middleEast-45-20180219 (develop): the Qatari envoy speaks; the parts of the grant are
    # allocated with no giver named (تم تخصيص), each a gift of the speaker's country.
    title = "مبعوث قطري يصل غزة مع منحة قدرها 9 مليون دولار"
    body = ("وصل السفير القطري محمد العمادي رئيس اللجنة القطرية لإعمار غزة إلى القطاع حاملاً معه منحة مالية من "
            "الأمير الشيخ تميم بن حمد آل ثاني قدرها 9 مليون دولار، وستشمل مساعدات غذائية وشراء وقود للمستشفيات "
            "وأدوية وأشياء أخرى.\n"
            "واستعرض العمادي منحة الإغاثة القطرية لقطاع غزة، التي قال إنها جاءت اسهاما في تخفيف الأزمة الانسانية في "
            "القطاع، في مؤتمر صحافي عقده في مستشفى الشفاء بمدينة غزة بحضور ممثلين عن وكالة الأونروا.\n"
            "وبين أنه تم تخصيص مبلغ 2 مليون و300 ألف دولار للمساعدات الغذائية والأغطية، و500 ألف دولار لصالح وقود "
            "المشافي ووزارة الصحة، مشيرا إلى أنها تكفي لأكثر من شهر، بينما تم تخصيص مليوني دولار للأدوية.")
    rows, _ = _aid(title, body)
    donors = {r["amount"]: r["donor_iso2"] for r in rows}
    assert donors.get(2.3e6) == "QA" and donors.get(5e5) == "QA"

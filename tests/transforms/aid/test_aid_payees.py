"""A sum paid to a person or to individuals (a bribe, a bounty, a payment to officials or
politicians) is no aid to a state or a body: no aid row, whatever aid words stand around it
(transforms/aid/candidates.py `_paid_to_person`, the payee rows of seeds/cue_words.csv). Aid marked
for a state's body first (للجيش اللبناني) stays. Real sentences from non-gold ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid, _traced
from transforms.aid.candidates import _paid_to_person


def test_money_paid_to_politicians_is_no_aid():
    # ANT BB-internationalNews-57-20180224 (non-gold): the model took it as US → UA before.
    body = ("وقد وُجهت لمانافورت تهم بأنه دفع ما قيمته 2.5 مليون دولار أمريكي، لسياسيين أوروبيين كبار من أجل "
            "دعم الحكومة الأوكرانية السابقة الموالية لروسيا.")
    rows, candidates = _aid("مانافورت", body)
    assert [c.money.value for c in candidates] == [2.5e6]
    assert rows == []


def test_a_bounty_for_whoever_informs_is_no_aid():
    # ANT BB-middleEast-394-20180424 (non-gold): لمن يدلي بمعلومات.
    body = ("وكانت السعودية قد أعلنت قائمة تضم 40 قياديا ممن وصفتهم بـ\"الإرهابيين الحوثيين\" ورصدت مبلغ 20 "
            "مليون دولار لمن يدلي بمعلومات عنهم، وكان تسلسل الصماد الثاني في هذه القائمة.")
    rows, candidates = _aid("الصماد", body)
    assert [c.money.value for c in candidates] == [2e7]
    assert rows == []


def test_money_to_an_official_of_a_militia_is_no_aid():
    # ANT AL-internationalNews-1972-20180717 (non-gold): side payments to officials, not aid to Hezbollah.
    body = ("وكشفت الوثائق عن أن دبلوماسيين قطريين وقعوا على سلسلة من الدفعات الجانبية تتراوح بين 5 إلى 50 "
            "مليون دولار إلى مسؤولين إيرانيين وعراقيين وزعماء شبه عسكريين، مع تخصيص 25 مليون دولار لمسؤول "
            "كبير بميليشيات حزب الله.")
    rows, candidates = _aid("وثائق الفدية", body)
    assert {c.money.value for c in candidates} == {5e6, 2.5e7}
    assert rows == []


def test_aid_for_a_states_army_stays_aid():
    # ANT FR-internationalNews-454-20180316 (non-gold): the army is marked first, no person.
    body = "وكانت فرنسا أعلنت في بداية آذار/مارس منح 14 مليون يورو للجيش اللبناني لا سيما لتعزيز قدراته المضادة للدروع."
    rows, [(ctx, candidates)] = _traced("لبنان", body)
    assert not _paid_to_person(ctx, candidates[0])
    assert [(r["donor_iso2"], r["recipient_iso2"], r["amount"]) for r in rows] == [("FR", "LB", 1.4e7)]


def test_the_subject_of_a_verb_of_receiving_is_never_the_giver():
    # ANT BB-internationalNews-739-20180703 (non-gold): MY → SA before (Razak received the sum).
    from tests.transforms.aid.test_aid_steps import _traced
    from transforms.aid.candidates import _receives
    title = "ماليزيا: مسيرة نجيب رزاق من قمة السلطة إلى السجن"
    body = ("وتلقى رزاق 681 مليون دولار من العائلة المالكة السعودية وقال إنها كانت هبة من ملك السعودية حينذاك عبد الله "
            "وأنه أعادها إلى السعودية.")
    rows, [(ctx, candidates)] = _traced(title, body)
    [c] = [c for c in candidates if c.money.value == 6.81e8]
    receivers = [p.party.iso2 for p in c.parties if _receives(ctx, c, p.mention)]
    assert "MY" in receivers and "SA" not in receivers
    assert not any(r["donor_iso2"] == "MY" for r in rows)


def test_money_paid_to_a_person_for_a_crime_is_no_aid():
    # ANT BB-internationalNews-598-20180601 (non-gold): the payee is «a person» (شخص, class payee).
    body = ("أمرت محكمة في أوكرانيا بحبس رجل الأعمال، بوريس هيرمان، احتياطيا للتحقيق في شبهة دفعه 15 ألف دولار "
            "لشخص كي يقتل الصحفي الروسي المعارض، أركادي بابتشينكو، في العاصمة الأوكرانية كييف.")
    rows, [(ctx, candidates)] = _traced("أوكرانيا", body)
    [c] = [c for c in candidates if c.money.value == 1.5e4]
    assert _paid_to_person(ctx, c)
    assert rows == []


def test_a_sum_for_each_individual_is_no_aid():
    # ANT BB-middleEast-631-20180618 (non-gold): لكل فرد, the noun after لكل says who is paid.
    body = "وقضى القانون بدفع قرابة 4.4 مليون دولار لكل فرد."
    rows, [(ctx, candidates)] = _traced("الولايات المتحدة وإيران", body)
    [c] = [c for c in candidates if c.money.value == 4.4e6]
    assert _paid_to_person(ctx, c)
    assert rows == []


def test_a_price_per_barrel_is_no_aid():
    # ANT SK-economy-63-20180223 (non-gold): the sum before للبرميل (class price: برميل) is a price.
    from transforms.aid.candidates import _priced
    body = ("واصل النفط الارتفاع فوق 66 دولارا للبرميل الجمعة بدعم من انخفاض إنتاج ليبيا، وتصريحات متفائلة من "
            "السعودية عن أن الجهود التي تقودها أوبك لتقليص المخزون العالمي من خلال تقييد الإنتاج تؤتي ثمارها.")
    rows, trace = _traced("النفط", body)
    ctx, candidates = trace[0]
    assert [_priced(ctx, c) for c in candidates] == [True]
    assert rows == []

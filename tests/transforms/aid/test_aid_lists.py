"""A list of givers and sums (الاتحاد الأوروبي سيساهم بـ150 مليون يورو، وهولندا بـ300 مليون): each later
sum is given by the one party named between it and the sum before it (transforms/aid/parties.py
`_listed_giver`), and no giver of the list receives another's sum. Real sentences from non-gold
ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid

CEDRE = "مؤتمر \"سيدر\" لدعم الاقتصاد اللبناني يحصد نحو 11 مليار دولار"


def test_each_sum_of_a_list_takes_the_giver_named_before_it():
    # ANT FR-internationalNews-580-20180406 (non-gold): pledges at the CEDRE conference for Lebanon.
    body = ("وأعلن السفير الفرنسي لدى بيروت برونو فوشيه في سلسلة تغريدات أن الاتحاد الاوروبي سيساهم بحجم 150 "
            "مليون يورو، وهولندا بـ300 مليون، والمملكة المتحدة بـ130 مليون، أما ايطاليا فستقدم 120 مليونا.")
    rows, candidates = _aid(CEDRE, body)
    by_amount = {c.money.value: c for c in candidates}
    assert [d.iso2 for d in by_amount[3e8].rule_donors] == ["NL"]
    assert [d.iso2 for d in by_amount[1.3e8].rule_donors] == ["GB"]
    assert by_amount[3e8].rule_recipient is None and by_amount[1.3e8].rule_recipient is None
    assert not [r for r in rows if r["recipient_iso2"] in ("NL", "GB", "IT")]


def test_a_clause_between_two_sums_is_no_list():
    # ANT SK-middleEast-490-20180323 (develop part): the Yemeni ports named between the two sums
    # belong to another clause (ووسعنا قدرات …): the second sum has no giver of a list.
    body = ("وقال الجبير: من جانبنا فتحنا موانئ اليمن وخصصنا مساعدات إنسانية تقدر بمليار ومائتين وخمسين مليون دولار "
            "ووسعنا قدرات استيعاب الموانئ اليمنية على البحر الأحمر وخصصنا عشرة مليارات دولار لإعادة بناء اليمن.")
    _, candidates = _aid("الجبير", body)
    ten = next(c for c in candidates if c.money.value == 1e10)
    assert "YE" not in [d.iso2 for d in ten.rule_donors]


def test_the_giver_of_the_next_sum_gives_not_this_one():
    # ANT AL-internationalNews-766-20180403 (non-gold): the EU gives the 107 million after فيما قدم,
    # Kuwait the 250 million.
    body = ("كما تقدمت الكويت بـ 250 مليون دولار لخطة الاستجابة الإنسانية في اليمن، فيما قدم الاتحاد الأوروبي 107 "
            "ملايين يورو.")
    _, candidates = _aid("مؤتمر المانحين لليمن", body)
    by_amount = {c.money.value: c for c in candidates}
    assert [d.iso2 or d.name_ar for d in by_amount[2.5e8].rule_donors] == ["KW"]
    assert [d.iso2 or d.name_ar for d in by_amount[1.07e8].rule_donors] == ["الاتحاد الأوروبي"]


def test_sums_said_respectively_pair_with_the_parties_in_order():
    # ANT FR-internationalNews-2776-20180818 (non-gold): the UAE gave 50 million, Saudi Arabia 100 million.
    body = ("وذكر استراليا والدنمارك والاتحاد الأوروبي وفرنسا وألمانيا وإيطاليا والنروج وتايوان وكذلك الإمارات العربية "
            "المتحدة والسعودية اللتان أعلنتا عن أكبر مساهمتين تبلغان على التوالي 50 مليون دولار و100 مليون دولار.")
    _, candidates = _aid("واشنطن تعلق مساهمتها في مشاريع إحلال الاستقرار في سوريا", body)
    by_amount = {c.money.value: c for c in candidates}
    assert [d.iso2 for d in by_amount[5e7].rule_donors] == ["AE"]
    assert [d.iso2 for d in by_amount[1e8].rule_donors] == ["SA"]


def test_the_first_sum_of_a_list_goes_not_to_the_giver_of_the_next():
    # ANT FR-internationalNews-580-20180406 (non-gold): the World Bank's four billion go to Lebanon
    # (the conference's host country), not to Saudi Arabia, which gives the next sum of the list.
    body = ("وأوضح أن المبالغ المتعهد بها تتراوح \"بين قروض وهبات أبرزها من البنك الدولي بأربعة مليارات (دولار) على خمس "
            "سنوات والمملكة العربية السعودية مليار دولار والكويت وصناديقها 680 مليون (دولار) والبنك الإسلامي 750 مليون "
            "على خمس سنوات\".")
    rows, candidates = _aid(CEDRE, body)
    first = next(c for c in candidates if c.money.value == 4e9)
    assert first.rule_recipient is None or first.rule_recipient.iso2 != "SA"
    assert not [r for r in rows if r["donor_name_ar"] == "البنك الدولي" and r["recipient_iso2"] == "SA"]


def test_a_verb_of_giving_in_the_dual_takes_the_two_parties_before_it():
    # ANT AL-internationalNews-766-20180403 (non-gold): Saudi Arabia and the UAE gave the 930 million; the
    # Yemeni government named inside their relative clause was read as the giver before.
    body = ("وقال الأمين العام للأمم المتحدة، أنطونيو غوتيريس، اليوم الثلاثاء،من جنيف في مؤتمر إعلان التبرعات من أجل "
            "اليمن، إن السعودية والإمارات، اللتين تشاركان في الصراع لإعادة الحكومة اليمنية المعترف بها دوليا إلى "
            "السلطة، \"منحتا بسخاء\" 930 مليون دولار لخطة الاستجابة الإنسانية لهذا العام.")
    _, candidates = _aid("مؤتمر المانحين لليمن", body)
    given = next(c for c in candidates if c.money.value == 9.3e8)
    assert sorted(d.iso2 for d in given.rule_donors) == ["AE", "SA"]

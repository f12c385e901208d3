"""Accusations are not aid (issue 9): a sum in a sentence that names an accusation or an allegation
(class accusation of seeds/cue_words.csv: اتهم، اتهامات، متهم، متهمة، مزاعم، تهمة), or that its payer
cannot deny (class accusation_denial) or an accuser sets out before a court (class accusation_court), is what someone is
accused of paying, taking or diverting, and gives no aid row; a sentence of aid that names none keeps
its row. Real sentences from non-gold ANT articles."""
from tests.transforms.aid.test_aid_steps import _traced
from transforms.aid.candidates import _accused


def test_a_sum_told_as_an_accusation_is_no_aid():
    # ANT BB-internationalNews-1035-20180828: an offer the sentence tells as alleged (مزاعم), beside an aid
    # word (للمساعدة).
    title = "من هم أعوان ترامب الذين أوقع بهم المحقق مولر؟"
    body = ("وكانت قد أفادت تقارير أمريكية بأن فلين تلقى عرضا بقيمة 15 مليون دولار للمساعدة في إبعاد رجل الدين "
            "فتح الله غولن من الولايات المتحدة قسرا وتسليمه إلى تركيا، لكن محامي فلين نفى مزاعم تورطه فيما جاء في تلك "
            "التقارير.")
    rows, [(ctx, candidates)] = _traced(title, body)
    assert [c.money.value for c in candidates] == [1.5e7]
    assert _accused(ctx, candidates[0])
    assert rows == []


def test_aid_with_no_accusation_in_its_sentence_stays():
    # ANT FR-internationalNews-485-20180317: development aid beside terrorist attacks, no accusation.
    title = 'وزير الداخلية الفرنسي يؤكد من النيجر العزم على "مكافحة تهريب المهاجرين"'
    body = ('وتخصص فرنسا مساعدات إنمائية بحوالي 85 مليون يورو في السنة للنيجر التي شدد كولومب على "دورها الأساسي" '
            'كونها "الدولة الأفضل تنظيما لاحتواء الهجمات الإرهابية" وأيضا لمكافحتها الهجرة غير الشرعية.')
    rows, [(ctx, candidates)] = _traced(title, body)
    assert not _accused(ctx, candidates[0])
    assert [(r["donor_iso2"], r["recipient_iso2"], r["amount"]) for r in rows] == [("FR", "NE", 8.5e7)]


def test_a_sum_its_payer_cannot_deny_is_an_accusation():
    # ANT AL-internationalNews-525-20180318 (non-gold): a tweet telling what the Qatari government paid to groups it
    # names terrorist, ending «لا يمكن للدوحة أن تنفي ذلك»: the denier is a party of the sums (الدوحة، الحكومة
    # القطرية), so both sums are what an accuser says Qatar paid, not a report of a transfer.
    from transforms.aid.candidates import _denied_by_its_party
    title = "قطر والإرهاب"
    body = ('وذكر في تغريدته "من 700 مليون دولار إلى مليار دولار دفعتها الحكومة القطرية إلى مجموعة معقدة من الجماعات '
            'الإرهابية تشمل حزب الله والحشد الشعبي والنصرة، لا يمكن للدوحة أن تنفي ذلك على ضوء تراكم الأدلة والقرائن.')
    rows, [(ctx, candidates)] = _traced(title, body)
    assert [c.money.value for c in candidates] == [7e8, 1e9]
    assert all(_denied_by_its_party(ctx, c) and _accused(ctx, c) for c in candidates)
    assert rows == []


def test_a_denial_by_no_party_of_the_sum_tells_nothing_of_the_payer():
    # The same rule reads the denier: in the sentence of test_a_sum_told_as_an_accusation_is_no_aid the denier is
    # a lawyer (محامي فلين نفى), no party of the sum; only the allegation noun (مزاعم) makes it one.
    from transforms.aid.candidates import _denied_by_its_party
    body = ("وكانت قد أفادت تقارير أمريكية بأن فلين تلقى عرضا بقيمة 15 مليون دولار للمساعدة في إبعاد رجل الدين "
            "فتح الله غولن من الولايات المتحدة قسرا وتسليمه إلى تركيا، لكن محامي فلين نفى مزاعم تورطه فيما جاء في تلك "
            "التقارير.")
    _, [(ctx, candidates)] = _traced("من هم أعوان ترامب الذين أوقع بهم المحقق مولر؟", body)
    assert not _denied_by_its_party(ctx, candidates[0])


def test_a_sum_set_out_before_a_court_is_an_allegation():
    # ANT SK-middleEast-2637-20180628 (non-gold): an accuser sets out before an international court what Qatar
    # paid; the sum is his case against it, not aid.
    from transforms.aid.candidates import _before_a_court
    body = ("كما استعرض النويس أمام المحكمة الدولية، سلسة أمثلة تكشف علاقة قطر مع الإرهاب وتمويلها للمتشددين، بينها "
            "تقديم نظام الدوحة مليار دولار نقدا للجماعات الإرهابية في العراق.")
    rows, [(ctx, candidates)] = _traced("قطر أمام محكمة العدل الدولية", body)
    assert [c.money.value for c in candidates] == [1e9]
    assert _before_a_court(ctx, candidates[0]) and _accused(ctx, candidates[0])
    assert rows == []

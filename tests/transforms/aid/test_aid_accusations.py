"""Accusations are not aid (issue 9): a sum in a sentence that names an accusation or an allegation
(class accusation of seeds/cue_words.csv: اتهم، اتهامات، متهم، متهمة، مزاعم، تهمة) is what someone is
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

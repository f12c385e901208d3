"""A sum wished for, proposed, offered or stated as a need (class need: أمنيته، اقتراحا، عرضا، الضروري) is
asked for, not given; money for a person's campaign (لحملة ترامب) is a political donation
(transforms/aid/candidates.py `_asked_for`, `_for_a_campaign`). Real sentences from non-gold ANT
articles, each a wrong aid row before."""
from tests.transforms.aid.test_aid_steps import _traced
from transforms.aid.candidates import _asked_for, _for_a_campaign


def _one_sum(title, body):
    rows, [(ctx, candidates)] = _traced(title, body)
    assert len(candidates) == 1
    return rows, ctx, candidates[0]


def test_a_wish_is_no_aid():
    # ANT CN-middleEast-150-20180302 (non-gold): it was AE -> EG 100 bn.
    rows, ctx, c = _one_sum(
        "تداول فيديو أمنية الـ100 مليار للسيسي في صغره لمساعدة الفقراء",
        "دبي، الإمارات العربية المتحدة (CNN)— تداول نشطاء على مواقع التواصل الاجتماعي، فيديو للرئيس المصري، "
        "عبدالفتاح السيسي، وكشفه عن أمنيته بـ100 مليار دولار في صغره لمساعدة الفقراء في بلاده.")
    assert _asked_for(ctx, c) and rows == []


def test_a_proposal_to_pay_is_no_aid():
    # ANT SK-internationalNews-2526-20180709 (non-gold): it was KP -> IR 1 bn.
    rows, ctx, c = _one_sum(
        "تقرير يكشف صفقة كوريا الشمالية وإسرائيل.. وصواريخ إيران",
        "ويعود تاريخ الصفقة إلى عام 1999، عندما قدم سفير كوريا الشمالية لدى السويد آنذاك، اقتراحا إلى نظيره "
        "الإسرائيلي في ذلك الوقت، بمنح بيونغ يانغ مليار دولار أميركي لوقف بيع تكنولوجيا الصواريخ إلى إيران.")
    assert _asked_for(ctx, c) and rows == []


def test_an_offer_is_no_aid():
    # ANT BB-internationalNews-1035-20180828 (non-gold): it was US -> TR 15 m.
    rows, ctx, c = _one_sum(
        "من هم أعوان ترامب الذين أوقع بهم المحقق مولر؟",
        "وكانت قد أفادت تقارير أمريكية بأن فلين تلقى عرضا بقيمة 15 مليون دولار للمساعدة في إبعاد رجل الدين فتح "
        "الله غولن من الولايات المتحدة قسرا وتسليمه إلى تركيا، لكن محامي فلين نفى مزاعم تورطه فيما جاء في تلك التقارير.")
    assert _asked_for(ctx, c) and rows == []


def test_the_funding_needed_is_no_aid():
    # ANT CN-middleEast-474-20180404 (non-gold): it was US -> the UN 2.96 bn.
    rows, ctx, c = _one_sum(
        "الأمم المتحدة: اليمن يجسد أسوأ أزمة إنسانية لعام 2018",
        "وقال غوتيريس إن أنه لم يتم تحصيل أكثر من نصف التمويل الضروري لخطة الاستجابة الإنسانية للأمم المتحدة "
        "(أي 2.96 مليار دولار).")
    assert _asked_for(ctx, c) and rows == []


def test_money_for_a_persons_campaign_is_no_aid():
    # ANT FR-internationalNews-2748-20180817 (non-gold): it was the donors as a body -> US 15,000.
    rows, ctx, c = _one_sum(
        "تسجيل يوحي أن زوجة ابن الرئيس الأمريكي حاولت شراء صمت موظفة سابقة في البيت الأبيض",
        "وتقول لارا ترامب لها \"يبدو إلى حد ما أنك تملكين بالتأكيد بعض الأشياء التي يمكن أن تقومي بطرحها "
        "للانسحاب\"، مؤكدة أن مبلغ الـ15 ألف دولار سيدفعه \"المانحون الصغار\" لحملة ترامب.")
    assert _for_a_campaign(ctx, c) and rows == []

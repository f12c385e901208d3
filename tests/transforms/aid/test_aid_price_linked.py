"""The value of a contract or a deal is no aid, also where the price noun stands a few words before the
link word that ties it to the sum (candidates._priced → _price_linked: عقد لمدة عشر سنوات، بقيمة 15 مليار
دولار؛ بعقود تزيد قيمتها عن 13 مليار دولار). An aid noun nearer the link keeps the sum. Real sentences
from non-gold ANT articles."""
from tests.transforms.aid.test_aid_steps import _traced
from transforms.aid.candidates import _priced


def test_a_contract_named_before_its_link_word_is_no_aid():
    # ANT CN-middleEast-64-20180222 (non-gold): a gas export contract; it was IL → EG 15 bn before.
    title = "مصر تريد التحول لمركز إقليمي للغاز وتشرح أبعاد الصفقة الإسرائيلية"
    body = ("بالمقابل، تقدم عدد من أعضاء مجلس النواب، بطلبات إحاطة، ومطالبات باستدعاء وزير البترول، طارق الملا، بعد "
            "إعلان شركة \"ديليك دريلينج\" الإسرائيلية عن توقيع عقد لمدة عشر سنوات، بقيمة 15 مليار دولار، مع شركة "
            "مصرية خاصة، لتصدير الغاز الطبيعي لمصر.")
    rows, [(ctx, candidates)] = _traced(title, body)
    assert [c.money.value for c in candidates] == [1.5e10]
    assert _priced(ctx, candidates[0])
    assert rows == []


def test_contracts_whose_value_exceeds_a_sum_are_no_aid():
    # ANT SK-middleEast-297-20180314 (non-gold): contracts won by Turkish firms; it was TR → QA 13 bn before.
    title = "قطر.. سكين إيراني-تركي في خاصرة العرب"
    body = ("كذلك تبرر المنفعة الاقتصادية الدعم التركي للدوحة، فبحسب تقرير لـ\"دويتشه فيله\"، فازت شركات تركية "
            "بعقود تزيد قيمتها عن 13 مليار دولار في مشاريع البنى التحتية ذات الصلة بكأس العالم بكرة القدم 2022، "
            "والتي ستستضيفها قطر.")
    rows, [(ctx, candidates)] = _traced(title, body)
    assert _priced(ctx, candidates[0])
    assert rows == []


def test_an_aid_noun_nearer_the_link_word_keeps_the_sum():
    # ANT FR-internationalNews-580-20180406 (non-gold): loans and grants raised for Lebanon.
    title = "مؤتمر \"سيدر\" لدعم الاقتصاد اللبناني يحصد نحو 11 مليار دولار"
    body = ("تمكن مؤتمر \"سيدر\" الدولي لدعم الاقتصاد اللبناني في باريس الجمعة بهدف جمع أموال لتعزيز اقتصاد واستقرار "
            "لبنان المهدد جراء الأزمات الإقليمية من جمع قروض وهبات بقيمة أكثر من 11 مليار دولار، وفق ما أعلن الرئيس "
            "الفرنسي إيمانويل ماكرون.")
    _, [(ctx, candidates)] = _traced(title, body)
    assert not _priced(ctx, candidates[0])


def test_revenue_a_market_yields_is_no_aid():
    # ANT AL-internationalNews-555-20180321 (non-gold): the black market yields the Houthis a monthly sum
    # (تدر، class price); the link word carries its preposition (بأكثر). It was the Houthis -> YE before.
    title = "صنعاء.. لماذا اختفت \"طوابير الغاز\" رغم استمرار الأزمة؟"
    body = ("وقدرت مصادر اقتصادية يمنية، أن السوق السوداء للمشتقات النفطية والغاز المنزلي تدر على الانقلابين "
            "الحوثيين مبالغ تقدر بأكثر من 120 مليار ريال يمني شهريا، تستخدم جزء منها في تمويل ما تسميه \"المجهود "
            "الحربي\"، وتصادر البقية لحساباتها البنكية الخاصة.")
    rows, [(ctx, candidates)] = _traced(title, body)
    assert [c.money.value for c in candidates] == [1.2e11]
    assert _priced(ctx, candidates[0])
    assert rows == []

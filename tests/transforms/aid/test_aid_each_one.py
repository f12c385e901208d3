"""A sum paid to each one of a group (منح كل واحد منهم مبلغ 3500 دولار) is a payment per head, not aid
to a state or a body (transforms/aid/candidates.py `_each_one`). Real sentences from non-gold ANT
articles."""
from tests.transforms.aid.test_aid_steps import _aid, _traced
from transforms.aid.candidates import _each_one


def _each(title, body, amount):
    _, trace = _traced(title, body)
    ctx, candidates = trace[0]
    return _each_one(ctx, next(c for c in candidates if c.money.value == amount))


def test_a_sum_for_each_migrant_is_no_aid():
    # ANT BB-middleEast-203-20180316 (non-gold): Israel's offer to African migrants.
    body = ("واقترحت الخطة في يناير/ كانون الثاني على المهاجرين، ومعظمهم من إرتيريا والسودان منح كل واحد منهم "
            "مبلغ 3500 دولار وتذكرة طائرة لمغادرة إسرائيل طواعية بحلول نهاية مارس/آذار، وإلا سيتم ملاحقتهم "
            "وترحيلهم قسرا.")
    assert _each("إسرائيل تعلق خطة ترحيل المهاجرين الأفارقة", body, 3500)
    rows, _ = _aid("إسرائيل تعلق خطة ترحيل المهاجرين الأفارقة", body)
    assert rows == []


def test_a_prize_for_each_team_is_no_aid():
    # ANT FR-internationalNews-872-20180423 (non-gold): the African football confederation pays each team.
    body = ("أعلن أحمد أحمد رئيس الاتحاد الأفريقي لكرة القدم عن منح كل منتخب أفريقي مترشح إلى مونديال روسيا لكرة "
            "القدم مبلغ 500 ألف دولار، للاستعداد لكأس العالم الذي ستحضنه روسيا الصيف القدم.")
    assert _each("الاتحاد الأفريقي لكرة القدم", body, 5e5)


def test_each_of_the_parties_named_is_no_sum_per_head():
    # ANT BB-economy-83-20180327 (non-gold): كل من before the states named is "both", not one of each.
    body = ("وقعت كل من قطر والسودان صفقة بقيمة 4 مليارات دولار لتطوير ميناء سواكن ( كان تحت السيطرة العثمانية بين "
            "1555 و 1865 ) شمال شرقي السودان.")
    assert not _each("السودان وقطر", body, 4e9)


def test_everything_in_the_clause_before_is_no_one_of_each():
    # ANT SK-middleEast-1783-20180517 (non-gold): كل شيء (everything) in the clause before the sum's أن.
    body = ("وأشار إلى أن أن حزب الله ليس لديه ميزانية مستقلة، وأن كل شيء يقومون به يتم تمويله من قبل الإيرانيين، "
            "مضيفا أن حوالي 700 مليون دولار تم تحويلها شهريا إلى زعيم الحزب حسن نصر الله من طهران وهو تحرك بأوامر "
            "قاسم سليماني.")
    assert not _each("حزب الله", body, 7e8)

"""Accusations are not aid (issue 9): a sum told as what someone is accused of paying or financing
(class accusation of seeds/cue_words.csv anywhere in the sum's sentence) or given to groups the
sentence names terrorist (class armed_group as the receiver, then class terrorist) gives no aid row,
while aid beside a word of terrorism stays. Real sentences from non-gold ANT articles."""
from tests.transforms.aid.test_aid_steps import _traced
from transforms.aid.candidates import _accused, _to_terrorists


def test_money_handed_to_groups_named_terrorist_is_no_aid():
    # ANT SK-middleEast-2637-20180628: the model took it as QA → IQ before (judged bad at large).
    title = "إرهاب قطر ونفاقها أمام القضاء الدولي"
    body = ("كما استعرض النويس أمام المحكمة الدولية، سلسة أمثلة تكشف علاقة قطر مع الإرهاب وتمويلها للمتشددين، "
            "بينها تقديم نظام الدوحة مليار دولار نقدا للجماعات الإرهابية في العراق.")
    rows, [(ctx, candidates)] = _traced(title, body)
    assert [c.money.value for c in candidates] == [1e9]
    assert _to_terrorists(ctx, candidates[0]) and not _accused(ctx, candidates[0])
    assert rows == []


def test_aid_beside_terrorist_attacks_stays():
    # ANT FR-internationalNews-485-20180317: الهجمات الإرهابية names no group that receives the sum.
    title = 'وزير الداخلية الفرنسي يؤكد من النيجر العزم على "مكافحة تهريب المهاجرين"'
    body = ('وتخصص فرنسا مساعدات إنمائية بحوالي 85 مليون يورو في السنة للنيجر التي شدد كولومب على "دورها الأساسي" '
            'كونها "الدولة الأفضل تنظيما لاحتواء الهجمات الإرهابية" وأيضا لمكافحتها الهجرة غير الشرعية.')
    rows, [(ctx, candidates)] = _traced(title, body)
    assert not _to_terrorists(ctx, candidates[0])
    assert [(r["donor_iso2"], r["recipient_iso2"], r["amount"]) for r in rows] == [("FR", "NE", 8.5e7)]

"""A party that tops the donors (أن المملكة تصدرت الدول المانحة … بمبلغ 530.4 مليون دولار) gives the sum:
the donors it ranks among are no party (transforms/aid/parties.py `_ranked_among`,
`_ranks_first_among_donors`), and the total the sum is part of (من المبلغ الإجمالي 1.54 مليار دولار) is
the donors' as a body, no gift of the party (transforms/aid/candidates.py `_part_of_total`). Real sentences from non-gold
ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid, _traced
from transforms.aid.candidates import _part_of_total

OCHA = ("وذكر تقرير أصدره مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية OCHA عن مستوى التمويل الدولي للاستجابة "
        "الإنسانية في اليمن للعام 2018م، أن المملكة العربية السعودية تصدرت الدول المانحة داخل خطة الاستجابة "
        "الإنسانية في #اليمن بمبلغ 530.4 مليون دولار من المبلغ الإجمالي 1.54 مليار دولار.")


def test_the_party_that_tops_the_donors_gives_and_the_donors_are_no_party():
    # ANT AL-internationalNews-1890-20180711 (non-gold), with the kingdom's full name.
    _, candidates = _aid("السعودية تتصدر الدول المانحة لليمن", OCHA)
    part = next(c for c in candidates if c.money.value == 5.304e8)
    assert [d.iso2 for d in part.rule_donors] == ["SA"]
    assert not [p for p in part.parties if p.party.unnamed]


def test_the_total_a_sum_is_part_of_is_no_gift():
    # ANT AL-internationalNews-1890-20180711 and AL-internationalNews-1881-20180710 (non-gold).
    nato = ("وساهمت الولايات المتحدة بأقل بقليل من 72% في نفقات الحلف عام 2017 فأمنت 686 مليار دولار من أصل مبلغ "
            "إجمالي قدره 957 مليار دولار أنفقتها الدول الأعضاء الـ29 على دفاعها.")
    for title, body, part, total in (("السعودية تتصدر الدول المانحة لليمن", OCHA, 5.304e8, 1.54e9),
                                     ("ترامب والحلف", nato, 6.86e11, 9.57e11)):
        _, trace = _traced(title, body)
        ctx, candidates = trace[0]
        by_amount = {c.money.value: c for c in candidates}
        assert _part_of_total(ctx, by_amount[total]) and not _part_of_total(ctx, by_amount[part])


def test_the_total_is_given_by_the_donors_as_a_body():
    rows, _ = _aid("السعودية تتصدر الدول المانحة لليمن", OCHA)
    assert ("SA", 1.54e9) not in {(r["donor_iso2"], r["amount"]) for r in rows}

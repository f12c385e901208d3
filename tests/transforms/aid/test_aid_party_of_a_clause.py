"""Parties a sum's sentence names that neither give nor receive it (transforms/aid/parties.py): a later member
of a list a preposition governs (من سوريا والعراق) is no subject that gives, like the first member.
Real sentences from non-gold ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid


def test_a_list_after_a_preposition_gives_nothing():
    # ANT AL-internationalNews-1797-20180628 (non-gold): IQ gave 3.3 billion euros before (the EU gave to Turkey).
    body = ("وقال رئيس وزراء هولندا بوجوب أولوية حل مشكلة خفض مستوى التدفق الخارجي من خلال الاتفاق مع دول الأصل "
            "والعبور. واقترح مارك روتي ربر ام اتفاقات مع كل من السينغال والنيجر شبيهة بالصفقة التي أبرمت مع تركيا في "
            "2016 والتي مكنت من وقف تدفق اللاجئين من سوريا والعراق وغيرهما، في مقابل مساعدات مالية بلغت 3.3 مليار يورو "
            "في ثلاث سنوات.")
    rows, candidates = _aid("ظلال الهجرة تخيّم على القمة الأوروبية", body)
    assert 3.3e9 in [c.money.value for c in candidates]
    sum_ = next(c for c in candidates if c.money.value == 3.3e9)
    assert "IQ" not in {d.iso2 for d in sum_.rule_donors}
    assert not any(r["donor_iso2"] == "IQ" for r in rows)

"""The party of a reporting clause (قال الرئيس الفرنسي إن …) is no donor of a sum that the reported
clause says a party received (لبنان حصل على …): it tells of the sum, it does not give it
(transforms/aid/candidates.py `score_donors`). A reporting party whose clause names no receiver may still
give (أعلن الرئيس الصيني أن بلاده ستقدم). Real sentences from non-gold ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid


def test_who_reports_a_sum_received_does_not_give_it():
    # ANT FR-internationalNews-580-20180406 (non-gold): FR → LB before.
    body = ("وقال الرئيس الفرنسي في مؤتمر صحافي في ختام مؤتمر \"سيدر\" إن لبنان حصل على قروض ومنح بنحو 11 مليار "
            "دولار، موجها الشكر لكل من ساهم في هذا العمل.")
    rows, candidates = _aid("مؤتمر سيدر لدعم لبنان", body)
    assert [c.money.value for c in candidates] == [1.1e10]
    assert not any(r["donor_iso2"] == "FR" for r in rows)


def test_a_reporting_party_with_no_receiver_named_still_gives():
    # ANT CN-economy-261-20180903 (non-gold): the president says his country will give.
    body = ("أعلن الرئيس الصيني شي جين بينج،الإثنين، أن بلاده ستقدم تمويلا بقيمة إجمالية تبلغ 60 مليار دولار لدول "
            "قارة أفريقيا.")
    rows, _ = _aid("الصين وأفريقيا", body)
    assert [(r["donor_iso2"], r["amount"]) for r in rows] == [("CN", 6e10)]

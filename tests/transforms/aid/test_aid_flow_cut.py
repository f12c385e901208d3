"""A sum a word of cutting governs, in a sentence that names neither party again, is the cut of the flow of that
sum the article told before (transforms/aid/candidates.py `_flow_told_before`): a row of its own, status cut, with
that flow's donor and recipient. Real sentences from ANT FR-internationalNews-2469-20180727 (develop part: gold
US → EG 195 million USD provided, and US → EG 195 million USD cut)."""
from tests.transforms.aid.test_aid_steps import _aid

TITLE = "الإفراج عن مساعدة عسكرية أمريكية لمصر كانت مجمدة بسبب \"انتهاكات حقوق الإنسان\""
RELEASED = ("أفرجت الولايات المتحدة عن مساعدة عسكرية لمصر بقيمة 195 مليون دولار، بحسب ما أعلنت الخارجية الأمريكية "
            "الخميس.")
FROZEN = ("لكن إدارة ترامب قررت في آب/أغسطس 2017، تجميد195\xa0 مليون دولار \"بانتظار تحقيق تقدم في الديمقراطية\"، "
          "وعبرت خصوصا عن قلقها بعد صدور قانون حول المنظمات غير الحكومية.")


def _statuses(rows):
    return sorted((r["donor_iso2"], r["recipient_iso2"], r["amount"], r["status"]) for r in rows if r["amount"] == 1.95e8)


def test_a_sum_frozen_after_its_flow_was_told_is_that_flow_cut():
    rows, _ = _aid(TITLE, RELEASED + "\n" + FROZEN)
    assert _statuses(rows) == [("US", "EG", 1.95e8, "cut"), ("US", "EG", 1.95e8, "provided")]
    cut = next(r for r in rows if r["status"] == "cut")
    assert cut["evidence"].startswith("لكن إدارة ترامب")
    assert "its flow told before" in cut["decided_by"]


def test_a_frozen_sum_with_no_flow_told_before_has_no_row():
    # The same sentence alone (and before the flow is told): no receiver to read, so no row.
    assert _statuses(_aid(TITLE, FROZEN)[0]) == []
    assert _statuses(_aid(TITLE, FROZEN + "\n" + RELEASED)[0]) == [("US", "EG", 1.95e8, "provided")]

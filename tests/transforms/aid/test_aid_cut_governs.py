"""A sum that a word of cutting aid governs (بتجميد نحو 200 مليون دولار … إلى سوريا) is aid cut (GUIDELINES.md:
status cut, the amount the amount cut) even with no word of aid near it (transforms/aid/frames.py
`cut_governs_sum`): candidates.decide_aid keeps it above the aid model's veto, as it keeps a sum a verb of
giving governs, where the frame rules read its receiver, and says so in decided_by. Real sentences from
ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid

SYRIA = ("وأفادت تقارير صحافية عن تعليمات وجهها البيت الأبيض إلى وزارة الخارجية الأمريكية تقضي بتجميد نحو 200 "
         "مليون دولار مخصصة \"لإعادة الاستقرار\" إلى سوريا.")


def test_a_sum_frozen_for_a_country_is_aid_cut():
    # ANT FR-internationalNews-1093-20180505 (non-gold): the US froze 200 million dollars meant for Syria;
    # the aid model alone (p below its threshold, no word of aid in the sentence) lost it.
    rows, candidates = _aid("الخوذ البيضاء", SYRIA)
    frozen = next(c for c in candidates if c.money.value == 2e8)
    assert frozen.features["cut_governs_sum"] == 1.0 and frozen.probability < 0.5
    row = next(r for r in rows if r["amount"] == 2e8)
    assert (row["donor_iso2"], row["recipient_iso2"], row["status"]) == ("US", "SY", "cut")
    assert "a word of cutting governs" in row["decided_by"]


def test_a_withheld_sum_whose_receiver_no_rule_reads_is_not_kept_for_its_cut_word():
    # ANT SK-middleEast-1257-20180426 (non-gold): the US withheld 305 million from UNRWA; no rule reads
    # UNRWA as its receiver, and the recipient model would name the Palestinians it serves (PS): left out.
    rows, candidates = _aid("الأونروا", "وأدى قرار الرئيس الأميركي دونالد ترامب بحجب نحو 305 ملايين دولار إلى دخول "
                                        "\"أونروا\" في أزمة مالية خانقة اثرت على تقديم خدماتها للاجئين الفلسطينيين "
                                        "داخل الأراضي الفلسطينية وخارجها.")
    assert [c.features["cut_governs_sum"] for c in candidates] == [1.0]
    assert not [r for r in rows if r["recipient_iso2"] == "PS"]


def test_a_cut_word_that_governs_no_sum_keeps_no_sum():
    # ANT SK-internationalNews-3052-20180816 (non-gold): the cut word (التخفيضات) names the cuts and does
    # not govern the sum, and the verb after the sum (جمدها) is read by no rule: nothing is kept.
    rows, candidates = _aid("سوريا", "وقد تشمل تلك التخفيضات أكثر من 200 مليون دولار من أموال جهود التعافي في سوريا "
                                     "جمدها ترامب في مارس.")
    assert [c.features["cut_governs_sum"] for c in candidates] == [0.0]
    assert not rows

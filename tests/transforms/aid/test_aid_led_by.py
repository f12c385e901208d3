"""A state named as the leader of the body before it (للتحالف الدولي الذي تقوده الولايات المتحدة; class aid_led_by of
seeds/cue_words.csv) is no party of a sum: the coalition gives or receives, its leader does not
(transforms/aid/parties.py `_leader`). Real sentences of non-gold ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid, aid_lists


def test_the_words_of_leading_are_read():
    led_by = aid_lists().led_by
    assert "تقوده" in led_by and "بقياده" in led_by  # a row, and an unseen word normalised (ة → ه)


def test_the_leader_of_a_coalition_receives_nothing():
    # ANT CN-middleEast-1247-20180818 (non-gold): Saudi Arabia gives to the coalition, not to the United States.
    body = ('جاء ذلك وفقا لما نقلته وكالة الأنباء السورية الرسمية على لسان مصدر بالخارجية، حيث قال: "أعلنت السلطات '
            'السعودية المتآمرة على مصالح أمتنا العربية عن تقديمها مبلغ مئة مليون دولار أمريكي للتحالف الدولي الذي تقوده '
            'الولايات المتحدة الأمريكية من خارج الشرعية الدولية وفي تحد صارخ لقرارات مجلس الأمن الدولي ذات الصلة '
            'بالأزمة في سورية."')
    rows, candidates = _aid("دمشق تنتقد تقديم الرياض 100 مليون دولار", body)
    sum_ = next(c for c in candidates if c.money.value == 1e8)
    assert "US" not in {p.party.iso2 for p in sum_.parties}
    assert sum_.rule_recipient is None or sum_.rule_recipient.iso2 != "US"
    assert not any("US" in (r["donor_iso2"], r["recipient_iso2"]) for r in rows)


def test_a_state_after_another_word_stays_a_party():
    # ANT FR-internationalNews-2760-20180817 (non-gold): the giver, Saudi Arabia, is named plainly.
    body = ("كشفت السعودية الجمعة عن تقديمها مساهمة بمبلغ 100 مليون دولار لصالح مشاريع إعادة إعمار مناطق في شمال شرق "
            "سوريا، ولا سيما الرقة، ينفذها التحالف الدولي بقيادة الولايات المتحدة.")
    rows, candidates = _aid("السعودية تقدم 100 مليون دولار لمشاريع في سوريا", body)
    sum_ = next(c for c in candidates if c.money.value == 1e8)
    assert "SA" in {p.party.iso2 for p in sum_.parties}
    assert "US" not in {p.party.iso2 for p in sum_.parties}
    assert [(r["donor_iso2"], r["recipient_iso2"]) for r in rows] == [("SA", "SY")]

"""A sum that a verb of giving governs, alone or with its subject between (تقدمت الكويت بـ250 مليون دولار،
فستقدم 120 مليونا), is aid even with no word of aid near it (transforms/aid/frames.py `_subject_gives`): it is
kept above the aid model's veto, its giver the verb's subject, its receiver named in its own sentence
(candidates.decide_aid). Real sentences from ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid


def _flows(rows):
    return {(r["donor_iso2"] or r["donor_name_ar"], r["recipient_iso2"] or r["recipient_name_ar"], r["amount"], r["currency"])
            for r in rows}


YEMEN = ("كما تقدمت الكويت بـ 250 مليون دولار لخطة الاستجابة الإنسانية في اليمن، فيما قدم الاتحاد الأوروبي 107 "
         "ملايين يورو.")


def test_a_state_that_comes_forward_with_a_sum_gives_it():
    # ANT AL-internationalNews-766-20180403 (non-gold): Kuwait's 250 million, with no word of aid in the
    # sentence, was lost below the model's threshold (p 0.38); the EU's 107 million stays the EU's.
    rows, candidates = _aid("مؤتمر المانحين لليمن", YEMEN)
    kuwait = next(c for c in candidates if c.money.value == 2.5e8)
    assert kuwait.features["verb_gives_sum"] == 1.0 and kuwait.probability < 0.5
    assert ("KW", "YE", 2.5e8, "USD") in _flows(rows)
    kuwait_row = next(r for r in rows if r["amount"] == 2.5e8)
    assert kuwait_row["decided_by"].startswith("kept below the model's threshold: a sum a verb of giving governs")
    assert not [r for r in rows if r["amount"] == 1.07e8 and r["donor_iso2"] == "KW"]


def test_the_sum_after_another_takes_the_giver_named_between_them():
    # The same sentence: Kuwait, the subject of تقدمت before the first sum, gives no part of the second.
    _, candidates = _aid("مؤتمر المانحين لليمن", YEMEN)
    eu = next(c for c in candidates if c.money.value == 1.07e8)
    assert [d.iso2 or d.name_ar for d in eu.rule_donors] == ["الاتحاد الأوروبي"]


def test_the_last_giver_of_a_list_gives_its_own_sum_alone():
    # ANT FR-internationalNews-580-20180406 (non-gold): Italy will give 120 million to Lebanon; the EU,
    # the giver of the list's first sum, gives no part of it.
    body = ("وأعلن السفير الفرنسي لدى بيروت برونو فوشيه في سلسلة تغريدات أن الاتحاد الاوروبي سيساهم بحجم 150 "
            "مليون يورو، وهولندا بـ300 مليون، والمملكة المتحدة بـ130 مليون، أما ايطاليا فستقدم 120 مليونا.")
    rows, _ = _aid("مؤتمر \"سيدر\" لدعم الاقتصاد اللبناني يحصد نحو 11 مليار دولار", body)
    assert [(r["donor_iso2"] or r["donor_name_ar"], r["recipient_iso2"]) for r in rows if r["amount"] == 1.2e8] == [("IT", "LB")]


def test_a_sum_allocated_with_no_receiver_in_its_sentence_is_no_aid():
    # ANT FR-sport-54-20180323 (develop part): Morocco's budget to host the World Cup; France and the other
    # states of the article are named only in the sentences around it.
    body = ("أعلن الاتحاد المغربي لكرة القدم في بيان الخميس أن \"فرنسا ستدعم بقوة الملف المغربي لاستضافة مونديال "
            "2026\". وجاء الإعلان بعد اجتماع بين رئيس الاتحاد المغربي لكرة القدم فوزي لقجع ونظيره الفرنسي نويل "
            "لوغريب في فرنسا. يذكر أن لجنة الترشيح المغربية كشفت الأسبوع الماضي عن تفاصيل ملفها والذي يتضمن رصد "
            "مبلغ 15,8 مليار دولار لاستضافة العرس الكروي العالمي.")
    rows, candidates = _aid("المغرب يرصد مبلغ 15,8 مليار دولار لاستضافة مونديال 2026", body)
    assert any(c.features.get("verb_gives_sum") for c in candidates)
    assert not rows


def test_a_sum_paid_to_the_family_of_anyone_is_no_aid():
    # ANT BB-middleEast-299-20180406 (non-gold): ل before an alif (لأسرة) marks a payee as ل before any other
    # letter does (class payee): a payment to families, not aid to a state.
    rows, _ = _aid("حماس", "وقالت حماس إنها ستدفع ثلاثة آلاف دولار لأسرة أي شخص قتلته القوات الإسرائيلية في الاحتجاجات.")
    assert not rows


CEDRE_LIST = ("وأعلن السفير الفرنسي لدى بيروت برونو فوشيه في سلسلة تغريدات أن الاتحاد الاوروبي سيساهم بحجم 150 "
              "مليون يورو، وهولندا بـ300 مليون، والمملكة المتحدة بـ130 مليون، أما ايطاليا فستقدم 120 مليونا.")


def test_each_later_giver_of_a_list_gives_its_sum_under_the_verb_named_once():
    # ANT FR-internationalNews-580-20180406 (non-gold): سيساهم governs the EU's sum; the Netherlands and the
    # United Kingdom follow with و and their own sums, the verb not said again (frames.gapped_giver). Both were
    # lost below the model's threshold (p 0.16, 0.25; no word of aid in the sentence).
    rows, candidates = _aid("مؤتمر \"سيدر\" لدعم الاقتصاد اللبناني يحصد نحو 11 مليار دولار", CEDRE_LIST)
    gapped = {c.money.value: c.gapped_giver.party.iso2 for c in candidates if c.gapped_giver is not None}
    assert gapped == {3e8: "NL", 1.3e8: "GB"}
    flows = _flows(rows)
    assert {("NL", "LB", 3e8, "EUR"), ("GB", "LB", 1.3e8, "EUR")} <= flows
    assert all("a later giver's sum" in r["decided_by"] for r in rows if r["amount"] in (3e8, 1.3e8))


def test_a_list_no_verb_of_giving_governs_shares_no_giver():
    # ANT FR-internationalNews-580-20180406 (non-gold), a heading: the second sum follows the first with و but
    # no verb of giving governs the first, so nothing is carried to it.
    _, candidates = _aid("مؤتمر سيدر", "قرض سعودي بمليار دولار وقروض أوروبية بـ550 مليون دولار")
    assert len(candidates) == 2 and not any(c.gapped_giver for c in candidates)


def test_a_giver_not_right_after_the_sum_before_is_no_later_giver_of_its_list():
    # ANT AL-internationalNews-766-20180403 (non-gold): the EU has its own verb (قدم), after في اليمن.
    _, candidates = _aid("مؤتمر المانحين لليمن", YEMEN)
    assert not any(c.gapped_giver for c in candidates)

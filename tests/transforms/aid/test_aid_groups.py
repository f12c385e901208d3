"""States named together (دول الخليج، لدول قارة أفريقيا: class party_group of seeds/cue_words.csv)
are one party that names no state (transforms/aid/parties.py `group_mentions`): as a donor the record
has no donor state, as a recipient no recipient, and never a state named nearby or earlier in its
place. Real sentences from non-gold ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid


def test_aid_to_the_states_of_a_continent_goes_to_no_state_named_before():
    # ANT CN-economy-259-20180903 (non-gold), two sentences in a row: Turkey, named in the first, took
    # the Chinese pledge to Africa before.
    body = ("وأعلن أمير قطر، الشيخ تميم بن حمد آل ثاني، خلال لقاء مع الرئيس التركي، رجب طيب أردوغان، الشهر "
            "الماضي، أن بلاده ستستثمر في تركيا 15 مليار دولار بشكل مباشر.\n"
            "أعلن الرئيس الصيني شي جين بينج،الإثنين، أن بلاده ستقدم تمويلا بقيمة إجمالية تبلغ 60 مليار دولار لدول "
            "قارة أفريقيا.")
    rows, candidates = _aid("قطر تبيع النفط والغاز لتركيا بأسعار مخفضة", body)
    assert 6e10 in {c.money.value for c in candidates}
    assert [(r["donor_iso2"], r["recipient_iso2"], r["recipient_name_ar"]) for r in rows if r["amount"] == 6e10] == [
        ("CN", None, None)]


def test_the_gulf_states_give_as_a_body_not_as_the_state_named_before():
    # ANT FR-internationalNews-1746-20180610 (non-gold): Saudi Arabia, named before, was the donor.
    body = ("ويأمل المسؤولون بأن يوافق اجتماع السعودية على حزمة كبيرة تضاهي تمويلا سابقا بقيمة خمسة مليارات دولار "
            "خصصته دول الخليج للأردن في كانون الأول/ديسمبر 2011 لاحتواء احتجاجات مؤيدة للديمقراطية انتشرت في "
            "أرجاء المنطقة.")
    rows, _ = _aid("الأردن", body)
    assert [(r["donor_iso2"], r["donor_name_ar"], r["recipient_iso2"], r["amount"]) for r in rows] == [
        (None, None, "JO", 5e9)]


def test_the_member_states_of_a_union_are_the_union():
    # ANT FR-internationalNews-923-20180425 (team gold): الدول الأعضاء في الاتحاد الأوروبي is no group
    # of its own: the union is the party.
    from flows.extraction import analyse_article
    from flows.lexicons import load_lexicons
    from transforms.aid.candidates import build_aid_context
    body = ("واللافت أن الولايات المتحدة، وهي المانح الأكبر، لم تعلن مساهمتها فيما يتوقع أن تبلور الدول الأعضاء في "
            "الاتحاد الأوروبي اتفاقا في شأن اللاجئين في تركيا يلحظ ثلاثة مليارات يورو على أمد عامين.")
    ctx = build_aid_context(analyse_article("مؤتمر بروكسل", body, None, load_lexicons()).docs["body"], None)
    assert [m.via for m in ctx.mentions if m.party.unnamed] == []
    assert "الاتحاد الأوروبي" in {m.party.name_ar for m in ctx.mentions}


def test_an_organisation_unmarked_beside_pooled_gifts_does_not_receive_them():
    # ANT SK-middleEast-1252-20180425 (non-gold): the donors as a body give to Syria (لسوريا); the UN, named
    # unmarked in the reporting clause, announces the pledges and is no recipient of the donors' gift.
    from tests.transforms.aid.test_aid_steps import _traced
    from transforms.aid.candidates import _may_receive
    body = ("أعلن مسؤول الشؤون الإنسانية والإغاثة في الأمم المتحدة، الأربعاء، أن الجهات المانحة لسوريا جمعت خلال "
            "مؤتمرها في بروكسل تعهدات بمستوى 4.4 مليار دولار من المساعدات لعام 2018.")
    rows, [(ctx, candidates)] = _traced("مؤتمر بروكسل للمانحين", body)
    [c] = [c for c in candidates if c.money.value == 4.4e9]
    may = {(p.party.iso2 or p.party.name_ar): _may_receive(p, set(), True, False) for p in c.parties}
    assert may["SY"] and not may["الأمم المتحدة"]
    assert [(r["donor_iso2"], r["donor_name_ar"], r["recipient_iso2"]) for r in rows] == [(None, None, "SY")]

"""Where the frame rules read the giver but no receiver of the one sum of its sentence, the recipient
model's choice is a party of that sentence when one reaches its threshold, before a state carried
over from the sentences before (transforms/aid/candidates.py `_best_recipient`,
`own_sentence_first`). Real sentences from ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid


def test_the_state_of_the_sums_sentence_receives_before_the_state_of_the_item_before():
    # ANT CN-middleEast-1243-20180817 (non-gold): a digest of news items; the item before names
    # Israel (and Qatar) as parties. Before: a row SA -> IL, the receiver taken from that item.
    body = ("القدس (CNN)-- على مدار ما يقرب من 4 ساعات، تم استجواب رئيس الوزراء الإسرائيلي بنيامين نتنياهو، في "
            "تحقيقات الكسب غير المشروع الخاصة بشركة اتصالات كبرى، حسبما أعلنت الشرطة وهيئة الأوراق المالية "
            "الإسرائيلية في بيان مشترك.\n"
            "في تفاصيل \"القضية 4000\"، يقول المحققون إن رئيس الوزراء الإسرائيلي دفع مبلغ 280 مليون دولار "
            "لإيلوفيتش مقابل دعمه إعلاميا، وهو الأمر الذي نفاه الأخير.\n"
            "قال فكرت أوزار، سفير تركيا في قطر، إن بلاده قدمت الدعم للدوحة في الأزمة الخليجية، مشيدا بمواقف قطر "
            "ووقوفها إلى جانب تركيا، وذلك في تصريح على هامش مؤتمر السفراء في أنقرة.\n"
            "حييت وزارة الخارجية الأمريكية، الأربعاء، المملكة العربية السعودية ودورها في الأزمة السورية منذ اندلاعها، "
            "وذلك في بيان جاء بعد إعلان الرياض تقديم 100 مليون دولار لجهود إرساء الاستقرار الذي يدعمه التحالف "
            "الدولي ضد داعش في المناطق المحررة.")
    rows, candidates = _aid("للمرة الـ11.. استجواب نتنياهو في تحقيقات الكسب غير المشروع", body, 2018)
    assert [(r["donor_iso2"], r["recipient_iso2"]) for r in rows if r["amount"] == 1e8] == [("SA", "SY")]
    (sum_,) = [c for c in candidates if c.money.value == 1e8]
    # a state of the item before is a party of the sum, which the recipient model rates above the sentence's own
    before = [p for p in sum_.parties if p.mention.via == "previous" and p.party.iso2 in ("IL", "QA")]
    own = [p for p in sum_.parties if p.party.iso2 == "SY" and p.mention.via not in ("previous", "main")]
    assert before and own and max(p.p_recipient for p in before) > max(p.p_recipient for p in own)

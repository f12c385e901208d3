"""Sums that read as aid on articles at large but are none (scripts/aid_sample.py over the non-gold
ANT articles with a sum of money): a ransom, a bribe or a payment for hostages (class ransom of
seeds/cue_words.csv, anywhere in the sum's sentence), and a giver with no receiver (a budget or a
bill spent at home). Aid to states named together (لدول قارة أفريقيا) keeps its row with no
recipient state. Real sentences and titles from non-gold ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid, _traced
from transforms.aid.candidates import _collected, _priced, _ransom_or_bribe
from transforms.aid.parties import Party


def test_money_paid_for_hostages_is_no_aid():
    # ANT AL-internationalNews-474-20180315: the model took it as QA → IR before.
    title = "قطر وإيران والإرهاب.. وقصة 23 حقيبة سوداء"
    body = ("ولة، وذكرت الصحيفة تفاصيل عن تعثر المفاوضات لأشهر، حيث ظل الرهائن القطريون مختطفين لمدة 16 شهراً، "
            "لكن في نهاية المطاف تمّت عملية التغيير الديموغرافي في سوريا تحت مشهد من العنف والقصف، كما تم الإفراج "
            "عن الرهائن في إبريل الماضي، بعد دفع الدوحة نحو 770 مليون دولار للمليشيات المسلحة وذلك من خلال دفعتين.")
    rows, [(ctx, candidates)] = _traced(title, body)
    assert [c.money.value for c in candidates] == [7.7e8]
    assert _ransom_or_bribe(ctx, candidates[0])
    assert rows == []


def test_a_ransom_named_before_the_payment_is_no_aid():
    # ANT AL-internationalNews-474-20180315: الفدية … بعدما دفعت 770 مليون دولار (QA → IQ before).
    title = "قطر وإيران والإرهاب.. وقصة 23 حقيبة سوداء"
    body = ("أعادت صحيفة \"نيويورك تايمز\" الأميركية فتح ملف الفدية التي دفعتها قطر لجماعات إرهابية مقابل الإفراج "
            "عن \"رهائن\" قطريين في العراق وسوريا، وكيف أن الدوحة تمكنت من تحرير رهائن قطريين تم اختطافهم في العراق "
            "بعدما دفعت 770 مليون دولار.")
    rows, candidates = _aid(title, body)
    assert [c.money.value for c in candidates] == [7.7e8]
    assert rows == []


def test_a_federal_budget_has_a_giver_and_no_receiver():
    # ANT SK-internationalNews-505-20180322: US → none before.
    title = "380 مليون دولار لـ\"حماية\" الانتخابات الأميركية"
    body = ("خصصت الحكومة الاتحادية الأميركية 380 مليون دولار للمساعدة على حماية أنظمة التصويت من الهجمات "
            "الإلكترونية، ضمن مشروع قانون لتمويل ميزانية الحكومة الاتحادية.")
    rows, candidates = _aid(title, body)
    assert [c.money.value for c in candidates] == [3.8e8]
    assert rows == []


def test_a_spending_bill_has_a_giver_and_no_receiver():
    # ANT BB-economy-79-20180324: US → none before.
    title = "ترامب يقر ميزانية بقيمة 1.3 تريليون دولار لتمويل الحكومة"
    body = ("وقّع الرئيس الأمريكي، دونالد ترامب، مشروع قانون لتمويل الحكومة الاتحادية بحزمة مالية بقيمة 1.3 "
            "تريليون دولار لستة أشهر، متعهدا بعدم الموافقة على مشروع كهذا مرة أخرى.")
    rows, candidates = _aid(title, body)
    assert 1.3e12 in [c.money.value for c in candidates]
    assert rows == []


def test_aid_to_states_named_together_keeps_its_row():
    # ANT CN-economy-259-20180903: no recipient state, but a group of states receives.
    title = "قطر تبيع النفط والغاز لتركيا بأسعار مخفضة"
    body = "أعلن الرئيس الصيني شي جين بينج،الإثنين، أن بلاده ستقدم تمويلا بقيمة إجمالية تبلغ 60 مليار دولار لدول قارة أفريقيا."
    rows, _ = _aid(title, body)
    assert [(r["donor_iso2"], r["recipient_iso2"], r["recipient_name_ar"], r["amount"]) for r in rows] == [
        ("CN", None, None, 6e10)]


def test_the_cost_of_an_arms_purchase_is_no_aid():
    # ANT BB-middleEast-286-20180404: كلفته (class price) names the sum; the model took it as RU → TR before.
    title = "بوتين قبل قمة سوريا: خطر تنظيم الدولة الإسلامية مازال قائما"
    body = ("وكان مسؤولون روس قد صرحوا سابقا بأن الدفعة الأولى من النظام الصاروخي، الذي تبلغ كلفته ملياري دولار، "
            "ستسلم إلى تركيا في شهر ديسمبر/ كانون الأول من عام 2019.")
    rows, [(ctx, candidates)] = _traced(title, body)
    assert [c.money.value for c in candidates] == [2e9]
    assert _priced(ctx, candidates[0])
    assert rows == []


def test_a_sum_collected_is_the_donors_as_a_body():
    # ANT FR-internationalNews-897-20180424 (non-gold): تم جمع (class collect); the EU, who reports it, was
    # taken as its donor before.
    title = "بروكسل: انطلاق أعمال مؤتمر دولي لجمع المساعدات الإنسانية للسوريين"
    body = ("وأوضح دبلوماسيون أوروبيون أن \"وعود الهبات بلغ مجملها 5,6 مليارات يورو من بينهما 3,7 مليارات يورو من "
            "الاتحاد الأوروبي خلال الاجتماع السادس في 2017. ونأمل تحقيق نتيجة أفضل في 2018\". وأوضح الاتحاد الأوروبي "
            "أنه تم جمع ما مجمله 7,5 مليارات دولار من الهبات لسوريا في 2017.")
    rows, [(ctx, candidates)] = _traced(title, body)
    collected = next(c for c in candidates if c.money.value == 7.5e9)
    assert _collected(ctx, collected) and not _collected(ctx, candidates[0])
    assert [(r["donor_iso2"], r["donor_name_ar"], r["recipient_iso2"]) for r in rows if r["amount"] == 7.5e9] == [
        (None, None, "SY")]


def test_states_that_will_collect_from_other_donors_give_nothing_themselves():
    # ANT SK-middleEast-324-20180315 (develop): the two states pledge to raise 500 million from others
    # (بجمع مبلغ إضافي); the gold has no record of theirs for it, and no row was read as AE or SA's.
    title = "مجلس الأمن يدين الحوثيين.. ويشيد بالتحالف وخطته الإنسانية"
    body = ("ورحب المجلس في هذا الصدد بتعهد الإمارات العربية المتحدة والمملكة العربية السعودية بالمساهمة بنحو "
            "بليون دولار لنداء الأمم المتحدة وبالتزام البلدين بجمع مبلغ إضافي قدره 500 مليون دولار من جهات مانحة "
            "أخرى في المنطقة.")
    rows, _ = _aid(title, body)
    assert not [r for r in rows if r["amount"] == 5e8 and r["donor_iso2"]]


def test_friday_is_no_collecting():
    # ANT FR-internationalNews-626-20180408 (non-gold): الجمعة is a day; the loan stays Saudi Arabia's.
    title = "الرئيس اللبناني: \"حادث استقالة الحريري بات من الماضي ومن قدم تلك النصيحة السيئة تم استبعاده\""
    body = ("أعرب الرئيس اللبناني ميشال عون الأحد عن ارتياحه إزاء \"التقارب\" بين بلاده والسعودية التي جددت الجمعة "
            "قرضا بقيمة مليار دولار للبنان بعد خمسة أشهر على أزمة استقالة رئيس الوزراء سعد الحريري.")
    rows, [(ctx, candidates)] = _traced(title, body)
    assert not _collected(ctx, candidates[0])


def test_the_state_a_verb_of_cutting_names_gave_the_aid():
    # ANT FR-internationalNews-2776-20180818 (non-gold): علقت الولايات المتحدة … مساهمتها; Syria was read
    # as the donor and the United States as the recipient before.
    title = "واشنطن تجمد 230 مليون دولار كانت مخصصة لبرامج تحقيق الاستقرار في سوريا"
    body = ("علقت الولايات المتحدة الجمعة مساهمتها في مشاريع إحلال الاستقرار في سوريا والتي كانت تقدر ب230 مليون "
            "دولار، وذلك بعد أن حصلت واشنطن على تعهدات من دول حليفة بالمساهمة في تلك المشاريع بمبلغ 300 مليون دولار.")
    rows, [(ctx, candidates)] = _traced(title, body)
    cut = next(c for c in candidates if c.money.value == 2.3e8)
    assert cut.rule_donors == [Party("US", None)]
    assert [(r["donor_iso2"], r["recipient_iso2"]) for r in rows if r["amount"] == 2.3e8] == [("US", "SY")]


def test_a_part_of_a_states_own_funds_is_no_aid():
    # ANT FR-internationalNews-2476-20180726: IR → محكمة العدل الدولية before (Iran's own funds, frozen by the US).
    from transforms.aid.candidates import _own_funds
    title = "محكمة العدل الدولية تبدأ النظر في دعوى إيران ضد العقوبات الأمريكية"
    body = ("ومن المقرر أن تبدأ المحكمة في الثامن من تشرين الأول/أكتوبر جلسات استماع في شكوى سابقة تقدمت بها إيران "
            "في تشرين الأول/أكتوبر 2016 ضد الولايات المتحدة لتجميدها ملياري دولار من أموالها.")
    rows, [(ctx, candidates)] = _traced(title, body)
    assert [c.money.value for c in candidates] == [2e9]
    assert _own_funds(ctx, candidates[0])
    assert rows == []


def test_frozen_assets_released_to_their_owner_are_no_aid():
    # ANT SK-internationalNews-2015-20180607: IR → US before.
    from transforms.aid.candidates import _own_funds
    title = "ترامب يدعو للتحقيق في مؤامرة \"أوباما- إيران\""
    body = ("وبحسب نتائج تحقيق أجراه مجلس الشيوخ، فشلت خطة إدارة أوباما في منح إيران وصولا سريا للنظام المالي "
            "الاميركي عندما رفض بنكان أميركيان المشاركة في عملية لتمكين إيران الحصول على 5.7 مليار دولار من الأموال "
            "المجمدة في الخارج.")
    rows, [(ctx, candidates)] = _traced(title, body)
    assert [c.money.value for c in candidates] == [5.7e9]
    assert _own_funds(ctx, candidates[0])
    assert rows == []


def test_funds_named_by_what_they_paid_for_stay_aid_when_cut():
    # ANT BB-middleEast-939-20180825: «من أموال كانت تدفعها لوكالة …» is aid the US paid, now cut.
    from transforms.aid.candidates import _own_funds
    title = "واشنطن تلغي 200 مليون دولار من المساعدات المخصّصة لغزة والضفة الغربية"
    body = ("وخفّضت واشنطن بالفعل نحو 65 مليون دولار من أموال كانت تدفعها لوكالة الأمم المتحدة لإغاثة وتشغيل "
            "اللاجئين الفلسطينيين.")
    rows, [(ctx, candidates)] = _traced(title, body)
    assert [c.money.value for c in candidates] == [6.5e7]
    assert not _own_funds(ctx, candidates[0])


def test_frozen_assets_released_by_a_deal_are_no_aid():
    # ANT FR-internationalNews-1136-20180508 (non-gold): FR -> IR 100 billion before; the sentence says
    # the sum is Iran's frozen funds (الأموال الإيرانية المجمدة), released, not given.
    from transforms.aid.candidates import _own_funds
    body = ("وصرح ترامب أكثر من مرة في لقاءاته بالرئيس الفرنسي إيمانويل ماكرون ومن قبله المستشارة الألمانية أنغيلا "
            "ميركل بأن هذا الاتفاق وفر أموالا طائلة لإيران فاقت المئة مليار دولار وأن طهران \"استخدمتها في تمويل "
            "الإرهاب\" في إشارة إلى الأموال الإيرانية المجمدة في البنوك الأمريكية والأوروبية منذ عقود.")
    rows, [(ctx, candidates)] = _traced("الاتفاق النووي الإيراني", body)
    [c] = [c for c in candidates if c.money.value == 1e11]
    assert _own_funds(ctx, c)
    assert rows == []


def test_aid_that_is_frozen_names_no_assets():
    # ANT CN-middleEast-457-20180402 (non-gold): frozen aid is aid cut, not assets released: US -> SY stays.
    from transforms.aid.candidates import _own_funds
    body = ("وأمر بتجميد مساعدات إعادة الإعمار المخصصة لسوريا التي تبلغ 200 مليون دولار، والتي كان وزير الخارجية "
            "الأمريكي السابق ريكس تيلرسون قد أعلن عن تعهد بلاده بدفعها خلال قمة عقدت في الكويت في فبراير الماضي.")
    rows, [(ctx, candidates)] = _traced("ترامب يجمد مساعدات سوريا", body)
    [c] = [c for c in candidates if c.money.value == 2e8]
    assert not _own_funds(ctx, c)

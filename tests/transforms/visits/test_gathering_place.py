"""Issue 9, visit candidate recall: the place of a summit or conference named by the event noun
(قمة بروكسل، لقاء سنغافورة) or by the title, and the persons told later to take part in it. Real
sentences of ANT articles of the develop part."""
from tests.transforms.visits.reading import read_visits


def _told(text, title=""):
    _, _, trace = read_visits(text, None, title)
    return {((c.actor.person or {}).get("name_ar"), c.host_iso2) for c in trace if c.generator == "event_told_before"}


def test_a_place_right_after_the_event_noun_is_where_the_event_was_held():
    # ANT BB-internationalNews-1102-20180930 (develop part): «لقاء سنغافورة» names the summit's place;
    # the next sentence tells the summit again (القمة) and its two parties (gold: ترامب US → SG,
    # كيم جونغ أون KP → SG).
    text = ("ماذا حدث منذ لقاء سنغافورة؟\n"
            "جاء في الاتفاق الذي تم التوصل إليه خلال القمة التاريخية التي جمعت بين ترامب و كيم جونغ أون على أن "
            "تبدأ بيونغ يانغ بالعمل نحو نزع سلاحها النووي، إلا أنه لم يتم تحديد أي جدول زمني أو تفاصيل أو آليات "
            "للتحقق من العملية.")
    told = _told(text)
    assert any(name and name.startswith("كيم") and host == "SG" for name, host in told)


def test_the_title_gives_the_summit_its_place():
    # ANT BB-internationalNews-713-20180628 (develop part): only the title names Brussels («قمة
    # بروكسل»); the body tells the summit again (على هامش القمة) with Merkel and May (gold: both → BE).
    title = "ما الذي تريده كل دولة أوروبية من قمة بروكسل بخصوص اللاجئين؟"
    text = ("ولكن ما الذي تريده كل دولة من القمة؟\n"
            "سيكون من المغري معرفة ماذا سيدور بين أنغيلا ميركل وتريزا ماي في لحظة خاصة على هامش القمة.")
    told = _told(text, title)
    assert ("أنغيلا ميركل", "BE") in told and ("تريزا ماي", "BE") in told
    # Without the title the summit has no place, and no such candidate.
    assert not _told(text)


def test_a_country_joined_by_wa_after_the_event_noun_is_the_next_item_not_its_place():
    # ANT SK-internationalNews-1601-20180516 (develop part): «بالقمة.. وكوريا الشمالية» lists North
    # Korea after the summit; the summit is in Singapore (gold: كيم جونغ أون KP → SG), not North Korea.
    title = "واشنطن متمسكة بالقمة.. وكوريا الشمالية تحدد شرطها"
    text = ("أعلنت المتحدثة باسم البيت الأبيض ساره ساندرز، الأربعاء أن واشنطن لا يزال لديها \"أمل\" بانعقاد القمة "
            "بين الرئيس الأميركي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون رغم تهديدات بيونغيانغ بإلغائها.")
    assert not any(host == "KP" for _, host in _told(text, title))


def test_a_place_at_the_far_end_of_a_sentence_is_not_where_its_event_is_held():
    # ANT CN-middleEast-106-20180226 (develop part): «خلال المؤتمر الصحفي» is the press conference in
    # Vienna (in «مؤتمر فيينا» before); «التعايش في مصر» at the end of the quote is what Egypt lives by.
    text = ("وقال بن معمر ردا على تساؤلات صحفية فيما إذا كانت دعوة ممثلين عن الديانة اليهودية \" في مؤتمر فيينا، "
            "مقدمة لحوار مع الاسرائيليين\" أو إسرائيل سياسيا، إن \" المركز لايدير حوارات سياسية\".\n"
            "وشارك في إطلاق المنصة مفتي جمهورية مصر شوقي علام، ومفتي لبنان عبداللطيف دريان.\n"
            "إلى ذلك، قال مفتي مصر شوقي علام خلال المؤتمر الصحفي، إن مصر تخوض حربا ضد الإرهاب \"بالنيابة عن "
            "الجميع\" على حد قوله، فيما أكد أن المصريين حريصون على قضية المواطنة التي قال إنها أساس التعايش في مصر.")
    told = _told(text)
    assert ("عبداللطيف دريان", "AT") in told
    assert not any(host == "EG" for _, host in told)


def test_what_talks_touched_on_is_not_where_they_were_held():
    # ANT CN-middleEast-1590-20181017 (not in any gold file): Sisi met Putin in Sochi; «تطورات الأوضاع
    # في ليبيا» is what the talks were about, so Sisi, told again with «القمة», is sent nowhere near Libya.
    text = ("وزار السيسي روسيا، الإثنين الماضي، ليعقد القمة التاسعة مع بوتين في ظل علاقات قوية تجمع البلدين.\n"
            "وأضاف: \"تطرقت المباحثات بين الرئيسين كذلك إلى تطورات الأوضاع في ليبيا، حيث أوضح الرئيس لنظيره الروسي "
            "رؤية مصر للحل السياسي في ليبيا\".")
    assert not any(host == "LY" for _, host in _told(text))


def test_a_word_of_taking_part_in_a_trip_of_its_own_is_not_the_gathering_told_again():
    # ANT BB-middleEast-96-20180226 (not in any gold file): «في زيارة إلى براغ لحضور مؤتمر دولي» is
    # Salih Muslim's own trip to Prague; the word of taking part does not send him to another
    # gathering of the article (the party congress «الذي انعقد في أنغولا»).
    text = ("أوقفت السلطات في جمهورية التشيك صالح مسلم، الرئيس السابق لحزب الإتحاد الديمقراطي الكردي السوري وعضو "
            "لجنة العلاقات الدبلوماسية لحركة المجتمع الديمقراطي في سوريا.\n"
            "وكان مسلم في زيارة إلى براغ لحضور مؤتمر دولي يناقش قضايا الشرق الأوسط، وكان من المفترض أن يلقي كلمة "
            "عن القضية الكردية وآفاقها.\n"
            "وفي عهده، وافق مؤتمر الأحزاب \"الاشتراكية الدولية\" الذي انعقد في أنغولا على انضمام حزب الاتحاد "
            "الديمقراطي بشكل رسمي إلى \"الاشتراكية الدولية\" وأصبحت عضواً رسميا فيها عام 2015.")
    assert not any(host == "AO" for _, host in _told(text))


def _delegations(text, title=""):
    _, _, trace = read_visits(text, None, title)
    return {(c.actor.country, c.host_iso2) for c in trace
            if c.generator == "event_told_before" and c.actor.person is None}


def test_the_countries_a_word_of_taking_part_governs_are_delegations_to_the_gathering():
    # ANT AL-internationalNews-1526-20180609 (not in any gold file): the summit is «المقامة في كندا»;
    # «ويشارك قادة بريطانيا وفرنسا واليابان وإيطاليا» sends each of the four to Canada.
    text = ("عقد الرئيس الأميركي دونالد ترمب وقادة #مجموعة_السبع أول جلسة عمل لقمتهم المقامة في كندا الجمعة.\n"
            "وجلس #ترمب بين المضيف رئيس الوزراء الكندي جاستن ترودو والمستشارة الألمانية أنغيلا ميركل، وشوهد لدى "
            "تبادل أطراف الحديث مع كليهما بشكل ودي.\n"
            "ويشارك قادة بريطانيا وفرنسا واليابان وإيطاليا أيضا في الاجتماعات التي تستضيفها مقاطعة كيبك الكندية.")
    assert {("GB", "CA"), ("FR", "CA"), ("JP", "CA"), ("IT", "CA")} <= _delegations(text)


def test_a_country_not_right_after_the_word_of_taking_part_is_no_delegation():
    # ANT BB-middleEast-1028-20180925 (not in any gold file): «بتهمة المشاركة في الحركة السياسية
    # الكردية» is no gathering, and the Iraqi government that arrested him sends nobody to Beirut.
    text = ("اعتقل عام 1979 من قبل الحكومة العراقية مرتين بتهمة المشاركة في الحركة السياسية الكردية، وأدخل السجن "
            "بسبب تصوير المظاهرات المناهضة للحكومة.\n"
            "ترك الحزب وأصبح سياسياً مستقلاً وشارك في مؤتمرات المعارضة العراقية في بيروت وفيينا ونيويورك في بداية "
            "تسعينات القرن الماضي.")
    assert not any(country == "IQ" for country, _ in _delegations(text))


def test_a_word_of_taking_part_in_an_event_of_its_own_is_not_the_gathering_told_before():
    # ANT CN-middleEast-1555-20181016 (develop part): the press conference in Canberra is the only
    # event given a place; «قرار حضور وزير الخزانة الأمريكي، ستيفن منشن، لمؤتمر الاستثمار السعودي»
    # takes part in another (مؤتمر without the article), so nobody of it is sent to Australia.
    text = ("وقال موريسون خلال مؤتمر صحفي في العاصمة الأسترالية، كانبرا، إنه \"لم يتم\" اتخاذ قرار بعد في مسألة "
            "الاعتراف بالقدس عاصمة لإسرائيل أو نقل السفارة.\n"
            "أكد الرئيس الأمريكي، دونالد ترامب، أن قرار حضور وزير الخزانة الأمريكي، ستيفن منشن، لمؤتمر الاستثمار "
            "السعودي، يعود للأخير، منوها إلى أنه لايزال يمتلك الوقت لتقرير مشاركته من عدمها، كما تطرق ترامب لزيارة "
            "وزير الخارجية الأمريكي، مايك بومبيو، إ")  # the article's sentence is cut here
    assert not any(host == "AU" for _, host in _told(text))


def _at_event(text, title=""):
    """The (visitor, host) pairs event_told_before puts at the event; the rest only talk of it."""
    _, _, trace = read_visits(text, None, title)
    return {((c.actor.person or {}).get("name_ar"), c.host_iso2) for c in trace
            if c.generator == "event_told_before" and not c.talked_about}


def test_whoever_tells_that_the_summit_will_be_held_is_not_at_it():
    # ANT AL-internationalNews-1038-20180507 (not in any gold file): the summit «ستعقد على الأرجح في
    # سنغافورة»; Bolton is only the source of «أن القمة ستعقد منتصف حزيران», no attendee and no visit.
    text = ("ذكرت صحيفة \"تشوسن إيلبو\" الكورية الجنوبية، الاثنين، أن القمة التاريخية بين الرئيس الأميركي، دونالد "
            "#ترمب، والزعيم الكوري الشمالي، كيم جونغ أون، ستعقد على الأرجح في سنغافورة منتصف حزيران/يونيو.\n"
            "وكتبت الصحيفة، نقلاً عن مصادر دبلوماسية حصلت على معلوماتها من المستشار الأميركي للأمن القومي، جون "
            "بولتن، أن القمة ستعقد منتصف حزيران/يونيو.")
    assert ("جون بولتن", "SG") in _told(text)  # a candidate still, that may lend its pair a day
    assert ("جون بولتن", "SG") not in _at_event(text)
    _, rows, _ = read_visits(text, "2018-05-07")
    assert not any(r["visitor_name_ar"] == "جون بولتن" for r in rows)


def test_a_word_of_being_at_the_meeting_puts_its_speaker_there():
    # ANT FR-internationalNews-2438-20180722 (not in any gold file): the G20 finance ministers meet in
    # Buenos Aires; «في افتتاح الاجتماع» (class visit_at_event) puts Lagarde at the meeting.
    text = ("بدأ وزراء مالية دول مجموعة العشرين السبت اجتماعا في بيونيس أيرس بالأرجنتين، وسط أجواء من التوترات "
            "التجارية الحادة بين الولايات المتحدة وباقي الدول، وخلافات حول إيران.\n"
            "من جانبها، كررت مديرة صندوق النقد الدولي كريستين لاغارد السبت في افتتاح الاجتماع التحذير من أن الحرب "
            "التجارية سيكون لها تأثير على النمو العالمي.")
    assert ("كريستين لاغارد", "AR") in _at_event(text)


def test_the_parties_named_after_bayn_are_at_the_summit_and_the_speaker_before_is_not():
    # ANT FR-internationalNews-1592-20180602 (not in any gold file): «انعقاد القمة المرتقبة بين الرئيس
    # الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون» names the summit's two parties; Mattis,
    # who speaks before, is at a summit of his own (told before, in Singapore), not through this one.
    text = ("اعتبر وزير الدفاع الأمريكي جيم ماتيس اليوم السبت خلال مشاركته في قمة أمنية في سنغافورة، أن تعزيز "
            "الصين مواقعها العسكرية في المياه المتنازع عليها في بحر الصين الجنوبي يهدف إلى ترهيب جيرانها.\n"
            "وقال ماتيس خلال قمة تأتي قبيل عشرة أيام على انعقاد القمة المرتقبة بين الرئيس الأمريكي دونالد ترامب "
            "والزعيم الكوري الشمالي كيم جونغ أون، إن الجيش الأمريكي مستمر في دعم جهود الدبلوماسية لنزع السلاح "
            "النووي من شبه الجزيرة الكورية.")
    at_event = _at_event(text)
    assert ("دونالد ترامب", "SG") in at_event and any(name and name.startswith("كيم") for name, _ in at_event)
    assert not any(name and "ماتيس" in name for name, _ in at_event)


def test_a_visitor_elsewhere_after_the_summit_is_not_at_it():
    # ANT SK-internationalNews-2128-20180614 (not in any gold file): Pompeo speaks in Seoul «بعد يومين من
    # القمة التاريخية» held in Singapore; neither a word of taking part nor one of being at the summit
    # governs it, and he is no party named after its بين.
    text = ("أكد وزير الخارجية الأميركي مايك بومبيو خلال زيارة إلى سيول، الخميس، بعد يومين من القمة التاريخية "
            "بين الولايات المتحدة وكوريا الشمالية أن الزعيم الكوري الشمالي كيم جونغ أون \"فهم\" أن نزع السلاح "
            "النووي لبلاده يجب أن يتم \"سريعا\".\n"
            "وكان الرئيس الأميركي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ-أون وقّعا خلال قمتهما التاريخية في "
            "سنغافورة، الثلاثاء، وثيقة تعهدت فيها كوريا الشمالية نزع سلاحها النووي.")
    assert not any(name == "مايك بومبيو" and host == "SG" for name, host in _at_event(text))

"""The exclusions read their word lists from seeds/cue_words.csv (transforms.visits.exclusions.ExclusionWords):
a verb or noun of calling off or putting back is a row of class cancel, its forms generated."""
from flows.lexicons import load_lexicons
from transforms.arabic_text import normalize_key
from transforms.visits.exclusions import is_excluded, is_interview

WORDS = load_lexicons().visits.exclusions


def _excluded(before: str, trigger: str, after: str) -> str | None:
    return is_excluded(normalize_key(before), normalize_key(after), normalize_key(trigger), WORDS)


def test_a_postponed_visit_is_cancel_like():
    # CN-middleEast-1522-20181014: "أن بتلر أجل زيارته إلى السعودية لظروف عائلية" (أجّل, one row of
    # class cancel: a visit put back is not the visit announced, as أرجأ and تأجيل already were).
    assert _excluded("وذكر حساب السينما السعودية، على تويتر، التابع لهيئة الإعلام المرئي والمسموع أن بتلر أجل",
                     "زيارته", "إلى السعودية لظروف عائلية.") == "negated"
    # Without the verb, the same words are no exclusion.
    assert _excluded("وذكر حساب السينما السعودية، على تويتر، التابع لهيئة الإعلام المرئي والمسموع أن بتلر",
                     "زيارته", "إلى السعودية لظروف عائلية.") is None


def test_cancel_forms_are_generated_from_the_rows():
    # أرجأت: a verb ending in أ is sound once normalised (ارجا + ت), not a verb like دعا.
    for word in ("أرجأت", "وألغت", "يؤجلون", "تأجلت"):
        assert WORDS.cancel_verb.fullmatch(normalize_key(word)), word
    for word in ("بإلغاء", "لتأجيل", "الإرجاء"):
        assert WORDS.cancel_noun.fullmatch(normalize_key(word)), word


def test_purpose_is_no_postponement_in_the_document():
    # AL-culture-22-20180211: "من أجل لقاء نجمتها" is a purpose (class purpose, read whole), no cancel cue.
    cues = load_lexicons().cues
    tokens = normalize_key("أرادت أن تصعد إلى المسرح من أجل لقاء نجمتها المفضلة").split()
    classes = {c.cls for _, _, c in cues.cues_in(tokens)}
    assert "purpose" in classes and "cancel" not in classes


def test_an_interview_reads_the_media_class():
    # AL-internationalNews-1935-20180714: "خلال لقاء له مع قناة "الحدث"" (class media, قناة).
    assert is_interview(normalize_key('له مع قناة "الحدث" أن الفصائل الفلسطينية'), WORDS)
    # FR-internationalNews-2067-20180629: a press conference after a meeting is no interview; the
    # singular صحفي is an adjective of مؤتمر, so only the plural صحفيين is a row of the class.
    assert not is_interview(normalize_key("صحفي أعقب لقائه بالأمين العام للأمم المتحدة في نيويورك"), WORDS)


def test_the_travel_of_a_crowd_or_under_a_rule_is_no_trip():
    # SK-middleEast-2290-20180610: "بتسهيل سفر المواطنين القطريين لأداء مناسك العمرة" (class crowd).
    assert _excluded("أن السعودية أصدرت توجيهات بتسهيل", "سفر",
                     "المواطنين القطريين لأداء مناسك العمرة") == "not a trip"
    # BB-internationalNews-357-20180419: "وأعاد ترامب فرض قيود على سفر الأمريكيين إلى كوبا" (class travel_rule).
    assert _excluded("وأعاد ترامب فرض قيود على", "سفر", "إلى كوبا حيث بات على الراغبين") == "not a trip"


def test_comparison_and_proposal_words_take_their_clitics_and_pronouns():
    for word in ("مقارنتها", "بمقارنة", "غرار", "يشبه"):
        assert WORDS.comparison.fullmatch(normalize_key(word)), word
    for word in ("واقترحت", "باقتراح", "اقتراحه", "المقترح"):
        assert WORDS.proposal.fullmatch(normalize_key(word)), word
    # A pronoun alone is no proposal: a class with no noun in ة adds no bare suffix.
    assert not WORDS.proposal.search(normalize_key("ستقوم بها"))


def test_a_trip_announced_with_bha_is_not_a_proposal():
    # FR-internationalNews-1235-20180514: "زيارة ستقوم بها المستشارة ميركل الجمعة إلى روسيا للاجتماع
    # مع الرئيس بوتين في سوتشي" keeps its meeting: بها is a pronoun after ب, not a proposal.
    assert _excluded("ويأتي هذا التصريح قبل أيام من زيارة ستقوم بها المستشارة ميركل الجمعة إلى روسيا",
                     "", "للاجتماع مع الرئيس بوتين في سوتشي.") is None


def test_an_invitation_with_a_pronoun_is_demanded():
    # FR-internationalNews-791-20180418: "بعثة تقصي الحقائق التي كانت قد دعتها إلى زيارة سوريا": the
    # mission was invited (دعت + ها, a form of the appeal row دعا), not reported as visiting.
    assert _excluded("واتهمت دمشق الدول الغربية بشنها لإعاقة عمل بعثة تقصي الحقائق التي كانت قد دعتها إلى",
                     "زيارة", "سوريا متعهدة بتقديم كل التسهيلات اللازمة لها.") == "demanded"


def test_negation_words_come_from_their_classes():
    # لم (negation), غياب (absence), نفت (deny), لإلغاء (cancel), برفض (refusal), ربما (hedge),
    # انسحبت (withdrawal), each with the clitics the exclusions allow.
    for word in ("ولم", "بعدم", "الغائب", "غياب", "نفت", "لإلغاء", "برفض", "ربما", "المحتمل", "انسحبت", "واعتذر"):
        assert WORDS.negated.fullmatch(normalize_key(word)), word
    # A present in و (يدعو) has its plural and its subjunctive (يدعون، يدعوا).
    for word in ("يدعون", "يدعوا", "ترغب", "رغبته", "مطالبة"):
        assert WORDS.demand.fullmatch(normalize_key(word)), word


def test_private_and_sporting_purposes_come_from_their_classes():
    for word in ("للعلاج", "اللجوء", "فارا", "المنتخب", "بطولة", "والمهرجان", "خاصة", "فريقين"):
        assert WORDS.not_official.fullmatch(normalize_key(word)), word
    # The refugees a visit is about are no refugee's trip (FR-internationalNews-2586-20180802: "تفقد
    # ... مخيم الأزرق للاجئين السوريين ضمن زيارة له إلى الأردن"): only the state لاجئا is a row.
    assert _excluded("تفقد وزير الخارجية الفرنسي جان إيف لودريان الخميس، مخيم الأزرق للاجئين السوريين ضمن",
                     "زيارة", "له إلى الأردن.") is None
    # الخاصة ب is "concerning", not a private trip (SK-internationalNews-2604-20180712: "الاستعدادات الأمنية
    # الخاصة بزيارة دونالد ترامب لبريطانيا"): the adjectives of class private_purpose take no ال.
    assert _excluded("تجري الاستعدادات الأمنية الخاصة", "بزيارة", "دونالد ترامب لبريطانيا على قدم وساق") is None
    # فريق is a side in a match unless a team or an official word follows.
    assert not WORDS.not_official.search(normalize_key("فريق من الخبراء"))
    assert not WORDS.not_official.search(normalize_key("كشف فريق تحقيق أمني"))
    assert WORDS.not_official.search(normalize_key("فريق ريال مدريد"))

"""The exclusions read their word lists from seeds/cue_words.csv (transforms.visits.exclusions.ExclusionWords):
a verb or noun of calling off or putting back is a row of class cancel, its forms generated."""
from flows.lexicons import load_lexicons
from transforms.arabic_text import normalize_key
from transforms.visits.exclusions import is_excluded

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

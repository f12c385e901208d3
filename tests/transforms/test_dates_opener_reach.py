"""Issue 15: an imperfect verb opening a sentence looks ahead to a bare weekday up to WEEKDAY_OPENER_REACH words after it,
a subject with its title and a name of three words between (tense.OPENER_REACH, five, is kept for اليوم). Real
sentence of an ANT article in no gold file (id quoted)."""
from flows.lexicons import load_lexicons
from transforms.arabic_text import normalize
from transforms.dates.extract import WEEKDAY_OPENER_REACH
from transforms.dates.tense import OPENER_REACH, opens_with_imperfect


def test_a_verb_seven_words_before_its_weekday_opens_its_clause():
    # AL-internationalNews-441-20180312: «ويرأس» and seven words (the chairman, the meeting he chairs, لاحقاً) before
    # «الاثنين»: the verb still opens the weekday's clause (what goes on or is to come).
    lexicon = load_lexicons().dates
    text = normalize("ويرأس النائب البريطاني اجتماع مجلس الأمن القومي لاحقاً الاثنين للاطلاع على أحدث الأدلة.").text
    at = text.index("الاثنين")
    args = (text, at, lexicon.future_verbs, lexicon.own_clause, lexicon.opening_imperfect)
    assert opens_with_imperfect(*args, WEEKDAY_OPENER_REACH)
    assert not opens_with_imperfect(*args, OPENER_REACH)

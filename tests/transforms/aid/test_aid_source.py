"""A party named as a report's source (بحسب وزارة الخزانة الأميركية، وفقا لـ، نقلا عن: class aid_source of seeds/cue_words.csv) reports
the sum: it is never its donor, for the frame rules (parties._subject_before) nor for the donor model
(candidates.score_donors). A real sentence from a non-gold ANT article."""
from flows.lexicons import load_lexicons
from tests.transforms.aid.test_aid_steps import _traced
from transforms.aid import cues
from transforms.aid.frames import _TOKEN
from transforms.arabic_text import normalize


def test_the_source_of_a_report_gives_nothing():
    # ANT CN-middleEast-725-20180425 (non-gold): it was US -> al-Qaeda, the US Treasury being the source.
    title = "سفراء الدول الأربع في بريطانيا: لا نرغب بأن تكون قطر \"تابعة\""
    body = ("وبعد مرور يومين على تصريح أمير قطر، حضر رئيس الوزراء القطري حفل زفاف استضافه عبد الرحمن النعيمي "
            "المصنف باعتباره ممولا للإرهاب والذي بحسب وزارة الخزانة الأميركية \"أشرف على نقل مليوني دولار شهريا\" "
            "إلى تنظيم القاعدة في العراق\".")
    rows, [(ctx, candidates)] = _traced(title, body)
    assert [c.money.value for c in candidates] == [2e6]
    assert "US" not in [d.iso2 for d in candidates[0].rule_donors]
    assert not [r for r in rows if r["donor_iso2"] == "US"]


def test_a_source_word_reaches_a_few_words():
    source = cues.aid_words(load_lexicons().cues).source
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(normalize("وذلك بحسب وزارة الخزانة الأميركية").text)]
    assert cues.after_source(tokens, 3, 0, source)  # الخزانة (the organisation's name starts at وزارة)
    assert not cues.after_source(tokens, 1, 0, source)  # بحسب itself is no party after a source word

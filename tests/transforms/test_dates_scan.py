"""The date grammar's fast paths find exactly what the plain regex scans find, on real text (the
seed article and, when present, a sample of the ANT corpus)."""
import json
import re
from pathlib import Path

import pytest

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.arabic_text import normalize
from transforms.dates import build_date_lexicon
from transforms.dates.extract import (_lead_starts, _lead_starts_by_tokens, _matches, _month_numbers, _month_numbers_of,
                                      _scan, _trigger_positions)
from transforms.dates.first_chars import first_char_guard, first_chars

REPO = Path(__file__).resolve().parents[2]
SEED_ARTICLE = REPO / "seeds" / "articles" / "000_202838f5eb5d9b9a.txt"
CORPUS = REPO.parent / "shared" / "data" / "ant-news" / "part-000.jsonl"


@pytest.fixture(scope="module")
def lexicon():
    return build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"),
                              read_seed_csv("imperfect_verbs.csv"), build_cue_lexicon(read_seed_csv("cue_words.csv")))


@pytest.fixture(scope="module")
def texts():
    """Normalised seed article, plus every 7th ANT title and body of the first corpus part."""
    found = [normalize(SEED_ARTICLE.read_text(encoding="utf-8-sig")).text]
    if CORPUS.exists():
        with open(CORPUS, encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                if i % 7 == 0:
                    record = json.loads(line)
                    found += [normalize(record.get("title") or "").text, normalize(record.get("text") or "").text]
    return found


def test_trigger_positions_are_those_of_the_trigger_regex(lexicon, texts):
    for text in texts:
        assert _trigger_positions(text, lexicon) == [m.start() for m in lexicon.trigger.finditer(" " + text)]


def test_trigger_positions_on_clitics_digits_and_words_inside_words(lexicon):
    # ANT: "وفي 12 مارس/آذار الماضي" ; "الكتاب" holds آب (اب) inside a word; "بالعام" is ب+ال+عام
    text = normalize("وفي12 مارس/آذار الماضي، قال الكتاب إن الحفل بالعام 2017 والخميس المقبل").text
    assert _trigger_positions(text, lexicon) == [m.start() for m in lexicon.trigger.finditer(" " + text)]
    words = [text[p:].split()[0] for p in _trigger_positions(text, lexicon)]
    assert "الكتاب" not in words and "والخميس" in words and "بالعام" in words


def test_lead_words_walked_back_as_the_token_regex_does(lexicon, texts):
    tokens = lexicon.lead_tokens
    for text in texts[:200]:
        for p in range(0, len(text), 3):
            assert _lead_starts(text, p, 0, tokens) == _lead_starts_by_tokens(text, p, max(0, p - 48), tokens)


def test_month_sequences_read_once_as_read_afresh(lexicon, texts):
    # every month sequence the grammar matches in the texts (مارس/آذار، كانون الأول/ديسمبر …): the cached
    # answer is the one worked out afresh, the second time too
    seen = 0
    for text in texts:
        for p in _trigger_positions(text, lexicon):
            m = lexicon.pattern.match(text, p)
            seq = m and (m.groupdict().get("d_ms") or m.groupdict().get("m_ms"))
            if seq:
                seen += 1
                assert _month_numbers(seq, lexicon) == _month_numbers_of(seq, lexicon) == _month_numbers(seq, lexicon)
    assert seen > 0


def test_lead_words_before_a_weekday(lexicon):
    text = normalize("وقال المتحدث إنه في صباح يوم الخميس الماضي").text
    p = text.index("الخميس")
    assert [text[s:].split()[0] for s in _lead_starts(text, p, 0, lexicon.lead_tokens)] == ["في", "صباح", "يوم", "الخميس"]


def test_guarded_grammar_matches_as_the_unguarded_one(lexicon, texts):
    unguarded = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)(?=\(\?P<p_)", "", lexicon.pattern.pattern))
    assert unguarded.pattern != lexicon.pattern.pattern
    for text in texts:
        for p in _trigger_positions(text, lexicon):
            a, b = unguarded.match(text, p), lexicon.pattern.match(text, p)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))


def test_first_characters_of_a_regex():
    chars, tests = first_chars(r"(?<!\w)(?:[وف])?(?:في|ال)?\d")
    assert chars == frozenset("وفا") and tests == (str.isdecimal,)
    assert first_chars(r"(?:x)?") is None  # may match nothing: any position
    assert first_chars(r"[^a]b") is None
    assert first_char_guard(r"(?:قبل|بعد)\s+يوم") == "(?=[بق])"


def test_numbers_that_cannot_be_dates_need_no_regex(lexicon):
    # ANT AL-economy-3-20180218: 192 and 166 (3 digits) trigger nothing; "العام 2020" does
    text = normalize("بالنسبة للأجانب، سيتراجع الإنفاق الاستهلاكي من 192 مليار ريال (قبل الإصلاحات) "
                     "إلى 166 مليار ريال في العام 2020").text
    found = _trigger_positions(text, lexicon)
    assert found == [m.start() for m in lexicon.trigger.finditer(" " + text)]
    assert [text[p:].split()[0] for p in found] == ["العام", "2020"]


def test_trigger_positions_pass_over_what_cannot_start_one(lexicon):
    # ANT: الذي ends with ذي (the first word of ذي الحجة) behind letters no clitic is; 17 شخصاً is a count,
    # 16 مايو a day; a count and a day, and the month of ذي الحجة, all in one text
    text = normalize("أن الشاب الذي اعترف بقتل 17 شخصاً في مدرسته السابقة بفلوريدا\n"
                     "إن 25 شخصا أصيبوا منذ إصدار بيانه الأخير في 16 مايو/أيّار\n"
                     "شهدت الدول العربية والإسلامية انقساما ملحوظا في ثبوت هلال شهر ذي الحجة").text
    positions = _trigger_positions(text, lexicon)
    assert positions == [m.start() for m in lexicon.trigger.finditer(" " + text)]
    words = [text[p:].split()[0] for p in positions]
    assert "الذي" not in words and "17" not in words and "25" not in words
    assert "16" in words and "ذي" in words


def test_years_glued_to_a_word_are_found_apart_from_the_trigger_positions(lexicon):
    # team FR-sport-143-20180612 and ANT FR-internationalNews-1022-20180501: the space left out
    text = "منذ البرازيل عامي1958  و1962. في أزمة تأتي قبل انطلاق منافسات كأس العالم2018  في روسيا، في2005"
    positions, glued, *_ = _scan(text, lexicon)
    assert positions == [m.start() for m in lexicon.trigger.finditer(" " + text)]
    assert sorted(text[p:p + 4] for p in glued) == ["1958", "2018"]  # (في2005 is the regex's own)


def test_the_trigger_index_tells_whether_an_eve_word_is_in_the_text(lexicon):
    # the eve words (classes date_eve_after, date_eve_before of seeds/cue_words.csv) ride on the trigger index's one
    # pass, as the substring test before it found them (their rows' sentences,
    # FR-internationalNews-1385-20180522, FR-internationalNews-1685-20180607); a sentence without one
    # (FR-economy-5-20180202) has none
    for sentence, eve in (("بعدما فرضت الأخيرة عقوبات اقتصادية جديدة على بلاده غداة إعادة انتخابه الأحد.", True),
                          ("ومن المتوقع أن يبدي ترودو وماكرون وحدة الصف هذه خلال مؤتمر صحفي مشترك، عشية بدء القمة الجمعة.", True),
                          ("مقارنة بالفترة نفسها من العام2016 (-1 %)  إلا أن سعر الأجهزة بات أعلى", False)):
        text = normalize(sentence).text
        assert _scan(text, lexicon)[3] is eve
        assert eve is any(word in text for word in lexicon.eve)


def test_lead_words_behind_a_space_of_another_kind(lexicon):
    # the sentence of test_lead_words_before_a_weekday with a thin space and a line break between its lead words:
    # the word before is found past any space, as the token walk finds it
    text = normalize("وقال المتحدث إنه في\nصباح\u2009يوم الخميس الماضي").text
    p = text.index("الخميس")
    tokens = lexicon.lead_tokens
    assert _lead_starts(text, p, 0, tokens) == _lead_starts_by_tokens(text, p, max(0, p - 48), tokens)
    assert [text[s:].split()[0] for s in _lead_starts(text, p, 0, tokens)] == ["في", "صباح", "يوم", "الخميس"]


def test_matches_are_a_list_in_text_order(lexicon, texts):
    # every text's matches are read before its productions: a list, each starting after the last one's end
    for text in texts[:100]:
        found = _matches(text, lexicon)
        assert isinstance(found, list)
        assert all(a.end() <= b.start() for a, b in zip(found, found[1:]))


def _two_passes(lexicon, text, s):
    found = lexicon.grammar_find(text, s)
    return found and lexicon.grammar_productions[found.lastgroup](text, s)


def test_grammar_in_two_passes_matches_as_the_grammar(lexicon, texts):
    # at every lead word before every trigger of the texts: the same match, by the same production, each group of
    # that production where the grammar has it, and the grammar's other groups unset
    names = list(lexicon.pattern.groupindex)
    seen = set()
    for text in texts:
        for p in _trigger_positions(text, lexicon):
            for s in _lead_starts(text, p, 0, lexicon.lead_tokens):
                a, b = lexicon.pattern.match(text, s), _two_passes(lexicon, text, s)
                assert (a is None) == (b is None)
                if a is not None:
                    assert (a.span(), a.lastgroup) == (b.span(), b.lastgroup)
                    assert all(a.span(n) == b.span(n) for n in b.re.groupindex)
                    assert all(a.span(n) == (-1, -1) for n in names if n not in b.re.groupindex)
                    seen.add(a.lastgroup)
    assert {"p_weekday", "p_date", "p_relday"} <= seen


def test_month_after_its_lead_word_in_two_passes(lexicon):
    # ANT BB-economy-149-20180530 (in no gold file): a month pair after في, its year told after it
    text = normalize("وقُدمت طلبات إيفانكا في مارس/آذار من العام الماضي").text
    s = text.index("في مارس")
    a, b = lexicon.pattern.match(text, s), _two_passes(lexicon, text, s)
    assert b.lastgroup == "p_month" and b.group("lead") == "في " and b.group("m_ms") == "مارس/اذار"
    assert b.group("m_ry") == "الماضي" and b.span() == a.span() == (s, len(text))
    assert [m.span() for m in _matches(text, lexicon)] == [a.span()]


def test_numbers_behind_a_space_or_glued_to_a_word_found_as_the_regex_finds_them(lexicon):
    # non-gold ANT: a year glued to the word before it (العام2016, FR-economy-5-20180202: found apart, as a glued
    # year), a year glued to its year word (سنة2017) and a count glued to its preposition (بـ25), both the regex's own
    # number (FR-internationalNews-447-20180315), and a day glued to its preposition (بـ8 تموز,
    # AL-internationalNews-1889-20180711): the scan decides where a number's token starts and whether its letters are
    # a prefix the trigger's number takes, and confirms with the regex only what no whole word made sure
    for sentence, glued_years in (('مقارنة بالفترة نفسها من العام2016 (-1 %)  إلا أن سعر الأجهزة بات أعلى', ["2016"]),
                                  ("فإن 2500 جزائري طلبوا اللجوء في فرنسا سنة2017  أي أكثر بـ25 بالمئة من العام السابق", []),
                                  ("في خطابه المؤرخ بـ8 تموز/يوليو الحالي", [])):
        text = normalize(sentence).text
        positions, glued, *_ = _scan(text, lexicon)
        assert positions == [m.start() for m in lexicon.trigger.finditer(" " + text)]
        assert sorted(text[p:p + 4] for p in glued) == glued_years
    text = normalize("في خطابه المؤرخ بـ8 تموز/يوليو الحالي").text
    assert [text[p:].split()[0] for p in _scan(text, lexicon)[0]] == ["ب8", "تموز/يوليو", "يوليو"]
    text = normalize("طلبوا اللجوء في فرنسا سنة2017  أي أكثر بـ25 بالمئة من العام السابق").text
    assert [text[p:].split()[0] for p in _scan(text, lexicon)[0]] == ["سنه2017", "العام"]  # (not بـ25: a count)


def test_the_trigger_regex_is_compiled_on_first_use():
    # the extractor never runs the whole trigger regex (the index and its two halves do, _scan): a build of the
    # lexicon does not compile it, the first read does, once
    built = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"),
                               read_seed_csv("imperfect_verbs.csv"), build_cue_lexicon(read_seed_csv("cue_words.csv")))
    assert "trigger" not in vars(built)
    text = normalize("في خطابه المؤرخ بـ8 تموز/يوليو الحالي").text
    assert [m.start() for m in built.trigger.finditer(" " + text)] == _scan(text, built)[0]
    assert built.trigger is built.trigger

"""The analysed document: one normalisation per text, offsets both ways, layers as token spans."""
import sys

from flows.extraction import extract_article
from flows.lexicons import load_lexicons
from transforms import arabic_text
from transforms.document import analyse
from transforms.text_layout import split_text_articles

from tests.conftest import SEED_FILE

SEED, _ = split_text_articles(SEED_FILE.read_text(encoding="utf-8"), SEED_FILE.stem)
TITLE, BODY = SEED[0].title, SEED[0].body


def test_each_body_is_normalised_once(monkeypatch):
    calls = []
    original = arabic_text.normalize

    def counting(text):
        calls.append(text)
        return original(text)

    for module in list(sys.modules.values()):
        if getattr(module, "normalize", None) is original:
            monkeypatch.setattr(module, "normalize", counting)
    extract_article("seed#1", TITLE, BODY, None, load_lexicons())
    assert calls.count(BODY) == 1
    assert calls.count(TITLE) == 1


def test_offsets_map_both_ways_past_dropped_marks():
    text = "قالَ الرئيسُ إنّ مصر"  # tashkeel is dropped by normalisation
    doc = analyse(text, None, load_lexicons())
    word = doc.tokens[-1]
    assert text[word.ostart:word.oend] == "مصر"
    assert doc.norm.text[word.start:word.end] == "مصر"
    assert doc.to_original(doc.to_normalised(word.ostart)) == word.ostart


def test_layers_are_token_spans_of_the_seed_body():
    doc = analyse(BODY, None, load_lexicons())
    egypt = next(m for m in doc.mentions["country"] if m.row["iso2"] == "EG")
    assert " ".join(doc.words(egypt.first, egypt.end)) in ("مصر", "المصريه", "المصري")
    cairo = next(m for m in doc.mentions["place"] if m.row["iso2"] == "EG")
    assert doc.words(cairo.first, cairo.end)[-1].endswith("القاهره")
    assert any(m.row.get("currency") == "USD" and m.row["amount"] == 1.3e9 for m in doc.mentions["money"])
    assert {m.row["value"] for m in doc.mentions["time"] if m.row.get("value")} >= {"1979"}


def test_sentences_and_clauses_are_token_ranges():
    text = "وصل ماتيس إلى القاهرة، وقال إن الزيارة مهمة. ثم توجه إلى الأردن."
    doc = analyse(text, None, load_lexicons())
    assert len(doc.sentence_tokens) == 2
    first, end = doc.sentence_tokens[1]
    assert doc.words(first, end) == ["ثم", "توجه", "الي", "الاردن"]
    # the comma and the complementiser إن each open a clause
    clause = doc.clause_of(doc.words(0, len(doc.tokens)).index("الزياره"))
    assert doc.words(*clause)[0] == "ان"


def test_tokens_of_numbers_glued_to_words():
    """The token regex (possessive, for speed) reads the tokens the plain one read: a decimal
    number is one token, a word glued after it another, a word glued before digits one with them.
    SK-economy-47-20180221 and SK-economy-27-20180219 (non-gold ANT)."""
    import re

    from transforms.arabic_text import normalize
    from transforms.document import tokenize
    text = ("وانخفض سعر الذهب في السوق الفورية 1.2 في المئة إلى 1330.13دولار للأوقية (الأونصة). "
            "وزاد الذهب في العقود الأمريكية الآجلة 0.4 بالمئة إلى 1350دولارا للأوقية.")
    norm = normalize(text)
    words = [t.text for t in tokenize(text, norm)]
    assert words[6:8] == ["1.2", "في"] and words[10:13] == ["1330.13", "دولار", "للاوقيه"]
    assert "1350دولارا" in words
    assert words == re.findall(r"[^\W_]+(?:[.,]\d+)*", norm.text)


def test_a_dash_between_spaces_and_a_comma_open_clauses():
    """A comma and a dash between spaces each open a clause (found by two searches since they share
    no character). BB-middleEast-388-20180423 (non-gold ANT)."""
    text = ("قتل عشرون شخصا على الأقل كانوا - بحسب تقارير - يحضرون حفل زفاف، في غارة جوية على شمال "
            "غربي اليمن.")
    doc = analyse(text, None, load_lexicons())
    words = doc.words(0, len(doc.tokens))
    assert sorted(words[i] for i in doc.clause_starts) == sorted(["بحسب", "يحضرون", "في"])


def test_token_offsets_around_marks_inside_and_after_words():
    """A dropped mark inside a word stays inside its token's original span, one after its last letter
    (البدءُ، أياً) stays outside it, and every span agrees with the offset map the extractors use
    (span_to_original). AL-internationalNews-68-20140112 (non-gold ANT)."""
    from transforms.arabic_text import normalize
    from transforms.document import tokenize
    text = ("ويكون علينا البدءُ الآن في العمليات التربوية، المُخرجة من عقائديات الولاء والبراء القاسية "
            "على الآخر، أياً يكن هذا الآخَر.")
    norm = normalize(text)
    tokens = tokenize(text, norm)
    spans = {t.text: text[t.ostart:t.oend] for t in tokens}
    assert spans["البدء"] == "البدء" and spans["ايا"] == "أيا"
    assert spans["المخرجه"] == "المُخرجة" and text[tokens[-1].ostart:tokens[-1].oend] == "الآخَر"
    assert all((t.ostart, t.oend) == norm.span_to_original(t.start, t.end) for t in tokens)

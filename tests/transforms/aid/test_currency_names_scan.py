"""CurrencyLexicon.may_hold_money finds the currency names once per text (a letter-tree regex) and
answers each span from their offsets: the same answers as searching the span itself, the way it
was done before. Real sentences from non-gold ANT articles."""
import re

from marsad.seeds import read_seed_csv
from transforms.aid import build_currency_lexicon
from transforms.arabic_text import normalize

# AL-economy-142-20180305 and AL-culture-317-20180421 (non-gold ANT), a sentence naming no currency,
# and AL-internationalNews-176-20180223, whose ينبغي begins with the yen's name (ين).
TEXT = ("قال بيان حكومي إن تونس ستستثمر 12 مليار دينار (خمسة مليارات دولار) في الكهرباء ومشروعات أخرى. "
        "قاطعت الممثلة الشهيرة حفلاً في إسرائيل لتسلم جائزة قيمتها مليونا دولار بسبب الأحداث. "
        "وأضاف وفقاً لبيان أصدرته وزارة الاستثمار المصرية، أن نحو 4776 شركة سعودية تستثمر في مصر. "
        "حيث قال ترودو للصحافيين: \"ما كان ينبغي أن يتلقى الشخص المعني دعوة\".")


def _currencies():
    return build_currency_lexicon(read_seed_csv("currencies.csv"), read_seed_csv("currencies_curated.csv"))


def _span_search(currencies, text, start, end):
    """The former answer: the names as one alternation, longest first, searched in the span."""
    nouns = sorted(set(currencies.qualified) | set(currencies.unqualified), key=len, reverse=True)
    symbols = "".join(re.escape(s) for s in currencies.symbols)
    names = re.compile(rf"(?<![\u0621-\u064A])(?:ال)?(?:{'|'.join(map(re.escape, nouns))})ا?(?![\u0621-\u064A])"
                       + (f"|[{symbols}]" if symbols else ""))
    return names.search(text, start, end) is not None


def test_sentences_with_and_without_a_currency():
    currencies = _currencies()
    text = normalize(TEXT).text
    first, second, third, fourth = (m.span() for m in re.finditer(r"[^.]+\.", text))
    assert currencies.may_hold_money(text, *first)
    assert currencies.may_hold_money(text, *second)
    assert not currencies.may_hold_money(text, *third)
    assert not currencies.may_hold_money(text, *fourth)
    # a span cut inside ينبغي, right after ين, reads that beginning as the word it ends with
    yen = text.index("ينبغي")
    assert currencies.may_hold_money(text, yen, yen + 2)
    # a span that ends inside a word: «دولا» is no name, «دينار» cut after its last letter is
    cut = text.index("دولار")
    assert not currencies.may_hold_money(text, cut - 1, cut + 4)
    dinar = text.index("دينار")
    assert currencies.may_hold_money(text, dinar, dinar + 5)


def test_every_span_is_answered_as_its_own_search_would():
    currencies = _currencies()
    text = normalize(TEXT).text
    reference = _currencies()
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1):
            assert currencies.may_hold_money(text, start, end) == _span_search(reference, text, start, end), (start, end)


# SK-economy-27-20180219 (non-gold ANT): the amount and the currency are written as one token.
GLUED = "وزاد الذهب في العقود الأمريكية الآجلة 0.4 بالمئة إلى 1350دولارا للأوقية."


def _text_answer(currencies, text):
    from transforms.document import tokenize
    norm = normalize(text)
    words = [t.text for t in tokenize(text, norm)]
    arabic = [re.fullmatch(r"[\u0621-\u064A]+", w) is not None for w in words]
    return currencies.text_may_hold_money(norm.text, words, arabic)


def test_the_text_is_answered_from_its_tokens_as_its_own_search_would():
    currencies = _currencies()
    sentences = [m.group() for m in re.finditer(r"[^.]+\.", TEXT)] + [GLUED, TEXT]
    answers = [_text_answer(currencies, s) for s in sentences]
    assert answers == [True, True, False, False, True, True]
    reference = _currencies()
    for s in sentences:
        text = normalize(s).text
        assert _text_answer(currencies, s) == _span_search(reference, text, 0, len(text)), s
    # the glued name is found inside its token (1350دولارا), which is not a word of letters only
    # (the sentence also names الذهب, which is a currency's name: its end is read alone)
    end = GLUED[GLUED.index("إلى"):]
    assert _text_answer(currencies, end)
    assert not _text_answer(currencies, end.replace("1350دولارا", "1350"))

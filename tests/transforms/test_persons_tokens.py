"""The persons' words read off the analysed document's tokens (transforms/persons/tokens.py
from_words) are the words tokenize reads from the text, offsets in both texts included, on real
sentences of ANT articles outside every gold set (article ids beside them)."""
from flows.lexicons import load_lexicons
from transforms.arabic_text import normalize
from transforms.document import analyse
from transforms.persons import extract_persons
from transforms.persons.tokens import from_words, tokenize

# AL-culture-80-20180221: a year glued to its era letter behind a dropped tatweel (276هـ), and
# short vowels (هَمَج) the normalisation drops.
HIJRI = ("ويكمل ابن قتيبة الدينوري، المتوفى سنة 276هـ، في \"أدب الكاتب\" أنه لهذا السبب \"قيل للجهلة "
         "والصغار: هَمَج\".")
# AL-culture-46-20180204: the article glued to a number (الـ15).
GLUED = ("وبعد مرور المشتركين الـ15 أمام المدربين وغنائهم على المسرح بالحلقة الماضية، حسم كل مدرب "
         "خياراته وتأهل 6 من المشتركين إلى العرض النهائي، ليل السبت.")


def test_words_of_the_document_are_the_words_of_the_text():
    for text in (HIJRI, GLUED):
        norm = normalize(text)
        document = analyse(text, None, load_lexicons())
        assert from_words(text, norm, document.tokens).items == tokenize(text, norm).items


def test_letters_glued_to_a_number_are_a_word_with_their_own_offsets():
    norm = normalize(HIJRI)
    document = analyse(HIJRI, None, load_lexicons())
    assert "276ه" in [t.text for t in document.tokens]
    era = [t for t in from_words(HIJRI, norm, document.tokens).items if t.text == "ه"]
    assert len(era) == 1 and HIJRI[era[0].ostart:era[0].oend] == "ه" and era[0].final_ha
    vowelled = [t for t in from_words(HIJRI, norm, document.tokens).items if t.text == "همج"]
    assert HIJRI[vowelled[0].ostart:vowelled[0].oend] == "هَمَج"


def test_persons_read_from_the_document_tokens_are_the_same():
    lexicons = load_lexicons()
    for text in (HIJRI, GLUED):
        document = analyse(text, None, lexicons)
        countries = document.entities["countries"]
        assert extract_persons(text, countries, lexicons.persons, normalized=document.norm,
                               words=document.tokens) == extract_persons(text, countries, lexicons.persons)

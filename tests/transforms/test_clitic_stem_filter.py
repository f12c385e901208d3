"""may_read_as: the cheap test that spares a new word form its clitic readings when no word list
can hold any of their stems (transforms.clitics, read by CueLexicon.cue)."""
from transforms.arabic_text import normalize
from transforms.clitics import may_read_as, readings, written_forms
from transforms.document import tokenize

# ANT sentences whose words carry every kind of clitic: a conjunction and a preposition (وبالتالي),
# the future س (سيلتقي), ل before the article (للتباحث), a pronoun after ة written ت (بزيارته).
SENTENCES = (
    "كما يقوم ماكرون بزيارته مندوبا عن أوروبا، ولا سيما بشأن النزاع التجاري.",
    "وأضاف أن الحريري سيلتقي مع الملك سلمان وولي العهد الأمير محمد بن سلمان.",
    "كما سيلتقي الرزاز قادة النقابات المهنية للتباحث حول #مشروع_قانون_الضريبة.",
)


def _words(sentence: str) -> list[str]:
    return [t.text for t in tokenize(sentence, normalize(sentence))]


def test_every_reading_stem_is_let_through():
    # The filter may only err towards True: a word list holding a reading's stem must never be ruled out.
    pairs = [(word, r.stem) for s in SENTENCES for word in _words(s) for r in readings(word)]
    assert ("بزيارته", "زياره") in pairs and ("سيلتقي", "يلتقي") in pairs and ("للتباحث", "تباحث") in pairs
    assert [(w, stem) for w, stem in pairs if not may_read_as(w, written_forms([stem]))] == []


def test_a_word_none_of_whose_readings_is_listed_is_ruled_out():
    visit_words = written_forms(["زياره", "يلتقي", "تباحث"])
    kept = [w for s in SENTENCES for w in _words(s) if may_read_as(w, visit_words)]
    assert kept == ["بزيارته", "سيلتقي", "سيلتقي", "للتباحث"]
    # Letters that only look like clitics are not stripped past the word's opening run: ماكرون, الحريري.
    assert not may_read_as("ماكرون", written_forms(["كرون", "رون"]))
    assert may_read_as("الحريري", written_forms(["حريري"]))

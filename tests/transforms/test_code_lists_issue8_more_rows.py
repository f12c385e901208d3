"""Word lists moved from code into seeds/cue_words.csv (issue 8, session 34): a row decides the rows of its real
sentence (an ANT article in no gold file; id quoted), and the lists the code reads are the ones it had."""
from marsad.seeds import read_seed_csv
from tests.transforms.test_code_lists_as_rows import date_lexicon_without, values
from transforms.cue_lexicon import build_cue_lexicon

ROWS = read_seed_csv("cue_words.csv")
CUES = build_cue_lexicon(ROWS)


def test_a_plural_of_days_counts_only_after_that():
    # CN-economy-66-20180329: «بعدها بعشرة أيام عمل» are days of work, which no calendar counts (class date_days_after_that);
    # without the row أيام is a unit like any other and the sum is paid on a day counted from the first of April.
    text = ("الدفعة الأولى: ستكون أحقية الأرباح للمساهمين المسجلين بسجلات الشركة بنهاية تداول يوم 1 أبريل/ نيسان 2018 على "
            "أن يتم الصرف بعدها بعشرة أيام عمل من ثاني يوم تداول يلي تاريخ الاستحقاق.")
    published = "2018-03-29T13:56:34+00:00"
    assert any(r["class"] == "date_days_after_that" and r["lemma"] == "أيام" and r["example"] == text
               and r["example_id"] == "CN-economy-66-20180329" for r in ROWS)
    assert values(text, published, date_lexicon_without()) == ["2018-04-01"]
    assert values(text, published, date_lexicon_without("date_days_after_that", "أيام")) == ["2018-04-01", "2018-04-11"]


def test_the_days_counted_after_that_are_the_word_ago_had():
    # extract.ago read «ايام» by name: now class date_days_after_that and _DAYS_AFTER_THAT_UNSEEN.
    from transforms.dates.extract import days_after_that_words

    assert days_after_that_words(CUES) == {"ايام"}

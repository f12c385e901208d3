"""Word lists moved from code into seeds/cue_words.csv (issue 8, session 33): each row decides the rows of its
real sentence (an ANT article in no gold file; id quoted), and the lists the code reads are the ones it had."""
import pytest

from marsad.seeds import read_seed_csv
from tests.transforms.test_code_lists_as_rows import _extract, _lexicons_without
from transforms.arabic_text import normalize_key
from transforms.cue_lexicon import build_cue_lexicon

ROWS = read_seed_csv("cue_words.csv")
CUES = build_cue_lexicon(ROWS)


def _visit(row):
    return row["visitor_name_ar"], row["host_country_iso2"], round(row["confidence"], 3)


# (class, lemma, ANT id, sentence, published, table, what the table's rows read with the row, and without it)
ARTICLE_ROWS = [
    # a preposition of place before the host: the visit model reads it (prep_in) and is surer of the visit
    ("visit_prep_in", "في", "AL-internationalNews-106-20180219",
     "تعرض المندوب القطري للطرد في #غزة بعد زيارته مستشفى الشفاء.", "2018-02-19T18:35:22+04:00", "visits", _visit,
     [(None, "PS", 0.809)], [(None, "PS", 0.529)]),
    ("visit_prep_in", "داخل", "SK-internationalNews-1462-20180509",
     "ومنذ توليه الحكم عام 2011، سافر كيم جونغ أون مرات عدة داخل كوريا الشمالية، وقالت الوكالة إن كيم وصل، الثلاثاء، "
     "إلى مطار مدينة داليان الساحلية الصينية القريبة من الحدود مع كوريا الشمالية، حيث التقى الرئيس، شي جين بينغ، دون أن "
     "تصدر بيانات رسمية بشأن فحوى القمة.", "2018-05-09T12:39:48+00:00", "visits", _visit,
     [("شي جين بينغ", "KP", 0.801)], [("شي جين بينغ", "KP", 0.516)]),
    # a word of coming from before the host (prep_from)
    ("visit_prep_from", "من", "AL-internationalNews-541-20180320",
     "يبدأ المبعوث الأممي الجديد إلى #اليمن،\xa0مارتن غريفيث، أولى جولاته من الرياض اليوم بلقاء الرئيس اليمني، عبدربه "
     "منصور هادي، وكبار مسؤولي الحكومة الشرعية.", "2018-03-20T07:52:12+04:00", "visits", _visit,
     [(None, "SA", 0.78), ("مارتن غريفيث", "SA", 0.375)], [(None, "SA", 0.778), ("مارتن غريفيث", "SA", 0.372)]),
]


@pytest.mark.parametrize("cls, lemma, ant_id, text, published, table, read, with_row, without_row", ARTICLE_ROWS,
                         ids=[f"{r[0]}:{r[1]}" for r in ARTICLE_ROWS])
def test_a_row_decides_its_sentence(cls, lemma, ant_id, text, published, table, read, with_row, without_row):
    assert any(r["class"] == cls and r["lemma"] == lemma and r["example_id"] == ant_id and r["example"] == text
               for r in ROWS)
    with_rows = _extract(ant_id, text, published, _lexicons_without())[table]
    without_rows = _extract(ant_id, text, published, _lexicons_without(cls, lemma))[table]
    assert [read(row) for row in with_rows] == with_row
    assert [read(row) for row in without_rows] == without_row


def test_the_visit_model_reads_the_prepositions_it_had():
    from transforms.visits.cues import clause_words

    clauses = clause_words(CUES)
    assert clauses.prep_in == {"في", "داخل"}
    assert clauses.prep_from == {"من", "قادما", "قادمه", "قادمين"}
    assert normalize_key("قادمة") in clauses.prep_from

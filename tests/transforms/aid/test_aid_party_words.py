"""The words around an aid party as classes of seeds/cue_words.csv (issue 8, session 33): a preposition before a
party (aid_party_preposition) decides the aid rows of its real sentence (an ANT article in no gold file; id quoted), and
the lists transforms/aid reads are the ones the code had."""
import pytest

from marsad.seeds import read_seed_csv
from tests.transforms.test_code_lists_as_rows import check_example_row_decides
from transforms.cue_lexicon import build_cue_lexicon

ROWS = read_seed_csv("cue_words.csv")
CUES = build_cue_lexicon(ROWS)


def _aid(row):
    return row["donor_iso2"], row["recipient_iso2"], row["amount"]

# (class, lemma, ANT id, sentence, published, table, what the table's rows read with the row, and without it)
PARTY_PREPOSITION_ROWS = [
    # a preposition before a party: it is no subject of its clause, so no giver by standing before the sum
    ("aid_party_preposition", "في", "FR-internationalNews-566-20180406",
     'وقال لودريان في افتتاح المؤتمر الدولي إن "فرنسا ستعلن من جهتها عن جهد كبير بمستوى الطموحات التي تضعها في لبنان، '
     'يبلغ 400 مليون يورو من القروض الميسرة و150 مليون دولار من الهبات".', "2018-04-06T06:51:52+00:00", "aid", _aid,
     [("FR", "LB", 400000000.0), ("FR", "LB", 150000000.0)], [("LB", "FR", 400000000.0), ("LB", "FR", 150000000.0)]),
    ("aid_party_preposition", "على", "SK-internationalNews-58-20180221",
     "وقالت المصادر إن شراء المقاتلات بالكامل من الولايات المتحدة بنحو 100 مليون دولار للطائرة الواحدة سيوفر على اليابان "
     "نحو 30 مليون دولار عن كل هيكل طائرة.", "2018-02-21T05:01:49+00:00", "aid", _aid, [], [("JP", "US", 30000000.0)]),
    ("aid_party_preposition", "مع", "BB-economy-129-20180511",
     "وتأتي هذه الخطوة ضمن سعي الحكومة المصرية لفرض إجراءات تقشفية ترتبط باتفاقية وقعتها مصر في عام 2016 مع صندوق النقد "
     "الدولي للحصول على قرض لمدة ثلاث سنوات بقيمة 12 مليار دولار.", "2018-05-11T09:35:33+00:00", "aid",
     lambda row: (row["donor_name_ar"], row["recipient_iso2"], round(row["confidence"], 2)),
     [("صندوق النقد الدولي", "EG", 0.42)], [("صندوق النقد الدولي", "EG", 0.75)]),
    ("aid_party_preposition", "من", "AL-internationalNews-1797-20180628",
     "واقترح مارك روتي ربر ام اتفاقات مع كل من السينغال والنيجر شبيهة بالصفقة التي أبرمت مع تركيا في 2016 والتي مكنت من "
     "وقف تدفق اللاجئين من سوريا والعراق وغيرهما، في مقابل مساعدات مالية بلغت 3.3 مليار يورو في ثلاث سنوات.",
     "2018-06-28T18:08:17+04:00", "aid", _aid, [], [("IQ", "TR", 3300000000.0)]),
]


@pytest.mark.parametrize("cls, lemma, ant_id, text, published, table, read, with_row, without_row", PARTY_PREPOSITION_ROWS,
                         ids=[f"{r[0]}:{r[1]}" for r in PARTY_PREPOSITION_ROWS])
def test_a_party_preposition_row_decides_its_sentence(cls, lemma, ant_id, text, published, table, read, with_row, without_row):
    check_example_row_decides(cls, lemma, ant_id, text, published, table, read, with_row, without_row)

def test_the_words_before_a_party_that_make_it_no_actor_are_the_ones_it_had():
    # candidates._NOT_ACTOR_BEFORE was في، إلى، داخل: now class aid_locative (في، داخل) and _NOT_ACTOR_UNSEEN (إلى).
    from transforms.aid.candidates import _NOT_ACTOR_UNSEEN
    from transforms.aid.cues import aid_words

    assert aid_words(CUES).locative | _NOT_ACTOR_UNSEEN == {"في", "الي", "داخل"}


def test_the_aid_party_words_are_the_ones_parties_had():
    # parties._PREPOSITION_WORDS and _GIVES_AFTER: now classes aid_party_preposition and aid_gives_between, and their
    # *_UNSEEN tuples.
    from transforms.aid.cues import aid_words

    words = aid_words(CUES)
    assert words.party_prepositions == {"من", "في", "الي", "مع", "عن", "علي", "داخل", "بين", "منذ", "حول", "ضد", "لدي"}
    assert words.gives_between == {"قد", "وقد", "الذين", "التي", "كانوا"}

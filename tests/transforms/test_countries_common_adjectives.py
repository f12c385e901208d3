"""An adjective more often a common word than a country's (class country_common_adjective of seeds/cue_words.csv,
issue 8, session 34): its row keeps the country out of its real sentence (an ANT article in no gold file; id quoted),
and the list transforms/entities/countries.py reads is the one the code had."""
import pytest

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon

ROWS = read_seed_csv("cue_words.csv")
CUES = build_cue_lexicon(ROWS)


def _lexicons_without(cls=None, lemma=None):
    """The pipeline's lexicons with the cue lexicon, and the gazetteer that reads it, built without one row."""
    from dataclasses import replace

    from flows.lexicons import load_lexicons
    from transforms.entities import build_gazetteer

    cues = build_cue_lexicon([r for r in ROWS if not (r["class"] == cls and r["lemma"] == lemma)])
    gazetteer = build_gazetteer(read_seed_csv("countries.csv"), read_seed_csv("country_variants.csv"),
                                read_seed_csv("demonyms.csv"), read_seed_csv("places_curated.csv") + read_seed_csv("places.csv"),
                                read_seed_csv("organisations.csv"), cues)
    return replace(load_lexicons(), cues=cues, gazetteer=gazetteer)


# (lemma, ANT id, sentence, published, the adjective's country mention that the row keeps out)
COMMON_ADJECTIVE_ROWS = [
    # «مركز الملك عبد الله المالي» is the financial centre, no adjective of Mali
    ("مالي", "AL-culture-242-20180409",
     'الفيلم الذي سيتم عرضه يوم 18 إبريل/نسيان الجاري في صالة سينما تسع 620 مقعدا في "مركز الملك عبد الله المالي" '
     'بالعاصمة الرياض، طبقا لما نشرت عنه "العربية.', "2018-04-09T07:57:01+04:00", ("ML", "المالي")),
    # «مخيمهم الصحراوي» is their desert camp, no adjective of Western Sahara
    ("صحراوي", "BB-middleEast-747-20180717",
     "في الصباح الباكر لأحد أيام كانون الأول / ديسمبر، اقتحمت مخيمهم الصحراوي مجموعة من الشاحنات المزودة بمدافع رشاشة.",
     "2018-07-17T18:48:23+00:00", ("EH", "الصحراوي")),
    # «الميقات القمري» is the lunar calendar, no adjective of the Comoros
    ("قمري", "CN-middleEast-1350-20180911",
     'وكتب السيسي، في صفحته على موقع "فيسبوك": "في عام 2018، وبين الميقات القمري وتقويم الشهداء، تحتفل مصر مسلميها '
     'ومسيحييها ببداية التقويمين الهجري والقبطي، في رمزية جميلة ودالة على وحدة هذا الشعب واحتوائه لكل تنوع واختلاف يزيدها '
     'قوة وثراء كل عام وجميعنا بخير وأمان".', "2018-09-11T08:29:28+00:00", ("KM", "القمري")),
    # «نور الدين كوكي» is a family name, no adjective of the Cook Islands
    ("كوكي", "SK-middleEast-1310-20180428",
     'وصرح نور الدين كوكي، وهو ناطق باسم "حركة تحرير السودان جناح عبد الواحد نور"، لوكالة فرانس برس بأن "جيش النظام حاول '
     'السيطرة على مواقعنا لكننا تصدينا له".', "2018-04-28T21:11:37+00:00", ("CK", "كوكي")),
]


@pytest.mark.parametrize("lemma, ant_id, text, published, mention", COMMON_ADJECTIVE_ROWS,
                         ids=[r[0] for r in COMMON_ADJECTIVE_ROWS])
def test_an_adjective_more_often_a_common_word_names_no_country(lemma, ant_id, text, published, mention):
    # class country_common_adjective: with the row none of the masculine's forms is the country's adjective
    from datetime import datetime

    from flows.extraction import extract_article

    assert any(r["class"] == "country_common_adjective" and r["lemma"] == lemma and r["example"] == text
               and r["example_id"] == ant_id for r in ROWS)

    def countries(lexicons):
        rows = extract_article(ant_id, "", text, datetime.fromisoformat(published), lexicons)["country_mentions"]
        return [(r["iso2"], r["surface"]) for r in rows]

    assert mention not in countries(_lexicons_without())
    assert mention in countries(_lexicons_without("country_common_adjective", lemma))


def test_the_common_adjectives_are_the_ones_the_code_had():
    # countries.AMBIGUOUS_MASCULINES was مالي، صحراوي، قمري، كوكي: now class country_common_adjective and
    # AMBIGUOUS_MASCULINES_UNSEEN; COMMON_WORDS, their forms, is common_words of them.
    from transforms.entities.countries import common_adjective_masculines, common_words

    masculines = common_adjective_masculines(CUES)
    assert masculines == {"مالي", "صحراوي", "قمري", "كوكي"}
    assert {"مالي", "ماليه", "الماليه", "الماليين", "صحراويه", "القمري"} <= common_words(masculines)

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


def _aid(row):
    return row["donor_iso2"], row["recipient_iso2"], row["amount"]


# (class, lemma, ANT id, sentence, published, table, what the table's rows read with the row, and without it)
ARTICLE_ROWS = [
    # a preposition of place before the host: the visit model reads it (prep_in) and is surer of the visit
    ("visit_prep_in", "في", "AL-internationalNews-106-20180219",
     "تعرض المندوب القطري للطرد في #غزة بعد زيارته مستشفى الشفاء.", "2018-02-19T18:35:22+04:00", "visits", _visit,
     [(None, "PS", 0.759)], []),  # the 2026-12-07 refit (issue 9): without the row the pair falls below the threshold
    ("visit_prep_in", "داخل", "SK-internationalNews-1462-20180509",
     "ومنذ توليه الحكم عام 2011، سافر كيم جونغ أون مرات عدة داخل كوريا الشمالية، وقالت الوكالة إن كيم وصل، الثلاثاء، "
     "إلى مطار مدينة داليان الساحلية الصينية القريبة من الحدود مع كوريا الشمالية، حيث التقى الرئيس، شي جين بينغ، دون أن "
     "تصدر بيانات رسمية بشأن فحوى القمة.", "2018-05-09T12:39:48+00:00", "visits", _visit,
     [("شي جين بينغ", "KP", 0.831)], [("شي جين بينغ", "KP", 0.573)]),
    # a word of coming from before the host (prep_from)
    ("visit_prep_from", "من", "AL-internationalNews-541-20180320",
     "يبدأ المبعوث الأممي الجديد إلى #اليمن،\xa0مارتن غريفيث، أولى جولاته من الرياض اليوم بلقاء الرئيس اليمني، عبدربه "
     "منصور هادي، وكبار مسؤولي الحكومة الشرعية.", "2018-03-20T07:52:12+04:00", "visits", _visit,
     [(None, "SA", 0.771), ("مارتن غريفيث", "SA", 0.407)], [(None, "SA", 0.77), ("مارتن غريفيث", "SA", 0.406)]),
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


def test_the_levantine_month_names_are_read_from_the_month_seed():
    # extract._LEVANTINE was these ten first words; they are the rows of seeds/months.csv of source cldr:ar_SY.
    from transforms.dates import build_date_lexicon

    lexicon = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"), None, CUES)
    assert lexicon.levantine == {"كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين"}


def test_a_levantine_name_paired_with_another_names_one_month():
    # AL-internationalNews-131-20180221: «يونيو/حزيران» is one month.
    from datetime import datetime

    from transforms.dates import build_date_lexicon, extract_time_expressions

    lexicon = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"), None, CUES)
    text = "وأسفر هجوم بعبوة ناسفة على حانة على مشارف كوالالمبور في يونيو/حزيران 2016 عن إصابة ثمانية."
    published = datetime.fromisoformat("2018-02-21T12:59:54+04:00")
    assert [e["value"] for e in extract_time_expressions(text, published, lexicon)] == ["2016-06"]


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


def test_the_visit_clause_patterns_read_the_words_they_had():
    # cues._EVENT_PHASES and object_filler's place nouns, now classes visit_event_phase and visit_object_place_noun
    # with their *_UNSEEN tuples: the patterns built from them match what the old ones matched.
    import re

    from transforms.visits.cues import clause_words

    clauses = clause_words(CUES)
    sequence = CUES.word_alternation("sequence")
    old_after = re.compile(rf"(?<!\w)(?:{sequence})(?:\s+(?:انتهاء|ختام|اختتام|انتهت|انتهي|حضور|مشاركته|مشاركتها))?\s*\S*$")
    phases = ["انتهاء", "ختام", "اختتام", "انتهت", "انتهي", "حضور", "مشاركته", "مشاركتها", "انتهائه", "مشارك", "ختامها"]
    for seq in CUES.lists["sequence"]:
        for phase in phases:
            for text in (f"{seq} {phase} القمه", f"{seq}  {phase} ", f"و{seq} {phase}", f"{seq} {phase} في القمه"):
                assert bool(clauses.after_event.search(text)) == bool(old_after.search(text)), text
    old_filler = re.compile(rf"(?:(?:رفيع|رفيعه|الرفيع|الرفيعه)\s+(?:المستوي)\s+|(?:{CUES.word_alternation('time_adverb')})\s+)*"
                            r"(?:(?:مدينه|بلده|العاصمه|عاصمه|جزيره|منطقه|قريه|ولايه|اقليم)\s+)?")
    assert clauses.object_filler.pattern != old_filler.pattern  # a trie of the same words
    for noun in ("مدينه", "بلده", "العاصمه", "عاصمه", "جزيره", "منطقه", "قريه", "ولايه", "اقليم", "مدينتي", "المدينه", "عاصم"):
        for text in (f"{noun} ", f"رفيع المستوي {noun} ", f"اليوم {noun} ", f"{noun}  ", noun):
            assert bool(clauses.object_filler.fullmatch(text)) == bool(old_filler.fullmatch(text)), text
    # «زار وفد أميركي رفيع المستوى، الخميس، مدينة منبج» (the comment's sentence): the words between, times taken out
    assert clauses.object_filler.fullmatch("رفيع المستوي مدينه ")


def test_a_word_of_likeness_row_decides_its_sentence():
    # SK-middleEast-540-20180325: «في مثل هذا اليوم قبل 3 أعوام» is this very day three years back (class date_like).
    from datetime import datetime

    from tests.transforms.test_code_lists_as_rows import date_lexicon_without
    from transforms.dates import extract_time_expressions

    text = ("ففي مثل هذا اليوم قبل 3 أعوام، أعلن عن بدء عملية عاصفة الحزم من قبل التحالف الذي تقوده السعودية، استجابة "
            "لطلب الحكومة اليمنية الشرعية، لصد الانقلاب الذي نفذته ميليشيات الحوثي الإيرانية.")
    published = datetime.fromisoformat("2018-03-25T11:55:09+00:00")

    def found(lexicon):
        return [(e["surface"], e["value"]) for e in extract_time_expressions(text, published, lexicon)]

    assert ("قبل 3 أعوام", "2015-03-25") in found(date_lexicon_without())
    assert ("قبل 3 أعوام", "2015") in found(date_lexicon_without("date_like", "مثل"))

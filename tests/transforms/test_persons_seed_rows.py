"""seeds/persons.csv holds no slip of the mining (transforms.persons.lexicon.mined_name_defect,
applied by scripts/mine_persons.py): a verb, a time adverb, a glued preposition or a place inside a
mined name. The rows below are the slips that the mining made before the check, with their titles as
the corpus wrote them."""
import importlib.util
from functools import lru_cache
from pathlib import Path

import pytest

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.persons import build_person_lexicon, extract_persons
from transforms.persons.lexicon import is_then_adverb, mined_name_defect, words_of

CUES = build_cue_lexicon(read_seed_csv("cue_words.csv"))  # its persons classes (person_speech_verb …)

REPO = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def context() -> dict:
    spec = importlib.util.spec_from_file_location("mine_persons", REPO / "scripts" / "mine_persons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.seed_context()


def defect(name: str):
    return mined_name_defect(words_of(name), **context())


def test_no_row_of_the_persons_seed_is_a_slip_of_the_mining():
    bad = [(r["name_ar"], reason) for r in read_seed_csv("persons.csv")
           if (reason := defect(r["name_ar"])) is not None]
    assert bad == []


@pytest.mark.parametrize("name, reason", [
    ("ستورمي دانيلز تسخر", "verb"),          # الممثلة الإباحية ستورمي دانيلز تسخر من ...
    ("يتمتع مادورو", "verb"),                # ... يتمتع مادورو بدعم الجيش
    ("آنذاك مشار", "adverb"),                # نائبه آنذاك رياك مشار
    ("لبوروسيا دورتموند", "glued preposition"),  # المدرب السابق لبوروسيا دورتموند
    ("فلوريدا ريك سكوت", "place"),           # حاكم ولاية فلوريدا ريك سكوت
    ("ريال مدريد زين الدين", "place"),       # مدرب ريال مدريد زين الدين زيدان
    ("بن سحيم", "one unit"),                 # السلطان بن سحيم (a father's name alone)
    ("فضل الله", "one unit"),                # زعيم حركة ... فضل الله
    ("روى حسن نصرالله", "word before a known name"),       # الأمين العام لحزب الله روى حسن نصرالله
    ("طليقة يوسف القرضاوي", "word before a known name"),   # رئيس الاتحاد ... طليقة يوسف القرضاوي
    ("ز يد بن رعد", "no name's letters"),    # الأمير ز يد بن رعد (a letter split off)
    ("ومقدم برنامج GPS", "no name's letters"),  # المحلل السياسي ومقدم برنامج GPS
    ("مكافحة الجرائم المعلوماتية", "construct"),  # مديرة مكتب مكافحة الجرائم المعلوماتية
])
def test_the_slips_of_the_mining_are_caught(name, reason):
    assert (defect(name) or "").startswith(reason)


@pytest.mark.parametrize("name", ["براين هوك", "بيتر بون", "فتح الله غولن", "بسام الصباغ", "عبد الله الثاني",
                                  "يوسف الشاهد", "سيرغي سكريبال", "عبد الله", "ابن خلدون", "آبي أحمد",
                                  "محمد جواد ظريف", "طارق محمد صالح", "محمد حسني مبارك", "عمر الرزّاز",
                                  "مون جيه-إن", "صباح الأحمد الجابر الصباح", "شاهد خاقان عباسي"])
def test_real_names_are_no_slips(name):
    # براين/راين and بون (Bonn) are a name's own letters and a family name at the end of the name
    assert defect(name) is None


def test_the_adverbs_of_then():
    for word in ("آنذاك", "حينذاك", "وقتذاك", "حينئذ", "يومئذ", "مذاك"):
        assert is_then_adverb(words_of(word)[0])
    for word in ("ذاك", "هناك", "أنور", "منذ"):
        assert not is_then_adverb(words_of(word)[0])


def test_a_preposition_on_a_verbal_noun_opens_no_name_after_a_title():
    # BB-internationalNews-1166-20181008 (non-gold), its headline: تقاضي is a verb's form too
    lexicon = build_person_lexicon(read_seed_csv("titles.csv"), read_seed_csv("persons.csv"),
                                   read_seed_csv("name_stopwords.csv"), read_seed_csv("office_nouns.csv"),
                                   read_seed_csv("given_names.csv"), read_seed_csv("imperfect_verbs.csv"),
                                   cues=CUES)
    text = "الصين تتهم رئيس الإنتربول بتقاضي رشوة"
    assert [p["name_ar"] for p in extract_persons(text, [], lexicon)] == []


@pytest.mark.parametrize("text, expected", [
    # SK-internationalNews-3191-20180910, BB-internationalNews-531-20180519 (non-gold): the adverb
    # qualifies the office, the name follows it
    ("وكان الرئيس الأمريكي آنذاك جورج بوش قد أعلن الحرب.", ("جورج بوش", "الرئيس")),
    ("وقال رئيس الوزراء البريطاني آنذاك توني بلير إن الحرب ضرورية.", ("توني بلير", "رئيس الوزراء")),
    # BB-internationalNews-157-20180315: the adverb after a name ends it
    ("وقال وزير الخارجية الروسي سيرغي لافروف حينئذ إن بلاده سترد.", ("سيرغي لافروف", "وزير الخارجية")),
])
def test_an_adverb_of_then_is_no_word_of_the_name(text, expected):
    from transforms.entities import build_gazetteer, find_entities
    gazetteer = build_gazetteer(read_seed_csv("countries.csv"), read_seed_csv("country_variants.csv"),
                                read_seed_csv("demonyms.csv"), read_seed_csv("places_curated.csv"),
                                read_seed_csv("organisations.csv"))
    lexicon = build_person_lexicon(read_seed_csv("titles.csv"), [], read_seed_csv("name_stopwords.csv"),
                                   read_seed_csv("office_nouns.csv"),
                                   cues=CUES)
    countries = find_entities(text, gazetteer)["countries"]
    found = [(p["name_ar"], p["title_ar"]) for p in extract_persons(text, countries, lexicon)]
    assert found == [expected]


@pytest.mark.parametrize("text, expected", [
    # FR-internationalNews-464-20180316 (non-gold): a group's spokesman belongs to its state
    ("وقال دبلوماسيان ومسؤولان يمنيان، طلبوا التحفظ على هوياتهم، إن محمد عبد السلام المتحدث باسم الحوثيين"
     " تواصل بشكل مباشر مع مسؤولين سعوديين.", ("محمد عبد السلام", "YE")),
    # the leader of a movement named as the office's complement
    ("وقال إسماعيل هنية رئيس المكتب السياسي لحماس إن الحركة ترفض.", ("إسماعيل هنية", "PS")),
    # a news agency is no office of its state
    ("وقال جون سميث مراسل وكالة رويترز إن الحركة ترفض.", ("جون سميث", None)),
])
def test_the_state_of_a_group_or_state_body_in_the_title(text, expected):
    from transforms.entities import build_gazetteer, find_entities
    gazetteer = build_gazetteer(read_seed_csv("countries.csv"), read_seed_csv("country_variants.csv"),
                                read_seed_csv("demonyms.csv"), read_seed_csv("places_curated.csv"),
                                read_seed_csv("organisations.csv"))
    lexicon = build_person_lexicon(read_seed_csv("titles.csv"), read_seed_csv("persons.csv"),
                                   read_seed_csv("name_stopwords.csv"), read_seed_csv("office_nouns.csv"),
                                   read_seed_csv("given_names.csv"), read_seed_csv("imperfect_verbs.csv"),
                                   cues=CUES)
    entities = find_entities(text, gazetteer)
    found = [(p["name_ar"], p["country_iso2"]) for p in extract_persons(
        text, entities["countries"], lexicon, organisations=entities["organisations"])]
    assert found == [expected]


def test_a_given_name_ending_in_ha_after_a_title():
    lexicon = build_person_lexicon(read_seed_csv("titles.csv"), read_seed_csv("persons.csv"),
                                   read_seed_csv("name_stopwords.csv"), read_seed_csv("office_nouns.csv"),
                                   read_seed_csv("given_names.csv"), read_seed_csv("imperfect_verbs.csv"),
                                   cues=CUES)
    # a given name ending in ه opens the name after a title (real ANT sentence, non-gold)
    text = "وهذا الفريق كما أقر المدرب الفرنسي ديدييه ديشان، يملك عدة نقاط قوة."
    assert [(p["name_ar"], p["title_ar"]) for p in extract_persons(text, [], lexicon)] == [("ديدييه ديشان", "المدرب الفرنسي")]  # no country finder here
    # ... but a common word with the pronoun does not (FR-sport-52-20180326: «his club Arsenal»)
    text = "وقع محمد النني عقدا جديدا طويل الأمد مع ناديه أرسنال بحسب ما أعلن الأخير."
    assert not any("ناديه" in p["name_ar"] for p in extract_persons(text, [], lexicon))


@pytest.mark.parametrize("text", [
    # FR-internationalNews-1239-20180514, SK-internationalNews-1708-20180522 (non-gold)
    "والتي أشارت إلى أن المدرب الذي قاد دورتموند إلى لقب كأس ألمانيا في الموسم الماضي.",
    "ووفقا لمسؤولين أمنيين، فإن الرئيس الأميركي قاوم البرتوكولات الأمنية للبيت الأبيض.",
])
def test_a_past_verb_after_a_title_opens_no_name(text):
    lexicon = build_person_lexicon(read_seed_csv("titles.csv"), read_seed_csv("persons.csv"),
                                   read_seed_csv("name_stopwords.csv"), read_seed_csv("office_nouns.csv"),
                                   read_seed_csv("given_names.csv"), read_seed_csv("imperfect_verbs.csv"),
                                   cues=CUES)
    assert extract_persons(text, [], lexicon) == []

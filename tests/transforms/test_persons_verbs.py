"""seeds/imperfect_verbs.csv (scripts/build_imperfect_verbs.py): names are never verbs. أن governs
nouns and names as well as verbs (أن يوليا تحدثت، أن نيمار وصل), so a form seen only after it needs
the corpus's evidence that it is a verb."""
import csv
import importlib.util
from pathlib import Path

import pytest

from flows.lexicons import load_lexicons
from transforms.entities import find_entities
from transforms.persons import extract_persons
from transforms.persons.names import derived_past_verb, future_verb, past_feminine_verb

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_imperfect_verbs", REPO / "scripts" / "build_imperfect_verbs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def verbs():
    with open(REPO / "seeds" / "imperfect_verbs.csv", encoding="utf-8") as handle:
        return {row["verb_ar"] for row in csv.DictReader(handle)}


def test_a_verb_is_written_with_another_prefix_or_the_future_sin(build):
    # Words of real ANT sentences: «لا تعيش» / «أن يعيشوا», «ستعقد», «أن يوليا تحدثت»
    vocabulary = {"تعيش", "ستعقد", "يوليا", "تحدثت", "نيمار", "تولي"}
    assert build.verb_evidence("يعيشوا", vocabulary)  # يعيش: تعيش
    assert build.verb_evidence("تعقد", vocabulary)  # ستعقد
    assert not build.verb_evidence("يوليا", vocabulary)  # a lone ا is no suffix: not يولي / تولي
    assert not build.verb_evidence("نيمار", vocabulary)


def test_names_written_after_an_are_not_listed_and_verbs_are(verbs):
    # AL-internationalNews-805-20180405 «يزعم أن يوليا تحدثت», FR-sport-92-20180504 «أن نيمار وصل»
    for name in ("يوليا", "نيمار", "يفغيني", "ترامب", "ترمب", "نتنياهو", "نواز"):
        assert name not in verbs
    # Given names that are verbs after a particle that governs verbs only: لم ينس، لن تشن، قد تأمر
    for verb in ("يكون", "يشدد", "يتمتع", "تشن", "ينس", "تامر"):
        assert verb in verbs


# A present verb behind the future's س ends the name before it (issue 10), in ANT articles outside
# every gold set.
@pytest.mark.parametrize("text, name", [
    # BB-middleEast-257-20180328: a dual subject
    ("أن وزير الخارجية الروسي سيرغي لافروف ومبعوث الأمم المتحدة لسوريا ستيفان دي مستورا سيعقدان "
     "محادثات في موسكو يوم الخميس", "ستيفان دي مستورا"),
    # BB-internationalNews-293-20180405
    ("قالت المحكمة العليا في البرازيل إن الرئيس البرازيلي الأسبق لويس ايناسو دا سيلفا سيدخل السجن "
     "خلال فترة الطعن", "لويس ايناسو دا سيلفا"),
])
def test_a_future_verb_after_a_name_is_no_part_of_it(text, name):
    lexicons = load_lexicons()
    countries = find_entities(text, lexicons.gazetteer)["countries"]
    found = [p["name_ar"] for p in extract_persons(text, countries, lexicons.persons)]
    assert name in found and not any(n.startswith(name + " ") for n in found)


def test_a_name_opening_with_sin_is_no_future_verb():
    lexicon = load_lexicons().persons
    assert future_verb("سيعقدان", lexicon) and future_verb("ستعقد", lexicon) and future_verb("وسيلتقي", lexicon)
    assert not any(future_verb(w, lexicon) for w in ("ستيفان", "سترو", "سيمون", "ستالين"))


@pytest.mark.parametrize("text, name", [
    # SK-internationalNews-18-20180217 (team part), a title
    ("تصريحات ضد خطيبة الأمير هاري تطيح زعيم حزب بريطاني", "هاري"),
])
def test_a_present_verb_in_ta_after_a_name_is_no_part_of_it(text, name):
    found = [p["name_ar"] for p in extract_persons(text, [], load_lexicons().persons)]
    assert found == [name]


# A past verb of a feminine subject ends the name before it (issue 10), whatever the name's gender
# (the subject may be named earlier: رونالد ريغان أسست), while names in ت stay names.
@pytest.mark.parametrize("text, name", [
    # CN-middleEast-212-20180307 (team part)
    ("وتابعت بالقول إن الملكة إليزابيث أقامت مأدبة غداء على شرف ولي العهد بمناسبة زيارته", "إليزابيث"),
    # CN-middleEast-1258-20180819 (non-gold)
    ("قالت إن \"وفدا من أنصار الله برئاسة الناطق الرسمي محمد عبدالسلام زارت، السبت، سماحة الأمين العام",
     "محمد عبدالسلام"),
    # BB-internationalNews-1126-20180925 (non-gold): the verb before a name in apposition
    ("حضرت جاكيندا أردرن، رئيسة وزراء نيوزلندا، الجمعية العمومية للأمم المتحدة مصطحبة طفلتها", "جاكيندا أردرن"),
    # CN-middleEast-189-20180305 (non-gold): a name in ت
    ("ومن جانبه قال آليا ثروت عضو مجلس النواب المصري، إن زيارة الأمير محمد للكاتدرائية", "آليا ثروت"),
])
def test_a_past_feminine_verb_after_a_name_is_no_part_of_it(text, name):
    lexicons = load_lexicons()
    countries = find_entities(text, lexicons.gazetteer)["countries"]
    found = [p["name_ar"] for p in extract_persons(text, countries, lexicons.persons)]
    assert name in found and not any(n.startswith(name + " ") or n.endswith(" " + name) for n in found)


def test_given_names_in_ta_are_no_past_verbs():
    lexicon = load_lexicons().persons
    assert all(past_feminine_verb(w, lexicon) for w in ("اقامت", "اسست", "انكرت", "زارت", "استقبلت", "اكدت"))
    assert not any(past_feminine_verb(w, lexicon) for w in ("مدحت", "طلعت", "نصرت", "عصمت", "رافت", "ثروت",
                                                            "عزت", "بنت", "بنيت", "غريت"))


@pytest.mark.parametrize("text, name", [
    # BB-internationalNews-1189-20181013 (non-gold)
    ("وقالت إن الرئيس دوتيرتي استعمل \"الاستخدام المشروع للقوة\" ضد التهديدات", "دوتيرتي"),
    # AL-internationalNews-1491-20180605 (non-gold)
    ("وعلى الرغم من أن كيم ابتسم بالفعل خلال أجزاء أخرى من الاجتماع", "كيم"),
])
def test_a_derived_past_verb_after_a_name_is_no_part_of_it(text, name):
    found = [p["name_ar"] for p in extract_persons(text, [], load_lexicons().persons)]
    assert not any(n.endswith(" استعمل") or n.endswith(" ابتسم") for n in found)


def test_names_opening_with_alef_are_no_derived_verbs():
    lexicon = load_lexicons().persons
    assert all(derived_past_verb(w, lexicon) for w in ("انتقد", "اعتبر", "استدعي", "ابتسم"))
    assert not any(derived_past_verb(w, lexicon) for w in ("ابراهيم", "اسماعيل", "انطوان", "ارنولد", "اندرياس",
                                                           "اليكسيس", "ايفانكا"))

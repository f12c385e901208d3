"""A given name that is also a common adjective heads a construct (حسن نية «good faith», حسن النوايا)
and a surname that is also a common noun stands alone (حجاب «hijab»): neither is a person (issue 10).
scripts/build_name_stopwords.py no longer counts such a second word as a name part, since the
corpus never writes the pair after a title and writes the word with possessive pronouns (نيتها).

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
from functools import lru_cache

import pytest

from marsad.seeds import read_seed_csv
from transforms.persons import build_person_lexicon, extract_persons
from transforms.cue_lexicon import build_cue_lexicon

CUES = build_cue_lexicon(read_seed_csv("cue_words.csv"))  # its persons classes (person_speech_verb …)


@lru_cache(maxsize=1)
def lexicon():
    return build_person_lexicon(read_seed_csv("titles.csv"), read_seed_csv("persons.csv"),
                                read_seed_csv("name_stopwords.csv"), read_seed_csv("office_nouns.csv"),
                                read_seed_csv("given_names.csv"), cues=CUES)


def names(text: str) -> set[str]:
    return {p["name_ar"] for p in extract_persons(text, [], lexicon())}


@pytest.mark.parametrize("text", [
    # AL-internationalNews-1276-20180522
    "توجه صحافيون أجانب إلى #كوريا_الشمالية، الثلاثاء، لتغطية تفكيكها لموقع التجارب النووية، كما وعدت، "
    "وهي خطوة تعتبر بادرة حسن نية قبل قمة مرتقبة مع #الولايات_المتحدة.",
    # BB-middleEast-430-20180501
    "وأضاف أن الأدلة أظهرت أن الاتفاق بين إيران والقوى الست الكبرى في العالم في 2015 كان يعتمد على "
    "الخداع، وليس على حسن النية.",
    # AL-internationalNews-1840-20180707
    "وقالت وكالة الأنباء المركزية الكورية إن كيم يونج أون عبر في الخطاب عن \"توقعاته وقناعاته\" بشأن "
    "ترسخ شعور حسن النية بين القائدين من خلال حوارات مستقبلية.",
])
def test_good_faith_after_a_given_name_is_no_person(text):
    assert not any(name.startswith("حسن") for name in names(text))


def test_good_intentions_are_no_person_beside_a_real_name():
    # BB-internationalNews-480-20180509
    text = ("واعتبر بومبيو أن إطلاق سراح المعتقلين الثلاثة سيكون تعبيرا عن حسن النوايا من جانب بيونغ يانغ "
            "حال حدوثه.")
    assert names(text) == {"مايك بومبيو"}


@pytest.mark.parametrize("text", [
    # SK-internationalNews-2546-20180709
    "كما ظهرت في مقاطع أخرى وهي بدون حجاب.",
    # FR-internationalNews-1802-20180614
    "وذكرت شرطة طهران في شباط/فبراير أنه تم توقيف 29 امرأة لوقوفهن في مكان عام دون حجاب خلال الأسابيع السابقة.",
])
def test_a_hijab_is_not_the_surname_of_a_known_person(text):
    assert names(text) == set()


def test_the_same_words_in_real_names_still_make_persons():
    # AL-internationalNews-73-20140105
    text = ("الرئيس الإسرائيلي أعرب أخيرا عن استعداده للقاء الرئيس الإيراني حسن روحاني، مؤكدا أنه لا يوجد "
            "عداء إسرائيلي ضد إيران حكومة وشعبا.")
    assert "حسن روحاني" in names(text)
    # CN-middleEast-1329-20180909
    text = ("نشر رياض حجاب، رئيس الوزراء السوري الأسبق، مقطع فيديو على صفحته بموقع التواصل الاجتماعي، تويتر، "
            "تحدث فيه عن الرئيس السوري، بشار الأسد وإن كان الأخير قد انتصر بالفعل في الحرب الأهلية التي "
            "تشهدها البلاد منذ 2011.")
    assert "رياض حجاب" in names(text)

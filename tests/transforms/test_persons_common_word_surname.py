"""A lexicon person named only by a definite one-word form of the family name that is also a word
of the language (الصدر the chest، الأسد the lion، المعلم the landmark، الابن the son), untitled, in a
text that names no country of theirs, is the word, not the person. Named in a text that names
their country, or by a nisba (القذافي), the person stays. Sentences are real, from non-gold ANT
articles; the article id is given beside each."""
from tests.transforms.test_persons_untitled import lexicon
from transforms.persons import extract_persons


def country(text: str, surface: str, iso2: str) -> dict:
    start = text.index(surface)
    return {"iso2": iso2, "surface": surface, "char_start": start, "char_end": start + len(surface), "via": "name"}


def names(text: str, countries=()) -> set[str]:
    return {p["name_ar"] for p in extract_persons(text, list(countries), lexicon())}


def test_a_wound_in_the_chest_is_no_person():
    # SK-middleEast-3550-20180907
    text = "وأضاف البيان أن شابا يدعى بلال مصطفى خفاجة (17 عاما) قتل برصاصة في الصدر شرق رفح."
    assert "مقتدى الصدر" not in names(text)


def test_a_landmark_is_no_person():
    # FR-internationalNews-2595-20180803
    text = "أعلنت الشركة المشغلة لبرج إيفل بباريس أن المعلم التاريخي فتح أبوابه الجمعة بعد يومين من الإضراب."
    assert "وليد المعلم" not in names(text, [country(text, "بباريس"[1:], "FR")])


def test_the_family_name_in_a_text_naming_the_country_is_the_person():
    # BB-middleEast-301-20180407
    text = ('لخصت مشاعرها قائلة: "إذا أزيح الأسد عن السلطة وتوفر الأمن في سوريا، حتى لو لم يتوفر غذاء ولا ماء، '
            'سنحصل على الدقيق ونصنع الخبز بأيدينا".')
    assert "الأسد" not in names(text) and "بشار الأسد" not in names(text)
    assert "بشار الأسد" in names(text, [country(text, "سوريا", "SY")])

"""A known person's given name as the text spells it (issue 10): إلون ماسك, جستن ترودو, هيربرت كيكل
where the lexicon has إيلون ماسك, جاستن ترودو, هربرت كيكل. The word before the family name, spelt
near the lexicon's given name, is read with it, and the person is named as the article names them,
with the lexicon person's country; a frequent word a letter away (من، مع before بومبيو, near مايك)
is not.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
from flows.lexicons import load_lexicons
from transforms.entities import find_entities
from transforms.persons import extract_persons


def persons(text: str) -> dict:
    lexicons = load_lexicons()
    countries = find_entities(text, lexicons.gazetteer)["countries"]
    return {p["name_ar"]: p for p in extract_persons(text, countries, lexicons.persons)}


def test_a_known_family_name_after_the_texts_spelling_of_the_given_name():
    # FR-internationalNews-2277-20180712 (non-gold)
    found = persons('لقاء "ثلاثيا" بين وزراء داخلية النمسا التي تدافع عن خيار التشدد هيربرت كيكل (يمين متطرف) '
                    "وإيطاليا ماتيو سالفيني")
    assert "هيربرت كيكل" in found and "هربرت كيكل" not in found
    assert found["هيربرت كيكل"]["country_iso2"] == "AT"


def test_a_frequent_word_before_a_known_family_name_is_not_its_given_name():
    # SK-internationalNews-1458-20180509 (non-gold)
    found = persons('عن مسؤول في الرئاسة قوله إن سول تتوقع من بومبيو أن "يعود ومعه المحتجزون"')
    assert "من بومبيو" not in found and "مايك بومبيو" in found

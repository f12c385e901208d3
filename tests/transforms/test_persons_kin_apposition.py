"""A relative named in apposition after a kinship noun in construct and the titled person it governs
(ابنة الرئيس الأمريكي دونالد ترامب، إيفانكا) is of that title's country, as the title's nationality
adjective makes its holder (issue 10: إيفانكا read as a name had no country, and lost the visit's
traveller her country). Sentences are real, from ANT articles in no gold file; the id beside each."""
from flows.lexicons import load_lexicons
from transforms.entities import find_entities
from transforms.persons import extract_persons


def _countries(text: str) -> dict:
    lexicons = load_lexicons()
    countries = find_entities(text, lexicons.gazetteer)["countries"]
    return {p["name_ar"]: p["country_iso2"] for p in extract_persons(text, countries, lexicons.persons)}


# BB-middleEast-498-20180513 (non-gold)
_IVANKA = ("وصلت ابنة الرئيس الأمريكي دونالد ترامبـ، إيفانكا، وزوجها جاريد كوشنر إلى إسرائيل قبيل افتتاح "
           "السفارة الأمريكية الجديدة في القدس الاثنين.")


def test_the_relative_after_a_kinship_noun_and_a_titled_person_takes_the_title_s_country():
    found = _countries(_IVANKA)
    assert found.get("إيفانكا") == "US"
    assert found.get("دونالد ترامب") == "US"


def test_the_relative_after_the_kinship_noun_of_a_prepositional_phrase_too():
    # FR-internationalNews-1229-20180514 (non-gold): بحضور ابنة الرئيس ...، إيفانكا، had no country
    text = ("وجاء هذا الاحتفال قبل ساعات فقط من الافتتاح الرسمي للسفارة الأمريكية بالقدس بحضور ابنة الرئيس "
            "الأمريكي دونالد ترامب، إيفانكا، وشخصيات أمريكية رفيعة المستوى، وذلك وسط إجراءات أمنية مشددة وغير مسبوقة.")
    assert _countries(text).get("إيفانكا") == "US"


def test_without_the_kinship_noun_the_name_after_the_comma_takes_no_country_from_the_title():
    # the same sentence with its construct noun left out: the name after the comma is no relative of it
    found = _countries(_IVANKA.replace("وصلت ابنة الرئيس", "وصل الرئيس"))
    assert "إيفانكا" in found and found["إيفانكا"] is None

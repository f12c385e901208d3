"""seeds/given_names.csv as scripts/build_given_names.py writes it (issue 10): a name that opens with
a letter a conjunction or a preposition may be glued with (و، ب، ل) is listed whole, so that the
tagger does not read it as that letter and a shorter given name (وليام is no و + ليام, برزان no
ب + رزان); and a given name that is also a verb's perfect (روي, روى «narrated» once ى is
normalised) is marked ambiguous. Sentences are real, from non-gold ANT articles; the article id is
given beside each."""
from flows.lexicons import load_lexicons
from marsad.seeds import read_seed_csv
from tests.transforms.person_names import names
from transforms.entities import find_entities
from transforms.persons import extract_persons


def persons(text: str) -> dict[str, str | None]:
    lexicons = load_lexicons()
    countries = find_entities(text, lexicons.gazetteer)["countries"]
    return {p["name_ar"]: p["country_iso2"] for p in extract_persons(text, countries, lexicons.persons)}


def test_a_given_name_opening_with_w_keeps_its_letter_after_a_title():
    # AL-internationalNews-1675-20180618: a given name after a royal title, so the prince of the
    # country the sentence names (not a name alone, as و + ليام would make it)
    found = persons("واعتبر الوزير الإسرائيلي أنه \"من المؤسف أن بريطانيا سعت إلى تسييس الزيارة الرسمية "
                    "(للأمير وليام)، فالقدس هي العاصمة الموحدة لإسرائيل منذ أكثر من 3000 سنة\".")
    assert found.get("وليام") == "GB"


def test_a_given_name_opening_with_b_is_no_preposition():
    # BB-middleEast-138-20180305
    found = names("والأخ غير الشقيق لصدام برزان إبراهيم الحسن التكريتي الذي أعدم عام 2007.")
    assert "برزان إبراهيم الحسن التكريتي" in found
    assert "إبراهيم الحسن التكريتي" not in found


def test_a_given_name_that_is_a_verbs_perfect_is_ambiguous():
    rows = {r["given_ar"]: r for r in read_seed_csv("given_names.csv")}
    assert rows["روي"]["ambiguous"] == "1"   # روى: الأمين العام لحزب الله روى حسن نصرالله
    assert rows["بليز"]["ambiguous"] == "0"  # بليز ماتويدي, not ب + ليز

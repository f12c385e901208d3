"""Currency names after an amount → ISO 4217, from seeds/currencies.csv and the curated CSV."""
import pytest

from marsad.seeds import read_seed_csv
from transforms.aid import build_currency_lexicon
from transforms.arabic_text import normalize


@pytest.fixture(scope="module")
def lexicon():
    return build_currency_lexicon(read_seed_csv("currencies.csv"), read_seed_csv("currencies_curated.csv"))


@pytest.mark.parametrize("after, named, code", [
    (" دولار سنويا منذ", set(), "USD"),  # seed sample: unqualified dollar
    (" دولار أميركي.", set(), "USD"),
    (" دولار أمريكي", set(), "USD"),
    (" دولار كندي", set(), "CAD"),
    (" يورو لدعم الجيش اللبناني", set(), "EUR"),  # ANT AL-internationalNews-487-20180316
    (" درهم إماراتي (1.02", set(), "AED"),  # ANT SK-middleEast-3282-20180808
    (" درهم (2.49 مليار", set(), "AED"),
    (" درهم", {"MA"}, "MAD"),  # an unqualified dirham in an article about Morocco
    (" جنيه", {"SD"}, "SDG"),
    (" جنيه", set(), "EGP"),
    (" الجنيه الإسترليني", set(), "GBP"),
    (" إسترليني من بريطانيا", set(), "GBP"),  # ANT SK-internationalNews-1942-20180603
    (" ريال يمني شهريا", set(), "YER"),  # ANT AL-internationalNews-555-20180321
    (" ليرة لبنانية", set(), "LBP"),
    (" ليرة", set(), "TRY"),
    (" جنيهات مصرية", set(), "EGP"),
])
def test_currency_after_amount(lexicon, after, named, code):
    text = normalize(after).text
    found = lexicon.match_after(text, 0, named)
    assert found is not None and found[0] == code


def test_qualifier_is_consumed_and_non_currency_is_none(lexicon):
    text = normalize(" دولار كندي سنويا").text
    code, end = lexicon.match_after(text, 0)
    assert (code, text[:end].strip()) == ("CAD", "دولار كندي")
    assert lexicon.match_after(normalize(" مليون لاجئ").text, 0) is None


def test_every_cldr_row_has_a_code_and_form():
    rows = read_seed_csv("currencies.csv")
    assert {"USD", "EUR", "EGP", "SAR", "AED", "TRY", "GBP"} <= {r["iso4217"] for r in rows}
    assert all(len(r["iso4217"]) == 3 and r["form_ar"] for r in rows)

"""A currency noun alone in brackets after the amount is its currency (680 مليون (دولار)):
transforms/aid/currencies.py `_BRACKETED`. A real sentence from a non-gold ANT article."""
from marsad.seeds import read_seed_csv
from transforms.aid import build_currency_lexicon
from transforms.arabic_text import normalize


def _currencies():
    return build_currency_lexicon(read_seed_csv("currencies.csv"), read_seed_csv("currencies_curated.csv"))


def test_a_currency_in_brackets_after_the_amount_is_its_currency():
    # ANT FR-internationalNews-580-20180406 (non-gold): the pledges for Lebanon's CEDRE conference.
    text = normalize("والكويت وصناديقها 680 مليون (دولار) والبنك الإسلامي 750 مليون").text
    end = text.index("680 مليون") + len("680 مليون")
    code, stop = _currencies().match_after(text, end)
    assert code == "USD" and text[stop - 1] == ")"


def test_a_bracket_restating_the_sum_holds_an_amount_first():
    # ANT SK-middleEast-3282-20180808 (non-gold): a dirham sum restated in dollars, no bracketed currency.
    text = normalize("بقيمة 3.75 مليار درهم (1.02 مليار دولار)").text
    assert _currencies().match_after(text, text.index("(")) is None

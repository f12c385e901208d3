"""Aid figures in Arabic news: amounts, currencies, and who gives what to whom."""
from transforms.aid.currencies import CurrencyLexicon, build_currency_lexicon
from transforms.aid.candidates import find_aid
from transforms.aid.frames import extract_aid
from transforms.aid.numbers import find_amounts, parse_amount

__all__ = ["CurrencyLexicon", "build_currency_lexicon", "extract_aid", "find_aid", "find_amounts", "parse_amount"]

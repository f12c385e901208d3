"""Generate seeds/currencies.csv: Arabic names of ISO 4217 currencies from CLDR (Babel).

One row per written form: the CLDR display name (دولار أمريكي) and each distinct plural form CLDR
gives for Arabic counts (جنيهات مصرية، دراهم مغربية), so the lexicon knows the plural nouns too.
Codes come from pycountry (current ISO 4217); funds, metals and test codes (X.., names with
brackets) are left out except the regional currencies used in news (EUR and the CFA francs).
Short forms no library has (دولار alone → USD, أميركي as a spelling of أمريكي) are curated in
seeds/currencies_curated.csv. Run with `python scripts/build_currencies.py`; the CSV is committed.
"""
import argparse

import pycountry
from babel import Locale
from babel.numbers import get_currency_name
from marsad.seeds import write_seed_csv

# Counts that select each Arabic plural category: one, two, few (3-10), many (11-99), other (100).
_COUNTS = (1, 2, 3, 11, 100)
_REGIONAL = {"EUR", "XAF", "XOF", "XCD"}


def currency_rows() -> list[dict[str, str]]:
    names = Locale("ar").currencies
    rows = []
    for code in sorted(c.alpha_3 for c in pycountry.currencies):
        name = names.get(code)
        if not name or "(" in name or (code.startswith("X") and code not in _REGIONAL):
            continue
        forms = [name]
        for count in _COUNTS:
            form = get_currency_name(code, count=count, locale="ar")
            if form not in forms:
                forms.append(form)
        for form in forms:
            rows.append({"iso4217": code, "name_ar": name, "form_ar": form})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="seeds/currencies.csv")
    args = parser.parse_args()
    rows = currency_rows()
    write_seed_csv(args.out, ["iso4217", "name_ar", "form_ar"], rows)
    print(f"wrote {len(rows)} currency forms to {args.out}")


if __name__ == "__main__":
    main()

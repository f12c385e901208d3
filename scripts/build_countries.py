"""Generate seeds/countries.csv: every ISO 3166-1 country with Arabic and English names.

ISO codes come from pycountry; names from CLDR through Babel (Arabic and English). Kosovo (XK)
is not in ISO 3166-1 but is used in news and by the guidelines, so it is added from CLDR too.
Run with `make countries`; the CSV is committed so runs never need these libraries.
"""
import argparse

import pycountry
from babel import Locale
from marsad.seeds import write_seed_csv

# User-assigned codes that CLDR names and the guidelines use.
EXTRA = [("XK", "XKX")]


def country_rows() -> list[dict[str, str]]:
    arabic, english = Locale("ar").territories, Locale("en").territories
    codes = [(c.alpha_2, c.alpha_3) for c in pycountry.countries] + EXTRA
    rows = []
    for iso2, iso3 in sorted(codes):
        rows.append({"iso2": iso2, "iso3": iso3, "name_ar": arabic[iso2], "name_en": english[iso2]})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="seeds/countries.csv")
    args = parser.parse_args()
    rows = country_rows()
    write_seed_csv(args.out, ["iso2", "iso3", "name_ar", "name_en"], rows)
    print(f"wrote {len(rows)} countries to {args.out}")


if __name__ == "__main__":
    main()

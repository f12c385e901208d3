"""Generate seeds/months.csv: Arabic calendar names as CLDR (through Babel) and hijridate know them.

Build-time only. Rows: kind (month | weekday), calendar (gregorian | hijri), number
(month 1-12; weekday 0=Monday..6=Sunday as in Python), name (as written), source.
- Gregorian months: CLDR wide format and stand-alone forms for the Arabic locales whose names differ:
  ar (MSA: يناير…), ar_SY/ar_IQ/ar_LB/ar_JO/ar_PS (Levantine: كانون الثاني…),
  ar_DZ/ar_TN (Maghrebi: جانفي، فيفري، جوان…), ar_MA (يوليوز، غشت، شتنبر، دجنبر), ar_MR.
- Hijri months: Babel ships only the Gregorian calendar of CLDR, so the Arabic Hijri month names
  come from hijridate (Hijri.month_name('ar')).
- Weekdays: CLDR wide day names of `ar`.
Spelling variants no library has are hand-curated in seeds/months_curated.csv.

Usage: python scripts/build_months.py  (writes seeds/months.csv)
"""
from __future__ import annotations

import sys
from pathlib import Path

from babel import Locale
from hijridate import Hijri
from marsad.seeds import write_seed_csv

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "seeds" / "months.csv"
GREGORIAN_LOCALES = ["ar", "ar_EG", "ar_SA", "ar_SY", "ar_IQ", "ar_LB", "ar_JO", "ar_PS",
                     "ar_DZ", "ar_TN", "ar_MA", "ar_MR", "ar_LY"]
FIELDS = ["kind", "calendar", "number", "name", "source"]


def month_rows() -> list[dict]:
    rows, seen = [], set()
    for code in GREGORIAN_LOCALES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for number, name in sorted(locale.months[context]["wide"].items()):
                key = ("month", "gregorian", number, name)
                if key not in seen:
                    seen.add(key)
                    rows.append({"kind": "month", "calendar": "gregorian", "number": number,
                                 "name": name, "source": f"cldr:{code}"})
    for number in range(1, 13):
        rows.append({"kind": "month", "calendar": "hijri", "number": number,
                     "name": Hijri(1440, number, 1).month_name("ar"), "source": "hijridate"})
    return rows


def weekday_rows() -> list[dict]:
    days = Locale.parse("ar").days["format"]["wide"]
    return [{"kind": "weekday", "calendar": "gregorian", "number": number, "name": name,
             "source": "cldr:ar"} for number, name in sorted(days.items())]


def main() -> int:
    rows = month_rows() + weekday_rows()
    write_seed_csv(OUT, FIELDS, rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

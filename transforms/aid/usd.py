"""An aid figure in US dollars, so that analysts can add figures given in euros, pounds and riyals.

Dollars stay as they are. A currency pegged to the dollar (seeds/currency_pegs_curated.csv, each
peg with its source) converts at its peg. Any other currency converts at the European Central
Bank's reference rate of the article's publication day (the last rate published on or before
it), which the caller passes in as `ecb_usd_per_unit`. A currency with neither, or a figure
with no publication day, has no dollar value: null, never guessed.
"""
from __future__ import annotations

from datetime import date
from typing import Callable

USD, PEG, ECB = "usd", "peg", "ecb"


def build_pegs(rows: list[dict]) -> dict[str, float]:
    """ISO 4217 code → units of that currency per US dollar, from the curated seed rows."""
    return {r["iso4217"]: float(r["units_per_usd"]) for r in rows if r.get("iso4217") and r.get("units_per_usd")}


def usd_amount(amount: float | None, currency: str | None, day: date | None, pegs: dict[str, float],
               ecb_usd_per_unit: Callable[[str, date], float | None]) -> tuple[float | None, str | None]:
    """(amount in US dollars, how it was converted: 'usd', 'peg', 'ecb'), or (None, None)."""
    if amount is None or not currency:
        return None, None
    if currency == "USD":
        return amount, USD
    if currency in pegs:
        return amount / pegs[currency], PEG
    if day is None:
        return None, None
    rate = ecb_usd_per_unit(currency, day)
    return (amount * rate, ECB) if rate is not None else (None, None)

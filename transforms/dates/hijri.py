"""Hijri dates to Gregorian, through hijridate (Umm al-Qura tables)."""
from __future__ import annotations

from datetime import date

from hijridate import Gregorian, Hijri


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def hijri_year_of(day: date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None

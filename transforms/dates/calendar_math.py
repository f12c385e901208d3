"""Calendar arithmetic for resolving dates against an anchor (publication day or a date in the text)."""
from __future__ import annotations

from datetime import date, timedelta

# Days whose year is unknown are computed in a leap year, so 29 February exists.
UNKNOWN_YEAR = 2000
# A day named without its year and said in the future tense lies within about eight months;
# further than that, the nearest such day is meant (الذي أغلق في التاسع من تموز، in a future sentence).
FUTURE_HORIZON_DAYS = 240
# The same for a month of next year: one said in the future tense lies at most eight months ahead; a
# month further (July said in August, «في تموز» after المتوقع or a future verb of another clause) is
# this year's, gone by (a month later this year stays this year's, however far).
FUTURE_HORIZON_MONTHS = 8
# Without a tense cue, a day this close ahead is the coming one rather than last year's.
UPCOMING_DAYS = 75
# The same for a bare month in a sentence an imperfect verb opens, with no tense cue (ويواجه مانافورت
# محاكمة ثانية في سبتمبر/أيلول, end of July): a month this many months ahead is this year's coming one.
UPCOMING_MONTHS = 3


def valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        date(year or UNKNOWN_YEAR, month, day)
    except ValueError:
        return False
    return True


def day_value(year: int | None, month: int, day: int) -> str:
    return f"{'XXXX' if year is None else f'{year:04d}'}-{month:02d}-{day:02d}"


def shift_day(year: int | None, month: int, day: int, days: int) -> tuple[int | None, int, int]:
    moved = date(year or UNKNOWN_YEAR, month, day) + timedelta(days=days)
    return (moved.year if year is not None else None), moved.month, moved.day


def weekday_date(anchor: date, weekday: int, direction: int, inclusive: bool) -> date:
    """The `weekday` nearest `anchor` going back (direction -1) or forward (+1); `inclusive`
    allows the anchor itself."""
    if direction < 0:
        back = (anchor.weekday() - weekday) % 7
        if back == 0 and not inclusive:
            back = 7
        return anchor - timedelta(days=back)
    ahead = (weekday - anchor.weekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return anchor + timedelta(days=ahead)


def year_of_month(month: int, anchor: date, direction: int | None, future: bool, upcoming: bool = False) -> int:
    """Year of a month named without one. `direction`: -1 الماضي (before the anchor's month),
    0 الجاري, +1 المقبل (after it); None: tense decides (future → this month or later, else
    this month or earlier; `upcoming`, opened by an imperfect verb: a month up to UPCOMING_MONTHS ahead is coming)."""
    if direction == 0:
        return anchor.year
    if direction == -1:
        return anchor.year if month < anchor.month else anchor.year - 1
    if direction == 1:
        return anchor.year if month > anchor.month else anchor.year + 1
    if future and (month >= anchor.month or month + 12 - anchor.month <= FUTURE_HORIZON_MONTHS):
        return anchor.year if month >= anchor.month else anchor.year + 1
    if upcoming and 0 < month - anchor.month <= UPCOMING_MONTHS:
        return anchor.year
    if month == anchor.month % 12 + 1:
        # the month after the anchor's, not told in the future: still the coming one (an event on the
        # calendar, or a plan reported in the past), not eleven months back
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def year_of_day(month: int, day: int, anchor: date, direction: int | None, future: bool,
                told_past: bool = False) -> int:
    """Year of a day named without one: the modifier or the tense decides, else the year that puts
    the day nearest the anchor (`told_past`: a past verb tells it, so no day still to come)."""
    if direction == 0:
        return anchor.year
    if direction == -1:
        return anchor.year if (month, day) < (anchor.month, anchor.day) else anchor.year - 1
    if direction == 1:
        return anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
    if future:
        year = anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
        if valid_day(year, month, day) and (date(year, month, day) - anchor).days <= FUTURE_HORIZON_DAYS:
            return year
    # No tense either way: news mostly looks back, so the latest such day on or before the anchor,
    # unless this year's comes soon after it (an event on the calendar, told in the present).
    ahead = next((y for y in (anchor.year, anchor.year + 1)
                  if valid_day(y, month, day) and date(y, month, day) > anchor), None)
    if ahead and not told_past and (date(ahead, month, day) - anchor).days <= UPCOMING_DAYS:
        return ahead
    for y in (anchor.year, anchor.year - 1, anchor.year - 2, anchor.year - 4):
        if valid_day(y, month, day) and date(y, month, day) <= anchor:
            return y
    return anchor.year


def month_year_untensed(month: int, anchor: date) -> bool:
    """Whether year_of_month gives a month named without modifier the same year whatever the tense:
    the anchor's month, or one of the FUTURE_HORIZON_MONTHS' complement just gone by (a month said in
    the future that far back is still this year's). The caller then need not read the tense."""
    return month == anchor.month or 0 < anchor.month - month < 12 - FUTURE_HORIZON_MONTHS


def day_year_untensed(month: int, day: int, anchor: date) -> bool:
    """Whether year_of_day gives a day named without modifier the same year whatever the tense: the
    anchor's day, or a day gone by this year whose next occurrence lies beyond FUTURE_HORIZON_DAYS
    (so not ahead in a future sentence either, nor upcoming)."""
    if (month, day) > (anchor.month, anchor.day):
        return False
    if not valid_day(anchor.year + 1, month, day):
        return True
    return (date(anchor.year + 1, month, day) - anchor).days > FUTURE_HORIZON_DAYS

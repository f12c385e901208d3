"""Update stamps in news bodies: تحديث (17:42 ت.غ), the clock in GMT (ت.غ = توقيت غرينتش)."""
from __future__ import annotations

import re
from datetime import datetime, timezone

_CLOCK = re.compile(r"^\s*([01]?\d|2[0-3])\s*[:.]\s*([0-5]\d)\s*$")


def update_stamp_utc(clock: str, published: datetime | None) -> datetime | None:
    """"17:42" → that time in UTC on the publication's UTC date; None without a publication time
    or a readable clock."""
    if published is None or published.tzinfo is None:
        return None
    digits = clock.translate({0x0660 + d: str(d) for d in range(10)})
    m = _CLOCK.match(digits)
    if not m:
        return None
    day = published.astimezone(timezone.utc).date()
    return datetime(day.year, day.month, day.day, int(m.group(1)), int(m.group(2)), tzinfo=timezone.utc)

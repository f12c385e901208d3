"""Whether some span of a fixed set holds a given span whole, or overlaps it, by bisection: the
spans are sorted by start once, each with the furthest end of those that start at or before it.
Asked once per mention, a scan of every span grew with the square of a long text's length."""
from bisect import bisect_left, bisect_right
from itertools import accumulate


class SpanCover:
    """(start, end) spans with both ends set."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))

    def covers(self, start: int, end: int) -> bool:
        """Some span starts at or before `start` and ends at or after `end`."""
        k = bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Some span starts before `end` and ends after `start`."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

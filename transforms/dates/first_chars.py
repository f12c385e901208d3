"""The characters a regex can start with, read off its parsed form, for a cheap guard in front of it.

A match of `(?:P1|P2|…)` at a position is the first production that matches there. Python's regex
engine enters every alternative in turn, saving and restoring the group marks each time; a lookahead
`(?=[…])` of the characters a production can start with turns it away at once, and changes no match.
The first characters are worked out erring on the side of "any" (then there is no guard).
"""
from __future__ import annotations

import re
import re._constants as C  # noqa: N812 (the regex engine's own opcode names)
import re._parser as P  # noqa: N812

_CATEGORIES = {
    C.CATEGORY_DIGIT: str.isdecimal,
    C.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    C.CATEGORY_SPACE: str.isspace,
}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


class _Any(Exception):
    """The first character could be anything (or is not worth working out)."""


def _set_items(items, chars: set, cats: set) -> None:
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < 512:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av in _CATEGORIES:
            cats.add(av)
        else:  # NEGATE, wide ranges, other categories
            raise _Any


def _first(items, chars: set, cats: set) -> bool:
    """Add the possible first characters of the sequence `items`; True when it may match empty."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # looks around without consuming: the next item gives the first character
        if op is C.LITERAL:
            chars.add(chr(av))
            return False
        if op is C.IN:
            _set_items(av, chars, cats)
            return False
        if op is C.SUBPATTERN:
            if av[1] or av[2]:  # inline flags (?i) would change what a literal matches
                raise _Any
            if not _first(av[-1], chars, cats):
                return False
        elif op is C.BRANCH:
            nullable = False
            for branch in av[1]:
                nullable |= _first(branch, chars, cats)
            if not nullable:
                return False
        elif op in _REPEATS:
            low, _, body = av
            if not _first(body, chars, cats) and low > 0:
                return False
        elif op is getattr(C, "ATOMIC_GROUP", None):
            if not _first(av, chars, cats):
                return False
        else:  # back references, ANY, NOT_LITERAL and the rest
            raise _Any
    return True


def first_chars(regex: str) -> tuple[frozenset[str], tuple] | None:
    """The characters a match of `regex` can start with, as (characters, category tests), or
    None when it could start with any (or match the empty string)."""
    chars, cats = set(), set()
    try:
        if _first(P.parse(regex), chars, cats):
            return None
    except _Any:
        return None
    return frozenset(chars), tuple(_CATEGORIES[c] for c in sorted(cats))


def first_char_guard(regex: str) -> str:
    """A lookahead for the characters `regex` can start with ("" when it could start with any)."""
    first = first_chars(regex)
    if first is None:
        return ""
    chars, tests = first
    classes = {str.isdecimal: r"\d", str.isspace: r"\s"}
    if any(t not in classes for t in tests):
        return ""  # \w would admit nearly everything: no guard worth having
    members = "".join(re.escape(c) for c in sorted(chars)) + "".join(classes[t] for t in tests)
    return f"(?=[{members}])"

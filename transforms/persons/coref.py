"""Which mentions in one text are the same person: a later (or earlier) mention that is the last
word(s) of a fuller name (ماتيس → جيمس ماتيس، بن سلمان → محمد بن سلمان), or the fuller name cut
before its family name (محمد بن زايد → محمد بن زايد آل نهيان), or first and last name without
the father's name (مشاري العفاسي → مشاري راشد العفاسي), or a monarch's name without its ordinal
(عبد الله → عبد الله الثاني)."""
from __future__ import annotations

from transforms.persons.lexicon import CONNECTORS, REGNAL_ORDINALS, surname_forms

_FAMILY = "ال"  # آل after normalisation: آل نهيان، آل خليفة


def shorter_form_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether `short` may stand for `full` in the same article."""
    # A monarch's name without its ordinal, عبد written apart or joined: الملك عبد الله → عبدالله
    # الثاني (not حسين بن عبد الله, where it is the father's name).
    if len(full) >= 2 and full[-1] in REGNAL_ORDINALS and short != full and "".join(full[:-1]) == "".join(short):
        return True
    if len(short) >= len(full):
        return False
    if short in surname_forms(full):
        return True
    # A given name alone (الأمير محمد) stands for the fuller name opening with it (محمد بن سلمان).
    if len(short) == 1 and full[0] == short[0] and full[1] != _FAMILY:
        return True
    # First and family name without the father's name: مشاري العفاسي → مشاري راشد العفاسي.
    if len(short) == 2 and len(full) >= 3 and short == (full[0], full[-1]) and full[-2] not in CONNECTORS:
        return True
    return full[:len(short)] == short and full[len(short)] == _FAMILY and len(short) >= 2


class FullerNames:
    """The names of one text indexed so that the names `short` may stand for (shorter_form_of) are
    found without trying every name: such a name ends with short's last word (a surname form), opens
    with its first word (a given name alone, first and family name, a name cut before آل), or is
    short's letters and an ordinal (عبدالله → عبد الله الثاني)."""

    def __init__(self, names):
        self.by_first: dict[str, list] = {}
        self.by_last: dict[str, list] = {}
        self.by_regnal: dict[str, list] = {}
        for name in names:
            self.add(name)

    def add(self, name: tuple[str, ...], item=None) -> None:
        item = name if item is None else item
        if name:
            self.by_first.setdefault(name[0], []).append(item)
            self.by_last.setdefault(name[-1], []).append(item)
            if len(name) >= 2 and name[-1] in REGNAL_ORDINALS:
                self.by_regnal.setdefault("".join(name[:-1]), []).append(item)

    def candidates(self, short: tuple[str, ...]) -> list:
        """Every indexed item whose name may be a fuller form of the non-empty `short`, each once
        (a superset: shorter_form_of still decides)."""
        seen, out = set(), []
        for bucket in (self.by_first.get(short[0], ()), self.by_last.get(short[-1], ()),
                       self.by_regnal.get("".join(short), ())):
            for item in bucket:
                if id(item) not in seen:
                    seen.add(id(item))
                    out.append(item)
        return out


def resolve_names(names_in_order: list[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Map each distinct name to the fullest name of the same person in the text. When two fuller
    names could claim a short one, the one mentioned last before it (else first in the text) wins."""
    distinct = list(dict.fromkeys(names_in_order))
    root = {name: name for name in distinct}
    first_seen = {}
    for position, name in enumerate(names_in_order):
        first_seen.setdefault(name, position)
    fuller = FullerNames(distinct)
    for short in sorted(distinct, key=len):
        if short:
            claimants = [full for full in fuller.candidates(short) if shorter_form_of(short, full)]
        else:
            claimants = [full for full in distinct if shorter_form_of(short, full)]
        if not claimants:
            continue
        before = [f for f in claimants if first_seen[f] < first_seen[short]]
        chosen = max(before, key=lambda f: first_seen[f]) if before else min(claimants, key=lambda f: first_seen[f])
        root[short] = chosen
    # Follow chains (ماتيس → جيمس ماتيس → ...), shortest names resolved last.
    for name in distinct:
        seen = set()
        while root[root[name]] != root[name] and root[name] not in seen:
            seen.add(root[name])
            root[name] = root[root[name]]
    return root

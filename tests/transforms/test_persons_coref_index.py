"""resolve_names and merge_persons try only the names FullerNames indexes (same first word, same
last word, or the letters before an ordinal): the same answers as trying every pair."""
from transforms.persons.coref import FullerNames, resolve_names, shorter_form_of
from transforms.persons.lexicon import words_of

# Names of the forms coref.py reads, as news writes them (its docstring's examples).
NAMES = [words_of(n) for n in (
    "جيمس ماتيس", "ماتيس", "محمد بن سلمان", "بن سلمان", "الأمير محمد", "محمد",
    "محمد بن زايد", "محمد بن زايد آل نهيان", "مشاري راشد العفاسي", "مشاري العفاسي",
    "عبد الله الثاني", "عبدالله", "حسين بن عبد الله", "عبد الله")]


def test_index_finds_every_fuller_name():
    index = FullerNames(NAMES)
    for short in NAMES:
        every = {full for full in NAMES if shorter_form_of(short, full)}
        assert every == {full for full in index.candidates(short) if shorter_form_of(short, full)}
    assert words_of("عبد الله الثاني") in index.candidates(words_of("عبدالله"))  # only by its letters


def test_resolve_names_as_every_pair():
    root = resolve_names(NAMES)
    assert root[words_of("ماتيس")] == words_of("جيمس ماتيس")
    assert root[words_of("عبدالله")] == words_of("عبد الله الثاني")
    assert root[words_of("مشاري العفاسي")] == words_of("مشاري راشد العفاسي")
    assert root[words_of("محمد بن زايد")] == words_of("محمد بن زايد آل نهيان")


def test_span_indexes_as_every_pair():
    """_TakenSpans and SpanCover (places and bodies) answer as the scans they replace, empty spans included."""
    from itertools import product

    from transforms.persons.extract import _TakenSpans
    from transforms.span_cover import SpanCover
    spans = [(3, 9), (12, 12), (15, 20), (0, 2), (18, 30), (40, 41)]
    taken, intervals = _TakenSpans(spans[:3]), SpanCover(spans)
    for a, b in spans[3:]:
        taken.add(a, b)
    for s, e in product(range(-1, 44), repeat=2):
        if s > e:
            continue
        assert taken.overlaps(s, e) == any(a < e and s < b for a, b in spans), (s, e)
        assert intervals.overlaps(s, e) == any(a < e and s < b for a, b in spans), (s, e)
        assert intervals.covers(s, e) == any(a <= s and e <= b for a, b in spans), (s, e)

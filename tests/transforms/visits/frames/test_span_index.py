"""The article context finds the mentions inside a span by bisection over an index built once per
text (context.SpanIndex): the same mentions, in the same order, as reading every mention."""
import pytest

from tests.transforms.visits.frames.helpers import read
from transforms.visits.frames import context

# Each test runs with the index bisecting (0: no list is read whole) and as articles mostly run.
both_ways = pytest.mark.parametrize("scan_at_most", [0, context._SCAN_AT_MOST])

# SK-middleEast-2068-20180531 (in no gold file)
CAIRO = ("عقد بالقاهرة، الخميس، اجتماع تشاوري بمشاركة وزير خارجية مصر سامح شكري ونظيريه الأردني أيمن الصفدي "
         "والفلسطيني رياض المالكي، وأمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية صائب عريقات.")
# BB-internationalNews-817-20180716
HELSINKI = "يلتقي الرئيس الأمريكي، دونالد ترامب، نظيره الروسي، فلاديمير بوتين، في العاصمة الفنلندية هلسنكي، في قمة ينتظر العالم نتائجها."


def _bounds(text: str) -> list[int]:
    """Every word's start and end (and the text's)."""
    return sorted({0, len(text)} | {j for i, c in enumerate(text) if c in " ،." for j in (i, i + 1)})


@both_ways
def test_the_mentions_inside_every_span_are_those_a_full_reading_finds_in_the_same_order(scan_at_most, monkeypatch):
    monkeypatch.setattr(context, "_SCAN_AT_MOST", scan_at_most)
    for text in (CAIRO, HELSINKI):
        ctx = read(text).ctx
        assert ctx.actors and ctx.locs
        for a in _bounds(text):
            for b in _bounds(text):
                assert ctx.actors_in(a, b) == [x for x in ctx.actors if a <= x.start and x.end <= b]
                assert ctx.locs_in(a, b) == [l for l in ctx.locs if a <= l.start and l.end <= b
                                             and not any(x.start <= l.start and l.end <= x.end for x in ctx.actors)]


@both_ways
def test_a_country_inside_an_officials_phrase_is_no_place_of_its_own(scan_at_most, monkeypatch):
    monkeypatch.setattr(context, "_SCAN_AT_MOST", scan_at_most)
    ctx = read(CAIRO).ctx
    egypt = next(l for l in ctx.locs if ctx.text[l.start:l.end] == "مصر")
    cairo = next(l for l in ctx.locs if ctx.text[l.start:l.end].endswith("القاهرة"))
    assert ctx.in_actor(egypt) and not ctx.in_actor(cairo)
    assert egypt not in ctx.locs_in(0, len(ctx.text)) and cairo in ctx.locs_in(0, len(ctx.text))


@both_ways
def test_the_time_expressions_inside_and_starting_in_every_span_are_those_a_full_reading_finds(scan_at_most, monkeypatch):
    monkeypatch.setattr(context, "_SCAN_AT_MOST", scan_at_most)
    # SK-middleEast-1151-20180420
    bashir = "وصل الرئيس السوداني، عمر حسن البشير، الجمعة، إلى أثيوبيا، حيث سيشارك في منتدى تانا."
    for text in (CAIRO, bashir):
        ctx = read(text).ctx
        assert ctx.times
        for a in _bounds(text):
            for b in _bounds(text):
                assert ctx.times_in(a, b) == [t for t in ctx.times if a <= t["char_start"] and t["char_end"] <= b]
                assert ctx.times_starting(a, b) == [t for t in ctx.times if a <= t["char_start"] < b]


@both_ways
def test_every_actor_holds_its_own_span_and_nothing_past_the_last_one(scan_at_most, monkeypatch):
    monkeypatch.setattr(context, "_SCAN_AT_MOST", scan_at_most)
    ctx = read(CAIRO).ctx
    index = context.SpanIndex(ctx.actors)
    assert all(index.covers(x.start, x.end) for x in ctx.actors)
    last = max(x.end for x in ctx.actors)
    assert not index.covers(last - 1, last + 1)

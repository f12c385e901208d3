"""The frames of one sentence (frames/sentence.py)."""
import pytest

from tests.transforms.visits.frames.helpers import names, read
from tests.transforms.visits.frames.seed_article import mattis, sentence_with
from transforms.visits.frames.sentence import _meeting_run_end

# BB-internationalNews-817-20180716
HELSINKI = "يلتقي الرئيس الأمريكي، دونالد ترامب، نظيره الروسي، فلاديمير بوتين، في العاصمة الفنلندية هلسنكي، في قمة ينتظر العالم نتائجها."


def test_one_sentence_gives_a_frame_per_event_each_in_its_own_stretch():
    # «التقى ... ماتيس السبت نظيره المصري صدقي صبحي في القاهرة، قبل توجهه إلى الأردن وباكستان والكويت»
    article = mattis()
    s = sentence_with(article, "قبل توجهه إلى الأردن")
    frames = [f for f in article.frames() if f.s_index == s]
    assert [(f.trigger.kind, [h.iso2 for h in f.hosts], names(f.visitors), f.status) for f in frames] == [
        ("meet", ["EG"], ["جيمس ماتيس"], "occurred"), ("go", ["JO", "PK", "KW"], ["جيمس ماتيس"], "planned")]


def test_close_meeting_words_are_one_meeting():
    article = read(HELSINKI)
    assert [article.ctx.text[t.start:t.end] for t in article.triggers] == ["يلتقي", "قمة"]
    assert _meeting_run_end(article.ctx, article.triggers, 0) == 1
    assert len(article.frames()) == 1


def test_every_trigger_kind_has_a_builder_and_an_unknown_kind_fails_when_the_lexicon_is_built():
    from transforms.visits.frames.sentence import BUILDERS
    from transforms.visits.triggers import (
        MEETING_KINDS,
        TRIGGER_KINDS,
        build_trigger_lexicon,
    )

    assert set(BUILDERS) | set(MEETING_KINDS) == set(TRIGGER_KINDS)
    with pytest.raises(ValueError, match="unknown kind 'trip'"):
        build_trigger_lexicon([{"form": "زار", "pos": "verb", "kind": "trip", "tense": "past", "adjacent": "0"}])

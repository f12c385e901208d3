"""The frames of one sentence (frames/sentence.py)."""
from datetime import datetime

import pytest

from flows.extraction import extract_article
from flows.lexicons import load_lexicons
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


# AL-internationalNews-1572-20180612 (the Singapore summit, 12 June 2018): Kim's words, the sentence of the generated
# dual انتقلا (a trip to a meeting with no place after it), then the sentence that names the first meeting.
SINGAPORE = ("وقال زعيم كوريا الشمالية: \"عهد جديد يبدأ بعد الاجتماع التاريخي والعالم سيشهد تغييرا كبيرا\".\n"
             "وكان ترمب وكيم اجتمعا في لقاء وجهاً لوجه لمدة 48 دقيقة قبل الاجتماع الموسع، والتقى الرجلان في #سنغافورة "
             "بحضور المترجمين الفوريين فقط، بعدها انتقلا الى اجتماع ثان موسع بحضور مساعديهما، وكان من بين الحضور في "
             "الموفد الأميركي وزير الخارجية مايك بومبيو، وجون بولتون.\n"
             "وكان الرئيس الأميركي قال في وقت سابق قبيل الاجتماع الأول، إنه كون \"علاقة جيدة\" مع زعيم كوريا الشمالية، "
             "وذلك في تصريحات مقتضبة أثناء جلسة سريعة لالتقاط الصور.")


def test_a_trip_to_a_meeting_leaves_the_meeting_its_place():
    # «انتقلا الى اجتماع ثان» makes no frame of its own (no place after it); the meeting after it still reaches
    # Singapore, told before the verb, and stays a meeting that took place: North Korea, Pompeo and Bolton in
    # Singapore, occurred. Walled off by the verb, it left only «قبل الاجتماع الموسع» and «قبيل الاجتماع الأول»,
    # read as still to come: every visit planned.
    rows = extract_article("AL-internationalNews-1572-20180612", None, SINGAPORE, datetime(2018, 6, 12),
                           load_lexicons())
    visits = {(v["visitor_name_ar"], v["visitor_country_iso2"], v["host_country_iso2"], v["status"]) for v in rows["visits"]}
    assert visits == {(None, "KP", "SG", "occurred"), ("مايك بومبيو", "US", "SG", "occurred"),
                      ("جون بولتون", "US", "SG", "occurred")}

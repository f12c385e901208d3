"""meet / attend frames on real sentences (frames/meeting.py)."""
from tests.transforms.visits.frames.helpers import names, new_discourse, read
from tests.transforms.visits.frames.seed_article import mattis, sentence_with
from transforms.visits.frames.meeting import meet_frame

# BB-internationalNews-817-20180716
HELSINKI = "يلتقي الرئيس الأمريكي، دونالد ترامب، نظيره الروسي، فلاديمير بوتين، في العاصمة الفنلندية هلسنكي، في قمة ينتظر العالم نتائجها."
# CN-middleEast-499-20180406 (train, develop part)
TRIPARTITE = ("وكان وزير الخارجية السوداني إبراهيم غندور قال، الخميس، بعد اجتماع ثلاثي لمصر والسودان وإثيوبيا في "
              "الخرطوم، حول أزمة سد النهضة، إنه \"النهاية لم نستطع الوصول إلى توافق للخروج بقرار مشترك\".")


def _frame(article, surface, discourse=None):
    at = article.trigger(surface)
    return meet_frame(article.ctx, discourse or new_discourse(), [at], article.scope(at))


def test_both_sides_of_a_summit_abroad_are_its_visitors():
    frame = _frame(read(HELSINKI), "يلتقي")
    assert [h.iso2 for h in frame.hosts] == ["FI"]
    assert names(frame.visitors) == ["دونالد ترامب", "فلاديمير بوتين"]


def test_the_listed_parties_but_the_hosts_country_visit_and_the_speaker_is_none():
    frame = _frame(read(TRIPARTITE), "اجتماع")
    assert [h.iso2 for h in frame.hosts] == ["SD"] and names(frame.visitors) == ["EG", "ET"]


def test_a_participant_at_home_is_no_visitor():
    # «أجرى ... ماتيس السبت محادثات مع الرئيس المصري عبد الفتاح السيسي في القاهرة»
    article = mattis()
    s = sentence_with(article, "محادثات مع الرئيس المصري")
    frame = next(f for f in article.frames() if f.s_index == s)
    assert names(frame.visitors) == ["جيمس ماتيس"]  # السيسي is at home in Egypt

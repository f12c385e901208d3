"""Countries listed as a meeting's parties, on real sentences (frames/meeting_parties.py)."""
from tests.transforms.visits.frames.helpers import read
from transforms.visits.frames.meeting_parties import listed_parties

# CN-middleEast-499-20180406 (train, develop part)
TRIPARTITE = ("وكان وزير الخارجية السوداني إبراهيم غندور قال، الخميس، بعد اجتماع ثلاثي لمصر والسودان وإثيوبيا في "
              "الخرطوم، حول أزمة سد النهضة، إنه \"النهاية لم نستطع الوصول إلى توافق للخروج بقرار مشترك\".")


def test_a_meeting_noun_with_its_number_of_parties_lists_them_after_la():
    article = read(TRIPARTITE)
    meeting = article.trigger("اجتماع")
    parties = listed_parties(article.ctx, meeting.start, article.loc("الخرطوم").start, [meeting])
    assert [p.country for p in parties] == ["EG", "SD", "ET"]
    assert all(p.person is None for p in parties)

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


def test_the_nouns_of_another_meeting_are_rows_with_their_forms_generated():
    # Six rows of class visit_other_meeting (قمة، اجتماع، لقاء، محادثات، مفاوضات، مؤتمر), read with their clitics and
    # generated duals; without them no noun sets a list apart as another meeting's.
    from marsad.seeds import read_seed_csv
    from transforms.arabic_text import normalize_key
    from transforms.cue_lexicon import build_cue_lexicon
    from transforms.visits.cues import clause_words
    rows = read_seed_csv("cue_words.csv")
    other = clause_words(build_cue_lexicon(rows)).other_meeting
    for word in ("القمة", "للقمة", "واجتماع", "باللقاء", "المحادثات", "بمفاوضات", "لمؤتمر", "القمتين"):
        assert other.fullmatch(normalize_key(word)), word
    assert not other.search(normalize_key("اجتماعي المؤتمرات"))
    without = clause_words(build_cue_lexicon([r for r in rows if r["class"] != "visit_other_meeting"])).other_meeting
    assert not without.search(normalize_key("عقد القمة بين"))


def test_the_plural_offices_of_parties_are_rows_read_as_written():
    # Nine rows of class visit_party_office (وزراء، قادة، زعماء، رؤساء، ممثلي، ممثلو، وفود، مسؤولي، مسؤولو), each as
    # written, with its clitics at a title's start; a singular office is none, and without the rows no title is.
    from marsad.seeds import read_seed_csv
    from transforms.arabic_text import normalize_key
    from transforms.cue_lexicon import build_cue_lexicon
    from transforms.visits.cues import clause_words
    rows = read_seed_csv("cue_words.csv")
    office = clause_words(build_cue_lexicon(rows)).party_office
    for title in ("وزراء خارجية", "قادة دول", "لزعماء", "الرؤساء", "ممثلي", "وممثلو", "وفود", "مسؤولي", "مسؤولو"):
        assert office.match(normalize_key(title)), title
    assert not office.match(normalize_key("وزير الخارجية")) and not office.match(normalize_key("رئيس الوزراء"))
    without = clause_words(build_cue_lexicon([r for r in rows if r["class"] != "visit_party_office"])).party_office
    assert not without.match(normalize_key("وزراء خارجية"))

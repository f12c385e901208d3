"""The traveller told before a trigger, on real sentences (frames/visitors.py)."""
from tests.transforms.visits.frames.helpers import names, new_discourse, read
from transforms.arabic_text import normalize_key
from transforms.visits.frames.visitors import visitors_before

# CN-middleEast-1604-20181018
POMPEO = "قال وزير الخارجية الأمريكي، مايك بومبيو، إنه أطلع الرئيس دونالد ترامب على نتائج زيارته للسعودية وتركيا."
# FR-internationalNews-559-20180405
THE_LATTER = ("وكان الأمير محمد بن سلمان قد التقى قبل أشهر ماكرون في مطار الرياض قبيل توجه الأخير إلى أبوظبي على خلفية "
              "الأزمة التي رافقت إعلان رئيس الوزراء اللبناني سعد الحريري استقالته من الرياض.")


def test_after_inna_and_a_verb_the_name_is_the_object_and_the_speaker_travels():
    article = read(POMPEO)
    visit = article.trigger("زيارته")
    sentence = article.scope(visit).sentence
    found = visitors_before(article.ctx, new_discourse(), [], sentence[0], visit.start, 0, False)
    assert names(found) == ["مايك بومبيو"]


def test_the_sentences_earlier_frame_gives_its_traveller():
    article = read(THE_LATTER)
    met, _ = article.frames()
    trip = article.trigger("توجه")
    found = visitors_before(article.ctx, new_discourse(), [met], met.sentence[0], trip.start, 0, False)
    assert names(found) == names(met.visitors) == ["إيمانويل ماكرون"]


def test_the_last_sentences_visitors_continue_only_when_asked_and_close():
    article = read(POMPEO)
    discourse = new_discourse()
    discourse.remember_visitors(article.ctx.actors[:1], 0)
    assert names(visitors_before(article.ctx, discourse, [], 0, 0, 2, True)) == ["مايك بومبيو"]
    assert visitors_before(article.ctx, discourse, [], 0, 0, 2, False) == []
    assert visitors_before(article.ctx, discourse, [], 0, 0, 3, True) == []


def test_the_complementisers_are_the_rows_of_class_complementiser():
    # No list of its own (issue 8): the forms visitors.py wrote by hand (أن، بأن; أنه، بأنها) and لأن, the class's
    # row, whose seed sentence is «إنها حذفت اللعبة لأن مطورها كان لديه»; after بعد it is a conjunction of time.
    that_he, opens_clause, pronoun_subject_verb = read(POMPEO).ctx.clauses.that_clauses
    assert opens_clause.search(normalize_key("إنها حذفت اللعبة لأن مطورها كان لديه")).group() == "لان"
    assert opens_clause.search(normalize_key("أكد ترامب أن فريقا")) and not opens_clause.search(normalize_key("بعد أن زار"))
    assert pronoun_subject_verb.search(normalize_key("إنه أطلع الرئيس"))
    assert that_he.search(normalize_key("مشيرا إلى أنه")) and that_he.search(normalize_key("بأنها سوف"))

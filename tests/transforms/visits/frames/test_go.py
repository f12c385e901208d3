"""go / tour frames on real sentences (frames/go.py)."""
from tests.transforms.visits.frames.helpers import names, new_discourse, read
from tests.transforms.visits.frames.seed_article import mattis, sentence_with
from transforms.visits.frames.go import go_frame

# AL-internationalNews-2011-20180721
AFWERKI = "وزار أبي أسمرة، كما زار رئيس إريتريا، إسياس أفورقي، أديس أبابا، هذا الأسبوع، وأعاد فتح سفارة بلاده هناك."
# FR-internationalNews-559-20180405
THE_LATTER = ("وكان الأمير محمد بن سلمان قد التقى قبل أشهر ماكرون في مطار الرياض قبيل توجه الأخير إلى أبوظبي على خلفية "
              "الأزمة التي رافقت إعلان رئيس الوزراء اللبناني سعد الحريري استقالته من الرياض.")
# BB-middleEast-1043-20181003
AID_ARRIVES = "وردت الولايات المتحدة بأنها تراعي وصول المساعدات الإنسانية إلى إيران."
# BB-middleEast-1131-20181020
VISIT_IN = ("لكنه بدا وهو يفقد أعصابه خلال زيارة له في لندن في مارس / أذار عندما رشقه متظاهرون بالبيض قبل إلقائه كلمة في "
            "مؤتمر دولي.")


def _frame(article, surface, earlier=()):
    at = article.trigger(surface)
    return go_frame(article.ctx, new_discourse(), at, article.scope(at, earlier))


def test_the_traveller_stands_between_the_verb_and_its_object_past_commas():
    article = read(AFWERKI)
    frame = _frame(article, "زار")
    assert [h.iso2 for h in frame.hosts] == ["ET"] and names(frame.visitors) == ["إسياس أفورقي"]


def test_the_latter_is_the_last_one_named_before_the_trigger():
    article = read(THE_LATTER)
    frame = _frame(article, "توجه")
    assert [h.iso2 for h in frame.hosts] == ["AE"] and names(frame.visitors) == ["إيمانويل ماكرون"]


def test_aid_that_arrives_is_no_trip():
    article = read(AID_ARRIVES)
    assert _frame(article, "وصول") is None


def test_a_visit_noun_is_placed_by_fi_after_its_owners_la():
    article = read(VISIT_IN)
    frame = _frame(article, "زيارة")
    assert [h.place for h in frame.hosts] == ["لندن"]


def test_the_nouns_placed_by_fi_are_rows_with_their_forms_generated():
    # Two rows of class visit_noun_in_place (زيارة، جولة) stand for the forms of the trigger the test above reads, their
    # duals and plurals generated; without them no visit noun is placed by في.
    from marsad.seeds import read_seed_csv
    from transforms.cue_lexicon import build_cue_lexicon
    from transforms.visits.cues import clause_words
    rows = read_seed_csv("cue_words.csv")
    nouns = clause_words(build_cue_lexicon(rows)).visit_in_nouns
    assert {"زياره", "زيارات", "زيارتين", "جوله", "جولات"} <= nouns and "اجتماع" not in nouns
    assert not clause_words(build_cue_lexicon([r for r in rows if r["class"] != "visit_noun_in_place"])).visit_in_nouns


def test_the_legs_of_a_trip_are_the_places_joined_to_its_destination():
    # «التقى ... صبحي في القاهرة، قبل توجهه إلى الأردن وباكستان والكويت»
    article = mattis()
    s = sentence_with(article, "قبل توجهه إلى الأردن")
    frame = next(f for f in article.frames() if f.s_index == s and f.trigger.kind == "go")
    assert [h.iso2 for h in frame.hosts] == ["JO", "PK", "KW"] and names(frame.visitors) == ["جيمس ماتيس"]


# AL-internationalNews-61-20140131
ADDRESSES = "إذا كان المشير عبدالفتاح السيسى سوف يتوجه بخطاب إلى المصريين، يوم إعلان ترشحه لمعركة الرئاسة."


def test_a_conjugation_of_tawajjaha_with_a_speech_turns_to_people_and_goes_nowhere():
    from transforms.visits.frames.go import _not_a_trip

    article = read(ADDRESSES)
    turns = article.trigger("يتوجه")
    assert (turns.trigger.lemma, turns.trigger.cue_class) == ("توجه", "travel")
    assert _not_a_trip(article.ctx, turns.trigger, turns.end, article.scope(turns).right)


def test_the_arrival_noun_is_read_as_an_arrival_cue():
    article = read(AID_ARRIVES)
    assert article.trigger("وصول").trigger.cue_class == "arrival"

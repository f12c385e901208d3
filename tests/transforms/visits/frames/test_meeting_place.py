"""Where a meeting is held, on real sentences (frames/meeting_place.py)."""
from tests.transforms.visits.frames.helpers import read
from tests.transforms.visits.frames.seed_article import mattis, sentence_with
from transforms.visits.frames.meeting_place import is_meeting_place, meeting_place

# BB-internationalNews-817-20180716
HELSINKI = "يلتقي الرئيس الأمريكي، دونالد ترامب، نظيره الروسي، فلاديمير بوتين، في العاصمة الفنلندية هلسنكي، في قمة ينتظر العالم نتائجها."


def _place(article, surface):
    at = article.trigger(surface)
    scope = article.scope(at)
    return meeting_place(article.ctx, [at], scope.left, scope.right)


def test_the_participants_and_their_appositions_do_not_part_a_meeting_from_its_place():
    article = read(HELSINKI)
    assert _place(article, "يلتقي").place == "هلسنكي"


def test_a_verb_of_holding_places_a_conference():
    # «وسيشارك ماتيس لاحقا في مؤتمر يعقد بالأردن حول مكافحة التطرف العنيف في غرب أفريقيا»
    article = mattis()
    assert _place(article, "مؤتمر").iso2 == "JO"


def test_a_place_before_haythu_places_the_meeting_after_it():
    # «وسيبدأ الوزير الأميركي محادثاته ... من مصر حيث سيجتمع مع رئيس الجمهورية»
    article = mattis()
    assert _place(article, "سيجتمع").iso2 == "EG"


def test_a_city_after_the_participants_of_talks_is_where_they_are_held():
    # «أجرى ... ماتيس السبت محادثات مع الرئيس المصري عبد الفتاح السيسي في القاهرة تناولت ...»
    article = mattis()
    s, e = article.sentences[sentence_with(article, "محادثات مع الرئيس المصري")]
    cairo = next(l for l in article.ctx.locs if s <= l.start < e and l.place == "القاهرة")
    assert is_meeting_place(article.ctx, cairo, s)
    assert _place(article, "محادثات").place == "القاهرة"



# AL-internationalNews-1543-20180609
SINGAPORE = ("يشار إلى أن الرئيس الأميركي دونالد ترمب سيلتقي رئيس كوريا الشمالية لأول مرة في قمة تاريخية تستضيفها سنغافورة "
             "يوم الثلاثاء 12 حزيران/ يونيو الحالي وسط اهتمام واسع من وسائل الإعلام الأميركية والعالمية.")
# FR-internationalNews-409-20180313
DUBAI = ("جاءت تصريحات المسؤول الإماراتي بعد افتتاح فعاليات مؤتمر السكك الحديدية في الشرق الأوسط الذي تستضيفه دبي وبعد جلسة "
         "مباحثات جمعت مُمثلي قطاع النقل السعودي بنظرائهم الإماراتيين.")


def test_a_verb_of_hosting_right_before_a_city_places_the_meeting_there():
    # «قمة تاريخية تستضيفها سنغافورة»، «مؤتمر ... الذي تستضيفه دبي»: no في before the city; the verb of hosting (class
    # visit_hosting_verb, استضاف/يستضيف, its present with ت and an object pronoun generated) makes it where it is held.
    assert _place(read(SINGAPORE), "قمة").iso2 == "SG"
    assert _place(read(DUBAI), "مؤتمر").place == "دبي"

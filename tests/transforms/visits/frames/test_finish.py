"""A frame's exclusion and status (frames/finish.py)."""
from tests.transforms.visits.frames.helpers import read
from tests.transforms.visits.frames.seed_article import mattis, sentence_with

# FR-internationalNews-559-20180405
THE_LATTER = ("وكان الأمير محمد بن سلمان قد التقى قبل أشهر ماكرون في مطار الرياض قبيل توجه الأخير إلى أبوظبي على خلفية "
              "الأزمة التي رافقت إعلان رئيس الوزراء اللبناني سعد الحريري استقالته من الرياض.")


def test_a_meeting_months_ago_is_background_and_the_trip_after_it_is_not():
    met, went = read(THE_LATTER).frames()
    assert (met.trigger.kind, met.excluded) == ("meet", "background")
    assert (went.trigger.kind, went.excluded) == ("go", None)


def test_a_tour_that_will_take_in_places_is_planned():
    # «بدأ وزير الدفاع الأميركي جيمس ماتيس الجمعة رحلة خارجية تشمل مصر والأردن وباكستان والكويت»
    article = mattis()
    s = sentence_with(article, "رحلة خارجية تشمل")
    tour = next(f for f in article.frames() if f.s_index == s)
    assert (tour.trigger.kind, tour.status, tour.date_value) == ("tour", "planned", None)

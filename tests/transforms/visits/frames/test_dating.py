"""The day of a frame, on real sentences (frames/dating.py)."""
from datetime import UTC, datetime

from tests.transforms.visits.frames.helpers import read
from tests.transforms.visits.frames.seed_article import mattis, sentence_with
from transforms.visits.frames.dating import as_date, dates_for

# AL-internationalNews-1904-20180712 (published on Thursday 12 July 2018)
ABBAS = "يصل الرئيس الفلسطيني محمود عباس الجمعة إلى موسكو في زيارة عمل رسمية يلتقي خلالها نظيره الروسي فلاديمير بوتين."


def test_a_day_goes_to_the_frame_nearest_it():
    article = read(ABBAS, datetime(2018, 7, 12, tzinfo=UTC))
    arrives, meets = article.trigger("يصل"), article.trigger("يلتقي")
    values = dates_for(article.ctx, [(arrives.start, article.loc("موسكو").end), (meets.start, meets.end)],
                       article.sentences[0])
    assert values == ["2018-07-13", None]
    assert as_date(values[0]).isoweekday() == 5


def test_each_frame_of_a_sentence_keeps_its_own_day():
    # «وسيسافر ماتيس بعد ذلك إلى الأردن حيث يشارك في الثالث من الشهر الجاري في "اجتماعات العقبة"»
    article = mattis()
    s = sentence_with(article, "وسيسافر ماتيس بعد ذلك")
    frames = [f for f in article.frames() if f.s_index == s]
    assert [(f.trigger.kind, f.date_value) for f in frames] == [("go", None), ("attend", "XXXX-12-03")]

"""Issue 15: «<weekday> الماضي» after a bare weekday gone by in its sentence is told of a time before that day: the same
weekday before it, not the one before publication (dates ruling 5 of gold/team/dates_consistency_session32.md: "unless
the article's own text settles that another week is meant"). Real sentences of ANT articles in no gold file."""
from datetime import datetime

from flows.lexicons import load_lexicons
from transforms.dates import extract_time_expressions

MELANIA = ("وجَّهت ميلانيا ترامب، زوجة الرئيس الأمريكي، رسالة شكر إلى الرئيس المصري عبدالفتاح السيسي وزوجته انتصار، "
           "الجمعة، على استضافتها خلال زيارتها إلى مصر ، السبت الماضي.")


def _values(text, published):
    return [(e["surface"], e["value"])
            for e in extract_time_expressions(text, datetime.fromisoformat(published), load_lexicons().dates)]


def test_a_friday_letter_thanks_for_the_saturday_before_it():
    # CN-internationalNews-701-20181014, published on Sunday 14 October: the letter of Friday 12 October thanks for the
    # visit of «السبت الماضي», Saturday 6 October, not the Saturday the 13th, after the letter.
    assert _values(MELANIA, "2018-10-14T13:23:56+00:00") == [("الجمعة", "2018-10-12"), ("السبت الماضي", "2018-10-06")]


def test_a_list_of_weekdays_gone_by_is_not_moved():
    # FR-internationalNews-2216-20180708 (published on Sunday 8 July): «الجمعة والسبت الماضيين» is one list whose
    # modifier dates both days, Friday 6 and Saturday 7 July; its Saturday is not moved before its Friday.
    text = ("أصدرت بيونغ يانغ الأحد بيانا حاد اللهجة للتنديد بالمطالب التي قدمها وزير الخارجية الأمريكي مايك بومبيو "
            "خلال زيارته لكوريا الشمالية الجمعة والسبت الماضيين.")
    assert [v for _, v in _values(text, "2018-07-08T05:38:39+00:00")] == ["2018-07-08", "2018-07-06", "2018-07-07"]

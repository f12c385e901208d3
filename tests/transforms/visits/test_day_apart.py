"""A day told right before a day apart (بعد أسبوع من، بعد يومين من، غداة، عشية) and the visit's word is another
event's, a day or more from the visit's; so is one told a few words after a sequence word and its own event,
before the visit's word (issue 9, item 6), on real sentences of non-gold ANT articles, every
upstream layer built by the real extractors (reading.read_visits)."""
from tests.transforms.visits.reading import read_visits


def _days(rows, host):
    found = [r["date_value"] for r in rows if r["host_country_iso2"] == host]
    assert found, f"no visit to {host}"
    return found


def test_a_day_a_week_after_the_summit_is_not_the_summits_day():
    # ANT AL-internationalNews-1708-20180620: the Tuesday is the resignation's, a week after the Singapore
    # summit; the summit's rows took it as their day (2018-06-19) before.
    text = ("قدّم جو هايغين استقالته من منصب مساعد كبير موظفي البيت الأبيض، الثلاثاء، بعد أسبوع من القمة التاريخية "
            "التي جمعت بين الرئيس دونالد #ترمب والزعيم الكوري الشمالي، كيم يونغ أون، في سنغافورة، والتي أدى دوراً "
            "أساسياً في تنظيمها.")
    _, rows, _ = read_visits(text, "2018-06-20T10:00:00+04:00")
    assert "2018-06-19" not in _days(rows, "SG")


def test_a_statement_right_after_a_meeting_keeps_its_day():
    # ANT AL-internationalNews-1114-20180511: a bare sequence word (عقب) is no day apart; the statement came
    # the day of the meeting in Moscow, so the German minister's visit keeps the Thursday.
    text = ("وكان لافروف، قد قال الخميس عقب لقائه نظيره الألماني، هايكو ماس، في موسكو، إنه يجب المحافظة على الاتفاق "
            "النووي مع إيران، لافتاً إلى أنه \"ليس بوسعنا فعل شيء حيال قرار أميركا فرض عقوبات أحادية على إيران\".")
    _, rows, _ = read_visits(text, "2018-05-11T10:00:00+04:00")
    assert "2018-05-10" in _days(rows, "RU")


def test_a_day_after_a_sequence_word_and_its_event_is_that_events_before_the_visits_word():
    # ANT FR-internationalNews-1410-20180524: 7 May 2017 is Macron's election, told after عقب and its event a few
    # words before the visit's word; the visit to Russia is the Thursday (and Friday), not 2017-05-07.
    text = ("بعد عام على استقباله نظيره الروسي فلاديمير بوتين في قصر فرساي عقب انتخابه رئيسا للجمهورية الفرنسية في "
            "7 أيار/مايو 2017، يقوم إيمانويل ماكرون الخميس والجمعة بزيارة رسمية إلى روسيا للحديث عن ملفين بارزين، "
            "حسب الإليزيه، هما سوريا وأوكرانيا.")
    _, rows, _ = read_visits(text, "2018-05-24T10:00:00+00:00")
    assert _days(rows, "RU") == ["2018-05-24"]

"""Issue 9, visits told in passing: a possessed visit noun right before its place (خلال زيارته إلى،
قبيل زيارته لـ) is the visit of the pronoun's referent (transforms/visits/possessor.py), and a pair
so read is kept unless the model all but rules it out. Real sentences of non-gold ANT articles and
of the develop part."""
from tests.transforms.visits.reading import read_visits


def _run(text, published=None, title=""):
    _, rows, trace = read_visits(text, published, title)
    return trace, rows


def _possessed(trace, host):
    return {(c.actor.person or {}).get("name_ar") for c in trace if c.possessed and c.host_iso2 == host}


def test_the_speaker_of_a_planned_visit_told_in_passing():
    # ANT BB-middleEast-17-20180214 (non-gold): «قبيل زيارته لبيروت» is Tillerson's, and a row.
    text = ("قال وزير الخارحية الأمريكي ريكس تيلرسون إنه يجب الاعتراف بالحقيقة القائلة إن حزب الله \"هو جزء من "
            "العملية السياسية في لبنان\"، وذلك فيما يبدو أنه تخفيف في موقف واشنطن إزاء الحزب قبيل زيارته لبيروت.")
    trace, rows = _run(text, "2018-02-14T17:22:46+00:00")
    assert _possessed(trace, "LB") == {"ريكس تيلرسون"}
    row = next(r for r in rows if r["host_country_iso2"] == "LB")
    assert row["visitor_name_ar"] == "ريكس تيلرسون" and row["status"] == "planned"


def test_a_phrase_that_opens_the_sentence_is_of_the_main_clauses_subject():
    # ANT CN-middleEast-1265-20180903 (develop part): the subject after the comma.
    text = ("في ثاني أـيام زيارته إلى الصين، أجرى الرئيس المصري عبدالفتاح السيسي جولة في أكاديمية الحزب الشيوعي "
            "الصيني ومتحفها، التي تتولى تدريب المسؤولين وإعداد القيادات للمناصب العليا.")
    trace, _ = _run(text, "2018-09-03T10:00:00+00:00")
    assert _possessed(trace, "CN") == {"عبدالفتاح السيسي"}


def test_two_who_agree_before_the_noun_leave_it_unread():
    # ANT BB-middleEast-1118-20181017 (non-gold): the tour is Pompeo's, not the speaker Trump's; the
    # words do not settle it, so neither is read as its owner.
    text = ("وقال ترامب إنه يتوقع الحصول على تقرير من وزير خارجيته مايك بومبيو، حول جولته الأخيرة في السعودية "
            "وتركيا لبحث قضية خاشقجي.")
    trace, _ = _run(text, "2018-10-17T10:00:00+00:00")
    assert not _possessed(trace, "SA")


def test_a_subject_that_is_no_actor_is_not_the_one_told_before():
    # ANT BB-middleEast-838-20180808 (non-gold): «رحلاتها» are the airline's flights, not Nauert's.
    text = ("وقالت المتحدثة باسم الخارجية الأمريكية هيثر نورت إنه يجب على الجانبين حل هذه الأزمة معا بشكل "
            "دبلوماسي.\nوكانت الخطوط الجوية السعودية قد أوقفت رحلاتها المباشرة إلى تورنتو، كبرى مدن كندا، عقب "
            "مطالبة كندا المملكة بإطلاق سراح الناشطين المدافعين عن حقوق المرأة.")
    trace, _ = _run(text, "2018-08-08T07:16:37+00:00")
    assert not _possessed(trace, "CA")

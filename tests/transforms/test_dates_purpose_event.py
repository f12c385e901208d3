"""Issue 15 (the week of a weekday): a bare weekday right after an event noun (class date_called) glued to the لـ of
purpose (لجلسة، للقمة، لاجتماع، للتصويت) names when what the clause is for takes place, still to come whatever the
tense of the clause's verb; لقاء, whose ل is its own, is no such noun."""
from tests.transforms.date_values import seed_date_lexicon, values


def test_a_session_announced_for_a_weekday_is_the_coming_one():
    # non-gold CN-middleEast-455-20180402 (a Monday): the session on Tuesday the 3rd, not the 27th gone by
    assert values("أعلنت جامعة الدول العربية عقدها لجلسة طارئة، الثلاثاء، في القاهرة لبحث \"جرائم الاحتلال الإسرائيلي ضد "
                  "المتظاهرين السلميين\" في غزة", "2018-04-02T11:58:00+00:00", seed_date_lexicon()) == ["2018-04-03"]


def test_a_meeting_prepared_for_is_the_coming_one():
    # non-gold FR-internationalNews-1272-20180516 (a Wednesday): the ministers meet on Thursday the 17th
    assert values("بدأت الجامعة العربية الأربعاء اجتماعا على مستوى المندوبين الدائمين تحضيرا لاجتماع طارئ لوزراء "
                  "الخارجية العرب الخميس في القاهرة", "2018-05-16T12:49:04+00:00",
                  seed_date_lexicon()) == ["2018-05-16", "2018-05-17"]


def test_a_vote_a_text_is_sent_for_is_the_coming_one():
    # train-develop FR-internationalNews-1895-20180618 (a Monday): the Commons vote on Wednesday the 20th
    assert values("أقر مجلس اللوردات البريطاني الاثنين تعديلا لمشروع القانون حول بريكسيت قبل إحالة النص إلى مجلس العموم "
                  "للتصويت عليه الأربعاء، يسمح للبرلمان بتقرير العلاقة المستقبلية مع الاتحاد الأوروبي",
                  "2018-06-18T20:51:22+00:00", seed_date_lexicon()) == ["2018-06-18", "2018-06-20"]


def test_a_meeting_named_by_liqa_told_in_the_past_is_gone_by():
    # non-gold FR-internationalNews-2035-20180627 (a Wednesday): لقاء carries no لـ of purpose; the Monday gone by
    assert values("وأرجعت الصحافة الإيطالية قرار منح \"لايف لاين\" الضوء الأخضر لدخول مالطا، إلى لقاء مساء الاثنين بين "
                  "الرئيس الفرنسي إيمانويل ماكرون ورئيس الحكومة الإيطالية", "2018-06-27T19:31:32+00:00",
                  seed_date_lexicon()) == ["2018-06-25"]

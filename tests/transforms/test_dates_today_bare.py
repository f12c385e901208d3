"""Issue 15: a bare «اليوم» right after a speaker's own first-person present verb in a quotation (نتوقع اليوم،
أرغب اليوم) is the day of the speech, the publication day when the text gives no other (ruling 4 of
gold/team/dates_consistency_session32.md). Sentences of ANT articles in no gold file (ids quoted)."""
import pytest

from tests.transforms.date_values import seed_date_lexicon, values


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def test_first_person_present_before_a_quoted_today(lexicon):
    # AL-internationalNews-1094-20180510
    assert values('وأضاف في مؤتمر صحافي "نتوقع اليوم أن تتم مراسم أدائي القسم رئيساً للوزراء"، وهدأ المخاوف',
                  "2018-05-10T10:33:22+04:00", lexicon) == ["2018-05-10"]
    # AL-internationalNews-1448-20180603
    assert values('قال دوتيرتي: "للمرة الأولى أود أن أقول إنني كنت قاسيا في تعابيري، ربما كان هذا بسبب فورة عاطفية، '
                  'ولكنني أرغب اليوم في أن أقدّم اعتذاري".', "2018-06-03T21:12:45+04:00", lexicon) == ["2018-06-03"]


def test_a_perfect_first_person_look_alike_stays_the_quoted_perfect(lexicon):
    # AL-internationalNews-1077-20180509, out at 00:22 local: أعلن is the speaker's perfect, the day before
    assert values('وقال في كلمة متلفزة ألقاها في البيت الأبيض "أعلن اليوم انسحاب الولايات المتحدة من الاتفاق النووي '
                  'الإيراني"', "2018-05-09T00:22:28+04:00", lexicon) == ["2018-05-08"]


"""A family name that names a movement is no person (issue 10): «ميليشيات الحوثي» is the Houthi
movement (seeds/organisations.csv, a variant of الحوثيون); the person extractor reads the
organisations the flow finds first. Sentences are real, from ANT articles;
the article id and its part are given beside each."""
import pytest

from flows.lexicons import load_lexicons
from transforms.entities import find_entities
from transforms.persons import extract_persons


def names(text: str) -> list[str]:
    lexicons = load_lexicons()
    entities = find_entities(text, lexicons.gazetteer)
    return [p["name_ar"] for p in extract_persons(
        text, entities["countries"], lexicons.persons, organisations=entities["organisations"],
        places=entities["places"])]


@pytest.mark.parametrize("text", [
    # SK-middleEast-1205-20180423 (non-gold)
    "اعترضت قوات الدفاع الجوي للتحالف العربي من أجل الشرعية صاروخين باليستيين، أطلقتهما مليشيات الحوثي "
    "المدعومة من إيران، من محافظة صعدة باتجاه الأراضي السعودية.",
    # SK-middleEast-509-20180323 (non-gold)
    "دمرت مقاتلات التحالف العربي، الجمعة، زورقين مفخخين لميليشيات الحوثي الإيرانية في الساحل الغربي لليمن.",
    # CN-middleEast-348-20180323 (non-gold)
    "وقال الجبير إن دور النظام الإيراني مدمّر في اليمن عبر تزويده ميليشيا الحوثي بالصواريخ.",
])
def test_the_houthi_militias_are_a_movement_not_a_person(text):
    assert "الحوثي" not in names(text)


def test_the_movement_leader_is_still_a_person():
    # AL-internationalNews-375-20180307 (non-gold): the militia's leader of the same family name
    text = ("وكانت قوات الجيش اليمني، بإسناد من التحالف العربي، احكمت سيطرتها الكاملة على سلسلة جبال "
            "الأزهور الاستراتيجية، في مديرية رازح، في تقدم لافت، باتت بعد تحقيقه على مسافة 27 كلم فقط من "
            "مديرية مران مسقط رأس زعيم الميليشيا الحوثية، عبدالملك الحوثي.")
    assert "عبدالملك الحوثي" in names(text)


"""A name of two or three words set off by commas after a title and its complement, or closed by
«إن», is that title's holder (issue 10: names after a long title missed): the apposition the news
writes when the office is long. A title whose own holder follows it is not the name's.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
import pytest

from flows.lexicons import load_lexicons
from tests.transforms.person_names import names
from transforms.entities import find_entities
from transforms.persons import extract_persons


@pytest.mark.parametrize("text, name", [
    # CN-internationalNews-162-20180321 (non-gold): was not read
    ("وقال المتحدث باسم شرطة مدينة كابول ، بصير مجاهد، إن المهاجم كان يحاول الوصول إلى \"ضريح ساخي\" حيث تجمع "
     "الناس للاحتفال بالسنة الفارسية الجديدة.", "بصير مجاهد"),
    # SK-internationalNews-798-20180405 (non-gold): was not read
    ("وأوضح قائد شرطة نيويورك، تيرينس مونهان، في مؤتمر صحفي إن الرجل اتخذ وضع الاستعداد لإطلاق النار بكلتا يديه.",
     "تيرينس مونهان"),
    # BB-middleEast-669-20180626 (non-gold): was not read
    ("وقال الخبير في الأسلحة الكيمياوية في جامعة ليدز، أليستر هاي، إن بريطانيا \"على حق\" في مطالبة بتوسيع صلاحيات "
     "المفتشين.", "أليستر هاي"),
])
def test_a_name_in_apposition_after_a_long_title_is_read(text, name):
    assert name in names(text)


def _titles(text: str) -> dict:
    lexicons = load_lexicons()
    countries = find_entities(text, lexicons.gazetteer)["countries"]
    return {p["name_ar"]: p["title_ar"] for p in extract_persons(text, countries, lexicons.persons)}


def test_the_title_is_the_holder_s():
    # SK-internationalNews-798-20180405 (non-gold)
    text = "وأوضح قائد شرطة نيويورك، تيرينس مونهان، في مؤتمر صحفي إن الرجل اتخذ وضع الاستعداد لإطلاق النار."
    assert (_titles(text).get("تيرينس مونهان") or "").startswith("قائد شرطة")


def test_a_title_with_its_own_holder_is_not_the_next_name_s():
    # AL-internationalNews-1157-20180514 (non-gold): النائبة is بهية الحريري's
    text = ("كما كرر شكره لابن عمته النائبة بهية الحريري، نادر الحريري، قائلاً: \"بيبقى كلمة شكر من القلب لجهود "
            "نادر الحريري\".")
    assert _titles(text).get("نادر الحريري") is None

"""The next of a list of people after a full name (issue 10), read by its shape (_list_conjunct_names):
a definite nisba is a family name there as after a given name (ورجاء الجداوي), and و glued to a
listed given name after the pair opens the list's next member, not a third word of the pair
(وفردون توفيقشي وياسين أوز).

Sentences are real, from ANT articles; the article id and its part are given beside each."""
import pytest

from tests.transforms.person_names import names


@pytest.mark.parametrize("text, name", [
    # AL-culture-338-20180509 (team part): was not read
    ("ويشارك في المسلسل الفنان سمير غانم كضيف شرف، بعد سنوات طويلة لم يجتمع فيها مع عادل إمام، بالإضافة "
     "لمشاركة صلاح عبد الله ورجاء الجداوي وفتحي عبد الوهاب.", "رجاء الجداوي"),
    # SK-internationalNews-3130-20180907 (non-gold): was not read
    ("واعتقلت السلطات في مولدوفا، حسن كاركو أوغلو وحسين بايراكتر ورضا دوغان وفردون توفيقشي وياسين أوز "
     "وموجدات جلبي.", "فردون توفيقشي"),
    # CN-economy-305-20180911 (non-gold): was not read
    ("جاك ما هو النسخة الصينية من بيل غيتس وسيتف جوبز وإيلون ماسك.", "سيتف جوبز"),
])
def test_the_next_member_of_a_list_of_people_is_read(text, name):
    found = names(text)
    assert name in found
    assert "و" + name not in found


def test_a_compound_given_name_joined_by_wa_opens_the_next_name():
    # CN-middleEast-1409-20181002 (team part): عبد السلام عارف was not read
    text = ("يذكر أن صالح سيكون ثامن رئيس للعراق، بعد كل من محمد نجيب الربيعي وعبد السلام عارف وعبد الرحمن عارف "
            "وأحمد حسن البكر وصدام حسين وجلال طلباني وفؤاد معصوم.")
    found = names(text)
    assert "عبد السلام عارف" in found
    assert "عبد الرحمن عارف" in found
    assert not any(n.startswith("وعبد") for n in found)

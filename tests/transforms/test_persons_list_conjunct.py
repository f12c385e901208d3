"""The next of a list of people (issue 10): a given name joined by و right after a name the rules
read (شكري بلعيد ومحمد البراهمي) opens a name of its own with the word after it, and a definite
family name after those two; the و is no part of it, and the word after it is kept only as the
tagger's gate keeps an unlisted word. The next conjunct (وإريك وإيفانكا) ends no such name.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
import pytest

from tests.transforms.person_names import names


@pytest.mark.parametrize("text, name", [
    # BB-middleEast-516-20180519 (non-gold): was read cut, فهد الربيعة
    ("كما ذكرت أسماء ثلاثة رجال فقط وهم: إبراهيم عبد الرحمن المديميغ ومحمد فهد الربيعة وعبد العزيز المشعل.",
     "محمد فهد الربيعة"),
    # AL-internationalNews-1392-20180531 (non-gold): was not read
    ("كما شيعت الميليشيات، الثلاثاء، القياديين فارس ابراهيم الجنيد، ومحمد حمود الجنيد، وهما من قيادات الصف الثاني",
     "محمد حمود الجنيد"),
])
def test_a_given_name_joined_by_wa_after_a_name_opens_the_next_name(text, name):
    found = names(text)
    assert name in found
    assert "و" + name not in found


def test_the_next_conjunct_ends_no_such_name():
    # FR-internationalNews-1820-20180614 (non-gold)
    text = "وقد رفع النائب العام دعوى على ترامب وأبنائه الثلاثة من زوجته الأولى وهم دونالد الابن وإريك وإيفانكا، وثلاثتهم"
    assert not any("وإيفانكا" in n or "وايفانكا" in n for n in names(text))

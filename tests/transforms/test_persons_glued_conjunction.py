"""A name read with و at its start (issue 10): when the text writes a hamza on the alef after the و
(وأحمد، وإدينسون) or the word after و is a connector of names (وعبد، وبن), the و is the conjunction of
a list, never a letter of the name; a foreign name in و writes its alef bare (والاس، وانغ).

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
import pytest

from tests.transforms.person_names import names


@pytest.mark.parametrize("text, name", [
    # FR-internationalNews-2398-20180719: a connector after و
    ("وعبد الباري عطوان، رئيس تحرير صحيفة \"رأي اليوم\" الإلكترونية.", "عبد الباري عطوان"),
    # SK-middleEast-2594-20180625: a hamza on the alef
    ("ومن بين الموقعين غلام حسين كربتشي (الحاكم السابق لمقاطعة أصفهان وعمدة طهران)، وأبو الفضل بازارجان (نجل رئيس "
     "الوزراء الأول لإيران بعد الثورة) ، وأحمد منتظري  نجل رجل النظام المعروف حسين علي منتظري)، وعضو مجلس مدينة "
     "طهران السابق، صادق قاسقشي، والنائبة السابقة، جميله كاديفار.", "أحمد منتظري"),
    # FR-internationalNews-1835-20180615
    ("وتمكن المصريون بالتالي من إخماد حرارة منتخب أوروغواي وثنائي هجومه الخطر لويس سواريز وإدينسون كافاني.",
     "إدينسون كافاني"),
])
def test_a_conjunction_before_a_hamza_or_a_connector_is_no_letter_of_the_name(text, name):
    found = names(text)
    assert name in found
    assert "و" + name not in found

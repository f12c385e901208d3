"""A known person's lone family name after another given name that carries a clitic (issue 10):
لريتشارد برانسون is Richard Branson, not the lexicon's أندرو برانسون; لنوري المالكي is not تركي
المالكي. A given name before the family name opens someone else's name with ل or و on it as without.

Sentences are real, from ANT articles of the team's develop part; the article id is given beside each."""
import pytest

from tests.transforms.person_names import names


@pytest.mark.parametrize("text, name, wrong", [
    # CN-technology-18-20180219 (team)
    ('والتي جذبت اهتمام مجموعة "فيرجن" التابعة لريتشارد برانسون و"كوكاكولا"', "ريتشارد برانسون", "أندرو برانسون"),
    # CN-middleEast-249-20180312 (team)
    ("بغداد، العراق (CNN) -- نفى المكتب الإعلامي لنوري المالكي، نائب الرئيس العراقي", "نوري المالكي", "تركي المالكي"),
])
def test_a_given_name_with_a_clitic_opens_another_persons_name(text, name, wrong):
    found = names(text)
    assert name in found and wrong not in found

"""A royal is named by a given name alone (issue 10): after a definite royal title, a given name and a
word no list of names holds are the name and the phrase after it (الأمير هاري حفيد ملكة إنجلترا), while
a construct title (ملكة جمال) or a body named after a king (مركز الملك سلمان) names no one.
Sentences are real, from ANT articles; the article id and its part are given beside each."""
import pytest

from flows.lexicons import load_lexicons
from transforms.entities import find_entities
from transforms.persons import extract_persons


def persons(text: str) -> list[tuple]:
    lexicons = load_lexicons()
    entities = find_entities(text, lexicons.gazetteer)
    return [(p["name_ar"], p["title_ar"]) for p in extract_persons(
        text, entities["countries"], lexicons.persons, organisations=entities["organisations"],
        places=entities["places"])]


@pytest.mark.parametrize("text, person", [
    # BB-middleEast-663-20180627 (team part), its title
    ("تعرّف على جدة الأمير تشارلز المدفونة بالقدس", ("تشارلز", "الأمير")),
    # BB-internationalNews-532-20180519 (team part)
    ("تزوج الأمير هاري حفيد ملكة إنجلترا اليزابيث الثانية، رسميا من الممثلة الأمريكية ميغان ماركل",
     ("هاري", "الأمير")),
    ("واصطحبها خلال الممر بالكنيسة وحتى المذبح الأمير تشارلز والد العريس وولي عهد بريطانيا، حتى سلمها",
     ("تشارلز", "الأمير")),
])
def test_a_royal_given_name_stands_alone(text, person):
    assert person in persons(text)


@pytest.mark.parametrize("text", [
    # SK-middleEast-523-20180324 (non-gold), its title
    "مركز الملك سلمان للإغاثة يوزع مساعدات على نازحين يمنيين",
    # BB-middleEast-1014-20180928 (non-gold), its title
    "فتح تحقيق عاجل في اغتيال ملكة جمال بغداد",
])
def test_a_body_named_after_a_king_or_a_beauty_queen_names_no_one(text):
    assert persons(text) == []

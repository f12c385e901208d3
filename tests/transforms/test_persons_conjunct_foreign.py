"""The next of a list of people after a full name (issue 10): و glued to a given name no list holds,
then a family name, closed by punctuation or a frequent word (ديان كيتون، ماريوس تريزور، فيغن
يوكسداغ). The learned tagger reads such a word glued to و as no name word, so the pair is read by
its shape after the name before it; a noun and its adjective in the dual, or words with a pronoun,
are not.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
import pytest

from tests.transforms.person_names import names


@pytest.mark.parametrize("text, first, second", [
    # BB-internationalNews-164-20180316 (non-gold)
    ("كانت فانيسا ممثلة ظهرت في فيلم Something's Gotta Give مع جاك نيكسلون وديان كيتون في عام 2003.",
     "جاك نيكسلون", "ديان كيتون"),
    # FR-internationalNews-2228-20180709 (non-gold)
    ("وسجل لفرنسا ميشال بلاتيني وماريوس تريزور وآلان جيريس.", "ميشال بلاتيني", "ماريوس تريزور"),
    # BB-middleEast-691-20180703 (non-gold)
    ("وعلى رأسهم رئيساه السابقان، صلاح الدين دميرتاش وفيغن يوكسداغ، خلف القضبان منذ محاولة الانقلاب الفاشلة.",
     "صلاح الدين دميرتاش", "فيغن يوكسداغ"),
])
def test_a_foreign_name_joined_by_wa_after_a_full_name_is_the_next_person(text, first, second):
    found = names(text)
    assert first in found
    assert second in found


def test_a_dual_noun_and_its_adjective_after_a_name_are_no_person():
    # SK-middleEast-3069-20180723 (non-gold) shape: «... وواجهتان براقتان»; here after a full name
    found = names("وقال الرئيس التركي رجب طيب أردوغان ومحاميان دوليان، إن المحاكمة سياسية.")
    assert "محاميان دوليان" not in found

"""A definite nisba after a name (issue 10): الحوثي is written so often as an adjective (القيادي
الحوثي) that the corpus lists it among the words that end names, yet after a given name it is the
family name (محمد علي الحوثي). A definite word ending in ي goes on the name when the learned tagger
reads it as the name's next word, as a word of no list does.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
import pytest

from tests.transforms.person_names import names


@pytest.mark.parametrize("text, name", [
    # BB-middleEast-822-20180801 (non-gold)
    ("وقال محمد علي الحوثي رئيس اللجنة الثورية العليا", "محمد علي الحوثي"),
    # BB-internationalNews-391-20180423 (non-gold)
    ("وكان من بين أوائل المساهمين في الحركة الحوثية منذ أيام حسين بدر الدين الحوثي.", "حسين بدر الدين الحوثي"),
])
def test_a_definite_nisba_the_tagger_reads_on_is_the_family_name(text, name):
    assert name in names(text)

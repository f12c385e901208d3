"""A name set off by commas after its title (issue 10): the commas bound it, so it runs past the
words the name reader stops at to the closing comma when the learned tagger reads each of them as a
name word (عادل الحاج سالم، not عادل and الحاج سالم); a day or a phrase between the commas stays out
(المتحدث باسم البنتاغون، الاثنين، إن).

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
import pytest

from tests.transforms.person_names import names


@pytest.mark.parametrize("text, name", [
    # BB-middleEast-452-20180504 (non-gold)
    ("ويرى المحلل السياسي، عادل الحاج سالم، أن مسألة الهندام قد تجاوزها الزمن", "عادل الحاج سالم"),
    # BB-middleEast-683-20180630 (non-gold)
    ("وأفادت مصادر إعلامية بأن وزير الخارجية الموريتاني، إسماعيل ولد الشيخ أحمد، استقبل السفير المغربي في "
     "نواكشوط", "إسماعيل ولد الشيخ أحمد"),
])
def test_a_name_between_commas_after_its_title_runs_to_the_closing_comma(text, name):
    assert name in names(text)


def test_a_day_between_commas_is_no_name():
    # AL-internationalNews-1265-20180521 (non-gold)
    assert names("قال المتحدث باسم البنتاغون، الاثنين، إن أميركا ستتخذ كل الخطوات الضرورية") == []

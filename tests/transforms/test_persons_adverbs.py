"""Where a name ends (issue 10): an adverb of manner, an adjective in ي with the accusative ا
(شخصيا، ديمقراطيا، رئاسيا، جنائيا: transforms.persons.lexicon.is_manner_adverb), follows a name or a
title and is never a word of the name; a syllable وو + one letter (ووي، ووك، وود) is a foreign
name's own, not the conjunction و.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
import pytest

from tests.transforms.person_names import names
from transforms.persons.lexicon import is_manner_adverb
from transforms.persons.names import _w_syllable


@pytest.mark.parametrize("text, wrong", [
    # BB-middleEast-744-20180717
    ("حينما أطاح الجيش بالرئيس محمد مرسي، أول رئيس منتخب ديمقراطيا، في أعقاب احتجاجات واسعة النطاق على حكمه.",
     "منتخب ديمقراطيا"),
    # BB-internationalNews-826-20180718
    ("وسُجن لمدة 27 عاما قبل أن يصبح أول رئيس منتخب ديمقراطيا في البلاد عام 1994.", "منتخب ديمقراطيا"),
    # FR-internationalNews-1135-20180508
    ("بينما أكد رئيس الوزراء بنيامين نتانياهو، والذي دعا في السابق لمنح الجندي عفوا رئاسيا، للصحافيين أنه "
     "\"سعيد أن القضية انتهت\".", "عفوا رئاسيا"),
])
def test_an_adverb_after_a_title_is_no_name(text, wrong):
    assert wrong not in names(text)


def test_an_adverb_after_a_given_name_closes_it():
    # FR-internationalNews-975-20180428: the given name alone after the title is the name
    found = names("وقد تدخل البابا فرنسيس شخصيا لتأييد والدي ألفي، موجها عدة نداءات لإبقائه على قيد الحياة.")
    assert "فرنسيس" in found
    assert "فرنسيس شخصيا" not in found


def test_a_name_in_apposition_may_open_with_a_word_in_ya():
    # BB-internationalNews-524-20180518: دوريا opens the name, it ends none
    assert "دوريا راغلاند" in names("وسوف تقابل والدة ماركل، دوريا راغلاند، الملكة لأول مرة في قلعة وندسور، بصحبة ابنتها، وصهرها.")


def test_the_words_read_as_adverbs():
    stop_words = frozenset({"الشخصي", "الديمقراطي", "الرسمي", "الماري"})
    assert is_manner_adverb("شخصيا", stop_words)
    assert is_manner_adverb("ديمقراطيا", stop_words)
    assert not is_manner_adverb("ماريا", stop_words, frozenset({"ماريا"}))  # a given name
    assert not is_manner_adverb("صوفيا", stop_words)  # no adjective الصوفي among the words


def test_a_w_syllable_is_no_conjunction():
    # SK-middleEast-2014-20180529: وود after the given name is the family name, not و + ود
    assert "روبرت وود" in names("وفي تغريدة على تويتر قال السفير روبرت وود، الممثل الدائم للولايات المتحدة في "
                                "المؤتمر، ومقره جنيف، إن \"يوم الاثنين 28 مايو سيبقى أحد أحلك الأيام\"")
    assert _w_syllable("ووي") and _w_syllable("ووك")
    assert not _w_syllable("ووزير") and not _w_syllable("وو")

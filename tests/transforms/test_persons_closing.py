"""Where a name ends (issue 10): a word of the stop list may close a name of three words when the
learned tagger reads it as a name word and the sentence goes on after it (اللواء عباس مصطفى كامل،),
not an adjective, a clitic and a word, or a frequent word after a name (سامح شكري بي بي سي).

Sentences are real, from ANT articles; the article id and its part are given beside each."""
import pytest

from tests.transforms.person_names import names


@pytest.mark.parametrize("text, name", [
    # SK-middleEast-214-20180310 (train-develop part)
    ("أكد مدير المخابرات العامة في مصر بالوكالة، اللواء عباس مصطفى كامل، بعد لقائه وزير الخارجية السوداني",
     "عباس مصطفى كامل"),
    # BB-middleEast-138-20180305 (non-gold)
    ("بالإضافة الى نائب الرئيس طه ياسين رمضان الذي أعدم عام 2007.", "طه ياسين رمضان"),
    # CN-middleEast-1600-20181018 (non-gold)
    ("توفي الرئيس السوداني الأسبق، عبدالرحمن سوار الذهب، الخميس، بالمستشفى العسكري", "عبدالرحمن سوار الذهب"),
    # AL-internationalNews-1864-20180706 (non-gold): a Korean syllable
    ("وكان في استقبال بومبيو نظيره الكوري الشمالي، ري يونغ هو، والمسؤول الثاني في النظام", "ري يونغ هو"),
])
def test_a_stop_word_the_tagger_reads_as_a_name_word_closes_a_three_word_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    # AL-internationalNews-1285-20180522 (non-gold): a clitic and a word
    ("وخلال حملته الرئاسية لعام 2016، دان ترمب قيام هيلاري كلينتون باستخدام خادم بريد إلكتروني خاص",
     "هيلاري كلينتون"),
    # BB-culture-55-20180228 (non-gold): «بي بي سي», a frequent word
    ("انتقد وزير الخارجية المصري سامح شكري بي بي سي وغيرها من وسائل الإعلام", "سامح شكري"),
])
def test_a_clitic_word_or_a_frequent_word_does_not_close_a_name(text, name):
    assert name in names(text)

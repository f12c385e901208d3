"""Names whose words open with ل or stand before ب/ل glued to a word (issue 10: untitled and foreign
names of two words or more).

A foreign family name may open with ل and a long vowel (لوهيا، لوفرين، لابورت): what follows the ل is
no word of the corpus, so it is the name's own letter, not the preposition (لوكالة، لاستعراض). A word
that ب or ل opens before an alef with a hamza (بأوسكار، بأسوان) is the preposition and its object: a
foreign name writes its alef bare (بالون، لافروف).

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
from person_names import names  # the pipeline's own lexicons


def test_a_foreign_family_name_in_l_and_a_long_vowel_after_a_speech_verb():
    # BB-internationalNews-457-20180503
    text = 'وقال شيفام لوهيا، صاحب فندق في ألوار لوكالة فرانس برس للأنباء: "لم أشهد مثل هذه العاصفة'
    assert "شيفام لوهيا" in names(text)


def test_l_glued_to_a_word_of_the_corpus_stays_out_of_the_name():
    # AL-internationalNews-1920-20180713
    text = 'وقال أشرف القدرة لوكالة فرانس برس: "قتل عثمان رامي حلس (15 عاما)'
    found = names(text)
    assert "أشرف القدرة" in found
    assert not any("لوكالة" in name for name in found)


def test_b_glued_to_a_hamza_alef_word_ends_a_name():
    # BB-internationalNews-906-20180801
    text = ('والتهمة الجاهزة هي الانقسامات العرقية والتمييز العنصري" تقول هابي بأسف. وبخصوص ترشحها عن '
            'حركة إيرا غير المرخصة تقول: "لقد')
    assert not any("بأسف" in name for name in names(text))


def test_a_judges_sentence_after_his_title_is_no_name():
    # FR-internationalNews-1379-20180522
    text = ("وبعد انتهاء المحاكمة التي لم تستمر لأكثر من عشر دقائق الثلاثاء، أصدر القاضي حكمه بإعدام "
            "جدعون استنادا إلى البند الرابع من قانون مكافحة الإرهاب")
    assert "حكمه بإعدام" not in names(text)

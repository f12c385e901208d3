"""A family name whose first letter is و closing a name (issue 10: names cut short at a و read as
the conjunction).

After a given name and a second name word, a word in و right before punctuation or a title in
apposition is the family name's own letter (سارة ليا ويتسن، مديرة ...), though what follows the و
reads as a verb or a frequent word (يتسن). A conjunct keeps ending the name: a word with a pronoun
(ونظيره), a definite word (والوفد) or a hamza (وأحمد), or و glued to another known name.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
from person_names import names  # the pipeline's own lexicons


def test_a_family_name_in_w_before_a_comma_and_a_title():
    # BB-middleEast-395-20180424
    text = ('وقالت سارة ليا ويتسن، مديرة قسم الشرق الأوسط وشمال أفريقيا في هيومن رايتس ووتش أن "أي عملية '
            'لمكافحة الإرهاب')
    found = names(text)
    assert "سارة ليا ويتسن" in found
    assert "سارة ليا" not in found


def test_w_glued_to_a_second_name_still_ends_the_first():
    # BB-internationalNews-882-20180723
    text = ('أخبر وزير الداخلية البريطاني، ساجد جاويد، المدعي العام الأمريكي أن المملكة المتحدة لن تطلب أية '
            'ضمانات بأن أليكسندا كوتي وشفيع الشيخ لن يُعدما.')
    found = names(text)
    assert not any("وشفيع" in name for name in found)

"""A name the learned tagger reads with less than its usual confidence (0.5 and up) is a name when
commas set it off after a description (issue 10: names in apposition read by no rule): two to four
words between a comma, or a title, and a comma. A span opening with a frequent word or holding a
word glued to و (two names of a list) is not taken so.

Sentences are real, from ANT articles; the article id and part are given beside each."""
import pytest

from tests.transforms.person_names import names


@pytest.mark.parametrize("text, name", [
    # SK-internationalNews-2164-20180616 (non-gold): was not read
    ("وأطلقت ملاحقات قضائية ضد أحد هؤلاء النواب، قسطنطين بارباروسيس، بعدما صرح أمام البرلمان أنه على الجيش "
     "اعتقال كبار مسؤولي الدولة الذين يتهمهم \"بالخيانة\".", "قسطنطين بارباروسيس"),
    # BB-internationalNews-745-20180704 (non-gold): was not read
    ("أفادت الشرطة الفرنسية بأن اللص الشهير، رضون فايد، الذي فر من السجن بطائرة مروحية، استعان بأربعة أو خمسة "
     "من \"أصدقائه الأوفياء\" في عمليته الشبيهة بالمشاهد السينمائية.", "رضون فايد"),
])
def test_a_name_set_off_by_commas_is_read(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, wrong", [
    # AL-internationalNews-746-20180401 (non-gold): a frequent word opens the span
    ("وبحسب المصادر، فإن حسين البكلي، تعرض لإطلاق نار مباشر", "فإن حسين البكلي"),
    # SK-sport-1846-20180624 (team part): two names of a list
    ("يواجه نجما المنتخب السويسري، شيردان شاكيري وغرانيت شاكا، احتمالية التعرض لعقوبة من الاتحاد الدولي",
     "شيردان شاكيري وغرانيت شاكا"),
])
def test_a_set_off_span_of_a_frequent_word_or_a_list_is_not_one_name(text, wrong):
    assert wrong not in names(text)

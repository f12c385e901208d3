"""A name the rules closed before a word no list of names holds takes that word when the learned
tagger reads it as the same name's next word (label I, at least 0.9): a family name from afar after
a given name and a word the rules cannot tell from one (issue 10: three-word names read cut). A title,
a verb or a frequent word after the name stays out of it.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
import pytest

from tests.transforms.person_names import names


@pytest.mark.parametrize("text, name, cut", [
    # BB-internationalNews-116-20180308 (non-gold): was read هاميش دي بريتون
    ("وقال هاميش دي بريتون غوردون خبير الأسلحة الكيماوية إن كل دولة تصنع السلاح الكيماوي \"باختلاف طفيف\" "
     "عن غيرها وذلك يساعد العلماء على تحديد مصدر المادة لأنها تحمل بصمات صانعيه\".",
     "هاميش دي بريتون غوردون", "هاميش دي بريتون"),
    # AL-internationalNews-1382-20180530 (non-gold): was read داود
    ("وقال الجنرال داود أمين، قائد شرطة كابول، إن 7 مهاجمين قتلوا في الهجوم، مشيراً إلى أن هناك عملية تمشيط جرت.",
     "داود أمين", "داود"),
    # AL-internationalNews-1891-20180711 (non-gold): was read غلام ساناي
    ("من جهته، قال قائد شرطة جلال آباد، غلام ساناي ستانكزاي، لقناة تولو نيوز التلفزيونية، أن \"إنقاذ المحاصرين "
     "في الداخل على رأس أولوياتنا\".",
     "غلام ساناي ستانكزاي", "غلام ساناي"),
])
def test_the_tagger_s_next_name_word_goes_on_the_name(text, name, cut):
    found = names(text)
    assert name in found
    assert cut not in found


def test_a_title_after_the_name_stays_out_of_it():
    # BB-internationalNews-116-20180308 (non-gold): خبير opens the title in apposition
    text = "وقال هاميش دي بريتون غوردون خبير الأسلحة الكيماوية إن كل دولة تصنع السلاح الكيماوي."
    assert not any("خبير" in n for n in names(text))


@pytest.mark.parametrize("text, name, cut", [
    # BB-culture-23-20180129 (team part): فيشر reads as ف + يشر, a present verb; was read كاري
    ("وشهد الحفل أيضا منح جائزة للمغني الراحل ليونارد كوهين، وكذلك الممثلة الراحلة كاري فيشر التي فازت بجائزة "
     "أفضل ألبوم", "كاري فيشر", "كاري"),
    # FR-internationalNews-2358-20180717 (team part): وندي reads as و + ندي; was read بهروز كمال
    ("وقال بهروز كمال وندي نائب رئيس المنظمة الإيرانية للطاقة الذرية والمتحدث باسمها خلال مؤتمر صحفي في طهران",
     "بهروز كمال وندي", "بهروز كمال"),
])
def test_a_family_name_read_as_a_verb_only_behind_a_glued_letter_goes_on_the_name(text, name, cut):
    found = names(text)
    assert name in found and cut not in found


@pytest.mark.parametrize("text, name, cut", [
    # CN-internationalNews-678-20181009 (non-gold): the mined lexicon holds منغ هونغ
    ("أعلنت فيه أن رئيس الإنتربول السابق منغ هونغ ووي مجتجز لديها قيد التحقيق بتهمة الفساد.",
     "منغ هونغ ووي", "منغ هونغ"),
    # SK-internationalNews-571-20180324 (non-gold): the mined lexicon holds محمد فوزي
    ("وقال المفتش العام للشرطة، محمد فوزي هارون، في بيان، إن الشرطة اعتقلت ستة ماليزيين",
     "محمد فوزي هارون", "محمد فوزي"),
])
def test_a_known_name_written_whole_goes_on_with_the_tagger_s_next_word(text, name, cut):
    found = names(text)
    assert name in found and cut not in found

"""A name does not run on into the next of a list (issue 10): after two words of a name, a word that is
و glued to a given name, to و and a given name, to a word with a hamza on its alef, or to a frequent
definite noun or its dual opens the next item, which the rules or the tagger had read on as the
same name (أنخل دي ماريا وغونزالو، حسام بهجت والمحاميان الحقوقيان). The next person, when the words
after the cut are a name of two words, is read too. After one word only, a و-word may be the name's
own syllable or a foreign family name in و, and stays.

Sentences are real, from ANT articles; the article id and its part are given beside each."""
from tests.transforms.person_names import names

# FR-sport-220-20180701 (team part)
_RUSSIA_LINE_UP = (
    "أما من جهة منتخل البد المضيف، فركز المدرب ستانسلاس تشيرتشيسوف على التجانس والتكامل إذ دخل فريقه بتشكيلة "
    "أربعة لاعبين من نادي سيسكا موسكو (الحارس إيغور أكينفييف والمدافعان ماريو فرنانديز وسيرغي إيغناشيفيتش "
    "والمهاجم أليكساندر غولوفين) وثلاثة من سباتاك (المدافعان إيليا كوتيبوف وفيدور كودرياتشيف ولاعب الوسط "
    "أليكساندر ساميدوف)، فضلا عن لاعبين من زنيت سان بطرسبورغ (لاعبا الوسط رومان زوبنين وويوري جيركوف).")


def test_a_given_name_after_wa_wa_is_the_next_person():
    found = names(_RUSSIA_LINE_UP)
    assert "رومان زوبنين" in found
    assert "يوري جيركوف" in found
    assert not any("وويوري" in name for name in found)


def test_a_dual_title_after_wa_ends_the_name_and_its_holder_is_read():
    found = names(_RUSSIA_LINE_UP)
    assert "إيغور أكينفييف" in found
    assert "ماريو فرنانديز" in found
    assert not any("والمدافعان" in name for name in found)


def test_a_given_name_after_wa_ends_a_name_of_three_words():
    # FR-internationalNews-2083-20180630 (team part)
    found = names("ودفعت هذه الخسارة سامباولي إلى إحداث تغييرات عديدة في تشكيلته الأساسية خلال المواجهة "
                  "الحاسمة أمام نيجيريا، فأشرك الثنائي أنخل دي ماريا وغونزالو هغواين في الهجوم ليترك لاعبا "
                  "بارزا اسمه أغويرو على دكة البدلاء.")
    assert "أنخل دي ماريا" in found
    assert not any("وغونزالو" in name for name in found)


def test_the_dual_of_a_frequent_noun_after_wa_is_no_name_word():
    # BB-middleEast-1065-20181006 (team part)
    found = names("ومن بين الحقوقيين الممنوعين من السفر على ذمة هذه القضية، الصحفي حسام بهجت والمحاميان "
                  "الحقوقيان جمال عيد وأحمد راغب وآخرين، وأيدت محكمة جنايات القاهرة التحفظ على أموال بعضهم.")
    assert "حسام بهجت" in found
    assert not any("والمحاميان" in name for name in found)


def test_a_w_word_after_one_word_of_a_name_stays_its_own():
    # AL-internationalNews-1038-20180507 (non-gold): Chung Eui-yong, يونغ being a given name too
    found = names("وكان بولتن قد التقى نظيره الكوري الجنوبي، تشونغ ويونغ، في واشنطن الأسبوع الماضي، لمناقشة "
                  "خطط تتعلق بمكان اللقاء.")
    assert "تشونغ ويونغ" in found
    # BB-technology-290-20180627 (non-gold): a family name in وال
    found = names("وقال داميان والمسلي، المستشار العلمي للجمعية البريطانية لطب الأسنان : \"تشير الدراسة إلى أن "
                  "الأشخاص الذين لديهم حشو الزئبق لا ينبغي أن يساورهم القلق\".")
    assert "داميان والمسلي" in found

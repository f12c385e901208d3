"""Words of naming (seeds/titles.csv, kind naming: يدعى، تدعى، المدعو، المدعوة) introduce a person
by name, as news writes someone it has no office for: the name right after them is read, a foreign
one no list holds included, and it takes no title. Sentences are real, from non-gold ANT articles;
the article id is given beside each."""
from tests.transforms.test_persons_kin import persons


def test_a_foreign_name_after_tudaa():
    # AL-internationalNews-143-20180221
    found = persons("وجاء قرار دوتيرتي بعد العثور على جثة خادمة فلبينية تدعى جوانا ديمافيليس (29 عاما) "
                    "مخبأة في فريزر ثلاجة مطلع الشهر الجاري.")
    assert "جوانا ديمافيليس" in found
    assert found["جوانا ديمافيليس"]["title_ar"] is None


def test_a_given_name_alone_after_yudaa():
    # AL-internationalNews-318-20180303
    found = persons('وفي رسالة هاتفية أذيعت داخل المحكمة، قال حقي لشخص يدعى حبيب إنه استغل موقعه الإداري '
                    'في "مصباح المعرفة"، وهي فترة "دروس دينية" من أجل دفع 16 طفلاً إلى التطرف.')
    assert "حبيب" in found


def test_a_full_name_after_al_madoo_takes_no_title():
    # AL-internationalNews-432-20180312
    found = persons('وتمكنت من قتل واعتقال عدد كبير من عناصر "القاعدة"، بينهم قادة ميدانيون، أبرزهم المدعو محسن باصبرين.')
    assert found["محسن باصبرين"]["title_ar"] is None


def test_a_definite_noun_after_tudaa_is_no_person():
    # AL-internationalNews-121-20180220: a germ's name
    found = persons('وينتقل مرض الدفتيريا عبر جرثومة تدعى "الوتدية الخناقية"، ويصيب بشكل أساسي الفم والعينين والأنف.')
    assert not any("الوتدية" in name for name in found)


def test_a_definite_family_name_closed_by_punctuation():
    # SK-middleEast-756-20180403
    found = persons("وتضم التعزيزات مقاتلين من كتائب الحسين الطائفية، على رأسهم شقيق زعيم المتمردين "
                    "ويدعى عبدالخالق الحوثي. وتأتي هذه التعزيزات بعد يوم من انتقال قيادات")
    assert "عبدالخالق الحوثي" in found and "عبدالخالق" not in found


def test_one_unlisted_word_after_tudaa_is_a_place_as_often():
    # FR-internationalNews-590-20180407
    found = persons("مارس محمد صلاح لعب الساحرة المستديرة في عمر مبكر في قريته ثم انتقل للعب بجدية في نادي "
                    "بلدة صغيرة تدعى بسيون ثم فريق طنطا عاصمة محافظة الغربية")
    assert "بسيون" not in found


def test_the_office_before_a_naming_word_stops_there():
    # FR-internationalNews-1308-20180518
    found = persons("ومساء الخميس، وجهت السلطات إلى صديق للمهاجم يدعى عبد الحكيم أ(20 عاما) وهو فرنسي مولود في الشيشان")
    assert found["عبد الحكيم"]["title_ar"] != "المهاجم يدعى"


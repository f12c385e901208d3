"""Words of naming (seeds/titles.csv, kind naming: يدعى، تدعى، المدعو، المدعوة) introduce a person
by name, as news writes someone it has no office for: the name right after them is read, a foreign
one no list holds included, and it takes no title. Sentences are real, from non-gold ANT articles;
the article id is given beside each."""
from tests.transforms.test_persons_untitled import lexicon
from transforms.persons import extract_persons


def persons(text: str) -> dict[str, dict]:
    return {p["name_ar"]: p for p in extract_persons(text, [], lexicon())}


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

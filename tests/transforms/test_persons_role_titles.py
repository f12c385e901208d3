"""Role words that introduce a person as titles do (seeds/titles.csv): a monk or a nun (الراهب،
الراهبة: religious) and a substitute player (البديل: sport). The name after them is read as after
any title, a given name alone included (الراهب هارون). Sentences are real, from non-gold ANT
articles; the article id is given beside each."""
from tests.transforms.test_persons_untitled import lexicon
from transforms.persons import extract_persons


def persons(text: str) -> dict[str, dict]:
    return {p["name_ar"]: p for p in extract_persons(text, [], lexicon())}


def test_a_monk_named_by_his_given_name_alone():
    # SK-middleEast-3953-20181019
    found = persons('ويقول الراهب هارون لـ"سكاي نيوز عربية" إن "سيناء بالنسبة لي هي أكثر الأماكن للراحة النفسية".')
    assert found["هارون"]["title_ar"] == "الراهب"


def test_a_monk_and_his_family_name():
    # BB-middleEast-1012-20180928
    found = persons("رجحت مصادر أمنية وطبية فرضية أن يكون التسمم سبب وفاة الراهب زينون المقاري في أحد الأديرة في محافظة أسيوط.")
    assert found["زينون المقاري"]["title_ar"] == "الراهب"


def test_substitutes_named_after_the_word():
    # FR-internationalNews-2120-20180702
    text = ("إلا أن بلجيكا قلصت الفارق بواسطة يان فيرتونغن (69) ثم أدركت التعادل عبر البديل مروان فلايني (74)، "
            "قبل أن تخطف الفوز عبر البديل الآخر ناصر الشاذلي")
    found = persons(text)
    assert found["مروان فلايني"]["title_ar"] == "البديل"

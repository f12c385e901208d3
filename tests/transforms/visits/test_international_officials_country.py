"""Issue 9: an official of an international body has no visitor_country (GUIDELINES: "an official of an
international body: null"), even where a title names a country after the body or his nationality, and he visits his
own country too. Real titles and a real sentence of an ANT article read by the real extractors."""
from flows.lexicons import load_lexicons

from tests.transforms.visits.reading import read_visits


def test_a_title_whose_office_is_an_international_bodys_own_serves_the_body():
    serves = load_lexicons().visits.serves_international_body
    assert serves("الأمين العام للأمم المتحدة")
    assert serves("رئيس المفوضية الأوروبية")
    assert serves("مديرة صندوق النقد الدولي")
    assert serves("الأمين العام لجامعة الدول العربية")
    assert serves("نائب مبعوث الأمم المتحدة لليمن")


def test_a_states_delegate_to_a_body_or_minister_for_it_serves_the_state():
    serves = load_lexicons().visits.serves_international_body
    assert not serves("السفيرة لدى الأمم المتحدة")  # a preposition before the body: a state's delegate to it
    assert not serves("سفير إيران في الأمم المتحدة")
    assert not serves("مندوب سوريا إلى الأمم المتحدة")
    assert not serves("وزير شؤون الاتحاد الأوروبي")  # a minister's office is a state's
    assert not serves("الأمم المتحدة")  # the body's name alone is no office
    assert not serves("وزير الخارجية")


def test_the_un_deputy_envoy_in_sanaa_visits_yemen_with_no_country():
    # ANT SK-middleEast-511-20180324 (no gold): the country after the body («لليمن») is where he is sent, not his: main
    # gave him YE from it and dropped his visit to Yemen as travel inside his own country.
    _, rows, _ = read_visits(
        "ولم يقف الأمر عند هذا الحد، فالتهديد جاء أثناء اجتماع الصماد مع نائب مبعوث الأمم المتحدة لليمن، معين شريم، "
        "في صنعاء، الأمر الذي يعد توثيقا جديدا للطبيعة الإرهابية لميليشيات الحوثي الإيرانية، وذلك بعد أقل من عام على "
        "تهديد آخر بتحويل البحر الأحمر إلى \"ساحة حرب\".",
        "2018-03-24T05:00:44+00:00")
    sharim = [r for r in rows if (r["visitor_name_ar"] or "").endswith("شريم")]
    assert [(r["visitor_country_iso2"], r["host_country_iso2"]) for r in sharim] == [(None, "YE")]

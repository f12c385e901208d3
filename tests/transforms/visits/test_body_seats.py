"""The seat of an international body is a venue of one fixed country (lead's ruling, session 30,
gold/team/batch_47.review.md): a session of the UN General Assembly or Security Council attended
in person is a visit to US with the organ as place; the UN's own seat is in New York, the
International Criminal Court's in The Hague."""
from tests.transforms.visits.reading import read_visits


def _hosts(text):
    _, rows, trace = read_visits(text)
    return {(c.generator, (c.actor.person or {}).get("name_ar"), c.host_iso2, c.place) for c in trace}


def test_a_speech_before_the_general_assembly_is_at_the_un_in_new_york():
    # ANT BB-internationalNews-1124-20180926 (no gold). كلمته أمام was a cue already; خطابه أمام is a
    # row of class speech now, and the organ after أمام is a venue in US.
    for speech in ("كلمته", "خطابه"):
        text = (f"وانتقد الرئيس الإيراني حسن روحاني إدارة ترامب، في {speech} أمام الجمعية العامة للأمم المتحدة، "
                "بسبب عداءها لإيران.")
        assert ("cue_place", "حسن روحاني", "US", "الجمعية العامة للأمم المتحدة") in _hosts(text), speech


def test_a_speech_in_the_security_council_is_at_the_un_in_new_york():
    # train AL-internationalNews-129-20180221 (develop part): Abbas → US, place «مجلس الأمن».
    text = ("وعرض الرئيس الفلسطيني محمود عباس، خلال كلمة له في مجلس الأمن الثلاثاء، خطة من عدة بنود، أبرزها "
            "الدعوة لمؤتمر دولي للسلام منتصف العام الحالي.")
    assert ("cue_place", "محمود عباس", "US", "مجلس الأمن") in _hosts(text)


def test_a_vote_in_the_security_council_is_no_venue():
    # ANT AL-internationalNews-731-20180401 (no gold): membership of the Council, no speech in it.
    text = ("وبصفتها ممثلة عن المجموعة العربية في مجلس الأمن، تقدمت الكويت بمسودة بيان يدعو خصوصا إلى إجراء "
            "تحقيق مستقل وشفاف في المواجهات التي دارت الجمعة.")
    assert not any(host == "US" for _, _, host, _ in _hosts(text))


def test_the_seat_of_the_criminal_court_is_in_the_hague():
    # ANT AL-internationalNews-1275-20180522 (team gold): Maliki at the ICC's seat → NL.
    text = ("وصل وزير الخارجية الفلسطيني، رياض المالكي، إلى مقر المحكمة الجنائية الدولية لمطالبة الادعاء هناك "
            "بفتح تحقيق فوري في المستوطنات الإسرائيلية بالضفة الغربية.")
    assert ("cue_place", "رياض المالكي", "NL", "مقر المحكمة الجنائية الدولية") in _hosts(text)


def test_a_seat_with_its_city_after_it_is_that_city():
    # ANT BB-internationalNews-592-20180531 (no gold): «مقر الأمم المتحدة في نيويورك» is one place, the city;
    # the UN's office in Geneva would be Geneva, not New York.
    hosts = _hosts("والتقى وزير الخارجية الأمريكي مايك بومبيو بالمسؤول الكوري الشمالي كيم يونغ تشول في مبنى قريب "
                   "من مقر الأمم المتحدة في نيويورك.")
    assert not any(place and "مقر" in place for _, _, _, place in hosts)
    assert any(place == "نيويورك" for _, _, _, place in hosts)


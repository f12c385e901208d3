"""A name already read, right after a comma that closes a title phrase, takes that title and the
country in it (issue 9: visitors left with no country because the title stood before a comma:
«المبعوث الأمريكي الخاص بالشؤون الدينية، سام براونباك»). Not when the country is only a glued ل deep
in the complement, nor when the title found is the complement of another office.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
from flows.lexicons import load_lexicons
from transforms.entities import find_entities
from transforms.persons import extract_persons


def _persons(text: str) -> dict:
    lexicons = load_lexicons()
    countries = find_entities(text, lexicons.gazetteer)["countries"]
    return {p["name_ar"]: (p["title_ar"], p["country_iso2"])
            for p in extract_persons(text, countries, lexicons.persons)}


def test_a_known_name_after_a_title_and_a_comma_takes_its_country():
    # AL-internationalNews-557-20180321 (non-gold): was no title, no country
    text = "قال وزير المخابرات الإسرائيلي، إسرائيل كاتس، الأربعاء، إن قصف إسرائيل على المفاعل السوري كان رسالة."
    assert _persons(text)["إسرائيل كاتس"] == ("وزير المخابرات", "IL")


def test_an_honorific_after_the_comma_gives_way_to_the_office():
    # CN-middleEast-33-20180220 (non-gold): was الشيخ, no country
    text = "قال وزير الخارجية القطري، الشيخ محمد بن عبدالرحمن آل ثاني، إن بلاده تتعرض لعملية غدر."
    assert _persons(text)["محمد بن عبدالرحمن آل ثاني"] == ("وزير الخارجية", "QA")


def test_a_glued_l_deep_in_the_complement_gives_no_country():
    # SK-middleEast-1688-20180514 (non-gold): the coalition's commander is not Yemen's
    text = ("وفقا لما ذكره قائد قوات التحالف العربي في الساحل الغربي لليمن، العميد الركن عبد السلام الشحي، "
            "لسكاي نيوز عربية.")
    assert _persons(text)["عبد السلام الشحي"][1] is None


def test_the_complement_of_another_office_is_not_the_title():
    # CN-middleEast-1037-20180528 (non-gold): the deputy commander, not the commander
    text = ("يذكر أن الوزراء كانوا قد التقوا بولي عهد أبوظبي ونائب القائد العام للقوات المسلحة الإماراتية، "
            "الشيخ محمد بن زايد، في وقت سابق الإثنين.")
    assert _persons(text)["محمد بن زايد"][0] != "القائد العام للقوات المسلحة"


def test_a_quoted_name_right_after_its_title_takes_it():
    # AL-internationalNews-1875-20180710 (non-gold): was no title
    text = "وألغى رئيس الوزراء الياباني \"شينزو آبي\" جولة خارجية كان سيبدأها الأربعاء."
    assert _persons(text)["شينزو آبي"] == ("رئيس الوزراء", "JP")

"""Relatives named after a kinship noun with its pronoun (issue 10): ابنته إيفانكا، ونجله إيهاب;
and a given name alone after the full name it opens (نجيب رزاق ... قال نجيب).
The noun is no office (the title stays null, or the office the text gives after the name); written
with ة it is a noun in construct (شقيقة الزعيم), whose name is the other one's. Sentences are real,
from non-gold ANT articles; the article id is given beside each."""
from tests.transforms.test_persons_untitled import lexicon
from transforms.persons import extract_persons


def adjective(text: str, surface: str, iso2: str) -> dict:
    start = text.index(surface)
    return {"iso2": iso2, "surface": surface, "char_start": start, "char_end": start + len(surface),
            "via": "adjective"}


def persons(text: str, countries=()) -> dict[str, dict]:
    return {p["name_ar"]: p for p in extract_persons(text, list(countries), lexicon())}


def test_a_given_name_after_a_kinship_noun_is_the_relative():
    # AL-internationalNews-491-20180316
    text = "أعلن دونالد ترمب الابن، نجل الرئيس الأميركي، وزوجته فانيسا، الخميس، انفصالهما في بيان مشترك."
    found = persons(text)
    assert "فانيسا" in found
    assert found["فانيسا"]["title_ar"] is None


def test_a_brother_named_after_his_brother():
    # BB-culture-9-20180212
    assert "روبرت" in persons("رفع دعوى قضائية ضد شركة واينستين، وضد هارفي واينستين وشقيقه روبرت.")


def test_a_wife_named_after_her_husband():
    # SK-middleEast-1587-20180510
    text = "يذكر أن رئيسة الوزراء البريطانية، قالت في الرسالة الموجهة إلى بلحاج وزوجته فاطمة: \"نيابة عن حكومة صاحبة الجلالة\"."
    assert "فاطمة" in persons(text)


def test_the_office_after_the_relatives_name_is_the_title():
    # CN-middleEast-412-20180329
    text = "صوراً للقاء الذي جمع بن سلمان بمجموعة من الأشخاص، بينهم شقيقه خالد بن سلمان، سفير الرياض بواشنطن."
    assert persons(text)["خالد بن سلمان"]["title_ar"] == "سفير الرياض"


def test_a_kinship_noun_in_construct_keeps_the_office_of_the_name_after_it():
    # AL-internationalNews-175-20180223: شقيقة (ة) الزعيم, the leader is no relative
    text = "إذ حضرت شقيقة الزعيم كيم جونغ اون، ونائب الرئيس الأميركي، مايك بنس، الحفل."
    assert persons(text)["كيم جونغ اون"]["title_ar"] == "الزعيم"


def test_no_relative_before_a_noun():
    # CN-middleEast-65-20180222
    text = "وفي ذات الوقت، تمتلك زوجته قطعة أرض زراعية في منطقة امتداد البستان."
    assert persons(text) == {}


def test_a_given_name_alone_after_the_full_name_is_that_person():
    # BB-internationalNews-496-20180512 (issue 10: a lone given name after its full name)
    text = ("وقال مسؤولو الهجرة في ماليزيا إن رئيس الوزراء السابق نجيب رزاق ممنوع من مغادرة البلاد. "
            "وقال نجيب في تغريدة كتبها بلغة المالاي إن سلطات الهجرة أبلغته بمنعه.")
    found = persons(text)
    assert list(found) == ["نجيب رزاق"]
    assert [m["surface"] for m in found["نجيب رزاق"]["mentions"]] == ["نجيب رزاق", "نجيب"]


def test_a_noun_after_a_relatives_given_name_is_no_part_of_it():
    # With the pipeline's lexicons, the learned tagger included. FR-internationalNews-2506-20180729:
    # «سجن» (prison) is the object of مغادرة, not Nariman's family name; BB-internationalNews-806-20180713:
    # a family name after the given name stays.
    from flows.lexicons import load_lexicons
    pipeline = load_lexicons().persons
    text = ("وتم توقيف الفنانين الإيطاليين بالتزامن مع مغادرة التميمي ووالدتها ناريمان سجن شارون الإسرائيلي إلى "
            "قرية النبي صالح في الضفة الغربية المحتلة، بعد أن أمضيتا عقوبتيهما.")
    names = [p["name_ar"] for p in extract_persons(text, [], pipeline)]
    assert "ناريمان" in names and "ناريمان سجن" not in names
    text = "وحكم على صهره محمد صفدر أعوان بالسجن لسنة واحدة لعدم التعاون مع السلطات."
    assert "محمد صفدر أعوان" in [p["name_ar"] for p in extract_persons(text, [], pipeline)]

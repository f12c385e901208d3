"""A family name standing alone for a known person whom the lexicon lists under two spellings of one
name (issue 10): عبد الفتاح السيسي and عبدالفتاح السيسي, أنجيلا ميركل and أنغيلا ميركل share a canonical
key, so السيسي, ميركل stand for that person rather than being left ambiguous; an article's own
spelling of the full name is kept over the lexicon's; a royal house (آل سعود) stands for no one.

Sentences are real, from ANT articles; the article id and its part are given beside each."""
from flows.lexicons import load_lexicons
from tests.transforms.person_names import names
from transforms.persons import extract_persons, merge_persons


def test_a_family_name_two_lexicon_spellings_share_stands_for_the_person():
    # BB-middleEast-397-20180424 (non-gold)
    text = ("لانتخابات الرئاسة المصرية، التي كان ينوي الترشح فيها، والتي أجريت في شهر مارس/آذار الماضي وفاز "
            "فيها الرئيس السيسي بنسبة 97 في المئة من إجمالي الأصوات.")
    assert names(text) == ["عبد الفتاح السيسي"]


def test_the_body_spelling_of_the_full_name_is_kept_over_the_lexicon_spelling():
    # CN-middleEast-962-20180517 (non-gold): the title names السيسي alone.
    lex = load_lexicons().persons
    title = "لماذا أصدر السيسي قرارا جمهوريا بزواج تامر المصري ولبنى السورية؟"
    body = ("دبي، الإمارات العربية المتحدة (CNN)-- أصدر الرئيس المصري عبدالفتاح السيسي قرارا يسمح بزواج "
            "دبلوماسي مصري من شابة سورية")
    persons = merge_persons([extract_persons(title, [], lex), extract_persons(body, [], lex)], lex.given_names)
    sisi = [p for p in persons if p["name_ar"].endswith("السيسي")]
    assert len(sisi) == 1 and sisi[0]["name_ar"] == "عبدالفتاح السيسي" and len(sisi[0]["mentions"]) == 2


def test_a_royal_house_alone_stands_for_no_known_member():
    # FR-culture-98-20180627 (team): the name is read short of its house, which is not the king's.
    text = ("والوسيط وفق الصحيفة هو الأمير بدر بن عبد الله بن محمد بن فرحان آل سعود الذي عيّن في "
            "حزيران/يونيو الحالي وزيرا للثقافة في السعودية.")
    assert "سلمان بن عبدالعزيز آل سعود" not in names(text)

"""Given names that are also common words (scripts/build_given_names.py, issue 10): a word the
develop gold opens names with and the corpus opens titled names with too (اللواء جميل الشمري), though
its definite form is common (الجميل، البشير، المهدي), is a given name marked ambiguous: a name after
it is read, while the word alone stays a word.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
from marsad.seeds import read_seed_csv
from person_names import names  # the pipeline's own lexicons, given_names.csv among them


def test_given_names_that_are_common_words_are_listed_as_ambiguous():
    rows = {r["given_ar"]: r["ambiguous"] for r in read_seed_csv("given_names.csv")}
    assert rows.get("بشير") == rows.get("مهدي") == rows.get("جميل") == "1"
    # بفضل «thanks to» is a frequent word: فضل is no given name the corpus bears out
    assert "فضل" not in rows


def test_a_minister_named_in_a_list_of_appointments():
    # AL-internationalNews-207-20180225
    text = ("وتعيين نايف الفايز وزيراً للبيئة بدلاً من ياسين الخياط، وتعيين بشير الرواشدة وزيراً للشباب "
            "بدلاً من حديثة الخريشة")
    assert "بشير الرواشدة" in names(text)


def test_a_reporter_after_the_report_line():
    # FR-internationalNews-616-20180406
    text = "رحلة مع مراسلي فرانس24 إلى قلب الصحراء الموريتانية. تقرير: مهدي ميديب."
    assert "مهدي ميديب" in names(text)


def test_the_adjective_alone_names_no_one():
    # AL-internationalNews-1034-20180507
    text = 'وتابعت جاوثير: "إنه مكان جميل للعيش به، لكنه ليس لضعاف القلوب".'
    assert not any(n.startswith("جميل") for n in names(text))

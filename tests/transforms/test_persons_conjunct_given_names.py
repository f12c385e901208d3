"""A given name glued to و that the corpus writes often enough to be a stop word (ومحمد، وأحمد، وكيم:
it ends the name before it) still opens the next person (issue 10: later names of a و list), while
a و-word the corpus writes as often as the bare name (ورود "arrival") does not.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
from flows.lexicons import load_lexicons
from tests.transforms.person_names import names


def test_the_next_of_a_list_after_a_frequent_glued_given_name():
    # SK-internationalNews-1458-20180509 (non-gold)
    text = ("ومنذ أشهر عديدة، تطالب الولايات المتحدة كوريا الشمالية بالإفراج عن المواطنين الأميركيين الثلاثة "
            "كيم هاك-سونغ وكيم سانغ-دوك وكيم دونغ-شول، فيما تحدثت تقارير عن اقتراب الطرفين من التوصل إلى اتفاق.")
    found = names(text)
    assert "كيم دونغ-شول" in found
    # a name the reader cannot close at its hyphen is not read by half
    assert "كيم سانغ" not in found


def test_a_sentence_opening_with_a_frequent_glued_given_name():
    # AL-internationalNews-1908-20180712 (non-gold)
    assert "محمد عبد اللطيف جيقي" in names("ومحمد عبد اللطيف جيقي من مواليد الإمارات 1988.")


def test_a_glued_word_as_frequent_as_its_bare_name_is_no_conjunct():
    persons = load_lexicons().persons
    assert {"ومحمد", "واحمد", "وكيم"} <= persons.conjunct_given_names
    assert "ورود" in persons.stop_words and "ورود" not in persons.conjunct_given_names


def test_the_tagger_gate_asks_the_given_name_without_its_glued_conjunction():
    # FR-sport-8-20180208 (team part): the tagger reads وكيم as no name word; كيم is a known name's
    # word, so the gate of unlisted words passes it (was not read)
    text = ("ورياضيان للتزحلق السريع على حلبة وثنائي التزحلق على الجليد ريوم تا أوك وكيم جو سيك. "
            "وفقط ريوم وكيم يعتبران")
    assert "كيم جو سيك" in names(text)


def test_a_glued_word_the_corpus_does_not_write_as_a_name_stays_gated():
    # AL-internationalNews-1702-20180619 (team part): وبارك «and blessed» is no conjunct given name
    text = "وتواصل عملية التمشيط لتطهيره من الألغام.\nوبارك بن دغر تحرير مطار الحديدة والتقدم"
    assert not any(n.startswith("بارك") for n in names(text))

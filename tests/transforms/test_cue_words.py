"""Every row of seeds/cue_words.csv is found in its own example sentence, as its own class
(the manner of duckling's Corpus.hs: the data carries its test)."""
import re

import pytest

from marsad.seeds import read_seed_csv
from transforms.arabic_text import normalize_key
from transforms.cue_lexicon import WORD_LIST_CLASSES, CueLexiconError, build_cue_lexicon, class_and_unseen_words, list_forms

ROWS = read_seed_csv("cue_words.csv")
LEXICON = build_cue_lexicon(ROWS)


def words(sentence: str) -> list[str]:
    return re.findall(r"\w+", normalize_key(sentence))


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['class']}:{r['lemma']}")
def test_row_is_found_in_its_example(row):
    lemma = normalize_key(row["lemma"])
    if row["class"] == "date_past_unsuffixed":  # its example writes the suffixed form the row stops reading (وزاره)
        from transforms.dates.tense import PRONOUN_SUFFIXES
        assert any(w[i:] in {lemma + s for s in PRONOUN_SUFFIXES} for w in words(row["example"]) for i in range(2)), \
            f"{row['lemma']} with a suffix not in «{row['example']}»"
        return
    if row["class"] in WORD_LIST_CLASSES:  # a word list: its pattern finds the word (or a form of a noun's)
        found = [m.group() for m in LEXICON.word_pattern(row["class"], noun_clitics=True).finditer(
            normalize_key(row["example"]))]
        forms = set(list_forms(lemma, row["pos"], normalize_key(row["plural"]), normalize_key(row["present"]),
                               row["lemma"].strip().endswith("أ")))
        assert any(w[i:] in forms for w in found for i in range(4)), f"{row['lemma']} not read in «{row['example']}»"
        return
    tokens = words(row["example"])
    # As the document reads the sentence, or word by word (a phrase such as من المتوقع may cover it).
    found = [(cue.lemma, cue.cls) for _, _, cue in LEXICON.cues_in(tokens)]
    found += [(cue.lemma, cue.cls) for cue in map(LEXICON.cue, tokens) if cue is not None]
    assert (lemma, row["class"]) in found, f"{row['lemma']} not read in «{row['example']}»: {found}"


def test_every_row_has_a_real_example_with_its_article():
    for row in ROWS:
        assert len(row["example"].split()) >= 4 and row["example_id"], row


def test_a_word_list_is_no_cue_of_the_document():
    # «ثم» bounds a clause for the visit frames; as a layer of every text it would only weigh it down.
    assert LEXICON.cue("ثم") is None and "ثم" in LEXICON.lists["clause_break"]
    with pytest.raises(CueLexiconError, match="not a word-list class"):
        LEXICON.word_pattern("travel")


def test_a_class_and_its_unseen_words_are_one_normalised_set():
    # aid_led_by: its row تقوده and the words no real sentence decides yet (بقيادة …), normalised; the unseen alone
    # without the cue lexicon; a class name no list has is an error, not an empty set.
    words = class_and_unseen_words(LEXICON, "aid_led_by", ("بقيادة",))
    assert {"تقوده", "بقياده"} <= words
    assert class_and_unseen_words(None, "aid_led_by", ("بقيادة",)) == {"بقياده"}
    with pytest.raises(CueLexiconError, match="not a word-list class"):
        class_and_unseen_words(LEXICON, "aid_lead_by", ())


def test_a_noun_of_a_word_list_has_its_forms_generated():
    # One row (مفتش، plural مفتشون) stands for the plural's cases and construct forms, with clitics.
    team = LEXICON.word_pattern("team", noun_clitics=True)
    for word in ("مفتشي", "والمفتشين", "بالمفتشين", "مفتشو"):
        assert team.fullmatch(word), word
    assert not team.fullmatch("تفتيش")


def test_unknown_class_is_an_error_at_build_time():
    with pytest.raises(CueLexiconError, match="unknown class"):
        build_cue_lexicon([{"lemma": "زار", "present": "يزور", "pos": "verb", "class": "trip"}])


def test_a_verb_without_its_present_is_an_error():
    with pytest.raises(CueLexiconError, match="no present"):
        build_cue_lexicon([{"lemma": "زار", "present": "", "pos": "verb", "class": "travel"}])


def test_conjugations_and_clitics_are_generated_not_listed():
    # From one row (زار / يزور) come the future with its conjunction, a dual past, an object pronoun.
    for word, tense in (("وسيزور", "future"), ("زارا", "past"), ("يزورها", "present")):
        cue = LEXICON.cue(normalize_key(word))
        assert cue is not None and cue.lemma == "زار" and cue.tense == tense, word


def test_the_aid_verbs_of_receiving_are_a_word_list():
    # The seed's وتحصل مصر على مساعدات عسكرية أميركية: the aid model reads تحصل from class aid_receive,
    # as written (no conjugation generated: يحصل and حصلت are rows of their own).
    assert {"تحصل", "يحصل", "حصلت", "تلقت", "تسلمت", "يستفيد"} <= set(LEXICON.lists["aid_receive"])
    assert "تحصلون" not in LEXICON.lists["aid_receive"]


def test_a_word_list_class_as_a_set_built_once():
    # visit_office_before (الرئيس الفرنسي، وزيرة الداخلية، نظيره البلجيكي): its words normalised, one set per lexicon;
    # a class that is no word list is an error, as in word_pattern.
    offices = LEXICON.word_set("visit_office_before")
    assert {"رئيس", "وزيره", "نظيره", "امير"} <= offices and "الرئيس" not in offices
    assert LEXICON.word_set("visit_office_before") is offices
    with pytest.raises(CueLexiconError, match="not a word-list class"):
        LEXICON.word_set("travel")

"""The verbs that report speech and the complementisers that close a speaker's name (issue 8) are rows of
seeds/cue_words.csv (classes person_speech_verb, person_speech_complement), read into the person lexicon."""
from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.persons.lexicon import build_person_lexicon

CUES = build_cue_lexicon(read_seed_csv("cue_words.csv"))


def test_a_speech_verb_row_stands_for_its_form_with_and_without_a_conjunction():
    lexicon = build_person_lexicon([], [], cues=CUES)
    # AL-economy-25-20180213: «وقال ربيع حيدر، مسؤول قسم حلول المواهب»; AL-internationalNews-1686-20180619: «غرد»
    assert {"قال", "وقال", "فقال", "غرد", "وغردت"} <= lexicon.speech_forms
    assert "يقولون" not in lexicon.speech_forms  # a form no row writes is none
    # FR-economy-51-20180608: «وقال ترودو وماكرون إنهما»: إنهما, normalised, closes the name
    assert {"ان", "انهما"} <= lexicon.speech_complements


def test_without_the_cue_lexicon_no_verb_reports_speech():
    lexicon = build_person_lexicon([], [], cues=None)
    assert not lexicon.speech_forms and not lexicon.speech_complements


def test_a_description_opener_row_is_read_into_the_person_lexicon():
    # BB-internationalNews-140-20180312: «دخل جيفنشي ذو الأصول الأرستقراطية»: ذو opens a description, no name word
    lexicon = build_person_lexicon([], [], cues=CUES)
    assert lexicon.description_openers == {"ذو", "ذات", "ذوي", "ذوو"}
    assert not build_person_lexicon([], [], cues=None).description_openers

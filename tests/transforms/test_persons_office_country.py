"""The state a person serves, read from the office (issue 9): a diplomat's post after في، لدى or إلى
is the host, not his state, while a glued ل may still name the state served."""
from functools import lru_cache

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.persons import build_person_lexicon, extract_persons


@lru_cache(maxsize=1)
def titles_only():
    """Titles and stop words, no known persons, so that the country comes from the text alone."""
    return build_person_lexicon(read_seed_csv("titles.csv"), [], read_seed_csv("name_stopwords.csv"),
                                read_seed_csv("office_nouns.csv"),
                                cues=build_cue_lexicon(read_seed_csv("cue_words.csv")))


def name_mention(text: str, surface: str, iso2: str) -> dict:
    start = text.index(surface)
    return {"iso2": iso2, "surface": surface, "char_start": start, "char_end": start + len(surface), "via": "name"}


def by_name(persons):
    return {p["name_ar"]: p for p in persons}


def test_an_envoy_to_a_country_does_not_serve_it():
    # ANT FR-internationalNews-1880-20180618 (non-gold): the UN's envoy to Yemen is no Yemeni official.
    text = ("وما مصير الجهود الدبلوماسية التي أجراها المبعوث الأممي إلى اليمن مارتن غريفيث لوقف معركة "
            "الحديدة؟")
    persons = by_name(extract_persons(text, [name_mention(text, "اليمن", "YE")], titles_only()))
    assert persons["مارتن غريفيث"]["country_iso2"] is None


def test_an_ambassador_takes_his_state_not_his_post():
    # ANT CN-middleEast-1247-20180818 (non-gold): سفير تركيا في قطر serves TR, sits in QA.
    text = "قال فكرت أوزار، سفير تركيا في قطر، إن بلاده قدمت الدعم للدوحة في الأزمة الخليجية."
    persons = by_name(extract_persons(text, [name_mention(text, "تركيا", "TR"), name_mention(text, "قطر", "QA")],
                                      titles_only()))
    assert persons["فكرت أوزار"]["country_iso2"] == "TR"


def test_a_glued_lam_after_a_delegate_is_still_his_state():
    # ANT CN-sport-369-20180830 (non-gold): لقطر is the state he represents, not his post.
    text = "قال علي المنصوري، المندوب الدائم لقطر لدى مكتب الأمم المتحدة بجنيف، إن بلاده تسعى لأن تكون البطولة الأنجح."
    persons = by_name(extract_persons(text, [name_mention(text, "قطر", "QA")], titles_only()))
    assert persons["علي المنصوري"]["country_iso2"] == "QA"


"""Military ranks with their staff or arm qualifier (العقيد الركن، عقيد أركان حرب) are titles, so the
name after them is the officer's, not «عقيد أركان حرب تامر» (issue 10); a family name that is also a
less frequent word (حجاب) ends a name that a comma closes before a title in apposition.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
from functools import lru_cache

import pytest

from marsad.seeds import read_seed_csv
from transforms.persons import build_person_lexicon, extract_persons
from transforms.cue_lexicon import build_cue_lexicon

CUES = build_cue_lexicon(read_seed_csv("cue_words.csv"))  # its persons classes (person_speech_verb …)


@lru_cache(maxsize=1)
def unmined():
    """Every list the extractor reads but the mined persons: what it finds on its own."""
    return build_person_lexicon(read_seed_csv("titles.csv"), [], read_seed_csv("name_stopwords.csv"),
                                read_seed_csv("office_nouns.csv"), read_seed_csv("given_names.csv"),
                                read_seed_csv("imperfect_verbs.csv"), cues=CUES)


def titled(text: str) -> dict:
    return {p["name_ar"]: p["title_ar"] for p in extract_persons(text, [], unmined(), use_context=False)}


@pytest.mark.parametrize("text, name, title", [
    # CN-middleEast-1309-20180907 (non-gold)
    ("حسب بيان المتحدث العسكري المصري، عقيد أركان حرب تامر الرفاعي، في صفحته على موقع \"فيسبوك\"، الجمعة.",
     "تامر الرفاعي", "عقيد أركان حرب"),
    # AL-internationalNews-567-20180321 (non-gold)
    ("أوضح المتحدث الرسمي باسم قوات #التحالف_العربي، العقيد الركن تركي المالكي، أنه في الساعة 15:48 من عصر "
     "الأربعاء، تعرضت إحدى مقاتلات التحالف", "تركي المالكي", "العقيد الركن"),
])
def test_a_rank_with_its_qualifier_is_a_title(text, name, title):
    found = titled(text)
    assert name in found and found[name] == title
    assert not any(n.startswith(("عقيد", "الركن", "ركن")) for n in found)


def test_a_family_name_that_is_a_word_ends_a_name_closed_by_a_comma_before_a_title():
    # CN-middleEast-1324-20180909 (non-gold)
    text = ("دبي، الإمارات العربية المتحدة (CNN)—نشر رياض حجاب، رئيس الوزراء السوري الأسبق، مقطع فيديو على "
            "صفحته بموقع التواصل الاجتماعي، تويتر")
    assert (titled(text).get("رياض حجاب") or "").startswith("رئيس الوزراء")


def test_the_miner_reads_countries_with_the_pipeline_gazetteer(tmp_path):
    # AL-internationalNews-1733-20180622 (non-gold): المالية is "financial" here, not Mali's adjective;
    # the seeds' gazetteer without the cue words gave the title وزير and the country ML
    import json

    from scripts.mine_persons import mine, mining_gazetteer
    text = "وحذر وزير المالية علي حسن خليل هذا الأسبوع من أن لبنان لا يحقق إنجازات سريعة بما يكفي"
    (tmp_path / "part.jsonl").write_text(json.dumps({"title": "", "text": text}, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    rows = mine(tmp_path, mining_gazetteer(), unmined(), 1)
    assert [(name, title, country) for name, title, country, _ in rows] == [("علي حسن خليل", "وزير المالية", "")]

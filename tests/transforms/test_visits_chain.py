"""End to end on the seed file: sentences, entities, persons, dates and visits together, scored like
score.py (host, visitor country, names) against ../shared/gold/seed.jsonl."""
import json
from pathlib import Path

import pytest

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.text_layout import split_text_articles

REPO = Path(__file__).resolve().parents[2]
SEED_TEXT = REPO.parent / "shared" / "seeds" / "000_202838f5eb5d9b9a.txt"
SEED_GOLD = REPO.parent / "shared" / "gold" / "seed.jsonl"


def _optional(name):
    try:
        return read_seed_csv(name)
    except FileNotFoundError:
        return []


@pytest.fixture(scope="module")
def chain():
    if not SEED_TEXT.exists() or not SEED_GOLD.exists():
        pytest.skip("shared seed text or gold not present")
    entities_mod = pytest.importorskip("transforms.entities")
    persons_mod = pytest.importorskip("transforms.persons")
    dates_mod = pytest.importorskip("transforms.dates")
    from transforms.visits import build_visit_lexicon, extract_visits
    gazetteer = entities_mod.build_gazetteer(
        read_seed_csv("countries.csv"), read_seed_csv("country_variants.csv"), read_seed_csv("demonyms.csv"),
        read_seed_csv("places_curated.csv") + _optional("places.csv"), read_seed_csv("organisations.csv"))
    person_lexicon = persons_mod.build_person_lexicon(read_seed_csv("titles.csv"), _optional("persons.csv"),
                                                      _optional("name_stopwords.csv"), _optional("office_nouns.csv"),
                                                      cues=build_cue_lexicon(read_seed_csv("cue_words.csv")))
    date_lexicon = dates_mod.build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"),
                                                  read_seed_csv("imperfect_verbs.csv"),
                                                  build_cue_lexicon(read_seed_csv("cue_words.csv")))
    visit_lexicon = build_visit_lexicon(read_seed_csv("visit_triggers.csv"), read_seed_csv("titles.csv"),
                                        build_cue_lexicon(read_seed_csv("cue_words.csv")), read_seed_csv("organisations.csv"))

    def run(text):
        ents = entities_mod.find_entities(text, gazetteer)
        people = persons_mod.extract_persons(text, ents["countries"], person_lexicon)
        times = dates_mod.extract_time_expressions(text, None, date_lexicon)
        return extract_visits(text, None, ents, people, times, visit_lexicon)
    return run


def test_seed_visits_end_to_end(chain):
    articles, _ = split_text_articles(SEED_TEXT.read_text(encoding="utf-8-sig"), SEED_TEXT.stem)
    gold = {g["id"]: g for g in map(json.loads, SEED_GOLD.read_text(encoding="utf-8").splitlines())}
    first = chain(articles[0].body)
    hosts = {r["host_country_iso2"]: r for r in first if r["visitor_country_iso2"] == "US"}
    assert {"EG", "JO", "PK", "KW"} <= set(hosts)
    for g in gold[articles[0].external_id]["visits"]:  # each leg's day and status as in gold
        assert hosts[g["host_country"]]["date_value"] == g["date"]
        assert hosts[g["host_country"]]["status"] == g["status"]
    second = chain(articles[1].body)
    assert ("LY", "US", "occurred") in {(r["visitor_country_iso2"], r["host_country_iso2"], r["status"]) for r in second}

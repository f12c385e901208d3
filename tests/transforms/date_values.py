"""The date lexicon the seeds build, and the values a text's time expressions resolve to against an
ISO publication time: for the dates tests."""
from datetime import datetime
from functools import cache

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.dates import build_date_lexicon, extract_time_expressions


@cache
def seed_date_lexicon():
    return build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"),
                              read_seed_csv("imperfect_verbs.csv"), build_cue_lexicon(read_seed_csv("cue_words.csv")),
                              read_seed_csv("annual_days.csv"))


def values(text: str, published: str, lexicon) -> list[str]:
    return [e["value"] for e in extract_time_expressions(text, datetime.fromisoformat(published), lexicon)]

"""scripts/dates_rowdiff.py: the rows two dumps of scripts/dates_identity.py differ by."""
import json
import sys
from datetime import datetime
from pathlib import Path

from marsad.seeds import read_seed_csv
from transforms.cue_lexicon import build_cue_lexicon
from transforms.dates import build_date_lexicon, extract_time_expressions

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from dates_rowdiff import changed_rows  # noqa: E402


def test_changed_rows_shows_a_value_moved_and_a_row_dropped():
    lexicon = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"),
                                 read_seed_csv("imperfect_verbs.csv"), build_cue_lexicon(read_seed_csv("cue_words.csv")))
    # ANT FR-internationalNews-1209-20180512 (in no gold file), read as published on its Saturday and as
    # if published the Thursday after (a start from Sunday: the coming one each time)
    text = "أعلن الجيش الإسرائيلي إغلاق معبر كرم أبو سالم الحدودي مع قطاع غزة ابتداء من الأحد و\"حتى إشعار آخر\""
    old = extract_time_expressions(text, datetime.fromisoformat("2018-05-12T16:05:32+00:00"), lexicon)
    new = extract_time_expressions(text, datetime.fromisoformat("2018-05-17T16:05:32+00:00"), lexicon)
    line = lambda rows: json.dumps(["FR-internationalNews-1209-20180512", "text", rows], ensure_ascii=False)  # noqa: E731
    assert changed_rows([line(old)], [line(old)]) == []
    assert changed_rows([line(old)], [line(new)]) == [
        ("FR-internationalNews-1209-20180512", "text", "الأحد", old[0]["char_start"], "2018-05-13", "2018-05-20")]
    assert changed_rows([line(old)], [line([])]) == [
        ("FR-internationalNews-1209-20180512", "text", "الأحد", old[0]["char_start"], old[0]["value"], "absent")]

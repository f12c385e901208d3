import json
from datetime import timedelta

from transforms.jsonl_records import parse_jsonl_record, parse_published

# The first record of the ANT corpus (part-000), shortened.
ANT = {
    "id": "AL-culture-3-20180218", "source": "alarabiya",
    "title": "لأول مرة.. أغاني بوب كورية جنوبية في الشطر الشمالي",
    "date": "2018-02-18T19:03:15+04:00", "category": "culture",
    "text": "سمحت #كوريا_الشمالية بأداء أغانٍ جنوبية أمام الجمهور للمرة الأولى منذ سنوات.",
}


def test_an_ant_record_is_read_with_its_date_as_published_and_extra_fields_kept():
    article, problems = parse_jsonl_record(json.dumps(ANT, ensure_ascii=False), 1, "part-000")
    assert problems == []
    assert article.external_id == "AL-culture-3-20180218"
    assert article.published_raw == "2018-02-18T19:03:15+04:00"
    assert article.body.startswith("سمحت #كوريا_الشمالية")
    assert article.extra == {"category": "culture"}
    assert article.source == "alarabiya"


def test_published_keeps_its_own_offset():
    value = parse_published("2018-02-18T19:03:15+04:00")
    assert value.utcoffset() == timedelta(hours=4) and value.hour == 19
    assert parse_published("2018-02-26") is not None
    assert parse_published("الأحد") is None


def test_bad_lines_are_problems_with_reasons():
    assert parse_jsonl_record("{not json", 3, "f")[1][0].reason == "invalid_json"
    assert parse_jsonl_record("[1, 2]", 4, "f")[1][0].reason == "not_an_object"
    no_text = dict(ANT)
    del no_text["text"]
    article, problems = parse_jsonl_record(json.dumps(no_text), 5, "f")
    assert article is None and problems[0].reason == "missing_text" and problems[0].position == 5
    article, problems = parse_jsonl_record(json.dumps({**ANT, "text": "  "}), 6, "f")
    assert article is None and problems[0].reason == "empty_text"


def test_fixable_problems_keep_the_article_and_say_so():
    record = {**ANT, "date": "18 فبراير 2018"}
    del record["id"]
    article, problems = parse_jsonl_record(json.dumps(record, ensure_ascii=False), 7, "dump")
    assert article.external_id == "dump#7"
    assert article.published_raw == "18 فبراير 2018"
    assert {(p.reason, p.severity) for p in problems} == {("missing_id", "warning"), ("invalid_published", "warning")}


def test_a_lone_surrogate_is_rejected_whether_escaped_or_raw_and_a_surrogate_pair_is_not():
    escaped = json.dumps({**ANT, "category": "\ud800"})  # ensure_ascii: "\\ud800" in the line
    assert parse_jsonl_record(escaped, 1, "f")[1][0].reason == "lone_surrogate"
    in_a_key = json.dumps(ANT, ensure_ascii=False)[:-1] + ', "\\udc00": 1}'
    assert parse_jsonl_record(in_a_key, 2, "f")[1][0].reason == "lone_surrogate"
    raw = json.dumps({**ANT, "title": ANT["title"] + "\ud83d"}, ensure_ascii=False)  # the character itself
    assert parse_jsonl_record(raw, 3, "f")[1][0].reason == "lone_surrogate"
    pair = json.dumps({**ANT, "title": ANT["title"] + " 🇰🇷"})  # escaped as \\ud83c\\uddf0...
    article, problems = parse_jsonl_record(pair, 4, "f")
    assert problems == [] and article.title.endswith("🇰🇷")

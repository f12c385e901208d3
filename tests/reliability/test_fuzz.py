"""Fuzzing the readers and grammars with hypothesis (issue 13): whatever the bytes or the text, no
exception escapes a record, and the reader's accounting holds (every non-blank line is an article
or an error problem). The text is built from the words our grammars react to (months, currencies,
cue words, titles, the seed's own words), digits and punctuation, so the grammars' deep paths are
reached, not only their first character test."""
import json
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.extraction import extract_article
from flows.inputs import describe_file, read_file
from flows.lexicons import load_lexicons
from marsad.seeds import read_seed_csv
from transforms.aid.numbers import find_amounts, parse_amount
from transforms.articles import ParsedArticle, RecordProblem
from transforms.arabic_text import normalize
from transforms.dates import extract_time_expressions
from transforms.decoding import DecodeProblem, Decoded, decode_bytes
from transforms.jsonl_records import parse_jsonl_record
from transforms.text_layout import split_text_articles
from tests.conftest import SEED_FILE

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _vocabulary() -> list[str]:
    words = SEED_FILE.read_text(encoding="utf-8").split()
    words += [r["name"] for r in read_seed_csv("months.csv")]
    words += [r["name_ar"] for r in read_seed_csv("currencies.csv")]
    words += [r["lemma"] for r in read_seed_csv("cue_words.csv")] + [r["present"] for r in read_seed_csv("cue_words.csv")]
    words += [r["title_ar"] for r in read_seed_csv("titles.csv")]
    words += ["2018", "١٩٧٩", "1.3", "٣٫٥", "12/3/2019", "2015-2017", "مليار", "مليون", "ألف", "و500", "دولار",
              "الماضي", "المقبل", "أمس", "اليوم", "غدا", "الجاري", "تحديث (17:42 ت.غ)", "اقرأ أيضا", "المصدر:"]
    return sorted({w for w in words if w})


VOCABULARY = _vocabulary()
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "، ", ". ", "-", "/", "(", ")", "\t", "\u200f"])
WORDS = st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=6))
ARABIC_NEWSLIKE = st.lists(st.tuples(WORDS, SEPARATORS), max_size=80).map(lambda pairs: "".join(w + s for w, s in pairs))
PUBLISHED = st.one_of(st.none(), st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2090, 1, 1),
                                               timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=3))])))
JSON_VALUES = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), ARABIC_NEWSLIKE),
                           lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                           max_leaves=8)
RECORDS = st.fixed_dictionaries({}, optional={"id": JSON_VALUES, "title": JSON_VALUES, "text": st.one_of(ARABIC_NEWSLIKE, JSON_VALUES),
                                              "published": st.one_of(JSON_VALUES, st.datetimes().map(datetime.isoformat)),
                                              "source": JSON_VALUES, "url": JSON_VALUES})
LINES = st.one_of(RECORDS.map(lambda r: json.dumps(r, ensure_ascii=False)), ARABIC_NEWSLIKE, st.text(max_size=60))


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_become_a_problem(data):
    assert isinstance(decode_bytes(data), (Decoded, DecodeProblem))


@FUZZ
@given(LINES)
def test_any_line_is_an_article_or_an_error_problem(line):
    article, problems = parse_jsonl_record(line, 7, "feed", datetime(2018, 6, 1, tzinfo=timezone.utc))
    errors = [p for p in problems if p.severity == "error"]
    assert (article is None) == bool(errors)
    assert all(p.position == 7 for p in problems)
    if article is not None:
        assert isinstance(article.body, str) and article.body.strip()


@FUZZ
@given(st.lists(LINES, max_size=12), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"]))
def test_a_jsonl_file_of_any_lines_accounts_for_every_non_blank_one(lines, encoding):
    text = "\n".join(lines) + "\n"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        path.write_bytes(text.encode(encoding, errors="replace"))
        items = list(read_file(describe_file(path)).items())
        raw_lines = path.read_bytes().decode(encoding, errors="replace").lstrip("\ufeff").split("\n")
    non_blank = sum(1 for line in raw_lines if line.strip(" \t\n\r\x0b\x0c"))  # as the reader: ASCII blanks; a line ends at "\n"
    articles = sum(isinstance(i, ParsedArticle) for i in items)
    line_errors = sum(isinstance(i, RecordProblem) and i.severity == "error" and i.position > 0 for i in items)
    if non_blank:
        assert articles + line_errors == non_blank
    else:
        assert [i.reason for i in items] == ["empty"]


@FUZZ
@given(ARABIC_NEWSLIKE)
def test_any_text_file_splits_into_articles_and_problems(text):
    articles, problems = split_text_articles(text, "file")
    assert all(a.body.strip() for a in articles)
    assert all(isinstance(p, RecordProblem) for p in problems)


@FUZZ
@given(ARABIC_NEWSLIKE)
def test_the_amount_grammar_reads_any_text(text):
    for amount in find_amounts(normalize(text).text):
        assert amount.value >= 0
    value = parse_amount(text)
    assert value is None or value >= 0


@FUZZ
@given(ARABIC_NEWSLIKE, PUBLISHED)
def test_the_date_grammar_reads_any_text(text, published):
    for row in extract_time_expressions(text, published, load_lexicons().dates):
        assert 0 <= row["char_start"] <= row["char_end"] <= len(text)
        assert row["granularity"] in ("day", "month", "year", None)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.none(), ARABIC_NEWSLIKE), ARABIC_NEWSLIKE, PUBLISHED)
def test_the_whole_extraction_reads_any_article(title, body, published):
    rows = extract_article("fuzz", title, body or "نص", published, load_lexicons())
    assert set(rows) <= {"country_mentions", "place_mentions", "organisation_mentions", "article_persons",
                         "person_mentions", "time_expressions", "visits", "aid"}

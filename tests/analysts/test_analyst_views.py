"""The analyst views (sql/views/), on warehouses built from the seed sample and the dev articles."""
import shutil

import duckdb
import pytest

import flows.analyst_views
from flows.analyst_views import view_files
from flows.pipeline import run_pipeline
from marsad.paths import SAMPLE_ARTICLES
from tests.warehouse_helpers import query

VIEWS = ["visit_details", "visits_per_host_month", "visit_event_details", "aid_details", "aid_flows",
         "country_activity_monthly", "person_profiles"]
MATTIS = "جيمس ماتيس"


def test_every_view_is_created_by_the_load_and_commented_column_by_column(seed_warehouse):
    assert [f.split("_", 1)[1].removesuffix(".sql") for f in view_files()] == VIEWS
    comments = dict(query(seed_warehouse, "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"))
    assert sorted(comments) == sorted(VIEWS) and all(comments.values())
    columns = query(seed_warehouse, "SELECT table_name, column_name, comment FROM duckdb_columns() "
                                    "WHERE list_contains(?, table_name)", [VIEWS])
    assert {c[0] for c in columns} == set(VIEWS)
    assert [c[:2] for c in columns if not c[2]] == []


def test_visit_details_holds_the_four_mattis_legs_with_names_in_both_languages(seed_warehouse):
    rows = query(seed_warehouse, """
        SELECT host_country_iso2, host_country_en, host_country_ar, status, visitor_title_ar,
               visitor_country_en, visitor_country_ar, external_id, confidence > 0, decided_by IS NOT NULL
        FROM visit_details WHERE visitor_name_ar = ? ORDER BY host_country_iso2""", [MATTIS])
    assert [r[:4] for r in rows] == [("EG", "Egypt", "مصر", "occurred"), ("JO", "Jordan", "الأردن", "planned"),
                                     ("KW", "Kuwait", "الكويت", "planned"), ("PK", "Pakistan", "باكستان", "planned")]
    assert {r[4:] for r in rows} == {("وزير الدفاع", "United States", "الولايات المتحدة", "000_202838f5eb5d9b9a#1",
                                      True, True)}
    # Cairo is the place the text names for the leg in Egypt; the legs' days carry no year
    assert query(seed_warehouse, "SELECT place_ar, date_value FROM visit_details WHERE host_country_iso2 = 'EG'") == [
        ("القاهرة", "XXXX-12-02")]


def test_the_other_visit_views_agree_with_the_tables(seed_warehouse):
    assert query(seed_warehouse, "SELECT host_country_en, visits, events, occurred, planned FROM visits_per_host_month "
                                 "WHERE host_country_iso2 IN ('EG', 'JO') ORDER BY 1") == [
        ("Egypt", 1, 1, 1, 0), ("Jordan", 1, 1, 0, 1)]
    assert query(seed_warehouse, "SELECT host_country_en, status, places_ar, article_count FROM visit_event_details "
                                 "WHERE visitor_name_ar = ? ORDER BY 1", [MATTIS]) == [
        ("Egypt", "occurred", ["القاهرة"], 1), ("Jordan", "planned", [], 1), ("Kuwait", "planned", [], 1),
        ("Pakistan", "planned", [], 1)]
    assert query(seed_warehouse, "SELECT title_ar, country_en, article_count, visits, visit_events, countries_visited "
                                 "FROM person_profiles WHERE name_ar = ?", [MATTIS]) == [
        ("وزير الدفاع", "United States", 2, 4, 4, ["EG", "JO", "KW", "PK"])]


def test_the_us_aid_to_egypt_with_its_evidence(seed_warehouse):
    rows = query(seed_warehouse, """
        SELECT donor_en, donor_ar, recipient_en, recipient_ar, aid_type, status, currency, period,
               figures, total_amount, total_usd, external_ids, evidence
        FROM aid_flows""")
    assert [r[:-1] for r in rows] == [("United States", "الولايات المتحدة", "Egypt", "مصر", "military", "provided",
                                       "USD", "annual", 1, 1.3e9, 1.3e9, ["000_202838f5eb5d9b9a#1"])]
    assert "مساعدات عسكرية أميركية قيمتها 1.3 مليار دولار" in rows[0][-1]
    assert query(seed_warehouse, "SELECT amount, amount_usd, usd_method, since_year FROM aid_details") == [
        (1.3e9, 1.3e9, "usd", 1979)]
    activity = query(seed_warehouse, "SELECT iso2, aid_given, aid_received, visits_made, visits_received "
                                     "FROM country_activity_monthly WHERE iso2 IN ('US', 'EG') ORDER BY iso2")
    assert activity == [("EG", 0, 1, 0, 1), ("US", 1, 0, 4, 1)]


def test_views_cover_every_row_of_the_dev_warehouse(dev_warehouse):
    counts = query(dev_warehouse, """SELECT
        (SELECT count(*) FROM visits) = (SELECT count(*) FROM visit_details),
        (SELECT count(*) FROM visit_events) = (SELECT count(*) FROM visit_event_details),
        (SELECT count(*) FROM visits) = (SELECT sum(visits) FROM visits_per_host_month),
        (SELECT count(*) FROM visit_events) = (SELECT count(DISTINCT event_id) FROM visit_details),
        (SELECT count(*) FROM aid) = (SELECT sum(figures) FROM aid_flows),
        round((SELECT sum(amount_usd) FROM aid)) = round((SELECT sum(total_usd) FROM aid_flows)),
        (SELECT count(*) FROM persons) = (SELECT count(*) FROM person_profiles),
        (SELECT count(*) FROM country_mentions) = (SELECT sum(mentions) FROM country_activity_monthly),
        (SELECT count(*) FROM visits) = (SELECT sum(visits_received) FROM country_activity_monthly)""")[0]
    assert all(counts), counts
    # Dev articles are dated: every month is known, and the months are 2018's
    assert query(dev_warehouse, "SELECT DISTINCT year(month) FROM country_activity_monthly") == [(2018,)]
    assert query(dev_warehouse, "SELECT count(*) FROM visit_details WHERE month IS NULL OR month_from IS NULL") == [(0,)]
    # A visit with a known day is counted in that day's month
    assert query(dev_warehouse, "SELECT count(*) FROM visit_details WHERE start_date IS NOT NULL "
                                "AND month <> date_trunc('month', start_date)") == [(0,)]


def test_the_views_are_replaced_by_a_second_load(seed_warehouse, tmp_path):
    before = query(seed_warehouse, "SELECT * FROM visit_details ORDER BY visit_id")
    with duckdb.connect(str(seed_warehouse)) as con:
        con.execute("CREATE OR REPLACE VIEW visit_details AS SELECT 1 AS stale")
    # A file the warehouse has not loaded (the same articles under another name): a load happens.
    # (A rerun on files already loaded loads nothing and takes no write lock.)
    again = tmp_path / "again.txt"
    shutil.copy(next(SAMPLE_ARTICLES.glob("*.txt")), again)
    run_pipeline([again], seed_warehouse, tmp_path / "parquet")
    assert query(seed_warehouse, "SELECT * FROM visit_details ORDER BY visit_id") == before


def test_a_view_that_cannot_be_created_rolls_the_whole_load_back(seed_warehouse, tmp_path, monkeypatch):
    warehouse = tmp_path / "w.duckdb"
    shutil.copy(seed_warehouse, warehouse)
    real = flows.analyst_views.sql_text

    def broken(relative):
        return "CREATE OR REPLACE VIEW aid_flows AS SELECT no_such_column FROM aid;" if "aid_flows" in relative else real(relative)

    monkeypatch.setattr(flows.analyst_views, "sql_text", broken)
    feed = tmp_path / "one.jsonl"
    feed.write_text('{"id": "x1", "title": "زيارة", "text": "وصل وزير الخارجية المصري إلى عمان اليوم."}\n', encoding="utf-8")
    with pytest.raises(duckdb.BinderException):
        run_pipeline([feed], warehouse, tmp_path / "parquet")
    assert query(warehouse, "SELECT count(*) FROM articles") == [(2,)]
    assert query(warehouse, "SELECT count(*) FROM aid_flows") == [(1,)]

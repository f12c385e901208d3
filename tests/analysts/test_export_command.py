"""`marsad export`: CSV with a BOM, XLSX typed and right to left, Parquet through DuckDB, formulas inert."""
import csv
import datetime as dt
import zipfile

import duckdb
import openpyxl
import pyarrow.parquet as pq
import pytest

from marsad.cli import main
from tests.warehouse_helpers import query

# A query whose text cells a spreadsheet would run as formulas, beside real numbers and dates
HOSTILE = ("SELECT '=1+1' AS formula, '+33 1 23' AS phone, '-x' AS dash, '@SUM(A1)' AS at, "
           "chr(9) || 'tab' AS tab, -3 AS negative, 2.5 AS ratio, DATE '2018-06-12' AS day")


def export(warehouse, *args):
    return main(["export", *map(str, args), "--warehouse", str(warehouse)])


def test_csv_is_utf8_with_a_bom_and_arabic_reads_back(seed_warehouse, tmp_path, capsys):
    out = tmp_path / "visits.csv"
    assert export(seed_warehouse, "visit_details", "--format", "csv", "--out", out) == 0
    assert capsys.readouterr().out == f"marsad export → {out} (csv, 5 rows)\n"
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    egypt = [r for r in rows if r["host_country_iso2"] == "EG"]
    assert [(r["visitor_name_ar"], r["host_country_ar"], r["status"], r["start_date"]) for r in egypt] == [
        ("جيمس ماتيس", "مصر", "occurred", "")]
    assert float(egypt[0]["confidence"]) > 0.5


def test_csv_without_bom(seed_warehouse, tmp_path):
    out = tmp_path / "aid.csv"
    assert export(seed_warehouse, "aid_flows", "--out", out, "--no-bom") == 0
    raw = out.read_bytes()
    assert raw.startswith(b"donor_iso2,")
    row = next(csv.DictReader(raw.decode("utf-8").splitlines()))
    assert (row["donor_en"], row["recipient_ar"], row["total_amount"]) == ("United States", "مصر", "1300000000.0")
    assert row["external_ids"] == '["000_202838f5eb5d9b9a#1"]'


def test_formulas_are_inert_in_csv_and_numbers_stay_numbers(seed_warehouse, tmp_path):
    out = tmp_path / "q.csv"
    assert export(seed_warehouse, "--query", HOSTILE, "--format", "csv", "--out", out) == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        header, row = list(csv.reader(f))
    assert header == ["formula", "phone", "dash", "at", "tab", "negative", "ratio", "day"]
    assert row == ["'=1+1", "'+33 1 23", "'-x", "'@SUM(A1)", "'\ttab", "-3", "2.5", "2018-06-12"]


def test_formulas_are_inert_in_xlsx_and_cells_are_typed(seed_warehouse, tmp_path):
    out = tmp_path / "q.xlsx"
    assert export(seed_warehouse, "--query", HOSTILE, "--out", out) == 0
    sheet = openpyxl.load_workbook(out).active
    header, row = list(sheet.iter_rows())
    assert [c.value for c in header] == ["formula", "phone", "dash", "at", "tab", "negative", "ratio", "day"]
    assert [(c.value, c.data_type) for c in row[:5]] == [
        ("=1+1", "s"), ("+33 1 23", "s"), ("-x", "s"), ("@SUM(A1)", "s"), ("\ttab", "s")]
    assert all(c.quotePrefix for c in row[:5])
    assert (row[5].value, row[5].data_type) == (-3, "n")
    assert (row[6].value, row[6].data_type) == (2.5, "n")
    assert (row[7].value, row[7].data_type, row[7].number_format) == (dt.datetime(2018, 6, 12), "d", "yyyy-mm-dd")
    with zipfile.ZipFile(out) as book:
        xml = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere in the sheet


def test_xlsx_of_a_view_is_right_to_left_with_a_frozen_header_and_typed_numbers(dev_warehouse, tmp_path):
    out = tmp_path / "aid.xlsx"
    assert export(dev_warehouse, "aid_details", "--format", "xlsx", "--out", out) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "aid_details"
    assert sheet.sheet_view.rightToLeft is True
    assert sheet.freeze_panes == "A2"
    assert all(c.font.b for c in sheet[1])
    names = [c.value for c in sheet[1]]
    rows = [dict(zip(names, (c for c in r))) for r in sheet.iter_rows(min_row=2)]
    expected = query(dev_warehouse, "SELECT aid_id, amount, amount_usd, published_at FROM aid_details")
    assert len(rows) == len(expected) == 19
    by_id = {r["aid_id"].value: r for r in rows}
    for aid_id, amount, amount_usd, published_at in expected:
        cells = by_id[aid_id]
        assert cells["amount"].data_type == "n" and cells["amount"].value == amount
        assert cells["amount_usd"].value == pytest.approx(amount_usd)
        # TIMESTAMPTZ as UTC wall time, a real date-time cell
        assert cells["published_at"].data_type == "d"
        assert cells["published_at"].value == published_at.astimezone(dt.timezone.utc).replace(tzinfo=None)


def test_xlsx_without_arabic_reads_left_to_right(seed_warehouse, tmp_path):
    out = tmp_path / "codes.xlsx"
    assert export(seed_warehouse, "--query", "SELECT iso2, iso3, name_en FROM countries ORDER BY iso2", "--out", out) == 0
    sheet = openpyxl.load_workbook(out).active
    assert not sheet.sheet_view.rightToLeft
    assert sheet.max_row == 251


def test_parquet_through_duckdb_reads_back_with_pyarrow(dev_warehouse, tmp_path):
    out = tmp_path / "visits.parquet"
    assert export(dev_warehouse, "visit_details", "--out", out) == 0
    table = pq.read_table(out)
    assert table.num_rows == query(dev_warehouse, "SELECT count(*) FROM visits")[0][0]
    assert str(table.schema.field("start_date").type) == "date32[day]"
    assert str(table.schema.field("confidence").type) == "double"
    with duckdb.connect(str(dev_warehouse), read_only=True) as con:
        assert sorted(table.column("visit_id").to_pylist()) == sorted(
            r[0] for r in con.execute("SELECT visit_id FROM visits").fetchall())


def test_a_query_to_parquet(seed_warehouse, tmp_path):
    out = tmp_path / "q.parquet"
    assert export(seed_warehouse, "--query", "SELECT host_country_iso2 FROM visits ORDER BY 1; -- hosts\n",
                  "--out", out) == 1  # a comment after the last ; is DuckDB's syntax error: said, not hidden
    assert export(seed_warehouse, "--query", "SELECT host_country_iso2 FROM visits ORDER BY 1 -- hosts",
                  "--out", out) == 0
    assert pq.read_table(out).column(0).to_pylist() == ["EG", "JO", "KW", "PK", "US"]


def test_no_overwrite_without_force(seed_warehouse, tmp_path, capsys):
    out = tmp_path / "aid.csv"
    out.write_text("keep me", encoding="utf-8")
    assert export(seed_warehouse, "aid", "--out", out) == 1
    assert capsys.readouterr().err == f"marsad: {out} exists: pass --force to overwrite it\n"
    assert out.read_text(encoding="utf-8") == "keep me"
    assert export(seed_warehouse, "aid", "--out", out, "--force") == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfaid_id,")
    assert [p.name for p in tmp_path.iterdir()] == ["aid.csv"]  # no partial file left beside it


def test_an_unknown_table_is_a_clear_error_and_never_reaches_sql(seed_warehouse, tmp_path, capsys):
    for name in ["visitz", "visits; DROP TABLE visits", 'visits" --']:
        out = tmp_path / "x.csv"
        assert export(seed_warehouse, name, "--out", out) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"marsad: no table or view named {name!r} in the warehouse; there are: aid, ")
        assert not out.exists()
    assert query(seed_warehouse, "SELECT count(*) FROM visits") == [(5,)]


def test_a_name_matches_the_catalogue_whatever_its_case(seed_warehouse, tmp_path):
    out = tmp_path / "c.parquet"
    assert export(seed_warehouse, "Countries", "--out", out) == 0
    assert pq.read_table(out).num_rows == 250


def test_a_failed_export_leaves_nothing(seed_warehouse, tmp_path, capsys):
    out = tmp_path / "bad.xlsx"
    assert export(seed_warehouse, "--query", "SELECT 1/0 AS x, error('boom')", "--out", out) == 1
    assert "boom" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_format_comes_from_the_suffix_or_is_asked_for(seed_warehouse, tmp_path, capsys):
    assert export(seed_warehouse, "aid", "--out", tmp_path / "aid.data") == 1
    assert "pass --format csv|xlsx|parquet" in capsys.readouterr().err
    assert export(seed_warehouse, "--out", tmp_path / "aid.csv") == 1
    assert "name one table or view, or pass --query SQL" in capsys.readouterr().err

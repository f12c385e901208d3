"""`marsad describe`: the data dictionary from DuckDB's comments."""
import json

from marsad.cli import main


def test_without_a_name_it_lists_tables_and_views_with_their_meaning(seed_warehouse, capsys):
    assert main(["describe", "--warehouse", str(seed_warehouse)]) == 0
    out = capsys.readouterr().out
    assert "| visits " in out and "| table |" in out
    assert "| visit_details " in out and "| view  |" in out
    assert "One row per visit as one article reports it" in out


def test_a_view_s_columns_come_with_their_comments(seed_warehouse, capsys):
    assert main(["describe", "visit_details", "--warehouse", str(seed_warehouse)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("visit_details (view): One row per visit")
    assert "| host_country_en " in out and "Country visited, in English" in out
    # Comments are never cut: they are the point of the command
    assert "First day of the visit's month: from its day, else the month the text gives, else the article's " \
           "publication month (UTC); null when none is known" in out


def test_as_json_for_tools(seed_warehouse, capsys):
    assert main(["describe", "AID_FLOWS", "--format", "json", "--warehouse", str(seed_warehouse)]) == 0
    columns = {c["column"]: c for c in json.loads(capsys.readouterr().out)}
    assert columns["total_usd"]["type"] == "DOUBLE"
    assert columns["total_usd"]["comment"].startswith("Sum of the figures in US dollars")


def test_an_unknown_name_is_a_clear_error(seed_warehouse, capsys):
    assert main(["describe", "visitz", "--warehouse", str(seed_warehouse)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("marsad: no table or view named 'visitz' in the warehouse; there are: aid, ")
    assert "Traceback" not in captured.err


def test_a_missing_warehouse_is_a_clear_error(tmp_path, capsys):
    assert main(["describe", "--warehouse", str(tmp_path / "none.duckdb")]) == 1
    assert "no warehouse at" in capsys.readouterr().err
    assert not (tmp_path / "none.duckdb").exists()

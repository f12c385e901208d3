"""How values become text and spreadsheet cells (marsad/cells.py) and terminal tables (marsad/text_table.py)."""
import datetime as dt
from decimal import Decimal

from marsad.cells import as_text, csv_cell, has_arabic, neutralise, spreadsheet_value
from marsad.text_table import render_table


def test_text_that_a_spreadsheet_would_run_is_neutralised():
    for text in ["=HYPERLINK(\"http://x\")", "+1", "-1", "@A1", "\t=1", "\r=1"]:
        assert neutralise(text) == "'" + text
    for text in ["1+1", "مصر", "", " =1", "'already"]:
        assert neutralise(text) == text


def test_numbers_stay_numbers_and_nulls_are_empty():
    assert [csv_cell(v) for v in [-3, -2.5, Decimal("-1.50"), None, True, dt.date(2018, 6, 12)]] == [
        "-3", "-2.5", "-1.50", "", "true", "2018-06-12"]
    assert csv_cell("-3") == "'-3"  # text that looks like a number is still text


def test_times_are_utc_and_lists_json():
    cairo = dt.timezone(dt.timedelta(hours=2))
    assert as_text(dt.datetime(2018, 6, 12, 2, 30, tzinfo=cairo)) == "2018-06-12 00:30:00"
    assert as_text(["مصر", "الأردن"]) == '["مصر", "الأردن"]'
    assert csv_cell(["=1"]) == '["=1"]'


def test_arabic_is_detected():
    assert has_arabic("وزير الدفاع") and has_arabic("Mattis ماتيس") and not has_arabic("Egypt 2018")


def test_a_terminal_table_aligns_arabic_with_short_vowels_and_cuts_long_cells():
    text = render_table(["name", "n"], [("مُحَمَّد", 1), ("علي", 22), ("x" * 80, None)], max_cell=10)
    lines = text.splitlines()
    assert lines[2] == "| مُحَمَّد" + " " * 7 + "|    1 |"  # 4 letters in a column of 10: the vowel marks take none
    assert lines[4] == "| xxxxxxxxx… | NULL |"
    assert lines[-1] == "(3 rows)"


def test_spreadsheet_cells_are_typed():
    cairo = dt.timezone(dt.timedelta(hours=2))
    assert spreadsheet_value(1.3e9) == ("number", 1.3e9, None)
    assert spreadsheet_value(False) == ("number", False, None)
    assert spreadsheet_value(dt.date(2018, 6, 12)) == ("date", dt.date(2018, 6, 12), "yyyy-mm-dd")
    assert spreadsheet_value(dt.datetime(2018, 6, 12, 2, tzinfo=cairo)) == (
        "date", dt.datetime(2018, 6, 12, 0), "yyyy-mm-dd hh:mm:ss")
    assert spreadsheet_value(float("nan")) == ("text", "nan", None)
    assert spreadsheet_value(["EG", "JO"]) == ("text", '["EG", "JO"]', None)
    assert spreadsheet_value(None) == ("empty", None, None)

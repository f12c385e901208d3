"""`marsad sql`: read-only queries, and waiting while a load holds the warehouse."""
import json
import shutil
import subprocess
import sys
import threading
import time

import pytest

from marsad.cli import EXIT_BUSY, main

MATTIS_LEGS = "SELECT host_country_en, status FROM visit_details WHERE visitor_name_ar = 'جيمس ماتيس' ORDER BY 1"


def test_a_query_prints_a_table(seed_warehouse, capsys):
    assert main(["sql", MATTIS_LEGS, "--warehouse", str(seed_warehouse)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "| host_country_en | status   |"
    assert out[2:] == ["| Egypt           | occurred |", "| Jordan          | planned  |",
                       "| Kuwait          | planned  |", "| Pakistan        | planned  |", "(4 rows)"]


def test_csv_and_json(seed_warehouse, capsys):
    assert main(["sql", MATTIS_LEGS, "--format", "csv", "--warehouse", str(seed_warehouse)]) == 0
    assert capsys.readouterr().out == "host_country_en,status\nEgypt,occurred\nJordan,planned\nKuwait,planned\nPakistan,planned\n"
    assert main(["sql", "SELECT figures, total_amount, aid_ids, year FROM aid_flows", "--format", "json",
                 "--warehouse", str(seed_warehouse)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["figures"] == 1 and row["total_amount"] == 1.3e9 and len(row["aid_ids"]) == 1 and row["year"] is None


def test_a_sql_file_with_several_statements_prints_the_last(seed_warehouse, tmp_path, capsys):
    script = tmp_path / "q.sql"
    script.write_text("-- which hosts\nSET threads = 1;\nSELECT count(*) AS hosts FROM visits_per_host_month;\n",
                      encoding="utf-8")
    assert main(["sql", str(script), "--format", "csv", "--warehouse", str(seed_warehouse)]) == 0
    assert capsys.readouterr().out == "hosts\n5\n"
    assert main(["sql", str(tmp_path / "missing.sql"), "--warehouse", str(seed_warehouse)]) == 1
    assert "no such file" in capsys.readouterr().err


def test_the_warehouse_is_read_only(seed_warehouse, capsys):
    assert main(["sql", "DELETE FROM visits", "--warehouse", str(seed_warehouse)]) == 1
    assert "read-only" in capsys.readouterr().err
    assert main(["sql", "SELECT count(*) FROM visits", "--format", "csv", "--warehouse", str(seed_warehouse)]) == 0
    assert capsys.readouterr().out == "count_star()\n5\n"


def test_a_sql_error_is_one_message_without_traceback(seed_warehouse, capsys):
    assert main(["sql", "SELECT nope FROM visits", "--warehouse", str(seed_warehouse)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("marsad: Binder Error") and "Traceback" not in err


@pytest.fixture
def locked_warehouse(seed_warehouse, tmp_path):
    """A copy of the seed warehouse whose write lock another process holds, as a load does, until
    release() (or the end of the test)."""
    path = tmp_path / "w.duckdb"
    shutil.copy(seed_warehouse, path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys\n"
                               f"con = duckdb.connect({str(path)!r}); con.begin()\n"
                               "con.execute('DELETE FROM visits WHERE status = ?', ['planned'])\n"
                               "print('locked', flush=True); sys.stdin.read(); con.commit(); con.close()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"

    def release():
        if holder.stdin and not holder.stdin.closed:
            holder.stdin.close()
        holder.wait(timeout=30)

    yield path, release
    release()


def test_while_a_load_holds_the_warehouse_it_waits_then_says_why_it_gave_up(locked_warehouse, capsys):
    path, _ = locked_warehouse
    started = time.monotonic()
    assert main(["sql", "SELECT count(*) FROM visits", "--wait", "1", "--warehouse", str(path)]) == EXIT_BUSY
    waited = time.monotonic() - started
    captured = capsys.readouterr()
    assert 1 <= waited < 10
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    # The holder is named by its PID (the process holding the write lock)
    assert captured.err.startswith(f"marsad: {path} is held by process ")
    assert "gave up after waiting 1 s" in captured.err


def test_while_a_load_holds_the_warehouse_it_waits_then_answers(locked_warehouse, capsys):
    path, release = locked_warehouse
    threading.Timer(1.0, release).start()
    started = time.monotonic()
    assert main(["sql", "SELECT count(*) AS visits FROM visits", "--format", "csv", "--wait", "30",
                 "--warehouse", str(path)]) == 0
    assert time.monotonic() - started >= 0.9
    # It answers with what the load committed (the planned legs were deleted by it)
    assert capsys.readouterr().out == "visits\n2\n"

"""A run that cannot finish says why in one line, before extracting when it can know, and leaves
the warehouse as it was (issue 13: damaged warehouse, full disk, a folder that cannot hold the
warehouse; the traceback only under --debug)."""
import errno
import hashlib
import os
import subprocess

import pytest

from flows.parquet_store import write_part
from flows.pipeline import run_pipeline
from marsad.fatal import one_line
from marsad.schema import ARTICLES
from tests.conftest import MARSAD, SEED_FILE, ant_feed



def _marsad_run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(MARSAD), "run", *args], capture_output=True, text=True, timeout=600, cwd=tmp_path,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "MARSAD_LOCK_WAIT": "5"})


def _one_line_no_traceback(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr[-3000:]
    return lines[0]


def test_a_damaged_warehouse_is_refused_before_extraction_and_left_as_it_was(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    run_pipeline([ant_feed(tmp_path, 300)], warehouse, tmp_path / "pq")
    size = warehouse.stat().st_size
    with open(warehouse, "r+b") as handle:  # 64 KB of garbage at a quarter, the middle and three quarters
        for at in (size // 4, size // 2, 3 * size // 4):
            handle.seek(at)
            handle.write(os.urandom(64 * 1024))
    before = hashlib.sha256(warehouse.read_bytes()).hexdigest()
    parts_before = sorted((tmp_path / "pq").rglob("*.parquet"))
    done = _marsad_run(tmp_path, "--input", str(SEED_FILE), "--warehouse", str(warehouse), "--parquet", str(tmp_path / "pq"))
    assert done.returncode == 1
    assert "cannot be read back whole" in _one_line_no_traceback(done.stderr)
    assert hashlib.sha256(warehouse.read_bytes()).hexdigest() == before
    assert sorted((tmp_path / "pq").rglob("*.parquet")) == parts_before  # nothing was extracted


def test_a_warehouse_path_under_a_file_fails_before_extraction_in_one_line(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    done = _marsad_run(tmp_path, "--input", str(SEED_FILE), "--warehouse", str(blocker / "w.duckdb"),
                       "--parquet", str(tmp_path / "pq"))
    assert done.returncode == 1
    assert _one_line_no_traceback(done.stderr) == (
        f"marsad: cannot create {blocker / 'w.duckdb'}: {blocker} is a file, not a folder (--debug shows the traceback)")
    assert not list(tmp_path.rglob("*.parquet"))
    debug = _marsad_run(tmp_path, "--input", str(SEED_FILE), "--warehouse", str(blocker / "w.duckdb"),
                        "--parquet", str(tmp_path / "pq"), "--debug")
    assert debug.returncode == 1 and "Traceback" in debug.stderr


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs: a real full disk (needs root; skipped where mounting is not allowed)."""
    disk = tmp_path / "small-disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root and CAP_SYS_ADMIN)")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_full_disk_under_the_parquet_folder_names_the_part(small_disk):
    rows = [{"article_id": str(n), "external_id": str(n), "body": os.urandom(2000).hex(), "input_file": "f",
             "input_position": n, "input_format": "jsonl"} for n in range(1000)]  # 4 MB that do not compress
    with pytest.raises(OSError) as raised:
        write_part(rows, ARTICLES, small_disk / "pq", "part-x")
    final = small_disk / "pq" / ARTICLES.name / "part-x.parquet"
    assert raised.value.errno == errno.ENOSPC
    assert one_line(raised.value) == f"no space left on device while writing {final}"
    assert not list((small_disk / "pq" / ARTICLES.name).iterdir())  # neither the part nor its temporary


def test_a_full_disk_under_the_warehouse_is_one_line_naming_the_file(tmp_path, small_disk):
    done = _marsad_run(tmp_path, "--input", str(ant_feed(tmp_path, 1000)), "--warehouse",
                       str(small_disk / "w.duckdb"), "--parquet", str(tmp_path / "pq"))
    assert done.returncode == 1
    line = _one_line_no_traceback(done.stderr)
    assert line.startswith(f"marsad: no space left on device while writing {small_disk / 'w.duckdb'}"), line

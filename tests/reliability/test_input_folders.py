"""Input folders: links out of the folder are not followed, broken links and loops are
recorded, and nothing is lost silently (issue 13)."""
import os
import shutil

from flows.pipeline import run_pipeline
from tests.conftest import MARSAD, SEED_FILE
from tests.warehouse_helpers import query


def test_a_link_to_a_file_outside_the_folder_is_not_read_and_is_recorded(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(SEED_FILE, folder / "seed.txt")
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    os.symlink(outside, folder / "passwd.txt")
    os.symlink(tmp_path / "nowhere.txt", folder / "broken.txt")
    os.symlink(folder / "loop-b.txt", folder / "loop-a.txt")
    os.symlink(folder / "loop-a.txt", folder / "loop-b.txt")
    summary = run_pipeline([folder], tmp_path / "w.duckdb", tmp_path / "pq")
    warehouse = tmp_path / "w.duckdb"
    assert summary.counts["new_articles"] == 2  # the seed's two articles, nothing from the links
    rejects = query(warehouse, "SELECT input_file, reason, severity FROM rejects ORDER BY input_file")
    assert [(os.path.basename(f), r, s) for f, r, s in rejects] == [
        ("broken.txt", "broken_link", "error"), ("loop-a.txt", "symlink_loop", "error"),
        ("loop-b.txt", "symlink_loop", "error"), ("passwd.txt", "symlink_outside_input", "error")]
    assert query(warehouse, "SELECT count(*) FROM articles WHERE body LIKE '%root:x%'") == [(0,)]


def test_a_link_inside_the_folder_is_read(tmp_path):
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEED_FILE, folder / "sub" / "seed.txt")
    os.symlink(folder / "sub" / "seed.txt", folder / "same-seed.txt")
    summary = run_pipeline([folder], tmp_path / "w.duckdb", tmp_path / "pq")
    assert summary.counts["articles_read"] == 4 and summary.counts["new_articles"] == 2  # one copy stored


def test_follow_symlinks_reads_a_link_out_of_the_folder(tmp_path):
    import subprocess


    folder = tmp_path / "inbox"
    folder.mkdir()
    os.symlink(SEED_FILE, folder / "seed-link.txt")  # the seed lives outside the inbox
    done = subprocess.run([str(MARSAD), "run", "--input", str(folder), "--follow-symlinks",
                           "--warehouse", str(tmp_path / "w.duckdb"), "--parquet", str(tmp_path / "pq")],
                          capture_output=True, text=True, timeout=600, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert query(tmp_path / "w.duckdb", "SELECT count(*) FROM articles") == [(2,)]
    assert query(tmp_path / "w.duckdb", "SELECT count(*) FROM rejects") == [(0,)]

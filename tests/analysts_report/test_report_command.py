"""`marsad report` writes the page from the command line, read-only, and never overwrites by accident."""
from pathlib import Path

from flows.pipeline import run_pipeline
from marsad.cli import main
from marsad.paths import SAMPLE_ARTICLES


def test_marsad_report_writes_the_page_and_refuses_to_overwrite(tmp_path, capsys):
    warehouse = tmp_path / "w.duckdb"
    run_pipeline([SAMPLE_ARTICLES], warehouse, tmp_path / "pq")
    out = tmp_path / "report.html"
    assert main(["report", "--warehouse", str(warehouse), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert 'dir="rtl"' in page and "جيمس ماتيس" in page
    assert main(["report", "--warehouse", str(warehouse), "--out", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["report", "--warehouse", str(warehouse), "--out", str(out), "--force"]) == 0
    assert not list(Path(tmp_path).glob(".report.html.tmp"))

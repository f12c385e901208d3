"""`marsad report`: one self-contained right-to-left HTML page, checked as text and in headless Chromium."""
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import run_pipeline
from flows.report import CSP, SECTIONS, build_report, write_report
from marsad.paths import SAMPLE_ARTICLES
from tests.conftest import SHARED, shared_path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync")
HEADINGS = [ar for _, ar, _ in SECTIONS] + [en for _, _, en in SECTIONS]
MATTIS = "جيمس ماتيس"


# ---------------------------------------------------------------- warehouses and reports

@pytest.fixture(scope="module")
def seed_warehouse(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report_seed")
    run_pipeline([SAMPLE_ARTICLES], folder / "w.duckdb", folder / "parquet")
    return folder / "w.duckdb"


@pytest.fixture(scope="module")
def dev_warehouse(tmp_path_factory) -> Path:
    gold, corpus = shared_path("gold", "dev.jsonl"), shared_path("data", "ant-news")
    folder = tmp_path_factory.mktemp("report_dev")
    subprocess.run([sys.executable, str(SHARED / "eval" / "make_input.py"), "--gold", str(gold),
                    "--corpus", str(corpus), "--out", str(folder / "dev.jsonl")], check=True, capture_output=True)
    run_pipeline([folder / "dev.jsonl"], folder / "w.duckdb", folder / "parquet")
    return folder / "w.duckdb"


@pytest.fixture(scope="module")
def seed_report(seed_warehouse) -> Path:
    out = seed_warehouse.parent / "report.html"
    write_report(seed_warehouse, out)
    return out


@pytest.fixture(scope="module")
def dev_report(dev_warehouse) -> Path:
    out = dev_warehouse.parent / "report.html"
    write_report(dev_warehouse, out)
    return out


@pytest.fixture(params=["seed", "dev"])
def any_report(request) -> Path:
    return request.getfixturevalue(f"{request.param}_report")


class Tables(HTMLParser):
    """The text of every table row, cell by cell, under the id of the section it stands in."""

    def __init__(self):
        super().__init__()
        self.rows: dict[str, list[list[str]]] = {}
        self.section = ""
        self.row: list[str] | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "section":
            self.section = dict(attrs).get("id", "")
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join(" ".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.setdefault(self.section, []).append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None and data.strip():
            self.cell.append(data.strip())


def table_rows(page: str, section: str) -> list[list[str]]:
    parser = Tables()
    parser.feed(page)
    return parser.rows.get(section, [])


def section_text(page: str, section: str) -> str:
    match = re.search(rf'<section id="{section}">(.*?)</section>', page, re.S)
    assert match, f"no section {section}"
    return match.group(1)


# ---------------------------------------------------------------- the page as text

def test_report_has_every_section_heading_and_is_right_to_left(seed_report):
    page = seed_report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="ar" dir="rtl">' in page
    h2 = re.findall(r"<h2>(.*?)</h2>", page, re.S)
    assert len(h2) == len(SECTIONS)
    for heading in HEADINGS:
        assert any(heading in h for h in h2), heading


def test_seed_report_shows_the_four_mattis_visits(seed_report):
    page = seed_report.read_text(encoding="utf-8")
    pairs = {(r[0], r[1]): r for r in table_rows(page, "top-pairs")[1:]}
    for host in ("مصر EG", "الأردن JO", "باكستان PK", "الكويت KW"):
        row = pairs[("الولايات المتحدة US", host)]
        assert row[2] == "1" and row[3] == "1", row   # one visit, one report
        assert MATTIS in row[-1]
    assert ("ليبيا LY", "الولايات المتحدة US") in pairs
    # every seed visit is counted once per host, in the month the seed cannot date
    over_time = table_rows(page, "visits-over-time")
    assert over_time[0][1] == "شهر غير معروف"
    assert over_time[-1] == ["المجموع", "5", "5"]
    hosts = {r[0]: r[-1] for r in over_time[1:-1]}
    assert {h: hosts[h] for h in ("مصر EG", "الأردن JO", "باكستان PK", "الكويت KW")} == dict.fromkeys(
        ("مصر EG", "الأردن JO", "باكستان PK", "الكويت KW"), "1")
    evidence = section_text(page, "evidence")
    assert evidence.count(MATTIS) >= 4
    assert "<mark>محادثات</mark>" in evidence


def test_seed_report_shows_the_us_egypt_aid_row(seed_report):
    page = seed_report.read_text(encoding="utf-8")
    head, *rows = table_rows(page, "aid")
    assert head[:2] == ["المانح", "المتلقي"]
    assert len(rows) == 1
    row = dict(zip(head, rows[0]))
    assert row["المانح"] == "الولايات المتحدة US"
    assert row["المتلقي"] == "مصر EG"
    assert row["الحالة"] == "قُدّمت"          # provided
    assert row["النوع"] == "عسكرية"           # military
    assert row["العملة"] == "USD"
    assert row["المبلغ"] == "1,300,000,000 1.3 مليار · سنويًا"   # annual
    assert row["بالدولار (USD)"] == "1,300,000,000"
    evidence = section_text(page, "evidence")
    assert "<mark>1.3 مليار دولار</mark>" in evidence
    assert "1,300,000,000 USD" in evidence


def test_report_is_self_contained(any_report):
    page = any_report.read_text(encoding="utf-8")
    assert not re.search(r"<script|<iframe|<object|<embed|<link[^>]+stylesheet", page, re.I)
    assert not re.search(r"""\b(?:src|href|xlink:href|action|srcset|poster|data)\s*=\s*["']?\s*(?:[a-z]+:)?//""", page, re.I)
    assert not re.search(r"@import|url\(|@font-face", page, re.I)
    assert re.findall(r'\bhref="([^"]*)"', page) and all(
        h.startswith("#") or h == "data:," for h in re.findall(r'\bhref="([^"]*)"', page))
    assert "src=" not in page
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in page
    assert "<svg" in page


def test_seed_report_has_no_web_address_at_all(seed_report):
    page = seed_report.read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page


def test_report_escapes_warehouse_values(seed_warehouse, tmp_path):
    warehouse = tmp_path / "hostile.duckdb"
    shutil.copy(seed_warehouse, warehouse)
    with duckdb.connect(str(warehouse)) as con:
        con.execute("UPDATE articles SET title = '<script>alert(1)</script> & \"quoted\"'")
        con.execute("UPDATE visits SET visitor_name_ar = '<b onmouseover=alert(2)>x</b>', "
                    "evidence = '<img src=x onerror=alert(3)>', trigger = '<img'")
        con.execute("UPDATE aid SET donor_iso2 = NULL, donor_name_ar = '<style>body{display:none}</style>'")
    page = build_report(warehouse)
    assert "<script>" not in page and "<img" not in page and "<b " not in page and "<style>body" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;" in page
    assert "&lt;b onmouseover=alert(2)&gt;x&lt;/b&gt;" in page
    assert "<mark>&lt;img</mark> src=x onerror=alert(3)&gt;" in page
    assert "&lt;style&gt;body{display:none}&lt;/style&gt;" in page


def test_report_opens_the_warehouse_read_only(seed_warehouse, tmp_path):
    before = hashlib.sha256(seed_warehouse.read_bytes()).hexdigest()
    first, second = tmp_path / "a" / "report.html", tmp_path / "b.html"
    write_report(seed_warehouse, first)
    with duckdb.connect(str(seed_warehouse), read_only=True):    # another reader does not stop it
        write_report(seed_warehouse, second)
    assert hashlib.sha256(seed_warehouse.read_bytes()).hexdigest() == before
    assert first.read_bytes() == second.read_bytes()            # the same warehouse, the same page
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a", "b.html", "report.html"]
    missing = tmp_path / "missing.duckdb"
    with pytest.raises(FileNotFoundError, match="no such warehouse"):
        write_report(missing, tmp_path / "never.html")
    assert not missing.exists() and not (tmp_path / "never.html").exists()


def test_report_on_an_empty_warehouse(tmp_path):
    (tmp_path / "in").mkdir()
    run_pipeline([tmp_path / "in"], tmp_path / "w.duckdb", tmp_path / "parquet")
    page = build_report(tmp_path / "w.duckdb")
    assert len(re.findall(r"<h2>", page)) == len(SECTIONS)
    assert "لا توجد زيارات في المستودع." in page and "لا توجد أرقام مساعدات في المستودع." in page
    assert "<svg" not in page


def test_dev_report_figures_match_the_warehouse(dev_report, dev_warehouse):
    page = dev_report.read_text(encoding="utf-8")
    with duckdb.connect(str(dev_warehouse), read_only=True) as con:
        visits = con.execute("SELECT count(*) FROM visits").fetchone()[0]
        aid_rows, currencies = con.execute("SELECT count(*), list(DISTINCT currency) FROM aid").fetchone()
        top_articles = con.execute("SELECT count(DISTINCT article_id) FROM country_mentions "
                                   "GROUP BY iso2 ORDER BY 1 DESC LIMIT 1").fetchone()[0]
        first_month = con.execute("SELECT strftime(min(start_date), '%Y-%m') FROM visits").fetchone()[0]
    assert visits > 0 and aid_rows > 0
    over_time = table_rows(page, "visits-over-time")
    assert over_time[-1][0] == "المجموع" and over_time[-1][-1] == f"{visits:,}"
    assert first_month in over_time[0]
    head, *rows = table_rows(page, "aid")
    assert sum(int(r[head.index("أرقام")].replace(",", "")) for r in rows) == aid_rows
    assert {r[head.index("العملة")] for r in rows} == set(currencies)
    countries = table_rows(page, "active-countries")
    assert countries[1][1] == f"{top_articles:,}"
    for heading in HEADINGS:
        assert heading in page


# ---------------------------------------------------------------- the page in headless Chromium

def chromium() -> str:
    for candidate in (CHROMIUM, shutil.which("chromium")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.skip(f"headless Chromium is not installed ({CHROMIUM}: Debian package `chromium`, which .ci/run installs)")


def run_chromium(page: Path, tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess:
    """Chromium on `page` with a fresh profile, its console written to stderr."""
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    profile.mkdir()
    done = subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr",
                           "--v=0", *arguments, page.as_uri()],
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def console_errors(stderr: str) -> list[str]:
    """The page's console messages (Chromium logs them as CONSOLE lines), uncaught errors and refused loads."""
    return [line for line in stderr.splitlines()
            if ":CONSOLE" in line or "Uncaught" in line or "Refused to" in line]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_report_renders_in_chromium(any_report, tmp_path):
    shot = tmp_path / "report.png"
    taken = run_chromium(any_report, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.is_file() and shot.stat().st_size > 30_000, "the screenshot is empty or blank"
    assert png_size(shot) == (1280, 2000)
    dumped = run_chromium(any_report, tmp_path, "--dump-dom")
    dom = dumped.stdout
    assert '<html lang="ar" dir="rtl">' in dom
    for heading in HEADINGS:
        assert heading in dom, heading
    assert len(re.findall(r"<svg\b", dom)) >= 4
    assert table_rows(dom, "visits-over-time")[-1][0] == "المجموع"
    if any_report.parent.name.startswith("report_seed"):
        assert "1,300,000,000" in dom and MATTIS in dom
    assert console_errors(taken.stderr + dumped.stderr) == []


def test_console_check_catches_a_broken_page(tmp_path):
    """The console check above is not vacuous: a load the policy blocks and an uncaught error are seen."""
    broken = tmp_path / "broken.html"
    broken.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8">'
                      f'<meta http-equiv="Content-Security-Policy" content="{CSP}"></head>'
                      '<body><img src="https://example.invalid/x.png"><p>x</p></body></html>', encoding="utf-8")
    refused = console_errors(run_chromium(broken, tmp_path, "--dump-dom").stderr)
    assert any("example.invalid" in line for line in refused), refused   # blocked by the page's policy
    thrown = tmp_path / "thrown.html"
    thrown.write_text('<!DOCTYPE html><html><body><script>undefinedFunction();</script></body></html>',
                      encoding="utf-8")
    uncaught = console_errors(run_chromium(thrown, tmp_path, "--dump-dom").stderr)
    assert any("Uncaught" in line for line in uncaught), uncaught

"""Warehouses the analysts' tests read: one from the seed sample, one from the dev articles."""
import subprocess
import sys

import pytest

from flows.pipeline import run_pipeline
from marsad.paths import SAMPLE_ARTICLES
from tests.conftest import SHARED, shared_path


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seed")
    run_pipeline([SAMPLE_ARTICLES], folder / "w.duckdb", folder / "parquet")
    return folder / "w.duckdb"


@pytest.fixture(scope="session")
def dev_warehouse(tmp_path_factory):
    gold, corpus = shared_path("gold", "dev.jsonl"), shared_path("data", "ant-news")
    folder = tmp_path_factory.mktemp("dev")
    subprocess.run([sys.executable, str(SHARED / "eval" / "make_input.py"), "--gold", str(gold),
                    "--corpus", str(corpus), "--out", str(folder / "dev.jsonl")], check=True, capture_output=True)
    run_pipeline([folder / "dev.jsonl"], folder / "w.duckdb", folder / "parquet")
    return folder / "w.duckdb"

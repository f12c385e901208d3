"""scripts/dates_versions.py: the copy of an old transforms/dates reads its own modules (tense.py included),
not the working tree's, and its lexicon is built with what the pipeline gives the new one."""
import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def versions():
    spec = importlib.util.spec_from_file_location("dates_versions_script", REPO / "scripts" / "dates_versions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _old_tree(tmp_path: Path, tense_import: str) -> Path:
    """A copy of today's transforms/dates whose tense.py says it is the old one, and whose extract.py
    imports tense in the way given."""
    tree = tmp_path / "old"
    shutil.copytree(REPO / "transforms" / "dates", tree / "transforms" / "dates",
                    ignore=shutil.ignore_patterns("__pycache__"))
    tense = tree / "transforms" / "dates" / "tense.py"
    tense.write_text(tense.read_text(encoding="utf-8") + '\nWHICH = "old"\n', encoding="utf-8")
    extract = tree / "transforms" / "dates" / "extract.py"
    extract.write_text(extract.read_text(encoding="utf-8") + f"\n{tense_import}\n", encoding="utf-8")
    return tree


@pytest.mark.parametrize("tense_import", ["from transforms.dates import tense as _tense_module",
                                          "import transforms.dates.tense as _tense_module",
                                          "from transforms import dates\n_tense_module = dates.tense"])
def test_the_old_copy_reads_its_own_tense(versions, tmp_path, tense_import):
    name = f"old_dates_{abs(hash(tense_import)) % 10**8}"
    old = versions.load_old_package(_old_tree(tmp_path, tense_import), tmp_path, name)
    extract = sys.modules[f"{name}.extract"]
    assert extract._tense_module.WHICH == "old"
    assert extract.tense.__module__ == f"{name}.tense"  # the function extract calls
    import transforms.dates.tense as new_tense
    assert not hasattr(new_tense, "WHICH")
    assert old.extract_time_expressions.__module__ == f"{name}.extract"


def test_the_old_lexicon_reads_clauses_like_the_new(versions, tmp_path):
    from flows.lexicons import load_lexicons

    name = "old_dates_lexicon_check"
    old = versions.load_old_package(_old_tree(tmp_path, ""), tmp_path, name)
    lexicon = versions.build_like_new(old.build_date_lexicon, load_lexicons())
    new = load_lexicons().dates
    assert lexicon.relative_verb is not None and lexicon.relative_verb.pattern == new.relative_verb.pattern
    assert lexicon.future_verbs == new.future_verbs

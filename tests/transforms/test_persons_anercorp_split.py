"""The ANERcorp split (issue 10): one fixed cut by document, the build part feeding
scripts/build_given_names.py and only the held-out part scored by scripts/eval_ner_corpora.py."""
import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ner():
    module = _script("eval_ner_corpora")
    if not (module.ANERCORP.exists() and module.NEWSFANE.exists()):
        pytest.skip("ANERcorp / NewsFANE not under ../shared/data")
    return module


def test_anercorp_is_cut_once_at_an_article_start_and_the_parts_do_not_share_text(ner):
    build, held_out = ner.anercorp_split()
    assert len(build) == ner.ANERCORP_HELDOUT_FROM
    assert held_out[0]["text"].startswith(ner.ANERCORP_HELDOUT_OPENS)
    tokens = lambda rows: sum(len(r["text"].split(" ")) for r in rows)  # noqa: E731
    assert 0.59 < tokens(build) / (tokens(build) + tokens(held_out)) < 0.62
    assert not {ner._letters(r["text"]) for r in build} & {ner._letters(r["text"]) for r in held_out}


@pytest.mark.slow  # aligns 4,760 NewsFANE sentences with ANERcorp (a few seconds)
def test_newsfane_is_scored_on_the_held_out_anercorp_documents_only(ner):
    build, held_out = ner.anercorp_split()
    build_letters = "".join(ner._letters(r["text"]) for r in build)
    sentences = ner.newsfane_heldout()
    assert 1500 < len(sentences) < 2500
    # the Istanbul protests story opens the held-out part; the Frankfurt one opens the build part
    assert any("استنبول" in s["text"] for s in sentences)
    long_ones = [ner._letters(s["text"]) for s in sentences if len(ner._letters(s["text"])) > 80]
    assert not any(letters[:60] in build_letters for letters in long_ones)


def test_the_given_names_are_built_from_the_same_split():
    source = (REPO / "scripts" / "build_given_names.py").read_text(encoding="utf-8")
    imports = [line for line in source.splitlines() if line.startswith("from scripts.eval_ner_corpora import")]
    assert imports and "anercorp_split" in imports[0].split("import", 1)[1].replace(",", " ").split()

"""The visit and aid models: shipped as readable JSON, scored without a learning library, and
rebuilt by scripts/train_models.py from the develop data (never dev.jsonl or the score part)."""
import json
import subprocess
import sys

import pytest

from marsad.gold_parts import DEVELOP, SCORE, develop_gold, read_gold, train_part
from marsad.paths import REPO, SEEDS
from marsad.seeds import read_model
from tests.conftest import shared_path
from transforms.linear_model import LinearModel


def test_a_linear_model_scores_and_explains():
    model = LinearModel("m", {"rule_frame": 2.0, "sent_phone": -3.0, "prep_to": 1.0}, -1.0, 0.5)
    assert model.probability({"rule_frame": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** -1.0), rel=1e-6)
    assert model.probability({"sent_phone": 1.0}) < 0.05
    assert model.reasons({"rule_frame": 1.0, "prep_to": 1.0, "sent_phone": 1.0}) == ["rule_frame", "prep_to"]


@pytest.mark.parametrize("name", ["visits", "aid", "aid-donor", "aid-recipient"])
def test_shipped_models_load_with_a_threshold_and_their_figures(name):
    model = read_model(name)
    assert model is not None and 0 < model.threshold < 1 and model.weights
    data = json.loads((SEEDS / "models" / f"{name}.json").read_text(encoding="utf-8"))
    assert "develop" in data["trained_on"]


def test_the_split_is_fixed_and_two_thirds_develop():
    gold = read_gold(shared_path("gold", "train.jsonl"))
    parts = [train_part(r["id"]) for r in gold]
    assert parts.count(SCORE) == 131 and parts.count(DEVELOP) == 291
    develop_ids = {r["id"] for r in develop_gold(REPO.parent / "shared", REPO)}
    assert not develop_ids & {r["id"] for r in gold if train_part(r["id"]) == SCORE}
    assert not develop_ids & {r["id"] for r in read_gold(shared_path("gold", "dev.jsonl"))}


def test_training_writes_models_from_the_develop_data(tmp_path):
    pytest.importorskip("sklearn")
    shared_path("data", "ant-news")
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "train_models.py"), "--limit", "80",
                           "--out", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "candidate recall" in done.stdout and "cross-validated" in done.stdout
    for name in ("visits", "aid", "aid-donor", "aid-recipient"):
        data = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
        assert 0 < data["threshold"] < 1


def test_boosted_trees_exported_to_json_score_in_plain_python_as_sklearn_does():
    """Issue 9: the tree ensemble scripts/compare_visit_models.py weighs against the logistic model
    is fitted on the visit candidates of real develop articles, written as nested splits, and read
    back by transforms/tree_model.py with the same probabilities as sklearn's own."""
    pytest.importorskip("sklearn")
    shared = shared_path("data", "ant-news").parent.parent
    sys.path.insert(0, str(REPO / "scripts"))
    import train_models as tm

    from flows.lexicons import load_lexicons
    from marsad.gold_parts import load_scorer
    from transforms.tree_model import tree_model_from_dict

    gold = develop_gold(shared, REPO)[:60]
    items = tm.visit_articles(gold, tm.corpus_articles(shared, {g["id"] for g in gold}), load_lexicons())
    examples = tm.visit_examples(items, load_scorer(shared), 0.5)
    rows, labels = [f for _, f, _ in examples], [y for *_, y in examples]
    assert 0 < sum(labels) < len(labels)
    model = tm.fit_trees(rows, labels, "visits-trees", 0.5, 0.5, n_estimators=30)
    model = tree_model_from_dict(json.loads(json.dumps({**model.__dict__, "trees": list(model.trees)})))
    names, fitted = tm.sklearn_trees(rows, labels, n_estimators=30)
    expected = fitted.predict_proba([[f.get(n, 0.0) for n in names] for f in rows])[:, 1]
    assert [model.probability(f) for f in rows] == pytest.approx(list(expected), abs=1e-6)
    assert any(model.reasons(f) for f in rows)


# The committed file is stale until a rebuild is judged keepable: rebuilt at this tree (after
# 887673d made ايفانكا a name part), the file lists ايفانكا and ديميتري as given names, and then
# إيفانكا named alone (ترامب: إيفانكا قد تكون رائعة ...) is no person any more, the 4 rows it changes on
# 1,500 non-gold articles all wrong. strict: once the file is refreshed, this mark must go.
@pytest.mark.xfail(strict=True, reason="seeds/given_names.csv predates name_stopwords.csv's 887673d")
def test_the_committed_given_names_are_what_their_build_writes(tmp_path):
    """seeds/given_names.csv is rebuilt byte for byte by scripts/build_given_names.py (the first step
    of `make models`) from the repo's seeds, the develop gold and ANERcorp's build part: a change
    to what it reads (name_stopwords.csv, titles.csv, the name reader) makes it stale until rebuilt.
    The tagger and the visit and aid models take longer to refit; scripts/check_models.py checks them."""
    shared = shared_path("data", "ant-news").parent.parent
    out = tmp_path / "given_names.csv"
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "build_given_names.py"), "--shared", str(shared),
                           "--out", str(out)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == (SEEDS / "given_names.csv").read_bytes()

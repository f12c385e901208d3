"""scripts/judged_sample.py: the "non-gold" sample of visits_sample.py and aid_sample.py leaves out
every gold article (seed, dev, train, team batches and batches in work), not only dev."""
import json
import sys
from pathlib import Path

from tests.conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "scripts"))
from judged_sample import all_gold_ids, pick_articles  # noqa: E402
from visits_sample import VISIT_WORDS  # noqa: E402


def _first_id(path: Path) -> str:
    line = path.read_text(encoding="utf-8").splitlines()[0]
    return json.loads(line)["id"] if path.suffix == ".jsonl" else line.strip()


def test_a_sample_leaves_out_every_gold_article(tmp_path):
    gold = shared_path("gold")
    # A repo whose team folder holds one labelled batch and one still in work (ids, no labels yet):
    # the real repo may have none in work when every picked batch is labelled.
    repo = tmp_path / "repo"
    team = repo / "gold" / "team"
    team.mkdir(parents=True)
    real_batch = sorted((REPO / "gold" / "team").glob("batch_*.jsonl"))[0]
    team.joinpath("batch_01.jsonl").write_text(real_batch.read_text(encoding="utf-8"), encoding="utf-8")
    in_work = team / "batch_02.ids"
    in_work.write_text("SK-middleEast-1121-20180419\n", encoding="utf-8")
    in_gold = [_first_id(gold / "dev.jsonl"), _first_id(gold / "train.jsonl"), _first_id(gold / "seed.jsonl"),
               _first_id(team / "batch_01.jsonl"), _first_id(in_work)]
    non_gold = "BB-middleEast-1015-20180928"  # an ANT article in no gold file
    ids = all_gold_ids(gold.parent, repo)
    assert set(in_gold) <= ids and non_gold not in ids
    # a corpus of those ids, each with a real sentence of visiting (from the non-gold article)
    sentence = "وصل الرئيس التركي رجب طيب أردوغان إلى العاصمة الألمانية برلين الخميس، في مستهل زيارة تستغرق 3 أيام"
    corpus = tmp_path / "ant"
    corpus.mkdir()
    corpus.joinpath("part-000.jsonl").write_text(
        "".join(json.dumps({"id": i, "text": sentence}, ensure_ascii=False) + "\n" for i in in_gold + [non_gold]),
        encoding="utf-8")
    assert [r["id"] for r in pick_articles(corpus, 100, 2018, ids, VISIT_WORDS, None)] == [non_gold]
    # named ids are read whether gold or not (to look at one article)
    assert [r["id"] for r in pick_articles(corpus, 100, 2018, ids, VISIT_WORDS, [in_gold[1]])] == [in_gold[1]]


def test_both_samples_run_with_their_default_exclusion():
    shared_path("data", "ant-news")
    import subprocess
    for script in ("visits_sample.py", "aid_sample.py"):
        done = subprocess.run([sys.executable, str(REPO / "scripts" / script), "--size", "1"],
                              capture_output=True, text=True, cwd=REPO)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[-1].startswith("rows ")

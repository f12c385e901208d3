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
    team = REPO / "gold" / "team"
    in_work = next(p for p in sorted(team.glob("batch_*.ids")) if not p.with_suffix(".jsonl").exists())
    in_gold = [_first_id(gold / "dev.jsonl"), _first_id(gold / "train.jsonl"), _first_id(gold / "seed.jsonl"),
               _first_id(sorted(team.glob("batch_*.jsonl"))[0]), _first_id(in_work)]
    non_gold = "BB-middleEast-1015-20180928"  # an ANT article in no gold file
    ids = all_gold_ids(gold.parent, REPO)
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

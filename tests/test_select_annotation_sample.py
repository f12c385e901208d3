"""scripts/select_annotation_sample.py: a batch is written only with ids in it, into a folder it
creates, and a batch already picked is never overwritten (its ids may be labelled)."""
import json
import sys

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
from select_annotation_sample import visit_cue_batches  # noqa: E402

# A real sentence of visiting (non-gold BB-middleEast-1015-20180928).
VISIT = "وصل الرئيس التركي رجب طيب أردوغان إلى العاصمة الألمانية برلين الخميس، في مستهل زيارة تستغرق 3 أيام"


def _shared(tmp_path, ids):
    shared = tmp_path / "shared"
    (shared / "gold").mkdir(parents=True)
    (shared / "data" / "ant-news").mkdir(parents=True)
    (shared / "gold" / "train_pool.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")
    (shared / "data" / "ant-news" / "part-000.jsonl").write_text(
        "".join(json.dumps({"id": i, "title": "", "text": VISIT, "category": "middleEast"}, ensure_ascii=False)
                + "\n" for i in ids), encoding="utf-8")
    return str(shared)


def test_batches_go_into_a_new_folder_and_stop_when_the_pool_runs_out(tmp_path):
    shared = _shared(tmp_path, ["A-1", "A-2", "A-3"])
    out = tmp_path / "team" / "new"
    assert visit_cue_batches(shared, str(out), batches=3, size=2) is None
    files = sorted(p.name for p in out.glob("batch_*.ids"))
    assert files == ["batch_01.ids", "batch_02.ids"]  # the third batch would be empty
    picked = [i for f in files for i in (out / f).read_text(encoding="utf-8").split()]
    assert sorted(picked) == ["A-1", "A-2", "A-3"]
    # the pool is now all picked: a clear error, and no empty batch file that would count as one
    with pytest.raises(SystemExit, match="no unpicked pool article"):
        visit_cue_batches(shared, str(out), batches=1, size=2)
    assert sorted(p.name for p in out.glob("batch_*.ids")) == files


def test_a_picked_batch_is_never_overwritten(tmp_path):
    from select_annotation_sample import _write_ids
    path = tmp_path / "batch_01.ids"
    path.write_text("A-1\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="never overwritten"):
        _write_ids(str(path), ["A-2"])
    assert path.read_text(encoding="utf-8") == "A-1\n"


def test_the_default_selection_numbers_after_the_last_batch_and_skips_picked_ids(tmp_path):
    from select_annotation_sample import stratified_batches
    shared = _shared(tmp_path, ["A-1", "A-2", "A-3", "A-4", "A-5"])
    out = tmp_path / "team"
    out.mkdir()
    (out / "batch_01.ids").write_text("A-2\n", encoding="utf-8")
    stratified_batches(shared, str(out), batches=3, size=2)
    assert (out / "batch_01.ids").read_text(encoding="utf-8") == "A-2\n"
    files = sorted(p.name for p in out.glob("batch_*.ids"))
    assert files == ["batch_01.ids", "batch_02.ids", "batch_03.ids"]
    new = [i for f in files[1:] for i in (out / f).read_text(encoding="utf-8").split()]
    assert sorted(new) == ["A-1", "A-3", "A-4", "A-5"]  # every visit-cue article once, none already picked


def test_an_article_a_seed_row_cites_is_not_picked(tmp_path, monkeypatch):
    import select_annotation_sample
    shared = _shared(tmp_path, ["BB-middleEast-1015-20180928", "BB-middleEast-1016-20180928"])
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    # a cue row whose example sentence comes from the first article
    (seeds / "cue_words.csv").write_text(f"lemma,example,source\nوصل,{VISIT},BB-middleEast-1015-20180928\n",
                                         encoding="utf-8")
    monkeypatch.setattr(select_annotation_sample, "SEEDS", str(seeds))
    out = tmp_path / "team"
    select_annotation_sample.stratified_batches(shared, str(out), batches=1, size=5)
    assert (out / "batch_01.ids").read_text(encoding="utf-8").split() == ["BB-middleEast-1016-20180928"]

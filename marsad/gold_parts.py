"""The fixed split of the shared train gold: two thirds to develop on, one third only to score.

The part of an article depends on its id alone (a hash), so every machine and every session
splits the same way. Errors of the `score` part are never read: `scripts/eval_diff.py` refuses
it, and `make eval` prints only its totals.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

DEVELOP, SCORE = "develop", "score"


def train_part(article_id: str) -> str:
    digest = hashlib.sha256(("marsad-train-split:" + article_id).encode("utf-8")).digest()
    return SCORE if int.from_bytes(digest[:8], "big") % 3 == 0 else DEVELOP


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def team_gold_files(repo: Path) -> list[Path]:
    """The team's own annotations (ids and labels only), all of them develop data: the batches a
    second annotator has reviewed (a batch_NN.review.md beside them), not those still in work."""
    return sorted(p for p in (repo / "gold" / "team").glob("batch_*.jsonl") if p.with_suffix(".review.md").exists())


def load_scorer(shared: Path):
    """../shared/eval/score.py as a module: its matching rules are the ones every figure uses."""
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def develop_gold(shared: Path, repo: Path) -> list[dict]:
    """Every gold record models may be fitted on: the develop part of train.jsonl and the team's
    own annotations. Never dev.jsonl (scored only) nor the score part."""
    train = [r for r in read_gold(shared / "gold" / "train.jsonl") if train_part(r["id"]) == DEVELOP]
    return train + [r for path in team_gold_files(repo) for r in read_gold(path)]

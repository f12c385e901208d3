"""What the judged samples of rows on real articles at large share (visits_sample.py, aid_sample.py):
the sample of non-gold ANT articles that a cheap cue finds, the judgement file, the evidence window
and the precision over judged rows."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path


def gold_ids(path: Path) -> set[str]:
    """The ids of a gold file, left out of the sample; none when there is no such file."""
    if not path.exists():
        return set()
    return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def all_gold_ids(shared: Path, repo: Path) -> set[str]:
    """Every article id any gold holds or is being annotated for, so that a "non-gold" sample is
    non-gold without a hand-made list: the seed, dev and train gold of ../shared/gold (every part of
    train, the held-out one too), every team batch (gold/team/batch_NN.jsonl, reviewed or not) and the
    ids of batches still in work (gold/team/batch_NN.ids)."""
    ids: set[str] = set()
    for name in ("seed.jsonl", "dev.jsonl", "train.jsonl"):
        ids |= gold_ids(shared / "gold" / name)
    for path in sorted((repo / "gold" / "team").glob("batch_*.jsonl")):
        ids |= gold_ids(path)
    for path in sorted((repo / "gold" / "team").glob("batch_*.ids")):
        ids |= {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return ids


def sample_articles(corpus: Path, size: int, seed: int, exclude: set[str], cue: re.Pattern) -> list[dict]:
    """A fixed random sample of the corpus's articles whose text the cue finds, gold left out."""
    records = []
    for file in sorted(corpus.glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("id") not in exclude and cue.search(record.get("text") or ""):
                records.append(record)
    records.sort(key=lambda r: r["id"])
    return random.Random(seed).sample(records, min(size, len(records)))


def pick_articles(corpus: Path, size: int, seed: int, exclude: set[str], cue: re.Pattern,
                  ids: list[str] | None) -> list[dict]:
    """The sample (the `exclude` ids left out), or the articles of the given ids (gold or not) that
    the cue finds."""
    if not ids:
        return sample_articles(corpus, size, seed, exclude, cue)
    wanted = set(ids)
    return [r for r in sample_articles(corpus, 10 ** 6, seed, set(), cue) if r["id"] in wanted]


def read_judgements(path: Path | None) -> dict[str, str]:
    """Lines "ok<TAB>key" or "bad<TAB>key[<TAB>why]" of a judgement file kept outside the repo."""
    if path is None or not path.exists():
        return {}
    judged = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0] in ("ok", "bad"):
            judged[parts[1]] = parts[0]
    return judged


def window(text: str, surface: str, context: int) -> str:
    """About `context` characters of the text, spaces collapsed, around the first `surface`."""
    text = " ".join(text.split())
    if len(text) <= context:
        return text
    at = text.find(" ".join((surface or "").split()))
    lo = max(0, min(at - context // 2, len(text) - context))
    return text[lo:lo + context]


class Tally:
    """Rows counted by their judgement (ok, bad, or new: not judged yet)."""

    def __init__(self, judged: dict[str, str]):
        self.judged = judged
        self.counts = {"ok": 0, "bad": 0, "new": 0}

    def mark(self, key: str) -> str:
        mark = self.judged.get(key, "new")
        self.counts[mark] += 1
        return mark

    def report(self) -> None:
        ok, bad, new = self.counts["ok"], self.counts["bad"], self.counts["new"]
        print(f"rows {ok + bad + new}  judged ok {ok}  bad {bad}  not judged {new}")
        if ok + bad:
            print(f"precision over judged rows {ok / (ok + bad):.3f}")

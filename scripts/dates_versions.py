"""Date extraction of an earlier commit against the working tree: the same rows, and how fast.

Rows: every ANT article's title and body (all of --corpus) goes through both versions, each run in
its own process (the old one from a `git archive` of --base in a temp directory); the full row lists
must be identical. Speed: the old transforms/dates package is copied under another name into the
temp directory and imported beside the new one, every import of itself renamed and checked to load
from the copy (so a change to tense.py or any module of the package is timed), its lexicon built with
the same imperfect verbs and cue lexicon as the new one; both time the same articles in alternating
rounds (CPU time), since the machine is shared and one run alone says little. (The modules outside
transforms/dates that the package imports, arabic_text and sentences, are the working tree's on both
sides.)

Usage: python scripts/dates_versions.py [--base 8ab2ac9] [--corpus ../shared/data/ant-news]
       [--rounds 7] [--sample 2000] [--no-rows] [--no-speed]
"""
from __future__ import annotations

import argparse
import glob
import importlib
import inspect
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def articles(corpus: Path):
    for path in sorted(glob.glob(str(corpus / "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)


def dump_rows(corpus: Path, out: Path) -> None:
    """(In a child process, with the version to dump first on sys.path.) One JSON line per title or body."""
    from flows.lexicons import load_lexicons
    from transforms.dates import extract_time_expressions
    from transforms.jsonl_records import parse_published

    lexicon = load_lexicons().dates
    with open(out, "w", encoding="utf-8") as handle:
        for record in articles(corpus):
            published = parse_published(record.get("date"))
            for part in ("title", "text"):
                rows = extract_time_expressions(record.get(part) or "", published, lexicon)
                handle.write(json.dumps([record["id"], part, rows], ensure_ascii=False, sort_keys=True) + "\n")


def compare_rows(old_tree: Path, corpus: Path, tmp: Path) -> int:
    outputs = {}
    for name, tree in (("old", old_tree), ("new", REPO)):
        outputs[name] = tmp / f"rows-{name}.jsonl"
        env = {**os.environ, "PYTHONPATH": str(tree)}
        subprocess.run([PYTHON, __file__, "--dump", str(outputs[name]), "--corpus", str(corpus)],
                       env=env, cwd=tree, check=True)
    old = outputs["old"].read_text(encoding="utf-8").splitlines()
    new = outputs["new"].read_text(encoding="utf-8").splitlines()
    differing = sum(a != b for a, b in zip(old, new)) + abs(len(old) - len(new))
    rows = sum(len(json.loads(line)[2]) for line in old)
    print(f"rows: {len(old) // 2} articles, {len(old)} titles and bodies, {rows} rows; "
          f"differing titles or bodies: {differing}")
    return differing


def load_old_package(old_tree: Path, tmp: Path, name: str = "old_dates"):
    """The old tree's transforms/dates copied into tmp/<name> and imported under that name, every import of
    itself (from transforms.dates.tense import …, from transforms.dates import tense, import
    transforms.dates.x) renamed so that the copy reads its own modules, never the working tree's; checked
    after the import (a module of the copy loaded from elsewhere is an error)."""
    package = tmp / name
    package.mkdir()
    for source in (old_tree / "transforms" / "dates").glob("*.py"):
        text = source.read_text(encoding="utf-8")
        text = re.sub(r"\bfrom\s+transforms\s+import\s+dates\b", f"import {name} as dates", text)
        text = re.sub(r"\btransforms\.dates\b", name, text)
        (package / source.name).write_text(text, encoding="utf-8")
    if str(tmp) not in sys.path:
        sys.path.insert(0, str(tmp))
    importlib.invalidate_caches()
    module = importlib.import_module(name)
    for source in package.glob("*.py"):
        if source.stem != "__init__":
            importlib.import_module(f"{name}.{source.stem}")
    for key, loaded in list(sys.modules.items()):
        if key == name or key.startswith(name + "."):
            if Path(loaded.__file__).resolve().parent != package.resolve():
                raise RuntimeError(f"{key} was loaded from {loaded.__file__}, not from the copy")
            for value in vars(loaded).values():
                owner = getattr(value, "__module__", None) or ""
                if owner == "transforms.dates" or owner.startswith("transforms.dates."):
                    raise RuntimeError(f"{key} uses {owner} of the working tree")
    return module


def build_like_new(build, lexicons):
    """The old build_date_lexicon called with what the new one is given (month rows, the imperfect verbs
    and the cue lexicon) as far as its signature takes them: an old lexicon built without the cue lexicon
    would skip tense.py's clause reading, and time less than the old tree did."""
    from marsad.seeds import read_seed_csv

    arguments = [read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"),
                 read_seed_csv("imperfect_verbs.csv"), lexicons.cues]
    taken = len(inspect.signature(build).parameters)
    return build(*arguments[:taken])


def compare_speed(old_tree: Path, corpus: Path, tmp: Path, sample_size: int, rounds: int) -> None:
    # the old package under another name, its imports of itself renamed
    sys.path.insert(0, str(REPO))
    old_dates = load_old_package(old_tree, tmp)
    from flows.lexicons import load_lexicons
    from transforms.dates import extract_time_expressions
    from transforms.jsonl_records import parse_published

    new_lexicon = load_lexicons().dates
    old_lexicon = build_like_new(old_dates.build_date_lexicon, load_lexicons())
    corpus_list = [(r.get("title") or "", r.get("text") or "", parse_published(r.get("date"))) for r in articles(corpus)]
    sample = corpus_list[::max(1, len(corpus_list) // sample_size)][:sample_size]

    def per_article(extract, lexicon) -> float:
        start = time.process_time()
        for title, body, published in sample:
            extract(title, published, lexicon)
            extract(body, published, lexicon)
        return (time.process_time() - start) * 1000 / len(sample)

    old, new = [], []
    for _ in range(rounds):
        old.append(per_article(old_dates.extract_time_expressions, old_lexicon))
        new.append(per_article(extract_time_expressions, new_lexicon))
    ratios = [o / n for o, n in zip(old, new)]
    print(f"speed over {len(sample)} articles, {rounds} alternating rounds: old {statistics.median(old):.4f} ms, "
          f"new {statistics.median(new):.4f} ms per article (title and body); median old/new "
          f"{statistics.median(ratios):.2f} (rounds: {', '.join(f'{r:.2f}' for r in ratios)})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="8ab2ac9")
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "data" / "ant-news")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--sample", type=int, default=2000)
    ap.add_argument("--no-rows", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # the child process's job
    args = ap.parse_args()
    if args.dump:
        dump_rows(args.corpus, args.dump)
        return 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        old_tree = tmp / "old"
        old_tree.mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.base], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(old_tree)], input=archive.stdout, check=True)
        differing = 0 if args.no_rows else compare_rows(old_tree, args.corpus, tmp)
        if not args.no_speed:
            compare_speed(old_tree, args.corpus, tmp, args.sample, args.rounds)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())

"""`make check-models`: are the committed trained files what `make models` builds from the repo's data?

Each file is rebuilt into a temporary folder by the script `make models` runs for it, from the
committed files before it in the chain, and compared byte for byte with the committed one:
seeds/given_names.csv (scripts/build_given_names.py), then seeds/models/persons.crfsuite
(scripts/train_person_tagger.py, whose features read the given names), then seeds/models/*.json
(scripts/train_models.py, whose candidates read the persons). Every build is deterministic (sorted
inputs, fixed folds, solvers without randomness), so a difference means the committed file is stale:
the code or the data changed after it was built, and `make models` refreshes it. Exits 1 on a
difference, naming the files. The whole chain takes about as long as `make models` (see README).

    python scripts/check_models.py --shared ../shared [--only given_names tagger models]
"""
from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
MODELS = SEEDS / "models"
# step: (its build script, the committed files it writes; --out takes the one file, or their folder)
STEPS = {
    "given_names": ("scripts/build_given_names.py", [SEEDS / "given_names.csv"]),
    "tagger": ("scripts/train_person_tagger.py", [MODELS / "persons.crfsuite"]),
    "models": ("scripts/train_models.py", [MODELS / n for n in ("visits.json", "aid.json", "aid-donor.json",
                                                                "aid-recipient.json")]),
}


def rebuild(step: str, shared: Path, folder: Path) -> list[Path]:
    """Runs one build into `folder`; the paths it wrote, in the order of STEPS[step]'s files."""
    script, files = STEPS[step]
    out = folder / files[0].name if len(files) == 1 else folder
    done = subprocess.run([sys.executable, str(REPO / script), "--shared", str(shared), "--out", str(out)],
                          cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{script} failed:\n{done.stderr}")
    return [folder / f.name for f in files]


def differences(built: Path, committed: Path) -> list[str]:
    """The lines of a text file that differ (a unified diff), or one line for a binary file."""
    if built.read_bytes() == committed.read_bytes():
        return []
    if committed.suffix == ".crfsuite":
        return [f"{committed.relative_to(REPO)}: the rebuilt model differs ({built.stat().st_size} bytes against "
                f"{committed.stat().st_size})"]
    return list(difflib.unified_diff(committed.read_text(encoding="utf-8").splitlines(),
                                     built.read_text(encoding="utf-8").splitlines(),
                                     str(committed.relative_to(REPO)), "rebuilt", lineterm="", n=0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--only", nargs="+", choices=tuple(STEPS), default=tuple(STEPS))
    args = parser.parse_args()
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for step in (s for s in STEPS if s in args.only):
            for built, committed in zip(rebuild(step, args.shared.resolve(), Path(tmp)), STEPS[step][1]):
                lines = differences(built, committed)
                print(f"{committed.relative_to(REPO)}: {'differs' if lines else 'identical'}", flush=True)
                if lines:
                    stale.append(committed.relative_to(REPO))
                    print("\n".join(lines[:40] + ([f"... {len(lines) - 40} more lines"] if len(lines) > 40 else [])))
    if stale:
        raise SystemExit(f"stale: {', '.join(map(str, stale))}; refresh them with `make models`")


if __name__ == "__main__":
    main()

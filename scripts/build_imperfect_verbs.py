"""Generate seeds/imperfect_verbs.csv: the imperfect verb forms of the ANT news corpus, for the date
grammar's reading of the future prefix سـ (transforms/dates/tense.py).

A word that opens with سـ and an imperfect prefix (سيزور، ستعقد، سنعمل) is a future verb only when
what follows the سـ is itself a verb: names and nouns begin with the same letters (سيول، سيناء،
ستوكهولم، سيلتيكس، سيرك، سياق). The corpus says which forms are verbs: those it uses right after
the particles that govern an imperfect verb (سوف، لن، لم، كي، لكي، أن، قد، لا; not لـ glued on, which
also opens names: ليبيا، ليما). A form listed is
[يتن] and at least two letters more, normalised (transforms.arabic_text.normalize), written after
such a particle in at least MIN_USES places. The articles of the gold files are left out, so that
the check of the rule on them is a check on text the list did not see. Build-time only:

    .venv/bin/python scripts/build_imperfect_verbs.py [--corpus ../shared/data/ant-news]
"""
from __future__ import annotations

import argparse
import collections
import csv
import glob
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transforms.arabic_text import normalize  # noqa: E402

MIN_USES = 1
# (normalised: أن → ان, لكي stays)
_AFTER_PARTICLE = re.compile(r"(?<!\w)[وف]?(?:سوف|لن|لم|كي|لكي|ان|قد|لا)\s+([يتن]\w{2,})(?!\w)")


def gold_ids(repo: Path, shared: Path) -> set[str]:
    paths = [shared / "gold" / name for name in ("train.jsonl", "dev.jsonl", "seed.jsonl")]
    paths += sorted((repo / "gold" / "team").glob("*.jsonl"))
    ids = set()
    for path in paths:
        if path.exists():
            ids |= {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return ids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(REPO.parent / "shared" / "data" / "ant-news"))
    ap.add_argument("--out", default=str(REPO / "seeds" / "imperfect_verbs.csv"))
    args = ap.parse_args()
    left_out = gold_ids(REPO, REPO.parent / "shared")
    uses = collections.Counter()
    for path in sorted(glob.glob(str(Path(args.corpus) / "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] in left_out:
                    continue
                text = normalize((record.get("title") or "") + "\n" + (record.get("text") or "")).text
                uses.update(m.group(1) for m in _AFTER_PARTICLE.finditer(text))
    rows = sorted(((w, n) for w, n in uses.items() if n >= MIN_USES), key=lambda x: (-x[1], x[0]))
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["verb_ar", "uses_after_particle"])
        out.writerows(rows)
    print(f"{len(rows)} imperfect forms written to {args.out}")


if __name__ == "__main__":
    main()

"""Generate seeds/imperfect_verbs.csv: the imperfect verb forms of the ANT news corpus, for the date
grammar's reading of the future prefix سـ (transforms/dates/tense.py).

A word that opens with سـ and an imperfect prefix (سيزور، ستعقد، سنعمل) is a future verb only when
what follows the سـ is itself a verb: names and nouns begin with the same letters (سيول، سيناء،
ستوكهولم، سيلتيكس، سيرك، سياق). The corpus says which forms are verbs: those it uses right after
the particles that govern an imperfect verb (سوف، لن، لم، كي، لكي، أن، قد، لا; not لـ glued on, which
also opens names: ليبيا، ليما). A form listed is
[يتن] and at least two letters more, normalised (transforms.arabic_text.normalize), written after
such a particle in at least MIN_USES places. The articles of the gold files are left out, so that
the check of the rule on them is a check on text the list did not see.

Names are never verbs. أن/إن also governs a noun (أن ترامب، إن يوليا، أن نيمار، أن تركيا), so a
form seen only after أن is kept only when it is no given name (seeds/given_names.csv: نواز، نادر،
نبيل) and the corpus gives evidence that it is a verb: it writes it with another imperfect prefix
(يعقد / تعقد) or with the future سـ (سيعقد), bare or once a subject or object suffix is taken off
(يعيشوا ← يعيش ← سيعيش), or it writes it with the article ال, as it writes nouns and never names
(تصميم: التصميم; so a noun after أن stays listed, as before: the persons' rules read a listed word
as no name word). What goes is the names (يوليا، نيمار، يفغيني، ترامب، نتنياهو). The other particles
govern verbs only: a given name seen after one is also a verb (لم ينس، قد تأمر، لن تشن).

A verb the corpus never writes after a particle (يصوم: كان يصوم، حيث يصوم) is listed too, with 0 uses,
when it writes the form bare and with the future سـ and the plural subject ending ون (سيصومون، سيفتقدون):
a name or noun opening with سـ and ending in ون (سيمبسون، سيليكون، سيراليون) is written without the
سـ in no bare form of its own. Build-time only:

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

from marsad.seeds import read_seed_csv  # noqa: E402
from transforms.arabic_text import normalize  # noqa: E402

MIN_USES = 1
# (normalised: أن → ان, لكي stays)
_AFTER_PARTICLE = re.compile(r"(?<!\w)[وف]?(سوف|لن|لم|كي|لكي|ان|قد|لا)\s+([يتن]\w{2,})(?!\w)")
_NOUN_TOO = "ان"  # the particle that also governs a noun
_PREFIXES = "يتن"
# Subject and object suffixes taken off a form before its other spellings are looked for (a
# lone ا is not one: يوليا is no يولي + ا).
_SUFFIXES = ("وهم", "وها", "وه", "وا", "ون", "ين", "هما", "هم", "ها", "ه", "ني", "نا", "كم", "ك", "ن", "ات", "ته",
             "تها", "تهم")
_WORD = re.compile(r"\w+")
# سـ, the imperfect form, the plural subject ending ون (سيصومون: يصوم)
_FUTURE_PLURAL = re.compile(r"س([يتن]\w{3,})ون")


def _stems(form: str, suffixes=_SUFFIXES) -> list[str]:
    """`form`, and `form` without one suffix where three letters or more stay."""
    return [form] + [form[:-len(x)] for x in suffixes if form.endswith(x) and len(form) - len(x) >= 3]


def verb_evidence(form: str, vocabulary, verbs_elsewhere=frozenset()) -> bool:
    """Whether the corpus writes `form` as a verb elsewhere: bare or once a subject or object suffix
    is taken off (يعيشوا ← يعيش), with another imperfect prefix or with the future سـ (تعيش، سيعيش).
    A dual's ا is taken off only for a stem written after a particle that governs verbs only
    (`verbs_elsewhere`: لم يتخذ → أن يتخذا); a lone ا is no suffix otherwise (يوليا is no يولي + ا)."""
    for stem in _stems(form):
        rest = stem[1:]
        if any(p + rest in vocabulary for p in _PREFIXES if p != stem[0]) or "س" + stem in vocabulary \
                or stem in verbs_elsewhere:
            return True
    return form.endswith("ا") and len(form) >= 5 and form[:-1] in verbs_elsewhere


def future_plural_verbs(vocabulary, names=frozenset()) -> set[str]:
    """The imperfect forms the corpus writes bare and with the future سـ and the ending ون (يصوم:
    سيصومون), given names left out."""
    found = set()
    for word in vocabulary:
        m = _FUTURE_PLURAL.fullmatch(word)
        if m and m.group(1) in vocabulary and m.group(1) not in names:
            found.add(m.group(1))
    return found


def definite(form: str, vocabulary) -> bool:
    """Whether the corpus writes `form` (or its stem without a suffix) with the article, as it
    writes nouns and never names (تصريحاته: التصريحات)."""
    return any(p + stem in vocabulary for stem in _stems(form) for p in ("ال", "وال", "بال", "فال", "كال", "لل"))


def given_names() -> set[str]:
    """The given names of seeds/given_names.csv, normalised."""
    return {w for row in read_seed_csv("given_names.csv") for w in normalize(row["given_ar"]).text.split()}


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
    governed_by: dict[str, set[str]] = collections.defaultdict(set)
    vocabulary: set[str] = set()
    for path in sorted(glob.glob(str(Path(args.corpus) / "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] in left_out:
                    continue
                text = normalize((record.get("title") or "") + "\n" + (record.get("text") or "")).text
                vocabulary.update(_WORD.findall(text))
                for m in _AFTER_PARTICLE.finditer(text):
                    uses[m.group(2)] += 1
                    governed_by[m.group(2)].add(m.group(1))
    names = given_names()
    verbs_elsewhere = frozenset(w for w, by in governed_by.items() if by != {_NOUN_TOO})
    rows = sorted(((w, n) for w, n in uses.items()
                   if n >= MIN_USES and (governed_by[w] != {_NOUN_TOO}
                                         or (w not in names and (verb_evidence(w, vocabulary, verbs_elsewhere) or definite(w, vocabulary))))),
                  key=lambda x: (-x[1], x[0]))
    listed = {w for w, _ in rows}
    rows += sorted((w, 0) for w in future_plural_verbs(vocabulary, names) if w not in listed)
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["verb_ar", "uses_after_particle"])
        out.writerows(rows)
    print(f"{len(rows)} imperfect forms written to {args.out}")


if __name__ == "__main__":
    main()

"""Pick the articles of train_pool.txt the team annotates, the way the shared gold was picked.

Politics and economy articles with a visit cue or an aid cue, plus controls, ordered by a fixed
hash of the id so the pick is the same on every machine. The cues are read from the raw text
only (never from the pipeline's output), so the annotators stay blind to what the pipeline finds.

    python scripts/select_annotation_sample.py --shared ../shared --batches 5 --size 64 --out gold/team
writes the next batches gold/team/batch_NN.ids (one id a line), numbered after the last one and
holding only articles no batch holds yet.

    python scripts/select_annotation_sample.py --aid-rich --out gold/team
then writes the next batch with every pool article not yet picked where an aid word and a sum
with its currency stand in one sentence (aid figures are rare: the cue sample finds few).

    python scripts/select_annotation_sample.py --aid-words --size 30 --out gold/team
writes the next batch of pool articles not yet picked where an aid word and a sum with its
currency stand anywhere in the article, or two aid words do (once --aid-rich has none left).

    python scripts/select_annotation_sample.py --visit-rich --batches 4 --size 50 --out gold/team
writes further batches of politics articles not yet picked with at least two visit cues.

    python scripts/select_annotation_sample.py --aid-cue --batches 2 --size 30 --out gold/team
writes further batches of politics and economy articles not yet picked with an aid cue: the
stratum that makes up a third of the shared gold (and of its scoring part).

    python scripts/select_annotation_sample.py --visit-cue --batches 2 --size 30 --out gold/team
writes further batches of articles not yet picked with a visit cue, in any category (once
--visit-rich has none left): those with more cues first, then by the fixed hash.
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import re

VISIT_CUES = re.compile(r"زيار|زار|يزور|وصل|استقبل|قم[ةه]|مؤتمر|محادثات|جول[ةه]|التقى|يلتقي|منتدى")
AID_CUES = re.compile(r"مساعد[اة]|منح[ةه]|قرض|تمويل|دعم مالي|تبرع|مليون دولار|مليار دولار|يورو")
POLITICS = {"internationalNews", "middleEast", "economy"}
AID_WITH_SUM = re.compile(
    r"(?:مساعدات|منح[ةه]|قرض|تبرع|تمويل|دعم مالي|هب[ةه]|معون[ةه]|ودائع|وديع[ةه])[^.\n]{0,80}(?:مليون|مليار|ألف)"
    r"[^.\n]{0,15}(?:دولار|يورو|جنيه|ريال|درهم|دينار|ين|يوان|روبل|ليرة)"
    r"|(?:مليون|مليار)[^.\n]{0,15}(?:دولار|يورو|جنيه|ريال|درهم|دينار)[^.\n]{0,60}"
    r"(?:مساعدات|منح[ةه]|قرض|تبرع|تمويل|هب[ةه]|معون[ةه])")


# The seed CSVs cite the ANT articles their example sentences come from: rules were written from
# those sentences, so the articles are not picked for gold that is to measure the rules.
SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")
ANT_ID = re.compile(r"\b[A-Z]{2}-[A-Za-z]+-\d+-\d{8}\b")


def cited_ids(seeds: str) -> set[str]:
    """The ANT article ids any seed CSV cites (example sentences' sources)."""
    return {i for path in glob.glob(os.path.join(seeds, "*.csv"))
            for i in ANT_ID.findall(open(path, encoding="utf-8").read())}


def _unpicked(shared: str, out: str, wanted) -> tuple[list[str], int]:
    """Pool articles no batch holds yet and no seed row cites, for which `wanted(record)` holds, in
    the fixed hash order; and how many batches exist."""
    pool = set(open(os.path.join(shared, "gold", "train_pool.txt"), encoding="utf-8").read().split())
    existing = sorted(glob.glob(os.path.join(out, "batch_*.ids")))
    taken = {i for path in existing for i in open(path, encoding="utf-8").read().split()} | cited_ids(SEEDS)
    picked = []
    for shard in sorted(glob.glob(os.path.join(shared, "data", "ant-news", "*.jsonl"))):
        for line in open(shard, encoding="utf-8"):
            r = json.loads(line)
            if r["id"] in pool and r["id"] not in taken and wanted(r):
                picked.append(r["id"])
    return sorted(picked, key=_order), len(existing)


def visit_rich_batches(shared: str, out: str, batches: int, size: int) -> None:
    """Further batches of politics articles not yet picked with at least two visit cues: visits
    are the most varied records, and their model learns from every one."""
    picked, existing = _unpicked(shared, out, lambda r: r.get("category") in POLITICS
                                 and len(VISIT_CUES.findall(r["title"] + "\n" + r["text"])) >= 2)
    written = _write_batches(picked, existing, out, batches, size)
    print(f"{len(picked)} visit-rich articles in the pool; {written} batches of up to {size} written")


def aid_cue_batches(shared: str, out: str, batches: int, size: int) -> None:
    """Further batches of politics and economy articles not yet picked with an aid cue, the
    shared gold's aid stratum (no second cue or sum required, so most hold no aid figure)."""
    picked, existing = _unpicked(shared, out, lambda r: r.get("category") in POLITICS
                                 and AID_CUES.search((r.get("title") or "") + "\n" + r["text"]))
    written = _write_batches(picked, existing, out, batches, size)
    print(f"{len(picked)} aid-cue articles in the pool; {written} batches of up to {size} written")


def visit_cue_batches(shared: str, out: str, batches: int, size: int) -> None:
    """Further batches of articles not yet picked with at least one visit cue, in any category:
    the pool's last visit-bearing articles, and sports and culture trips the model must learn to
    refuse. More cues first."""
    counts = {}

    def wanted(r):
        counts[r["id"]] = len(VISIT_CUES.findall((r.get("title") or "") + "\n" + r["text"]))
        return counts[r["id"]] >= 1
    picked, existing = _unpicked(shared, out, wanted)
    picked.sort(key=lambda i: -counts[i])  # stable: the hash order within each count
    written = _write_batches(picked, existing, out, batches, size)
    print(f"{len(picked)} visit-cue articles in the pool; {written} batches of up to {size} written")


def _write_batches(picked: list[str], existing: int, out: str, batches: int, size: int) -> int:
    """Up to `batches` batch files of `size` ids after the existing ones; as many as the picked
    ids fill. Returns how many were written."""
    if not picked:
        raise SystemExit(f"no unpicked pool article is left for this selection in {out}; nothing written")
    written = 0
    for b in range(batches):
        ids = picked[b * size:(b + 1) * size]
        if not ids:
            break
        _write_ids(os.path.join(out, f"batch_{existing + b + 1:02d}.ids"), ids)
        written += 1
    return written


def _write_ids(path: str, ids: list[str]) -> None:
    """One batch's ids file. An empty batch is an error, not a file: an empty ids file would count
    as a batch in work. An existing batch is never overwritten: its ids may be labelled already."""
    if not ids:
        raise SystemExit(f"no unpicked pool article is left for this selection; {path} not written")
    if os.path.exists(path):
        raise SystemExit(f"{path} exists; a batch already picked is never overwritten")
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(ids) + "\n")


def aid_rich_batch(shared: str, out: str) -> None:
    picked, existing = _unpicked(shared, out, lambda r: AID_WITH_SUM.search(r["title"] + "\n" + r["text"]))
    path = os.path.join(out, f"batch_{existing + 1:02d}.ids")
    _write_ids(path, picked)
    print(f"{len(picked)} aid-rich articles into {path}")


AID_WORD = re.compile(r"مساعد[اة]|منح[ةه]|قرض|تمويل|تبرع|هب[ةه]|معون[ةه]|ودائع|وديع[ةه]|إغاث")
SUM_WITH_CURRENCY = re.compile(r"(?:مليون|مليار|ألف)[^.\n]{0,15}"
                               r"(?:دولار|يورو|جنيه|ريال|درهم|دينار|ين|يوان|روبل|ليرة)")


def aid_words_batch(shared: str, out: str, size: int) -> None:
    """The next batch where aid words stand in the article, those with a sum first: aid records
    are the scarcest in the gold, and the one-sentence pattern of --aid-rich finds few."""
    def with_sum(r):
        text = r["title"] + "\n" + r["text"]
        return AID_WORD.search(text) and SUM_WITH_CURRENCY.search(text)

    def two_aid_words_only(r):
        return not with_sum(r) and len(AID_WORD.findall(r["title"] + "\n" + r["text"])) >= 2
    summed, existing = _unpicked(shared, out, with_sum)
    ordered = summed + _unpicked(shared, out, two_aid_words_only)[0]
    path = os.path.join(out, f"batch_{existing + 1:02d}.ids")
    _write_ids(path, ordered[:size])
    print(f"{len(ordered)} aid-leaning articles in the pool ({len(summed)} with a sum); {min(size, len(ordered))} into {path}")


def _order(identifier: str) -> str:
    return hashlib.sha256(("annotate:" + identifier).encode()).hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--batches", type=int, default=5)
    ap.add_argument("--size", type=int, default=64)
    ap.add_argument("--out", default="gold/team")
    ap.add_argument("--aid-rich", action="store_true")
    ap.add_argument("--visit-rich", action="store_true")
    ap.add_argument("--aid-words", action="store_true")
    ap.add_argument("--aid-cue", action="store_true")
    ap.add_argument("--visit-cue", action="store_true")
    args = ap.parse_args()
    if args.visit_cue:
        visit_cue_batches(args.shared, args.out, args.batches, args.size)
        return
    if args.aid_cue:
        aid_cue_batches(args.shared, args.out, args.batches, args.size)
        return
    if args.aid_words:
        aid_words_batch(args.shared, args.out, args.size)
        return
    if args.aid_rich:
        aid_rich_batch(args.shared, args.out)
        return
    if args.visit_rich:
        visit_rich_batches(args.shared, args.out, args.batches, args.size)
        return
    stratified_batches(args.shared, args.out, args.batches, args.size)


def stratified_batches(shared: str, out: str, batches: int, size: int) -> None:
    """Further batches of pool articles not yet picked, in the shared gold's shares: mostly
    visit-cue articles, a third aid-cue, a few controls. A stratum that has run dry leaves its
    share to the others (in hash order), so the batches are always full while the pool lasts.
    Numbered after the last existing batch."""
    strata = {"visit": [], "aid": [], "control": []}

    def stratum(r):
        text = (r.get("title") or "") + "\n" + r["text"]
        politics = r.get("category") in POLITICS
        if politics and AID_CUES.search(text):
            strata["aid"].append(r["id"])
        elif politics and VISIT_CUES.search(text):
            strata["visit"].append(r["id"])
        else:
            strata["control"].append(r["id"])
        return True
    unpicked, existing = _unpicked(shared, out, stratum)
    for ids in strata.values():
        ids.sort(key=_order)
    total = batches * size
    quota = {"visit": total * 45 // 100, "aid": total * 35 // 100}
    quota["control"] = total - quota["visit"] - quota["aid"]
    picked = [i for name, ids in strata.items() for i in ids[:quota[name]]]
    chosen = set(picked)
    picked += [i for i in unpicked if i not in chosen][:total - len(picked)]
    picked.sort(key=_order)
    written = _write_batches(picked, existing, out, batches, size)
    print(f"unpicked in the pool: visit-cue {len(strata['visit'])}, aid-cue {len(strata['aid'])}, "
          f"control {len(strata['control'])}; {written} batches of up to {size} written")

if __name__ == "__main__":
    main()

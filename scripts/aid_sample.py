"""A precision check for aid on real articles at large: the pipeline's own extraction over a fixed
random sample of ANT articles that contain a sum of money, each aid row printed with its evidence,
to be judged by reading.

    python scripts/aid_sample.py                      # every non-gold article with a sum
    python scripts/aid_sample.py --judged notes.tsv   # count rows judged ok/bad

Each row is printed under a key (article id | donor | recipient | amount | currency). A judgement
file (optional, kept outside the repo) has lines "ok<TAB>key" or "bad<TAB>key[<TAB>why]"; with it
the script prints the precision over the judged rows and marks the rows not judged yet, so the
same judgements serve before and after a change. Every gold article is left out of the sample (seed,
dev and train of ../shared/gold, every team batch and the ids of batches in work; `--gold` adds
more files): they are measured by eval_diff.py. `--misses` also prints
the sums near an aid word that gave no row, with the aid model's probability, to spot missed aid.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flows.extraction import extract_article  # noqa: E402
from flows.lexicons import load_lexicons  # noqa: E402
from transforms.jsonl_records import parse_published  # noqa: E402
from judged_sample import Tally, all_gold_ids, gold_ids, pick_articles, read_judgements, window  # noqa: E402

# A number next to a currency word as written (a cheap filter; the extractor decides).
MONEY = re.compile(r"(?:\d|مليون|مليار|ألف|الف)[^.\n]{0,20}?(?:دولار|يورو|جنيه|ريال|درهم|دينار|ليرة|روبل|يوان|ين |إسترليني|استرليني|فرنك|\$)")


def _amount(value) -> str:
    return f"{value:.0f}" if value is not None and float(value) == int(value) else str(value)


def row_key(article_id: str, row: dict) -> str:
    return "|".join([article_id, row["donor_iso2"] or row["donor_name_ar"] or "-",
                     row["recipient_iso2"] or row["recipient_name_ar"] or "-", _amount(row["amount"]),
                     row["currency"] or "-"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "data" / "ant-news")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="shared data whose gold (seed, dev, train) is left out of the sample")
    parser.add_argument("--gold", type=Path, nargs="*", default=[],
                        help="more gold files whose articles are left out (every shared and team gold is already)")
    parser.add_argument("--size", type=int, default=4000, help="articles (default: every non-gold article with a sum)")
    parser.add_argument("--seed", type=int, default=2018)
    parser.add_argument("--judged", type=Path, help="judgement file (ok|bad<TAB>key) to score against")
    parser.add_argument("--context", type=int, default=300, help="characters of evidence to print")
    parser.add_argument("--ids", nargs="+", help="these article ids instead of the random sample")
    parser.add_argument("--misses", action="store_true", help="also print aid-word sums that gave no row")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")
    exclude = all_gold_ids(args.shared, REPO).union(*(gold_ids(path) for path in args.gold))
    lexicons = load_lexicons()
    tally = Tally(read_judgements(args.judged))
    for record in pick_articles(args.corpus, args.size, args.seed, exclude, MONEY, args.ids):
        published = parse_published(record.get("date"))
        rows = extract_article(record["id"], record.get("title"), record["text"], published, lexicons)["aid"]
        for row in rows:
            key = row_key(record["id"], row)
            print(f"[{tally.mark(key)}] {key}")
            print(f"    surface={row['amount_surface']!r} period={row['period']} type={row['aid_type']} "
                  f"status={row['status']} since={row['since_year']} p={row['confidence']:.2f} "
                  f"published={(record.get('date') or '')[:10]}")
            print(f"    «{window(row['evidence'], row['amount_surface'], args.context)}»")
            print(f"    decided_by: {row['decided_by'][:160]}")
        if args.misses:
            _print_misses(record, published, rows, lexicons, args.context)
    tally.report()

def _print_misses(record: dict, published, rows: list[dict], lexicons, context: int) -> None:
    """The sums whose sentence holds an aid word (class aid_noun, give, pledge) and that gave no row."""
    from flows.extraction import analyse_article
    from transforms.aid.candidates import find_aid

    doc = analyse_article(record.get("title"), record["text"], published, lexicons).docs["body"]
    trace: list = []
    find_aid(doc, lexicons.currencies, published.year if published else None, lexicons.aid_models, trace)
    kept = {(r["evidence_start"], r["amount_surface"]) for r in rows}
    for ctx, candidates in trace:
        for c in candidates:
            s, e = ctx.doc.sentences[c.sentence]
            surface = ctx.doc.text[c.char_start:c.char_end]
            if c.features.get("aid_word_dist", 1.0) >= 1.0 or (s, surface) in kept:
                continue
            print(f"  [miss?] {record['id']} {surface!r} p={c.probability:.2f}")
            print(f"    «{window(ctx.doc.text[s:e], surface, context)}»")


if __name__ == "__main__":
    main()

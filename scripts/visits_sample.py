"""A precision check for visits on real articles at large: the pipeline's own extraction over a fixed
random sample of ANT articles that contain a word of visiting, each visit row printed with its
evidence, to be judged by reading.

    python scripts/visits_sample.py                      # ~350 articles (~100 rows), seed 2018
    python scripts/visits_sample.py --judged notes.tsv   # also count rows judged ok/bad in notes.tsv

Each row is printed under a key (article id | visitor | visitor country | host). A judgement file
(optional, kept outside the repo) has lines "ok<TAB>key" or "bad<TAB>key[<TAB>why]"; with it the
script prints the precision over the judged rows and marks the rows not judged yet, so the same
judgements serve before and after a change. Every gold article is left out of the sample (seed,
dev and train of ../shared/gold, every team batch and the ids of batches in work; `--gold` adds
more files): they are measured by eval_diff.py.
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

# Words of visiting, meeting and receiving as written (a cheap filter; the extractor decides).
VISIT_WORDS = re.compile(r"زيار|زار|يزور|تزور|وصل|توجه|استقبل|التقى|يلتقي|قمة|جولة|مباحثات|محادثات")


def row_key(article_id: str, row: dict) -> str:
    return "|".join([article_id, row["visitor_name_ar"] or "-", row["visitor_country_iso2"] or "-",
                     row["host_country_iso2"] or "-"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "data" / "ant-news")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="shared data whose gold (seed, dev, train) is left out of the sample")
    parser.add_argument("--gold", type=Path, nargs="*", default=[],
                        help="more gold files whose articles are left out (every shared and team gold is already)")
    parser.add_argument("--size", type=int, default=350)
    parser.add_argument("--seed", type=int, default=2018)
    parser.add_argument("--judged", type=Path, help="judgement file (ok|bad<TAB>key) to score against")
    parser.add_argument("--context", type=int, default=260, help="characters of evidence to print")
    parser.add_argument("--ids", nargs="+", help="these article ids instead of the random sample")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")
    exclude = all_gold_ids(args.shared, REPO).union(*(gold_ids(path) for path in args.gold))
    lexicons = load_lexicons()
    tally = Tally(read_judgements(args.judged))
    for record in pick_articles(args.corpus, args.size, args.seed, exclude, VISIT_WORDS, args.ids):
        rows = extract_article(record["id"], record.get("title"), record["text"], parse_published(record.get("date")),
                               lexicons)["visits"]
        for row in rows:
            key = row_key(record["id"], row)
            print(f"[{tally.mark(key)}] {key}")
            print(f"    place={row['place_ar']} date={row['date_value']} status={row['status']} "
                  f"trigger={row['trigger']} published={(record.get('date') or '')[:10]}")
            print(f"    «{window(row['evidence'], row['trigger'], args.context)}»")
    tally.report()

if __name__ == "__main__":
    main()

"""Each extraction stage's cost per article, over a fixed sample of real ANT articles (part of `make bench`).

Stages run in the order the flow runs them, on title and body, and each is timed alone; the share
column is the stage's part of all extraction time.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flows.lexicons import load_lexicons  # noqa: E402
from transforms.aid import extract_aid  # noqa: E402
from transforms.dates import extract_time_expressions  # noqa: E402
from transforms.entities import find_entities  # noqa: E402
from transforms.jsonl_records import parse_published  # noqa: E402
from transforms.persons import extract_persons, merge_persons  # noqa: E402
from transforms.visits import extract_visits  # noqa: E402


def sample_articles(corpus: Path, size: int) -> list[dict]:
    records = [json.loads(line) for shard in sorted(corpus.glob("*.jsonl")) for line in open(shard, encoding="utf-8")]
    return random.Random(2018).sample(records, min(size, len(records)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "data" / "ant-news")
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    started = time.perf_counter()
    lexicons = load_lexicons()
    print(f"lexicons built in {time.perf_counter() - started:.2f} s")
    articles = sample_articles(args.corpus, args.articles)
    seconds = dict.fromkeys(("entities", "dates", "persons", "visits", "aid"), 0.0)

    def timed(stage, function, *arguments):
        begin = time.perf_counter()
        result = function(*arguments)
        seconds[stage] += time.perf_counter() - begin
        return result

    for record in articles:
        published = parse_published(record.get("date"))
        texts = [record["title"], record["text"]]
        entities = [timed("entities", find_entities, t, lexicons.gazetteer) for t in texts]
        times = [timed("dates", extract_time_expressions, t, published, lexicons.dates) for t in texts]
        persons = timed("persons", lambda: merge_persons(
            [extract_persons(t, e["countries"], lexicons.persons) for t, e in zip(texts, entities)]))
        timed("visits", extract_visits, texts[1], published, entities[1], persons, times[1], lexicons.visits)
        timed("aid", extract_aid, texts[1], entities[1], lexicons.currencies, published.year if published else None)
    total = sum(seconds.values())
    print(f"extraction stages over {len(articles)} ANT articles (one core):")
    for stage, spent in seconds.items():
        print(f"  {stage:10} {1000 * spent / len(articles):7.2f} ms/article  share {spent / total:6.1%}")
    print(f"  {'all':10} {1000 * total / len(articles):7.2f} ms/article  ({len(articles) / total:.0f} articles/s)")


if __name__ == "__main__":
    main()

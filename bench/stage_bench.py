"""Each extraction stage's cost per article, over a fixed sample of real ANT articles (part of `make bench`).

Stages run in the order the flow runs them, on title and body, and each is timed alone; the share
column is the stage's part of all extraction time. `document` is the analysed document
(normalisation, tokens, sentences, cue words, and the entity, date and money layers).
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flows.extraction import AnalysedArticle, FIELDS, extract_article, freeze_after_slice, prepare_worker  # noqa: E402
from flows.lexicons import load_lexicons  # noqa: E402
from transforms.aid import find_aid  # noqa: E402
from transforms.document import analyse  # noqa: E402
from transforms.jsonl_records import parse_published  # noqa: E402
from transforms.persons import extract_persons, merge_persons  # noqa: E402
from transforms.visits import find_visits  # noqa: E402


def sample_articles(corpus: Path, size: int) -> list[dict]:
    records = [json.loads(line) for shard in sorted(corpus.glob("*.jsonl")) for line in open(shard, encoding="utf-8")]
    return random.Random(2018).sample(records, min(size, len(records)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "data" / "ant-news")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="then print the N functions of most own time (cProfile) of extract_article over the "
                             "sample, caches warm: the hot spots before and after a change")
    parser.add_argument("--scaling", metavar="N,N,...",
                        help="instead, the cost per character of one text made of N non-gold bodies joined, for each "
                             "N (50,100,200,400): each stage on the whole text (not read window by window), then, "
                             "with --profile K, the K functions whose own time grows most beyond linear")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="for --scaling: the gold files whose articles are left out")
    args = parser.parse_args()
    if args.scaling:
        scaling_lines(args.corpus, args.shared, [int(n) for n in args.scaling.split(",")], args.profile)
        return
    started = time.perf_counter()
    prepare_worker()  # this process stands for one extraction worker: lexicons built, collector frozen
    lexicons = load_lexicons()
    print(f"lexicons built in {time.perf_counter() - started:.2f} s")
    articles = sample_articles(args.corpus, args.articles)
    seconds = dict.fromkeys(("document", "persons", "visits", "aid"), 0.0)
    cpu = dict.fromkeys(seconds, 0.0)  # this process's CPU time: on a shared machine, waiting is not cost

    def timed(stage, function, *arguments):
        begin, begin_cpu = time.perf_counter(), time.process_time()
        result = function(*arguments)
        seconds[stage] += time.perf_counter() - begin
        cpu[stage] += time.process_time() - begin_cpu
        return result

    for record in articles:
        published = parse_published(record.get("date"))
        texts = {"title": record["title"], "body": record["text"]}
        # document: normalisation, tokens, sentences, cue words, entities, dates and sums, once per text
        docs = {f: timed("document", analyse, texts[f], published, lexicons) for f in FIELDS}
        persons = timed("persons", lambda: merge_persons(
            [extract_persons(texts[f], docs[f].entities["countries"], lexicons.persons, normalized=docs[f].norm,
                             sentences=docs[f].sentences, organisations=docs[f].entities["organisations"],
                             places=docs[f].entities["places"], words=docs[f].tokens) for f in FIELDS]))
        article = AnalysedArticle(docs, persons)
        body = docs["body"].with_persons(article.body_persons())
        timed("visits", find_visits, body, article.body_persons(), article.title_persons(), published,
              lexicons.visits, lexicons.visit_model, None, docs["title"])
        timed("aid", find_aid, body, lexicons.currencies, published.year if published else None, lexicons.aid_models)
    freeze_after_slice()  # as a worker does after each slice: the caches filled so far are frozen
    collected = _CollectorTime()
    whole, whole_cpu = time.perf_counter(), time.process_time()
    with collected:
        for record in articles:
            extract_article(record["id"], record["title"], record["text"], parse_published(record.get("date")),
                            lexicons)
    whole, whole_cpu = time.perf_counter() - whole, time.process_time() - whole_cpu
    total, total_cpu = sum(seconds.values()), sum(cpu.values())
    n = len(articles)
    print(f"extraction stages over {n} ANT articles (one core; wall clock, then this process's CPU time):")
    for stage, spent in seconds.items():
        print(f"  {stage:10} {1000 * spent / n:7.2f} ms/article  share {spent / total:6.1%}   "
              f"CPU {1000 * cpu[stage] / n:7.2f} ms/article  share {cpu[stage] / total_cpu:6.1%}")
    print(f"  {'all':10} {1000 * total / n:7.2f} ms/article  ({n / total:.0f} articles/s)   "
          f"CPU {1000 * total_cpu / n:7.2f} ms/article")
    print(f"  extract_article, rows included: {1000 * whole / n:.2f} ms/article (CPU {1000 * whole_cpu / n:.2f})")
    print(f"  of which the cyclic garbage collector: {1000 * collected.seconds / n:.2f} ms/article "
          f"({collected.seconds / whole:.1%}), {collected.counts[2]} full collections of "
          f"{sum(collected.counts)} (a full one walks the caches filled since the last freeze)")
    freeze_after_slice()
    long_article_line(articles[:500], lexicons)
    if args.profile:
        profile_lines(articles, lexicons, args.profile)


class _CollectorTime:
    """Wall time spent in the cyclic garbage collector while the block runs, and the collections
    of each generation (gc.callbacks)."""

    def __init__(self):
        self.seconds, self.counts, self._began = 0.0, [0, 0, 0], 0.0
        self.full_seconds = 0.0  # of which full (oldest-generation) collections

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._began = time.perf_counter()
        else:
            spent = time.perf_counter() - self._began
            self.seconds += spent
            self.counts[info["generation"]] += 1
            if info["generation"] == 2:
                self.full_seconds += spent

    def __enter__(self):
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc) -> None:
        gc.callbacks.remove(self._callback)


def profile_lines(articles: list[dict], lexicons, top: int) -> None:
    """The functions of most own time of extract_article over the articles (cProfile; its own
    overhead inflates small calls, so compare shares and ranks, not milliseconds)."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.enable()
    for record in articles:
        extract_article(record["id"], record["title"], record["text"], parse_published(record.get("date")), lexicons)
    profile.disable()
    stats = pstats.Stats(profile)
    total = sum(row[2] for row in stats.stats.values())  # own time of every function
    print(f"cProfile of extract_article over {len(articles)} articles, caches warm ({total:.2f} s of own time):")
    rows = sorted(stats.stats.items(), key=lambda item: -item[1][2])[:top]
    for n, ((path, line, name), (_, calls, own, cumulative, _)) in enumerate(rows, 1):
        where = f"{Path(path).relative_to(REPO)}:{line}" if path.startswith(str(REPO)) else path if line else ""
        print(f"  {n:2}. {own / total:6.1%} own, {cumulative / total:6.1%} cum, {calls:9,} calls  {name} {where}")


def long_article_line(articles: list[dict], lexicons) -> None:
    """Cost linear in length: one body made of many articles' bodies against the same bodies read
    as separate articles."""
    published = parse_published(articles[0].get("date"))
    gc.collect()
    begin = time.perf_counter()
    with _CollectorTime() as apart_collector:
        for record in articles:
            extract_article(record["id"], None, record["text"], published, lexicons)
    apart = time.perf_counter() - begin
    body = "\n".join(record["text"] for record in articles)
    gc.collect()
    begin = time.perf_counter()
    with _CollectorTime() as together_collector:
        extract_article("long", None, body, published, lexicons)
    together = time.perf_counter() - begin
    print(f"one body of {len(articles)} articles ({len(body) / 1e6:.1f} MB): {together:.2f} s; the same bodies "
          f"as {len(articles)} articles: {apart:.2f} s; ratio {together / apart:.2f}")
    # A long body's windows live long enough to reach the oldest generation, so full collections
    # run (none do for short articles), and each walks the word caches extraction has filled since
    # the worker last froze them (flows.extraction.freeze_after_slice).
    print(f"  of which the cyclic garbage collector: {together_collector.seconds:.2f} s "
          f"({together_collector.counts[2]} full collections: {together_collector.full_seconds:.3f} s) against "
          f"{apart_collector.seconds:.2f} s ({apart_collector.counts[2]}: {apart_collector.full_seconds:.3f} s); "
          f"ratio without it "
          f"{(together - together_collector.seconds) / (apart - apart_collector.seconds):.2f}")


def scaling_lines(corpus: Path, shared: Path, sizes: list[int], top: int) -> None:
    """Cost superlinear in a text's length: one text made of the first N bodies of a fixed sample of
    non-gold ANT articles (scripts/extraction_identity.py's), for each N; each stage timed on the
    whole text in this process's CPU time (extract_article reads a long body window by window, which
    caps the growth at a window's length but does not remove it: a window is still ~13 articles).
    A stage or function whose cost per character grows with N does work that grows faster than the
    text: a list searched per mention, every pair of names compared, ..."""
    import cProfile
    import pstats

    sys.path.insert(0, str(REPO / "scripts"))
    from extraction_identity import gold_ids, sample_articles as non_gold_sample

    prepare_worker()
    lexicons = load_lexicons()
    articles = non_gold_sample(corpus, max(sizes), gold_ids(REPO, shared, None))
    published = parse_published(articles[0].get("date"))
    extract_article("warm", None, "\n".join(r["text"] for r in articles[:20]), published, lexicons)

    def stages(body: str) -> dict[str, float]:
        spent, clock = {}, time.process_time
        begin = clock()
        docs = {"title": analyse("", published, lexicons), "body": analyse(body, published, lexicons)}
        spent["document"], begin = clock() - begin, clock()
        texts = {"title": "", "body": body}
        persons = merge_persons([extract_persons(
            texts[f], docs[f].entities["countries"], lexicons.persons, normalized=docs[f].norm,
            sentences=docs[f].sentences, organisations=docs[f].entities["organisations"],
            places=docs[f].entities["places"], words=docs[f].tokens) for f in FIELDS], lexicons.persons.given_names)
        article = AnalysedArticle(docs, persons)
        doc = docs["body"].with_persons(article.body_persons())
        spent["persons"], begin = clock() - begin, clock()
        find_visits(doc, article.body_persons(), article.title_persons(), published, lexicons.visits,
                    lexicons.visit_model, None, docs["title"])
        spent["visits"], begin = clock() - begin, clock()
        find_aid(doc, lexicons.currencies, published.year if published else None, lexicons.aid_models)
        spent["aid"] = clock() - begin
        return spent

    lengths, profiles = {}, {}
    print("one text of N non-gold bodies, each stage on the whole text (us of CPU per character):")
    for n in sizes:
        body = "\n".join(r["text"] for r in articles[:n])
        lengths[n] = len(body)
        gc.collect()
        begin = time.process_time()
        extract_article("long", None, body, published, lexicons)
        windowed = time.process_time() - begin
        spent = stages(body)
        per = {stage: 1e6 * s / len(body) for stage, s in spent.items()}
        print(f"  N={n:4} {len(body):9,} chars  " + "  ".join(f"{k} {v:5.2f}" for k, v in per.items())
              + f"  all {sum(per.values()):5.2f}  (extract_article, by windows: {1e6 * windowed / len(body):5.2f})")
        if top:
            profile = cProfile.Profile()
            profile.enable()
            stages(body)
            profile.disable()
            profiles[n] = {key: (row[1], row[2]) for key, row in pstats.Stats(profile).stats.items()}
    if not top or len(sizes) < 2:
        return
    small, large = sizes[0], sizes[-1]
    excess = sorted(((own - profiles[small].get(key, (0, 0.0))[1] * lengths[large] / lengths[small], key)
                     for key, (_, own) in profiles[large].items()), reverse=True)[:top]
    print(f"own time beyond linear at N={large} (seconds over N={small}'s cost per character), own us/char and calls "
          f"at N={','.join(map(str, sizes))}:")
    for extra, key in excess:
        path, line, name = key
        where = f"{Path(path).relative_to(REPO)}:{line}" if path.startswith(str(REPO)) else path if line else ""
        own = " ".join(f"{1e6 * profiles[n].get(key, (0, 0.0))[1] / lengths[n]:.3f}" for n in sizes)
        calls = "/".join(str(profiles[n].get(key, (0, 0))[0]) for n in sizes)
        print(f"  +{extra:5.2f} s  [{own}]  calls {calls}  {name} {where}")


if __name__ == "__main__":
    main()

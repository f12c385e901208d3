"""Visit extraction against gold: P/R/F1 with score.py's visit rule (host equal, visitor_country
equal when gold has it, names match when both have names) and the share of matched visits whose
date (and status) is right. Runs the whole chain: sentences, entities, persons, dates, visits.

    python scripts/eval_visits.py --input /tmp/dev-input.jsonl --gold ../shared/gold/dev.jsonl [-v]
    python scripts/eval_visits.py --seed [-v]      # the seed file against ../shared/gold/seed.jsonl

Until transforms.persons offers extract_persons, persons come from the gold record (an oracle:
each gold name and its last word found in the text) and the output says so.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from marsad.seeds import read_seed_csv  # noqa: E402
from transforms.arabic_text import normalize  # noqa: E402
from transforms.dates import build_date_lexicon, extract_time_expressions  # noqa: E402
from transforms.entities import build_gazetteer, find_entities  # noqa: E402
from transforms.text_layout import split_text_articles  # noqa: E402
from transforms.visits import build_visit_lexicon, extract_visits  # noqa: E402

SHARED = REPO.parent / "shared"


def _optional(name: str) -> list[dict]:
    try:
        return read_seed_csv(name)
    except FileNotFoundError:
        return []


def load_persons_extractor(oracle: bool):
    """(function(text, countries) -> persons, label); None means the gold-persons oracle."""
    if oracle:
        return None, "gold persons (oracle, --oracle-persons)"
    try:
        from transforms.persons import build_person_lexicon, extract_persons
    except ImportError:
        return None, "gold persons (oracle: transforms.persons.extract_persons not available)"
    lexicon = build_person_lexicon(read_seed_csv("titles.csv"), _optional("persons.csv"),
                                   _optional("name_stopwords.csv"), _optional("office_nouns.csv"))
    return (lambda text, countries: extract_persons(text, countries, lexicon)), "transforms.persons.extract_persons"


def oracle_persons(text: str, gold: dict) -> list[dict]:
    """Gold persons located in the text by their full name or last word (for measuring frames alone)."""
    norm = normalize(text)
    out = []
    for i, p in enumerate(gold.get("persons") or []):
        name_key = " ".join(normalize(p["name"]).text.split())
        last = name_key.split()[-1]
        forms = {name_key, last} if len(name_key.split()) > 1 and not last.startswith("ال") else {name_key}
        mentions, taken = [], []
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w)[وفبل]?{re.escape(form)}(?!\w)", norm.text):
                if any(s <= m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                s, e = norm.span_to_original(m.start(), m.end())
                mentions.append({"surface": text[s:e], "char_start": s, "char_end": e})
        if mentions:
            out.append({"person_id": f"p{i}", "name_ar": p["name"], "title_ar": p.get("title"),
                        "country_iso2": p.get("country"), "mentions": sorted(mentions, key=lambda m: m["char_start"])})
    return out


def names_match(a, b):
    """score.py's rule: equal after normalising, or the shorter is the last words of the longer."""
    def norm(t):
        t = normalize(t or "").text.replace("ؤ", "و").replace("ئ", "ي")
        return re.sub(r"[^\w\s]", " ", t).split()
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_[len(long_) - len(short):] == short


def visit_match(g, p):
    if g["host_country"] != p["host_country_iso2"]:
        return False
    if g.get("visitor_country") and g["visitor_country"] != p["visitor_country_iso2"]:
        return False
    if g.get("visitor") and p["visitor_name_ar"]:
        return names_match(g["visitor"], p["visitor_name_ar"])
    return True


def pair_up(golds, preds):
    used, pairs = set(), []
    for g in golds:
        for j, p in enumerate(preds):
            if j not in used and visit_match(g, p):
                used.add(j)
                pairs.append((g, p))
                break
    return pairs


def predict(article: dict, gold: dict, tools) -> list[dict]:
    gazetteer, date_lexicon, trigger_lexicon, persons_fn = tools
    text = article["text"]
    published = datetime.fromisoformat(article["published"]) if article.get("published") else None
    entities = find_entities(text, gazetteer)
    persons = persons_fn(text, entities["countries"]) if persons_fn else oracle_persons(text, gold)
    times = extract_time_expressions(text, published, date_lexicon)
    return extract_visits(text, published, entities, persons, times, trigger_lexicon)


def evaluate(articles: list[dict], golds: dict, tools, verbose: bool):
    gold_n = pred_n = hit = date_ok = date_of = status_ok = 0
    elapsed = 0.0
    for article in articles:
        gold = golds.get(article["id"])
        if gold is None:
            continue
        started = time.perf_counter()
        preds = predict(article, gold, tools)
        elapsed += time.perf_counter() - started
        pairs = pair_up(gold["visits"], preds)
        gold_n += len(gold["visits"])
        pred_n += len(preds)
        hit += len(pairs)
        for g, p in pairs:
            if g.get("date"):
                date_of += 1
                date_ok += g["date"] == p["date_value"]
            status_ok += g["status"] == p["status"]
        if verbose and (len(pairs) != len(gold["visits"]) or len(pairs) != len(preds)
                        or any(g.get("date") and g["date"] != p["date_value"] for g, p in pairs)):
            print(f"== {article['id']} (published {article.get('published')})")
            matched = {id(p) for _, p in pairs}
            for g in gold["visits"]:
                pair = next((p for gg, p in pairs if gg is g), None)
                mark = "hit " if pair else "MISS"
                extra = f" -> pred date {pair['date_value']} {pair['status']}" if pair else ""
                print(f"  {mark} gold {g['visitor']} ({g['visitor_country']}) -> {g['host_country']} "
                      f"{g['place']} {g['date']} {g['status']}{extra}")
            for p in preds:
                if id(p) not in matched:
                    print(f"  FP   pred {p['visitor_name_ar']} ({p['visitor_country_iso2']}) -> {p['host_country_iso2']} "
                          f"{p['place_ar']} {p['date_value']} {p['status']} [{p['trigger']}] {p['evidence'][:90]}")
    precision = hit / pred_n if pred_n else 1.0
    recall = hit / gold_n if gold_n else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"visits: gold {gold_n} pred {pred_n} hit {hit}  P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    print(f"  date right on {date_ok}/{date_of} matched visits with a gold date"
          + (f" = {date_ok / date_of:.3f}" if date_of else "")
          + f"; status right on {status_ok}/{hit}")
    print(f"  {elapsed / max(len(articles), 1) * 1000:.2f} ms per article (whole chain)")
    return precision, recall, f1


def seed_input(path: Path) -> list[dict]:
    articles, _ = split_text_articles(path.read_text(encoding="utf-8-sig"), path.stem)
    return [{"id": a.external_id, "title": a.title, "text": a.body, "published": None} for a in articles]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path, help="pipeline-input JSONL (make_input.py output)")
    ap.add_argument("--gold", type=Path, default=None)
    ap.add_argument("--seed", action="store_true", help="score the seed text file against seed gold")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--oracle-persons", action="store_true", help="take persons from gold (to measure frames alone)")
    args = ap.parse_args()
    gazetteer = build_gazetteer(
        read_seed_csv("countries.csv"), read_seed_csv("country_variants.csv"), read_seed_csv("demonyms.csv"),
        read_seed_csv("places_curated.csv") + _optional("places.csv"), read_seed_csv("organisations.csv"))
    date_lexicon = build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"))
    trigger_lexicon = build_visit_lexicon(read_seed_csv("visit_triggers.csv"), _optional("titles.csv"))
    persons_fn, label = load_persons_extractor(args.oracle_persons)
    print(f"persons from: {label}")
    tools = (gazetteer, date_lexicon, trigger_lexicon, persons_fn)
    if args.seed:
        gold_path = args.gold or SHARED / "gold" / "seed.jsonl"
        articles = seed_input(SHARED / "seeds" / "000_202838f5eb5d9b9a.txt")
    else:
        if not args.input or not args.gold:
            ap.error("--input and --gold, or --seed")
        gold_path = args.gold
        articles = [json.loads(line) for line in open(args.input, encoding="utf-8") if line.strip()]
    golds = {g["id"]: g for g in (json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip())}
    evaluate(articles, golds, tools, args.verbose)


if __name__ == "__main__":
    main()

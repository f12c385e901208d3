"""Print ANT articles by id for annotators: id, published (UTC), title and text, nothing else.

    python scripts/show_article.py --shared ../shared ID [ID ...]
    python scripts/show_article.py --shared ../shared --ids gold/team/batch_01.ids
"""
from __future__ import annotations

import argparse
import glob
import json
import os
from datetime import datetime, timezone


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ids", nargs="*")
    ap.add_argument("--ids", dest="ids_file")
    ap.add_argument("--shared", default="../shared")
    args = ap.parse_args()
    wanted = list(args.ids)
    if args.ids_file:
        wanted += open(args.ids_file, encoding="utf-8").read().split()
    found = {}
    for shard in sorted(glob.glob(os.path.join(args.shared, "data", "ant-news", "*.jsonl"))):
        for line in open(shard, encoding="utf-8"):
            r = json.loads(line)
            if r["id"] in wanted:
                found[r["id"]] = r
    for identifier in wanted:
        r = found.get(identifier)
        if r is None:
            print(f"=== {identifier}: not in the corpus\n")
            continue
        published = datetime.fromisoformat(r["date"]).astimezone(timezone.utc).isoformat()
        print(f"=== {identifier}\npublished: {published}\ntitle: {r['title']}\n\n{r['text']}\n")


if __name__ == "__main__":
    main()

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_FILE = REPO / "seeds" / "articles" / "000_202838f5eb5d9b9a.txt"


def shared_path(*parts: str) -> Path:
    """A path in ../shared, or skip the test cleanly where that data is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


MARSAD = REPO / ".venv" / "bin" / "marsad"


def ant_lines(n: int) -> list[str]:
    """The first `n` records of a real ANT shard, one JSON line each (skips where ../shared is absent)."""
    with open(shared_path("data", "ant-news", "part-000.jsonl"), encoding="utf-8") as handle:
        return [next(handle).rstrip("\n") for _ in range(n)]


def ant_feed(folder: Path, n: int) -> Path:
    """A JSON Lines input of the first `n` real ANT articles, written in `folder`."""
    feed = folder / f"first{n}.jsonl"
    feed.write_text("\n".join(ant_lines(n)) + "\n", encoding="utf-8")
    return feed

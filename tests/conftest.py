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

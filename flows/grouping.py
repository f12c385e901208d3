"""Consecutive items grouped up to a size budget: input files into batches, Parquet parts into loads."""
from __future__ import annotations

from typing import Callable, TypeVar

Item = TypeVar("Item")


def groups_up_to(items: list[Item], limit: int, size_of: Callable[[Item], int]) -> list[list[Item]]:
    """Consecutive items, at most `limit` in total size a group (a bigger item is a group of its own)."""
    groups: list[list[Item]] = []
    size = 0
    for item in items:
        item_size = size_of(item)
        if not groups or size + item_size > limit:
            groups.append([])
            size = 0
        groups[-1].append(item)
        size += item_size
    return groups

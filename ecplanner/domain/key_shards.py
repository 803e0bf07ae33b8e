"""A set of very many keys kept in shards, so that it grows without a pause."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableSet
from itertools import chain
from typing import TypeVar

_SHARDS = 64
_T = TypeVar("_T")


class KeyShards(MutableSet[str]):
    """The keys a write in steps reached (an import of a year of 2,000 products' days
    reaches 730,000). One set that large grows by copying all its keys at once, 30–100 ms
    inside one step, and a frozen copy of it at the end costs as much again; 64 sets by
    hash each grow a little at a time, and the write's ``Changes`` holds them as they are.
    Combined with another set (``|``, ``-``), the answer is a plain frozenset."""

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self._shards: list[set[str]] = [set() for _ in range(_SHARDS)]
        for key in keys:
            self.add(key)

    def add(self, value: str) -> None:
        self._shards[hash(value) % _SHARDS].add(value)

    def discard(self, value: str) -> None:
        self._shards[hash(value) % _SHARDS].discard(value)

    def emptied_in_pieces(self) -> Iterator[None]:
        """Empties the set a shard at a time, yielding between shards."""
        for shard in self._shards:
            shard.clear()
            yield

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and value in self._shards[hash(value) % _SHARDS]

    def __iter__(self) -> Iterator[str]:
        return chain.from_iterable(self._shards)

    def __len__(self) -> int:
        return sum(map(len, self._shards))

    def __repr__(self) -> str:
        return f"KeyShards({len(self)} keys)"

    @classmethod
    def _from_iterable(cls, it: Iterable[_T]) -> frozenset[_T]:
        return frozenset(it)

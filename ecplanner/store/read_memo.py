"""Whole collections as last read, kept equal to the file across writes.

After an edit every view re-reads the collections it shows; on a large plan reading all
events or tasks again costs 100–200 ms each. A write therefore re-reads only the rows it
touched (inside its transaction, through the same mapper code as any read, so the memo
holds exactly what a fresh read would return) and splices them into the remembered
collections in the table's order, in place of the same rows read before the write.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

from ecplanner.domain.cascades import kinds_reached
from ecplanner.domain.ops import Delete, Op, key_getter
from ecplanner.store.mappers import mapper_for

# Beyond this many touched rows of one kind, reading the whole kind again is as cheap.
_REREAD_LIMIT = 500

Touched = dict[type, list[Any] | None]
"""Per kind, the touched rows as they are now in the file (None: forget the kind)."""


class ReadMemo:
    def __init__(self) -> None:
        self._kinds: dict[type, tuple[Any, ...]] = {}

    def get(self, kind: type) -> tuple[Any, ...] | None:
        return self._kinds.get(kind)

    def remember(self, kind: type, found: Sequence[Any]) -> None:
        self._kinds[kind] = tuple(found)

    def forget(self, kinds: Iterable[type]) -> None:
        """Drop ``kinds``: a write too large to splice (``PlanStore.write_in_steps``)."""
        for kind in kinds:
            self._kinds.pop(kind, None)

    def read_touched(self, conn: Connection, ops: Sequence[Op]) -> Touched:
        """Call inside the write's transaction, before the ops and after them: the touched
        rows as they were, and as they are now."""
        keys: dict[type, list[str]] = {}
        for op in ops:
            keys.setdefault(op.kind, []).append(op.key)
        touched: Touched = {}
        for kind, wanted in keys.items():
            if kind not in self._kinds:
                continue
            unique = list(dict.fromkeys(wanted))
            if len(unique) > _REREAD_LIMIT or not mapper_for(kind).ordered_by_entity:
                touched[kind] = None
                continue
            touched[kind] = mapper_for(kind).load(conn, unique)
        return touched

    def apply(self, ops: Sequence[Op], was: Touched, touched: Touched) -> None:
        """Call after the write committed, with ``read_touched`` before and after the ops:
        the memo then equals the file again."""
        forget = set(kinds_reached(op.kind for op in ops if isinstance(op, Delete)))
        for kind, rows in touched.items():
            old = was.get(kind)
            if rows is None or old is None or kind in forget:
                forget.add(kind)
                continue
            self._kinds[kind] = _spliced(self._kinds[kind], old, rows, kind)
        for kind in forget:
            self._kinds.pop(kind, None)


def _spliced(current: tuple[Any, ...], old: list[Any], rows: list[Any],
             kind: type) -> tuple[Any, ...]:
    """``current`` without the rows ``old`` and with ``rows``, in the table's order. Each old
    row is found by bisecting on its sort key: walking every row for their keys was ~10 ms
    of a drag's turn on a plan of 20,000 events and 100,000 tasks."""
    sort_key, key = mapper_for(kind).sort_key, key_getter(kind)
    spliced = list(current)
    for row in old:
        at = bisect_left(spliced, sort_key(row), key=sort_key)
        while key(spliced[at]) != key(row):  # rows of an equal sort key: along them
            at += 1
        del spliced[at]
    for row in rows:
        insort(spliced, row, key=sort_key)
    return tuple(spliced)

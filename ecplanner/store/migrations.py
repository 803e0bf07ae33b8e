"""Schema versions and the steps between them.

``STEPS[n]`` brings a file from version ``n - 1`` to ``n``; version 0 is an empty file.
The runner applies the needed steps inside the caller's transaction, so a failing step
leaves the file exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlalchemy import Connection

from ecplanner.store.tables import SCHEMA

Step = Callable[[Connection], None]


def _create_v1(conn: Connection) -> None:
    SCHEMA.create_all(conn)


STEPS: dict[int, Step] = {1: _create_v1}
SCHEMA_VERSION = max(STEPS)


def migrate(conn: Connection, current: int, steps: Mapping[int, Step] | None = None) -> int:
    """Run the steps from ``current`` to the newest; return the version reached."""
    chosen = STEPS if steps is None else steps
    target = max(chosen)
    for version in range(current + 1, target + 1):
        chosen[version](conn)
        conn.exec_driver_sql(f"PRAGMA user_version = {version}")
    return max(current, target)

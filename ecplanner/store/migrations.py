"""Schema versions and the steps between them.

``STEPS[n]`` brings a file from version ``n - 1`` to ``n``. A new (empty, version 0) file
gets the current schema whole and the newest version at once; the steps after 1 exist for
files an older ecplanner wrote. The runner applies the needed steps inside the caller's
transaction, so a failing step leaves the file exactly as it was.

Versions: 1 the first schema; 2 adds ``event.count_uplift_anyway`` (count an event's
uplift though the store does not sell on its platform); 3 adds the budget's finance inputs
(orders per buyer, refunds as they happen, 淘宝客 on confirmed orders, VAT, each paid
channel's expected ROI) at neutral values, so an older plan's figures stay as they were;
4 adds ``channel_day`` (each paid channel's day from its ad report), empty; 5 adds
``product_day`` (products' real daily sales, for the clearance re-forecast), empty.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlalchemy import Connection

from ecplanner.store.tables import CHANNEL_DAY, PRODUCT_DAY, SCHEMA

Step = Callable[[Connection], None]


def _create(conn: Connection) -> None:
    SCHEMA.create_all(conn)


def _event_counts_uplift_anyway(conn: Connection) -> None:
    conn.exec_driver_sql(
        "ALTER TABLE event ADD COLUMN count_uplift_anyway BOOLEAN NOT NULL DEFAULT 0")


def _budget_finance_inputs(conn: Connection) -> None:
    for name, neutral in FINANCE_INPUTS.items():
        conn.exec_driver_sql(
            f"ALTER TABLE budget_month ADD COLUMN {name} FLOAT NOT NULL DEFAULT {neutral!r}")


def _channel_days(conn: Connection) -> None:
    CHANNEL_DAY.create(conn)


def _product_days(conn: Connection) -> None:
    PRODUCT_DAY.create(conn)


FINANCE_INPUTS = {
    "orders_per_buyer": 1.0, "affiliate_refund_rate": 0.0, "affiliate_service_rate": 0.0,
    "refund_unshipped_share": 0.0, "refund_only_share": 0.0, "write_down_share": 0.0,
    "return_cost": 0.0, "vat_rate": 0.0, "roi_search": 0.0, "roi_display": 0.0,
    "roi_live": 0.0, "roi_offsite": 0.0,
}
"""The ``budget_month`` columns schema 3 added, at the values that work the sheet out as
schema 2 did (kept here as written: a later change of ``BudgetMonth``'s defaults must not
change what this step does)."""

STEPS: dict[int, Step] = {1: _create, 2: _event_counts_uplift_anyway, 3: _budget_finance_inputs,
                          4: _channel_days, 5: _product_days}
SCHEMA_VERSION = max(STEPS)


def migrate(conn: Connection, current: int, steps: Mapping[int, Step] | None = None) -> int:
    """Run the steps from ``current`` to the newest; return the version reached. A new
    file (``current`` 0) is created at this version's schema and then takes only the
    steps beyond it (tests pass such steps)."""
    chosen = STEPS if steps is None else steps
    if current == 0:
        _create(conn)
        current = SCHEMA_VERSION
        conn.exec_driver_sql(f"PRAGMA user_version = {current}")
    target = max(chosen)
    for version in range(current + 1, target + 1):
        chosen[version](conn)
        conn.exec_driver_sql(f"PRAGMA user_version = {version}")
    return max(current, target)

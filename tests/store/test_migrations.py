"""The migration runner: upgrades in one transaction, rolls back whole on failure."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, create_engine

from ecplanner.domain.model import PlanInfo
from ecplanner.domain.ops import Put
from ecplanner.store.errors import PlanFileError, Refusal
from ecplanner.store.header import read_header
from ecplanner.store.migrations import SCHEMA_VERSION, STEPS
from ecplanner.store.plan_file import open_plan_file
from ecplanner.store.plan_reading import open_to_read
from ecplanner.store.plan_store import PlanStore
from ecplanner.store.tables import SCHEMA


def _add_column(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE event ADD COLUMN extra TEXT DEFAULT ''")


def _broken(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE event ADD COLUMN half_done TEXT")
    raise RuntimeError("step failed halfway")


def test_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    path = tmp_path / "m.ecplan"
    PlanStore.create(path, PlanInfo("s", 2027)).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SCHEMA)
    engine.dispose()
    assert diff == []


def test_runner_upgrades_an_older_file(tmp_path: Path) -> None:
    path = tmp_path / "old.ecplan"
    PlanStore.create(path, PlanInfo("s", 2027)).close()
    steps = {**STEPS, SCHEMA_VERSION + 1: _add_column}
    engine, raw, _ = open_plan_file(path, steps=steps)
    columns = [r[1] for r in raw.execute("PRAGMA table_info(event)")]
    engine.dispose()
    raw.close()
    assert "extra" in columns
    assert read_header(path).user_version == SCHEMA_VERSION + 1


def test_a_plan_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.ecplan"
    PlanStore.create(path, PlanInfo("s", 2027)).close()
    backups = tmp_path / "backups"
    engine, raw, backed_up = open_plan_file(path, backups)  # nothing to migrate: no copy yet
    engine.dispose()
    raw.close()
    assert not backed_up and not list(backups.glob("*/*.ecplan"))
    steps = {**STEPS, SCHEMA_VERSION + 1: _add_column}
    engine, raw, backed_up = open_plan_file(path, backups, steps=steps)
    engine.dispose()
    raw.close()
    [copy] = backups.glob("*/*.ecplan")
    assert backed_up and read_header(copy).user_version == SCHEMA_VERSION
    assert read_header(path).user_version == SCHEMA_VERSION + 1


def test_a_plan_that_cannot_be_backed_up_is_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.ecplan"
    PlanStore.create(path, PlanInfo("s", 2027)).close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    not_a_folder = tmp_path / "backups"
    not_a_folder.write_text("a file where the backup folder should be")
    steps = {**STEPS, SCHEMA_VERSION + 1: _add_column}
    with pytest.raises(PlanFileError) as caught:
        open_plan_file(path, not_a_folder, steps=steps)
    assert caught.value.refusal == Refusal.MIGRATION_FAILED
    assert "no backup copy" in str(caught.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_failed_step_rolls_back_whole(tmp_path: Path) -> None:
    path = tmp_path / "old.ecplan"
    PlanStore.create(path, PlanInfo("s", 2027)).close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    steps = {**STEPS, SCHEMA_VERSION + 1: _add_column, SCHEMA_VERSION + 2: _broken}
    with pytest.raises(PlanFileError) as caught:
        open_plan_file(path, steps=steps)
    assert caught.value.refusal == Refusal.MIGRATION_FAILED
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    with sqlite3.connect(path) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(event)")]
    assert "extra" not in columns and "half_done" not in columns


_SCHEMA_3_COLUMNS = ("orders_per_buyer", "affiliate_refund_rate", "affiliate_service_rate",
                     "refund_unshipped_share", "refund_only_share", "write_down_share",
                     "return_cost", "vat_rate", "roi_search", "roi_display", "roi_live",
                     "roi_offsite")


def _as_version_3(path: Path) -> None:
    """The file an ecplanner of schema 3 wrote: no ``channel_day`` nor ``product_day``."""
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TABLE channel_day")
        raw.execute("DROP TABLE product_day")
        raw.execute("PRAGMA user_version = 3")
    raw.close()


def _as_version_4(path: Path) -> None:
    """The file an ecplanner of schema 4 wrote: no ``product_day``."""
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TABLE product_day")
        raw.execute("PRAGMA user_version = 4")
    raw.close()


def _as_version_2(path: Path) -> None:
    """The file an ecplanner of schema 2 wrote: the budget without the finance inputs."""
    _as_version_3(path)
    raw = sqlite3.connect(path)
    for column in _SCHEMA_3_COLUMNS:
        raw.execute(f"ALTER TABLE budget_month DROP COLUMN {column}")
    raw.execute("PRAGMA user_version = 2")
    raw.commit()
    raw.close()


def _as_version_1(path: Path) -> None:
    """The file an ecplanner of schema 1 wrote: no ``event.count_uplift_anyway``."""
    _as_version_2(path)
    raw = sqlite3.connect(path)
    raw.execute("ALTER TABLE event DROP COLUMN count_uplift_anyway")
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()


def test_a_schema_1_plan_is_upgraded_with_its_events_kept(tmp_path: Path) -> None:
    from datetime import date

    from ecplanner.domain.model import Event, EventKind

    path = tmp_path / "v1.ecplan"
    store = PlanStore.create(path, PlanInfo("s", 2027))
    sale = Event("京东618", EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 18),
                 platform="jd", uplift=2.0)
    store.write([Put(sale)])
    store.close()
    _as_version_1(path)
    store = PlanStore.open(path, tmp_path / "backups")
    try:
        assert store.get(Event, sale.uuid) == sale  # the new field takes its default
        store.write([Put(replace(sale, count_uplift_anyway=True))])
        assert store.get(Event, sale.uuid).count_uplift_anyway
    finally:
        store.close()
    assert read_header(path).user_version == SCHEMA_VERSION
    [copy] = (tmp_path / "backups").glob("*/*.ecplan")
    assert read_header(copy).user_version == 1
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), SCHEMA) == []
    engine.dispose()


def test_a_read_only_schema_1_plan_is_read_from_a_migrated_copy(tmp_path: Path) -> None:
    path = tmp_path / "v1.ecplan"
    PlanStore.create(path, PlanInfo("s", 2027)).close()
    _as_version_1(path)
    before = path.read_bytes()
    engine, conn = open_to_read(path, roll_back_a_copy=False)
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(event)")]
        assert "count_uplift_anyway" in columns
    finally:
        engine.dispose()
        conn.close()
    assert path.read_bytes() == before


def test_a_schema_2_plan_shows_the_same_net_profit_and_gains_the_finance_inputs(
        tmp_path: Path) -> None:
    from ecplanner.domain.budget.sheet import compute_sheet
    from ecplanner.domain.model import BudgetMonth

    path = tmp_path / "v2.ecplan"
    info = PlanInfo("s", 2027, annual_target=7_200_000)
    store = PlanStore.create(path, info)
    june = BudgetMonth(
        month=6, uv=100_000, cvr=0.03, aov=200, spend_search=20_000, spend_display=10_000,
        affiliate_rate=0.2, affiliate_share=0.1, spend_live=5_000, spend_offsite=2_000,
        spend_other=1_000, cogs_rate=0.4, shipping_per_order=8, commission_rate=0.05,
        payment_fee_rate=0.006, refund_rate=0.1, fixed_costs=30_000, cpc=1.5)
    store.write([Put(june), *(Put(BudgetMonth(month=m)) for m in range(1, 13) if m != 6)])
    store.close()
    _as_version_2(path)
    with sqlite3.connect(path) as raw:
        columns = [r[1] for r in raw.execute("PRAGMA table_info(budget_month)")]
    assert not set(_SCHEMA_3_COLUMNS) & set(columns)
    store = PlanStore.open(path, tmp_path / "backups")
    try:
        months = store.budget_months()
        figures = compute_sheet(store.info(), months, []).months[5]
        # As schema 2 worked it out: 540,000 net sales − 216,000 goods − 24,000 shipping
        # − 27,000 commission − 3,600 payment fees − 50,000 spend − 30,000 fixed costs.
        assert figures.net_profit == pytest.approx(189_400)
        assert figures.net_profit_after_vat == pytest.approx(189_400)
        stored = next(m for m in months if m.month == 6)
        assert (stored.orders_per_buyer, stored.vat_rate, stored.return_cost) == (1.0, 0, 0)
        store.write([Put(replace(stored, vat_rate=0.13, refund_only_share=0.2))])
        again = store.get(BudgetMonth, stored.uuid)
        assert (again.vat_rate, again.refund_only_share) == (0.13, 0.2)
    finally:
        store.close()
    assert read_header(path).user_version == SCHEMA_VERSION


def _tables_sql(path: Path) -> str:
    """What SQLite holds for the plan, as ``schema_vN.sql`` writes it."""
    with sqlite3.connect(path) as conn:
        found = [sql or f"-- {kind} {name} (automatic)" for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")]
    conn.close()
    return "\n".join(found) + "\n"


def test_a_schema_3_plan_gains_the_channel_days_and_keeps_its_actuals(tmp_path: Path) -> None:
    from datetime import date

    from ecplanner.domain.model import AdChannel, ChannelDay, DailyActual

    path = tmp_path / "v3.ecplan"
    store = PlanStore.create(path, PlanInfo("s", 2027))
    day = DailyActual(date(2027, 6, 1), uv=1_000, buyers=30, gmv=6_000.0, spend=500.0)
    store.write([Put(day)])
    store.close()
    _as_version_3(path)
    assert _tables_sql(path) == (Path(__file__).parent / "schema_v3.sql").read_text("utf-8")
    store = PlanStore.open(path, tmp_path / "backups")
    try:
        assert store.actuals() == [day] and store.channel_days() == []
        search = ChannelDay(date(2027, 6, 1), AdChannel.SEARCH, spend=300.0, clicks=250,
                            gmv=1_500.0)
        store.write([Put(search)])
        assert store.channel_days() == [search]
    finally:
        store.close()
    assert read_header(path).user_version == SCHEMA_VERSION == 5
    assert _tables_sql(path) == (Path(__file__).parent / "schema_v5.sql").read_text("utf-8")


def test_a_schema_4_plan_gains_product_days_that_go_with_their_product(
        tmp_path: Path) -> None:
    from datetime import date

    from ecplanner.domain.model import Product, ProductDay
    from ecplanner.domain.ops import Delete

    fresh = tmp_path / "new.ecplan"
    PlanStore.create(fresh, PlanInfo("s", 2027)).close()
    path = tmp_path / "v4.ecplan"
    store = PlanStore.create(path, PlanInfo("s", 2027))
    coat = Product("27AU001", "大衣")
    store.write([Put(coat)])
    store.close()
    _as_version_4(path)
    store = PlanStore.open(path, tmp_path / "backups")
    try:
        assert store.products() == [coat]
        sold = ProductDay(coat.uuid, date(2027, 9, 1), uv=120, units=3, gmv=897.0)
        store.write([Put(sold)])
        assert store.product_days() == [sold]
        changes = store.write([Delete(Product, coat.uuid)])
        assert changes.deleted(ProductDay) == {f"{coat.uuid} 2027-09-01"}
        assert store.product_days() == []
    finally:
        store.close()
    assert read_header(path).user_version == SCHEMA_VERSION == 5
    assert _tables_sql(path) == _tables_sql(fresh)  # the step adds what a new plan has


def test_a_new_plan_has_the_tables_of_its_schema_version(tmp_path: Path) -> None:
    """``schema_vN.sql`` is what SQLite holds for a plan made at version N; plans in the
    wild have exactly it, so the tables may change only with a new version (a migration)."""
    path = tmp_path / "new.ecplan"
    PlanStore.create(path, PlanInfo("s", 2027)).close()
    expected = (Path(__file__).parent / f"schema_v{SCHEMA_VERSION}.sql").read_text(encoding="utf-8")
    assert _tables_sql(path) == expected

"""The plan file: round trip, stamps, refusals that leave the file unchanged, the lock."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import (
    Arrival,
    BudgetMonth,
    DailyActual,
    Event,
    EventKind,
    MarkdownStep,
    MilestoneKind,
    Phase,
    PhaseKind,
    PlanInfo,
    Product,
    StockPlan,
    Task,
)
from ecplanner.domain.ops import Delete, Put, key_of
from ecplanner.store.backups import backup_copy
from ecplanner.store.errors import PlanFileError, PlanWriteError, Refusal
from ecplanner.store.header import APPLICATION_ID, read_header
from ecplanner.store.migrations import SCHEMA_VERSION
from ecplanner.store.plan_store import PlanStore
from ecplanner.store.reader import open_read_only, read_summary

INFO = PlanInfo(store_name="测试店", year=2027, markets=("cn", "jp"), platforms=("tmall",))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_of_every_entity(plan_path: Path) -> None:
    product = Product("A1", "连衣裙", unit_cost=50, list_price=199, launch=date(2027, 3, 1),
                      delist=date(2027, 6, 30), milestone_offsets=((MilestoneKind.SHOOT, 20),))
    event = Event("618", EventKind.MAJOR_SALE, date(2027, 5, 28), date(2027, 6, 18),
                  platform="tmall", registration_deadline=date(2027, 5, 10), uplift=2.5,
                  featured_products=(product.uuid,),
                  phases=(Phase(PhaseKind.PRESALE, "定金", datetime(2027, 5, 28, 20),
                                datetime(2027, 5, 31, 23, 59)),
                          Phase(PhaseKind.MAIN, "第一波", datetime(2027, 6, 1, 20),
                                datetime(2027, 6, 3, 23, 59))))
    stock = StockPlan(product.uuid, on_hand=500, season_end=date(2027, 7, 31),
                      arrivals=(Arrival(date(2027, 4, 1), 200),),
                      ladder=(MarkdownStep(date(2027, 6, 1), 0.2),
                              MarkdownStep(date(2027, 7, 1), 0.4)))
    month = BudgetMonth(month=6, uv=300_000, spend_search=50_000)
    task = Task("Register", "operations", date(2027, 5, 10), event_uuid=event.uuid)
    actual = DailyActual(date(2026, 6, 18), uv=30_000, buyers=900, gmv=250_000.5)
    store = PlanStore.create(plan_path, INFO)
    store.write([Put(product), Put(event), Put(stock), Put(month), Put(task), Put(actual)])
    store.close()
    reopened = PlanStore.open(plan_path)
    try:
        assert reopened.info() == INFO
        assert reopened.events() == [event]
        assert reopened.products() == [product]
        assert reopened.stock_plans() == [stock]
        assert reopened.budget_months() == [month]
        assert reopened.tasks() == [task]
        assert reopened.actuals() == [actual]
        for entity in (product, event, stock, month, task, actual):  # reads by key
            assert reopened.get(type(entity), key_of(entity)) == entity
    finally:
        reopened.close()


def test_a_reopened_plan_reads_back_what_was_written(plan_path: Path) -> None:
    product = Product("B2", "外套", launch=date(2027, 9, 1),
                      milestone_offsets=((MilestoneKind.SHOOT, 30),))
    event = Event("双11", EventKind.MAJOR_SALE, date(2027, 10, 20), date(2027, 11, 11),
                  registered=True, featured_products=(product.uuid,),
                  phases=(Phase(PhaseKind.PRESALE, "定金", datetime(2027, 10, 20, 20),
                                datetime(2027, 10, 31, 23, 59, 30, 5)),))
    store = PlanStore.create(plan_path, INFO)
    store.write([Put(product), Put(event), Put(Task("Stock up", "operations",
                                                    date(2027, 10, 1)))])
    store.close()
    reopened = PlanStore.open(plan_path)
    try:
        events, products, tasks = reopened.events(), reopened.products(), reopened.tasks()
        assert events == [event] and products == [product]
        assert tasks[0].due == date(2027, 10, 1) and events[0].registered is True
    finally:
        reopened.close()


def test_header_stamps(plan_path: Path) -> None:
    PlanStore.create(plan_path, INFO).close()
    header = read_header(plan_path)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION
    with sqlite3.connect(plan_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_invalid_write_changes_nothing(plan_path: Path) -> None:
    store = PlanStore.create(plan_path, INFO)
    good = Event("A", EventKind.STORE_PROMO, date(2027, 1, 1), date(2027, 1, 2))
    bad = Event("B", EventKind.STORE_PROMO, date(2027, 1, 5), date(2027, 1, 4))
    with pytest.raises(ValidationError) as caught:
        store.write([Put(good), Put(bad)])
    assert caught.value.problems[0].code == "end_before_start"
    assert store.events() == []
    store.close()


def test_delete_and_inverse_restore_dependents(plan_path: Path) -> None:
    store = PlanStore.create(plan_path, INFO)
    event = Event("双11", EventKind.MAJOR_SALE, date(2027, 10, 20), date(2027, 11, 11))
    task = Task("Banners", "design", date(2027, 10, 10), event_uuid=event.uuid)
    store.write([Put(event), Put(task)])
    undo = store.inverse([Delete(Event, event.uuid)])
    store.write([Delete(Event, event.uuid)])
    assert store.events() == [] and store.tasks() == []
    store.write(undo)
    assert store.events() == [event] and store.tasks() == [task]
    store.close()


@pytest.mark.parametrize("content", [b"", b"hello, not a database", b"PK\x03\x04" + b"\0" * 200])
def test_refuses_files_that_are_not_sqlite(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.ecplan"
    path.write_bytes(content)
    with pytest.raises(PlanFileError) as caught:
        PlanStore.open(path)
    assert caught.value.refusal == Refusal.NOT_SQLITE
    assert path.read_bytes() == content


def test_refuses_foreign_sqlite_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "foreign.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = _digest(path)
    with pytest.raises(PlanFileError) as caught:
        PlanStore.open(path)
    assert caught.value.refusal == Refusal.NOT_A_PLAN
    assert _digest(path) == before


def test_refuses_newer_version_unchanged(plan_path: Path) -> None:
    PlanStore.create(plan_path, INFO).close()
    with sqlite3.connect(plan_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = _digest(plan_path)
    with pytest.raises(PlanFileError) as caught:
        PlanStore.open(plan_path)
    assert caught.value.refusal == Refusal.NEWER_VERSION
    assert _digest(plan_path) == before


def test_refuses_damaged_plan_unchanged(plan_path: Path) -> None:
    store = PlanStore.create(plan_path, INFO)
    store.write([Put(Event(f"e{i}", EventKind.STORE_PROMO, date(2027, 1, 1), date(2027, 1, 2)))
                 for i in range(300)])
    store.close()
    data = bytearray(plan_path.read_bytes())
    page = 4096
    # Scribble over the middle of the file but keep the 100-byte header intact.
    data[page * 3: page * 3 + 2000] = b"\xff" * 2000
    plan_path.write_bytes(bytes(data))
    before = _digest(plan_path)
    with pytest.raises(PlanFileError) as caught:
        PlanStore.open(plan_path)
    assert caught.value.refusal == Refusal.DAMAGED
    assert _digest(plan_path) == before


def test_second_open_in_this_process_is_refused(plan_path: Path) -> None:
    store = PlanStore.create(plan_path, INFO)
    with pytest.raises(PlanFileError) as caught:
        PlanStore.open(plan_path)
    assert caught.value.refusal == Refusal.ALREADY_OPEN
    store.close()
    PlanStore.open(plan_path).close()


def test_second_process_is_refused(plan_path: Path) -> None:
    store = PlanStore.create(plan_path, INFO)
    try:
        result = subprocess.run([sys.executable, "-m", "ecplanner", "info", str(plan_path)],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 3
        assert "already open" in result.stderr
        store.write([Put(Event("still mine", EventKind.STORE_PROMO, date(2027, 2, 1),
                                date(2027, 2, 1)))])
    finally:
        store.close()
    assert read_summary(plan_path)["events"] == 1


def test_backup_each_session_keeps_the_last_few(plan_path: Path, tmp_path: Path) -> None:
    PlanStore.create(plan_path, INFO).close()
    backups = tmp_path / "backups"
    for _ in range(7):
        store = PlanStore.open(plan_path, backups)
        store.take_backup()  # what the window does once it has painted
        store.take_backup()  # once a session
        store.close()
    copies = sorted(backups.glob("plan-*/*.ecplan"))
    assert len(copies) == 5
    assert read_header(copies[-1]).application_id == APPLICATION_ID


def test_closing_the_plan_stops_its_backup_under_way(plan_path: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # The window copies the backup in a worker; a plan closed meanwhile must not be held
    # open by the copy (it would refuse to open again as "already open" until it ends).
    import threading

    from ecplanner.store import plan_store

    store = PlanStore.create(plan_path, INFO)
    store.write([Put(Event(f"促销 {n}", EventKind.STORE_PROMO, date(2027, 2, 1),
                           date(2027, 2, 1), notes="满300减30" * 50)) for n in range(400)])
    store.close()
    monkeypatch.setattr(plan_store, "_BACKUP_STEP_PAGES", 1)  # many steps, to close between
    backups = tmp_path / "backups"
    store = PlanStore.open(plan_path, backups)
    job = store.backup_job()
    assert job is not None
    started, result = threading.Event(), []

    def copy() -> None:
        started.set()
        result.append(job())

    worker = threading.Thread(target=copy)
    worker.start()
    started.wait()
    while not list(backups.glob("plan-*/*.ecplan")):  # the copy is under way
        pass
    store.close()
    worker.join()
    assert result == [None]
    assert not list(backups.glob("plan-*/*.ecplan"))  # no half copy kept
    PlanStore.open(plan_path).close()  # not held open


def test_first_write_backs_up_the_plan_as_opened(plan_path: Path, tmp_path: Path) -> None:
    PlanStore.create(plan_path, INFO).close()
    backups = tmp_path / "backups"
    store = PlanStore.open(plan_path, backups)
    assert not list(backups.glob("plan-*/*.ecplan"))  # opening writes nothing
    for title in ("first", "second"):
        store.write([Put(Event(title, EventKind.STORE_PROMO, date(2027, 2, 1),
                               date(2027, 2, 1)))])
    store.close()
    copies = list(backups.glob("plan-*/*.ecplan"))
    assert len(copies) == 1
    assert read_summary(copies[0])["events"] == 0
    assert read_summary(plan_path)["events"] == 2


def test_a_folder_that_takes_no_backup_still_opens_and_saves(
        plan_path: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    PlanStore.create(plan_path, INFO).close()
    backups = tmp_path / "backups"
    backups.write_text("a file where the backup folder should be")
    store = PlanStore.open(plan_path, backups)
    assert store.take_backup() is None
    assert store.backup_error and "no backup of" in caplog.text
    backups.unlink()  # the user makes room: the first write tries once more
    store.write([Put(Event("kept", EventKind.STORE_PROMO, date(2027, 2, 1),
                           date(2027, 2, 1)))])
    store.close()
    assert read_summary(plan_path)["events"] == 1
    [copy] = backups.glob("plan-*/*.ecplan")
    assert read_summary(copy)["events"] == 0


def test_a_failed_copy_leaves_no_half_backup(plan_path: Path, tmp_path: Path) -> None:
    class Failing:
        def backup(self, target: sqlite3.Connection, pages: int = -1,
                   progress: object = None) -> None:
            raise sqlite3.OperationalError("disk I/O error")

    with pytest.raises(sqlite3.OperationalError):
        backup_copy(Failing(), tmp_path / "backups", plan_path)  # type: ignore[arg-type]
    assert not list((tmp_path / "backups").glob("*/*"))


def test_save_a_copy(plan_path: Path, tmp_path: Path) -> None:
    store = PlanStore.create(plan_path, INFO)
    store.write([Put(Event("x", EventKind.STORE_PROMO, date(2027, 1, 1), date(2027, 1, 1)))])
    store.copy_to(tmp_path / "copy.ecplan")
    store.close()
    assert read_summary(tmp_path / "copy.ecplan")["events"] == 1


def test_batched_writes_and_inverse(plan_path: Path) -> None:
    from datetime import timedelta

    store = PlanStore.create(plan_path, INFO)
    days = [DailyActual(date(2026, 1, 1) + timedelta(days=i), uv=i, gmv=i * 10.0)
            for i in range(400)]
    undo = store.inverse([Put(d) for d in days])
    store.write([Put(d) for d in days])
    assert len(store.actuals()) == 400
    changed = [DailyActual(d.day, uv=d.uv + 1) for d in days[:300]]
    undo_change = store.inverse([Put(d) for d in changed])
    store.write([Put(d) for d in changed] + [Put(DailyActual(days[0].day, uv=5))])
    assert store.actuals()[0].uv == 5 and store.actuals()[1].uv == 2
    store.write(undo_change)
    assert store.actuals() == days
    store.write(undo)
    assert store.actuals() == []
    products = [Product(f"P{i}", "x", milestone_offsets=((MilestoneKind.SAMPLE, i),))
                for i in range(10)]
    store.write([Put(p) for p in products] + [Put(products[3])])
    assert store.products() == sorted(products, key=lambda p: p.code)
    store.close()


def test_settings_default_then_round_trip(plan_path: Path) -> None:
    from ecplanner.domain.model import PlanSettings, Season

    store = PlanStore.create(plan_path, INFO)
    assert store.settings() == PlanSettings()
    chosen = PlanSettings(
        season_milestones=((Season.WINTER, ((MilestoneKind.SAMPLE, 60),)),),
        expected_launch_months=((Season.SPRING, (1, 2)),), price_lock_days=15)
    store.write([Put(chosen)])
    store.close()
    reopened = PlanStore.open(plan_path)
    assert reopened.settings() == chosen
    assert reopened.settings().season_offsets() == {Season.WINTER: {MilestoneKind.SAMPLE: 60}}
    with pytest.raises(ValidationError):
        reopened.write([Put(PlanSettings(price_lock_days=-1))])
    reopened.close()


def test_undo_restores_products_featured_by_an_event(plan_path: Path) -> None:
    store = PlanStore.create(plan_path, INFO)
    a, b = Product("A", "a"), Product("B", "b")
    sale = Event("大促", EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 18),
                 featured_products=(a.uuid, b.uuid))
    store.write([Put(a), Put(b), Put(sale)])
    deleting = [Delete(Product, a.uuid), Delete(Product, b.uuid)]
    undo = store.inverse(deleting)
    store.write(deleting)
    assert store.events()[0].featured_products == ()
    store.write(undo)
    assert {p.code for p in store.products()} == {"A", "B"}
    assert store.events()[0].featured_products == (a.uuid, b.uuid)
    store.close()


def test_a_crash_mid_write_is_rolled_back_not_refused(plan_path: Path, tmp_path: Path) -> None:
    """A process killed inside a transaction leaves a hot journal; the plan still opens."""
    import textwrap

    store = PlanStore.create(plan_path, INFO)
    store.write([Put(Event("saved", EventKind.STORE_PROMO, date(2027, 3, 1), date(2027, 3, 2)))])
    store.close()
    crash = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(plan_path)!r}, isolation_level=None)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE event SET title = 'half written'")
        conn.execute("PRAGMA cache_size = 0")
        for i in range(300):
            conn.execute("INSERT INTO event (uuid, title, kind, start, \\"end\\", market, "
                         "platform, color, uplift, discount, owner, notes, edited, sequence, "
                         "registered) VALUES (?, 'x', 'store_promo', '2027-01-01', "
                         "'2027-01-01', '', '', '#000000', 1, 0, '', ?, 0, 0, 0)",
                         (f"u{{i}}", "n" * 2000))
        os._exit(0)  # killed before COMMIT: the journal stays behind
    """)
    subprocess.run([sys.executable, "-c", crash], check=True, timeout=60)
    assert (plan_path.parent / (plan_path.name + "-journal")).exists()
    summary = read_summary(plan_path)
    assert summary["events"] == 1
    reopened = PlanStore.open(plan_path, tmp_path / "backups")
    assert [e.title for e in reopened.events()] == ["saved"]
    reopened.close()


def test_copy_onto_itself_or_an_open_plan_is_refused_quickly(plan_path: Path,
                                                             tmp_path: Path) -> None:
    store = PlanStore.create(plan_path, INFO)
    with pytest.raises(OSError):
        store.copy_to(plan_path)
    other_path = tmp_path / "other.ecplan"
    other = PlanStore.create(other_path, replace(INFO, store_name="other"))
    with pytest.raises(OSError, match="already open"):
        store.copy_to(other_path)  # replacing it would orphan the other session's edits
    other.close()
    store.copy_to(other_path)  # closed: the copy replaces it
    store.close()
    assert read_summary(other_path)["store"] == INFO.store_name
    assert not list(tmp_path.glob(".*.partial"))


def test_plans_with_similar_names_keep_their_own_backups(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    shop, shop_v2 = tmp_path / "shop.ecplan", tmp_path / "shop.v2.ecplan"
    for path in (shop, shop_v2):
        PlanStore.create(path, INFO).close()
    for path, sessions in ((shop, 1), (shop_v2, 6)):
        for _ in range(sessions):
            store = PlanStore.open(path, backups)
            store.take_backup()
            store.close()
    assert len(list(backups.glob("shop-*/*.ecplan"))) == 1
    assert len(list(backups.glob("shop.v2-*/*.ecplan"))) == 5


def test_a_plan_opened_to_read_refuses_every_write(plan_path: Path) -> None:
    PlanStore.create(plan_path, INFO).close()
    before = _digest(plan_path)
    store = open_read_only(plan_path)
    try:
        assert store.read_only
        with pytest.raises(PlanWriteError, match="open read-only"):
            store.write([Put(Event("x", EventKind.STORE_PROMO, date(2027, 1, 1),
                                   date(2027, 1, 1)))])
        assert store.events() == []
    finally:
        store.close()
    assert _digest(plan_path) == before

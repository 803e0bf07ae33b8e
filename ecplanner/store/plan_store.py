"""The open plan: reads entities and writes lists of operations, one transaction each.

This is the only place that writes a plan (its rows through ``op_rows``). ``write``
validates everything first, so invalid input raises ``ValidationError`` with nothing
changed; ``inverse`` tells the caller (the undo stack) which operations would restore
what the plan holds now.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import DatabaseError, OperationalError, ProgrammingError

from ecplanner.domain.clearance.sellthrough import ProductSales
from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import (
    SETTINGS_KEY,
    BudgetMonth,
    ChannelDay,
    DailyActual,
    Event,
    PlanInfo,
    PlanSettings,
    Product,
    ProductDay,
    StockPlan,
    Task,
    TaskTemplate,
)
from ecplanner.domain.ops import Changes, Op, Put
from ecplanner.domain.validation import problems_in
from ecplanner.store import product_day_rows, tables
from ecplanner.store.backups import backup_copy
from ecplanner.store.commit_thread import Commit
from ecplanner.store.errors import (
    PlanFileError,
    PlanWriteError,
    ReadOnlyCause,
    Refusal,
    StoredValueError,
)
from ecplanner.store.mappers import every_kind, mapper_for
from ecplanner.store.migrations import SCHEMA_VERSION
from ecplanner.store.op_rows import inverse_ops, write_ops
from ecplanner.store.plan_copy import copy_plan
from ecplanner.store.plan_file import create_plan_file, open_plan_file, read_only_cause
from ecplanner.store.plan_reading import open_to_read
from ecplanner.store.read_memo import ReadMemo
from ecplanner.store.steps_written import StepsWritten

E = TypeVar("E")
_log = logging.getLogger(__name__)
_BACKUP_TRIES = 2  # when the window has painted, and at the first write
_BACKUP_STEP_PAGES = 256  # 1 MB of 4 KB pages: a few ms that the connection is held
_COMMIT_POLL_S = 0.005  # a step of a write in steps waits this long for its commit


class _Closed(Exception):
    """The plan was closed while a worker copied it for its backup."""


@dataclass(frozen=True)
class PlanCounts:
    events: int
    products: int
    tasks: int
    actual_days: int


class PlanStore:
    """One open plan. Not thread-safe: use it from one thread (the UI's).

    A value read from the file that does not decode, and an error SQLite meets while
    reading, mean the file is damaged: every read raises ``PlanFileError(DAMAGED)`` then,
    naming what was wrong.
    """

    def __init__(self, engine: Engine, raw: sqlite3.Connection | None = None,
                 path: Path | None = None, backup_dir: Path | None = None,
                 read_only: ReadOnlyCause | None = None) -> None:
        self.engine = engine
        self.path = path
        self.read_only_cause = read_only
        """Why this plan is open read-only, or None: it can be changed."""
        self._raw = raw
        self._closed = False
        self._memo = ReadMemo()
        self._writes = 0  # writes so far: a read in steps knows whether one came between
        self._open: Connection | None = None  # the transaction of a write in steps
        self._in_steps = False  # a write in steps is under way: no other write now
        self._commit: Commit | None = None  # that write's commit, under way in a thread
        self._backup_dir = backup_dir  # None once this session's backup is taken
        self._backing_up = threading.Lock()  # held by a backup copying in a worker
        self._backup_tries = 0
        self.backup_error: str | None = None  # why the last try failed

    # -- opening ----------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, backup_dir: Path | None = None,
             to_write: bool = False) -> PlanStore:
        """Open a plan for a session. One that cannot be written where it is (a read-only
        file, folder or disk) opens read-only, ``read_only_cause`` saying why: it can be
        read, exported and copied, and is never backed up, since nothing changes it. With
        ``to_write`` it is refused instead (``READ_ONLY``).
        """
        path = Path(path)
        cause = None if to_write else read_only_cause(path)
        if cause is not None:
            engine, conn = open_to_read(path, roll_back_a_copy=False)
            return cls(engine, conn, path, read_only=cause)
        engine, raw, backed_up = open_plan_file(path, backup_dir)
        return cls(engine, raw, path, None if backed_up else backup_dir)

    @classmethod
    def create(cls, path: Path, info: PlanInfo) -> PlanStore:
        engine, raw = create_plan_file(Path(path))
        store = cls(engine, raw, Path(path))
        store.write([Put(info)])
        return store

    @property
    def is_open(self) -> bool:
        return not self._closed

    @property
    def read_only(self) -> bool:
        return self.read_only_cause is not None

    def close(self) -> None:
        self._closed = True
        with self._backing_up:  # a backup under way in a worker stops at its next step
            self.engine.dispose()
            if self._raw is not None:
                self._raw.close()
                self._raw = None

    def take_backup(self) -> Path | None:
        """Copies the plan into the backup folder, once a session: the window has it copied
        in a worker once it has painted (``backup_job``), and the first write makes sure
        of it. Returns the copy.

        A folder that cannot take the copy is logged and told in ``backup_error``, not
        raised: the plan still opens and saves every edit. The first write tries once more.
        """
        job = self.backup_job()
        if job is None:
            return None
        try:
            copy = job()
        except (OSError, sqlite3.Error) as exc:
            self.backup_ended(exc)
            return None
        self.backup_ended(None)
        return copy

    def backup_job(self) -> Callable[[], Path | None] | None:
        """This session's backup as a function to run in another thread, for a window that
        must not wait for it (~0.1 s for a plan of 40 MB); None when none is due. It copies
        ``_BACKUP_STEP_PAGES`` at a time, and this thread's reads and writes go on between
        the steps; ``close`` stops it (it then returns None). Tell its end to
        ``backup_ended``; a write before then takes its own."""
        folder = self._backup_dir
        if folder is None or self._raw is None or self.path is None:
            return None
        return partial(self._backup_copy, self._raw, folder, self.path)

    def _backup_copy(self, raw: sqlite3.Connection, folder: Path, path: Path) -> Path | None:
        """The copy, or None when the plan was closed first (the copy is then dropped)."""
        with self._backing_up:
            if self._closed:
                return None
            try:
                return backup_copy(raw, folder, path, pages=_BACKUP_STEP_PAGES,
                                   progress=self._stop_when_closed)
            except _Closed:
                return None

    def _stop_when_closed(self, _status: int, _remaining: int, _total: int) -> None:
        if self._closed:  # read in the worker, set by close() waiting for this copy
            raise _Closed

    def backup_ended(self, error: Exception | None) -> None:
        """This session's backup was taken, or failed with ``error``."""
        self._backup_tries += 1
        if error is None:
            self._backup_dir, self.backup_error = None, None
            return
        _log.warning("no backup of %s in %s: %s", self.path, self._backup_dir, error)
        self.backup_error = str(error)
        if self._backup_tries >= _BACKUP_TRIES:
            self._backup_dir = None

    def copy_to(self, target: Path) -> None:
        """Save a copy at ``target`` (``plan_copy.copy_plan``); raises ``OSError``."""
        if self._raw is None:
            raise RuntimeError("only a plan file can be copied")
        copy_plan(self._raw, self.path, Path(target))

    # -- reading ----------------------------------------------------------------
    @contextmanager
    def _decoding(self) -> Iterator[None]:
        """Reads inside turn what the file cannot give back into a ``DAMAGED`` refusal."""
        try:
            yield
        except StoredValueError as exc:
            raise self._damaged(str(exc)) from exc
        except DatabaseError as exc:
            # "malformed", "disk I/O error", text that is not UTF-8; not our own mistakes
            # (ProgrammingError), nor a plan busy elsewhere.
            if isinstance(exc, ProgrammingError) or "locked" in str(exc.orig):
                raise
            raise self._damaged(str(exc.orig)) from exc

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        """A connection to read through: inside a write under way in steps, that write's own
        (its transaction is open on the plan's one connection; the read sees its rows so
        far), else a fresh one; during that write's commit, once it has ended."""
        if self._commit is not None:
            self._commit.wait()
        if self._open is not None:
            yield self._open
            return
        with self.engine.connect() as conn:
            yield conn

    def _damaged(self, detail: str) -> PlanFileError:
        return PlanFileError(Refusal.DAMAGED, self.path or Path(str(self.engine.url)), detail)

    def verify(self) -> None:
        """Read the whole plan, as ``check`` does: SQLite's full integrity check (it also
        compares every index with its table, which the quick check on opening leaves out),
        then every row of every kind decoded. Raises ``PlanFileError(DAMAGED)``."""
        with self._decoding(), self._connection() as conn:
            found = conn.exec_driver_sql("PRAGMA integrity_check").all()
        if [tuple(row) for row in found] != [("ok",)]:
            raise self._damaged(str(found[0][0]))
        for kind in every_kind():
            self._read(kind)

    def _read(self, kind: type[E], keys: Iterable[str] | None = None) -> list[E]:
        """Entities of ``kind`` (all of them, or those with ``keys``).

        A whole collection is remembered until the next write, so the several views that
        re-read the plan after one edit share one read. Entities are immutable and each
        caller gets its own list, so the memo cannot be changed from outside.
        """
        remembered = self._memo.get(kind) if keys is None else None
        if remembered is not None:
            return list(remembered)
        with self._decoding(), self._connection() as conn:
            found: list[E] = mapper_for(kind).load(conn, keys)
        if keys is None:
            self._memo.remember(kind, found)
        return found

    def read_in_steps(self, kind: type[E], rows: int = 500) -> Iterator[list[E]]:
        """Every entity of ``kind`` in the store's order, ``rows`` at a time, for a window
        that reads a large collection between its other work (20,000 stock plans take
        ~0.4 s at once). A write between two steps leaves the steps read before it as they
        were: the caller reads again after a change. Remembered like a whole read when no
        write came between."""
        remembered = self._memo.get(kind)
        if remembered is not None:
            yield list(remembered)
            return
        writes = self._writes
        mapper = mapper_for(kind)
        table = mapper.table
        order = [table.c[name] for name in (*mapper.order_by, mapper.key_column)]
        with self._decoding(), self._connection() as conn:  # the keys in the store's order
            keys = [str(key) for key in conn.execute(
                select(table.c[mapper.key_column]).order_by(*order)).scalars().all()]
        found: list[E] = []
        for i in range(0, len(keys), rows):
            with self._decoding(), self._connection() as conn:
                step: list[E] = mapper.load(conn, keys[i:i + rows])
            found += step
            yield step
        if writes == self._writes:
            self._memo.remember(kind, found)

    def info(self) -> PlanInfo:
        rows = self._read(PlanInfo)
        if not rows:
            raise LookupError("the plan has no store information")
        return rows[0]

    def events(self) -> list[Event]:
        return self._read(Event)

    def products(self) -> list[Product]:
        return self._read(Product)

    def stock_plans(self) -> list[StockPlan]:
        return self._read(StockPlan)

    def budget_months(self) -> list[BudgetMonth]:
        return self._read(BudgetMonth)

    def actuals(self) -> list[DailyActual]:
        return self._read(DailyActual)

    def channel_days(self) -> list[ChannelDay]:
        """Each paid channel's imported days, by day, then channel."""
        return self._read(ChannelDay)

    def product_days(self) -> list[ProductDay]:
        """Every product's days of real sales, by product and day."""
        return self._read(ProductDay)

    def product_sales(self) -> list[ProductSales]:
        """Each product's stored days of real sales summed up, by product uuid: one query,
        however many days (a year of 2,000 products is 730,000 rows)."""
        table = tables.PRODUCT_DAY
        query = (select(table.c.product_uuid, func.count(), func.sum(table.c.units),
                        func.sum(table.c.gmv), func.min(table.c.day), func.max(table.c.day))
                 .group_by(table.c.product_uuid).order_by(table.c.product_uuid))
        with self._decoding(), self._connection() as conn:
            rows = conn.execute(query).all()
        try:
            return [ProductSales(str(uuid), int(days), int(units), float(gmv),
                                 date.fromisoformat(str(first)), date.fromisoformat(str(last)))
                    for uuid, days, units, gmv, first, last in rows]
        except ValueError as exc:  # a stored day that is no date
            raise self._damaged(f"table product_day: {exc}") from exc

    def product_units(self) -> list[tuple[str, date, int]]:
        """Every stored product's day as (product uuid, day, units sold), by product and
        day: plain rows, for the re-forecast, at a fraction of building ``ProductDay``s."""
        return [row for step in self.product_units_in_steps(rows=0) for row in step]

    def product_units_in_steps(self, rows: int = 5_000
                               ) -> Iterator[list[tuple[str, date, int]]]:
        """``product_units`` ``rows`` at a time (0: at once; 5,000 take ~20 ms), for a
        window that reads a year of 2,000 products (~0.4 s) between its other work. A
        write between two steps leaves the steps read before it as they were: the caller
        reads again after a change."""
        after: str | None = ""
        while after is not None:
            with self._decoding(), self._connection() as conn:
                found, after = product_day_rows.units_after(conn, after, rows)
            yield found

    def tasks(self) -> list[Task]:
        return self._read(Task)

    def settings(self) -> PlanSettings:
        """The plan's settings; the defaults until the user changes one. Read as a whole
        collection (one row), so it is remembered until the next write: the budget reads it
        on every recompute, and it holds last year's events."""
        found = [s for s in self._read(PlanSettings) if s.key == SETTINGS_KEY]
        return found[0] if found else PlanSettings()

    def task_templates(self) -> list[TaskTemplate]:
        return self._read(TaskTemplate)

    def get(self, kind: type[E], key: str) -> E | None:
        found = self._read(kind, [key])
        return found[0] if found else None

    def counts(self) -> PlanCounts:
        with self._decoding(), self._connection() as conn:
            def n(kind: type) -> int:
                return mapper_for(kind).count(conn)
            return PlanCounts(n(Event), n(Product), n(Task), n(DailyActual))

    def schema_version(self) -> int:
        with self._decoding(), self._connection() as conn:
            return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one() or SCHEMA_VERSION)

    # -- writing ----------------------------------------------------------------
    def write(self, ops: Sequence[Op]) -> Changes:
        """Validate, then apply all of ``ops`` in one transaction; announce what changed,
        the rows the deletes took with them included.

        Raises ``ValidationError`` for invalid ops and ``PlanWriteError`` when the file
        does not take the write (a full disk) or the plan is open read-only; either way
        the plan is unchanged.
        """
        problems = problems_in(ops)
        if problems:
            raise ValidationError(problems)
        self._writable()
        self.take_backup()  # the plan as it was opened, before the session changes it
        try:
            with self.engine.begin() as conn:
                was = self._memo.read_touched(conn, ops)
                written = write_ops(conn, ops)
                touched = self._memo.read_touched(conn, ops)
        except (sqlite3.OperationalError, OperationalError) as exc:
            # SQLAlchemy wraps the driver's error; its text carries the SQL, not for users.
            raise PlanWriteError(self.path, str(getattr(exc, "orig", exc))) from exc
        except StoredValueError as exc:  # a touched row read back
            raise self._damaged(str(exc)) from exc
        self._memo.apply(ops, was, touched)  # only once committed: a rollback keeps the memo true
        self._writes += 1
        return Changes.of(written)

    def _writable(self) -> None:
        if self.read_only:
            raise PlanWriteError(self.path, "the plan is open read-only")
        if self._in_steps:
            raise PlanWriteError(self.path, "another change is being stored")

    def write_in_steps(self, ops: Sequence[Op], done: Callable[[Changes, list[Op]], None],
                       rows: int = 1000, invert: bool = True) -> Iterator[float]:
        """``write`` for more ops than the window can write between two frames (an import
        of a year of 2,000 products' days is 730,000, and its undo), ``rows`` ops a step:
        iterate it between other work (``ui.common.slices``); each step yields the share
        of the work done (0 to 1). The ops are validated, then written in one transaction
        left open between the steps and committed at the last, their inverse
        (``inverse``) worked out as they go unless ``invert`` is false (an undo or redo
        already holds it); then ``done(changes, inverse)``.

        From its first step to its end, reads see the rows written so far and any other
        write is refused (``PlanWriteError``). Raises as ``write`` does; a step that
        raises, or closing the iterator before its commit, rolls back: the plan is
        unchanged. The commit runs on a thread of its own (``committing``), the last steps
        waiting for it; closing the iterator then waits for its end, and the write is
        done (``done`` called) as if run to its end: a commit begun cannot be taken back.
        """
        self._writable()
        self._in_steps = True
        try:
            yield from self._validate_in_steps(ops, rows)
            self.take_backup()
            yield from self._write_steps(ops, done, rows, invert)
        finally:
            self._in_steps = False

    def _validate_in_steps(self, ops: Sequence[Op], rows: int) -> Iterator[float]:
        for i in range(0, len(ops), rows):
            problems = problems_in(ops[i:i + rows])
            if problems:
                raise ValidationError(problems)
            yield (i + rows) / (2 * len(ops))  # checking takes about as long as writing

    def _write_steps(self, ops: Sequence[Op], done: Callable[[Changes, list[Op]], None],
                     rows: int, invert: bool) -> Iterator[float]:
        written = StepsWritten(invert)
        inverse: list[Op] = []
        conn = self.engine.connect()
        self._writes += 1  # a read in steps across this write must not be remembered
        try:
            transaction = conn.begin()
            self._open = conn
            for i in range(0, len(ops), rows):
                written.write(conn, ops[i:i + rows])
                yield min(0.5 + (i + rows) / (2 * len(ops)), 1.0)
            for _ in written.finished(inverse):
                yield 1.0
            changes = written.changes()
            self._open = None
            self._commit = Commit(transaction)
            try:
                yield from self._commit.turns(_COMMIT_POLL_S)
            except GeneratorExit:
                pass  # closed during the commit, which has ended: the write is done
            finally:
                self._commit = None
        except (sqlite3.OperationalError, OperationalError) as exc:
            raise PlanWriteError(self.path, str(getattr(exc, "orig", exc))) from exc
        except StoredValueError as exc:  # a row the inverse read back
            raise self._damaged(str(exc)) from exc
        finally:
            self._open = None
            conn.close()  # rolls back a transaction not committed
        self._memo.forget(changes.kinds)
        self._writes += 1
        done(changes, inverse)

    @property
    def committing(self) -> bool:
        """The commit of a write in steps is under way: it will end written."""
        return self._commit is not None

    def inverse(self, ops: Sequence[Op]) -> list[Op]:
        """Operations that, written after ``ops``, restore what the plan holds now."""
        with self._decoding(), self._connection() as conn:
            return inverse_ops(conn, ops, {})

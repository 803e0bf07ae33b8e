"""The migration runner: upgrades in one transaction, rolls back whole on failure."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, create_engine

from ecplanner.domain.model import PlanInfo
from ecplanner.store.errors import PlanFileError, Refusal
from ecplanner.store.header import read_header
from ecplanner.store.migrations import SCHEMA_VERSION, STEPS
from ecplanner.store.plan_file import open_plan_file
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


def test_a_new_plan_has_the_tables_every_plan_of_version_1_has(tmp_path: Path) -> None:
    """``schema_v1.sql`` is what SQLite holds for a plan made by the first version; plans
    in the wild have exactly it, so the schema may change only through a migration."""
    path = tmp_path / "v1.ecplan"
    PlanStore.create(path, PlanInfo("s", 2027)).close()
    with sqlite3.connect(path) as conn:
        found = [sql or f"-- {kind} {name} (automatic)" for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")]
    conn.close()
    expected = (Path(__file__).parent / "schema_v1.sql").read_text(encoding="utf-8")
    assert "\n".join(found) + "\n" == expected

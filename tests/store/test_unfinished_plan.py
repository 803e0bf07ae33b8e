"""One rule for every entry point: a plan whose creation was cut short is refused alike,
unchanged; reading a plan (``info``, ``check``, ``export``) never writes it."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection

from ecplanner import paths, plans
from ecplanner.cli import main
from ecplanner.domain.model import PlanInfo
from ecplanner.store.errors import PlanFileError, Refusal
from ecplanner.store.header import APPLICATION_ID, read_header
from ecplanner.store.migrations import SCHEMA_VERSION, STEPS
from ecplanner.store.plan_file import create_plan_file
from ecplanner.store.plan_store import PlanStore
from ecplanner.store.reader import open_read_only

INFO = PlanInfo(store_name="半成品", year=2027)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _stamped_only(path: Path) -> None:
    """What ``new`` leaves when stopped between stamping the file and its first migration."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    assert read_header(path).user_version == 0


def _schema_only(path: Path) -> None:
    """What ``new`` leaves when stopped between the migration and its first write."""
    engine, raw = create_plan_file(path)
    engine.dispose()
    raw.close()
    assert read_header(path).user_version == SCHEMA_VERSION


UNFINISHED = {"stamped only": _stamped_only, "schema only": _schema_only}


def _cli(*args: str) -> Callable[[Path], object]:
    def run(plan: Path) -> object:
        return main([args[0], str(plan), *args[1:]])
    return run


def _opens(opening: Callable[[Path], object]) -> Callable[[Path], object]:
    def run(plan: Path) -> object:
        try:
            opening(plan)
        except PlanFileError as error:
            return error.refusal
        return "opened"
    return run


ENTRY_POINTS = {
    "info": (_cli("info"), 3),
    "check": (_cli("check"), 3),
    "export": (_cli("export", "--json", "out.json"), 3),
    "import": (_cli("import", "--json", "team.json"), 3),
    "the window": (_opens(plans.open_plan), Refusal.UNFINISHED),
    "a session": (_opens(PlanStore.open), Refusal.UNFINISHED),
    "a reader": (_opens(open_read_only), Refusal.UNFINISHED),
}


@pytest.mark.parametrize("name", ENTRY_POINTS)
@pytest.mark.parametrize("state", UNFINISHED)
def test_an_unfinished_plan_is_refused_alike_and_unchanged(
        name: str, state: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    entry, verdict = ENTRY_POINTS[name]
    monkeypatch.chdir(tmp_path)
    plan = tmp_path / "plan.ecplan"
    UNFINISHED[state](plan)
    (tmp_path / "team.json").write_text("{}")
    before, files = _digest(plan), sorted(tmp_path.iterdir())
    assert entry(plan) == verdict, name
    if verdict == 3:
        assert "never finished" in capsys.readouterr().err
    assert _digest(plan) == before
    assert sorted(tmp_path.iterdir()) == files  # no output, no lock file beside it


def _add_table(conn: Connection) -> None:
    conn.exec_driver_sql("CREATE TABLE later_feature (x TEXT)")


def test_a_plan_of_an_older_schema_is_read_from_a_migrated_copy(plan_path: Path) -> None:
    PlanStore.create(plan_path, INFO).close()
    before = _digest(plan_path)
    steps = {**STEPS, SCHEMA_VERSION + 1: _add_table}
    store = open_read_only(plan_path, steps)
    try:
        assert store.info() == INFO
        assert store.schema_version() == SCHEMA_VERSION + 1
    finally:
        store.close()
    assert _digest(plan_path) == before
    PlanStore.open(plan_path).close()  # and the reader let go of it


def test_export_writes_only_its_outputs(plan_path: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    plans.create_plan(plan_path, INFO).close()
    before = _digest(plan_path)
    out = tmp_path / "plan.json"
    assert main(["export", str(plan_path), "--json", str(out)]) == 0
    assert out.exists() and _digest(plan_path) == before
    assert not list(paths.backup_dir().glob("**/*.ecplan"))  # nor a backup copy

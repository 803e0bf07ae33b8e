"""Bad plan files, one table: what ``info``, ``check``, ``export`` and the window's way of
opening a plan (``plans.open_plan``, then the reads its tabs make) do with each, and
that each file is left byte for byte as it was, with nothing new beside it but the lock
file of a session that got as far as taking it.

The commands run in this process (``cli.main``). The cases that need the file system to
refuse a read or a write run in a second process as root without its capabilities (the
root user CI runs as otherwise reads and writes any file, whatever its mode).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ecplanner import plans
from ecplanner.cli import main
from ecplanner.domain.model import Event, EventKind, PlanInfo, Task
from ecplanner.domain.ops import Put
from ecplanner.store.errors import PlanFileError
from ecplanner.store.migrations import SCHEMA_VERSION
from ecplanner.store.plan_store import PlanStore

PAGE = 4096  # SQLite's default page size, which plans have

Report = dict[str, Any]


# -- the entry points ---------------------------------------------------------------------
def _command(*args: str) -> list[Any]:
    with contextlib.redirect_stdout(io.StringIO()) as out, \
            contextlib.redirect_stderr(io.StringIO()) as err:
        code = main(list(args))
    return [code, out.getvalue(), err.getvalue()]


def _window(plan: Path) -> str:
    """``opened``, ``read_only:<cause>`` or the refusal, as the window would meet it."""
    try:
        store = plans.open_plan(plan)
    except PlanFileError as error:
        return f"{error.refusal.value}: {error}"
    try:
        for read in (store.info, store.settings, store.events, store.products, store.tasks,
                     store.stock_plans, store.budget_months, store.actuals,
                     store.task_templates):
            read()  # what the tabs read
    except PlanFileError as error:
        return f"{error.refusal.value} when read: {error}"
    finally:
        store.close()
    return f"read_only:{store.read_only_cause}" if store.read_only_cause else "opened"


def report(plan: Path, out: Path) -> Report:
    """Every entry point on ``plan``; ``out`` is a folder for what ``export`` writes."""
    return {"info": _command("info", str(plan)),
            "check": _command("check", str(plan)),
            "export": _command("export", str(plan), "--json", str(out / f"{plan.stem}.json")),
            "window": _window(plan)}


# -- the bad files ------------------------------------------------------------------------
def _sound_plan(path: Path) -> None:
    store = PlanStore.create(path, PlanInfo(store_name="坏文件店", year=2027))
    events = [Event(f"活动 {i}", EventKind.STORE_PROMO, date(2027, 3, 1), date(2027, 3, 2),
                    notes="备注" * 40) for i in range(150)]
    store.write([Put(e) for e in events])
    store.write([Put(Task(f"任务 {i}", "operations", date(2027, 2, 20),
                          event_uuid=events[i].uuid)) for i in range(150)])
    store.close()


def _cut(size: int) -> Callable[[Path], None]:
    def cut(path: Path) -> None:
        with path.open("r+b") as f:
            f.truncate(path.stat().st_size - size)
    return cut


def _junk_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // PAGE // 2 * PAGE
    data[middle:middle + PAGE] = bytes(range(256)) * (PAGE // 256)
    path.write_bytes(bytes(data))


def _pragma(statement: str) -> Callable[[Path], None]:
    def run(path: Path) -> None:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute(statement)
            conn.commit()
    return run


def _index_out_of_step(path: Path) -> None:
    """One byte of an index changed: its pages stay well formed (the quick check on
    opening passes), but the index no longer matches its table."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master "
                            "WHERE name = 'ix_event_start'").fetchone()[0]
    data = bytearray(path.read_bytes())
    page = data[(root - 1) * PAGE:root * PAGE]
    at = (root - 1) * PAGE + page.index(b"2027-03-01") + 9
    data[at] = ord("2")
    path.write_bytes(bytes(data))


def _undecodable(path: Path) -> None:
    """A value another program wrote that no task status is."""
    _pragma("UPDATE task SET status = 'ope' WHERE title = '任务 7'")(path)


@dataclass(frozen=True)
class Case:
    make: Callable[[Path], None]  # turns a sound plan into the bad file
    codes: tuple[int, int, int]  # the exit codes of info, check and export
    window: str  # how the window's open path begins its answer
    words: str  # in each refusal
    locks: bool = False  # whether the refusal comes after the lock was taken


def _replace_with(content: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(content)


def _foreign(path: Path) -> None:
    path.unlink()
    _pragma("CREATE TABLE orders (id INTEGER PRIMARY KEY)")(path)


CASES: dict[str, Case] = {
    "zero bytes": Case(_replace_with(b""), (3, 3, 3), "not_sqlite", "not a SQLite database"),
    "junk": Case(_replace_with(b"\x89PNG\r\n" + bytes(5000)), (3, 3, 3), "not_sqlite",
                 "not a SQLite database"),
    "cut 1 byte short": Case(_cut(1), (3, 3, 3), "damaged",
                             "cut short: 1 byte missing from the end of its"),
    "cut 10 bytes short": Case(_cut(10), (3, 3, 3), "damaged", "cut short: 10 bytes missing"),
    "cut a page short": Case(_cut(PAGE), (3, 3, 3), "damaged", f"cut short: {PAGE} bytes"),
    "a foreign SQLite database": Case(_foreign, (3, 3, 3), "not_a_plan",
                                      "not an ecplanner plan"),
    "another app's id": Case(_pragma("PRAGMA application_id = 1234"), (3, 3, 3),
                             "not_a_plan", "not an ecplanner plan"),
    "a newer schema": Case(_pragma(f"PRAGMA user_version = {SCHEMA_VERSION + 1}"),
                           (3, 3, 3), "newer_version", "newer version of ecplanner"),
    "schema version 0": Case(_pragma("PRAGMA user_version = 0"), (3, 3, 3), "unfinished",
                             "never finished"),
    "a page of junk": Case(_junk_page, (3, 3, 3), "damaged", "damaged", locks=True),
    "an index out of step": Case(_index_out_of_step, (0, 3, 0), "opened",
                                 "missing from index ix_event_start", locks=True),
    "a value no status is": Case(_undecodable, (0, 3, 3), "damaged when read",
                                 "table task, row", locks=True),
    "a title that is not UTF-8": Case(
        _pragma("UPDATE event SET title = CAST(x'e6b4bbff' AS TEXT) WHERE title = '活动 3'"),
        (0, 3, 3), "damaged when read", "Could not decode to UTF-8", locks=True),
}


def _listing(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "<dir>"
            for p in folder.iterdir()}


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan = tmp_path_factory.mktemp("sound") / "sound.ecplan"
    _sound_plan(plan)
    (plan.parent / f".{plan.name}.lock").unlink()
    return plan


def _check_refusals(name: str, case: Case, found: Report) -> None:
    for (command, expected) in zip(("info", "check", "export"), case.codes, strict=True):
        code, _, err = found[command]
        assert code == expected, (name, command, err)
        assert "Traceback" not in err and err.count("\n") <= 1, (name, command, err)
        if expected == 3:
            assert case.words in err, (name, command, err)
    assert found["window"].startswith(case.window), (name, found["window"])
    if case.window != "opened":
        assert case.words in found["window"], (name, found["window"])


@pytest.mark.parametrize("name", CASES)
def test_a_bad_plan_file(name: str, sound: Path, tmp_path: Path) -> None:
    case = CASES[name]
    folder, out = tmp_path / "plans", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    plan = folder / "plan.ecplan"
    shutil.copyfile(sound, plan)
    case.make(plan)
    before = _listing(folder)
    _check_refusals(name, case, report(plan, out))
    after = _listing(folder)
    lock = ".plan.ecplan.lock"
    assert {k: v for k, v in after.items() if k != lock} == before  # the plan unchanged
    assert (lock in after) == case.locks


def test_a_folder_and_a_named_pipe_are_refused_at_once(tmp_path: Path) -> None:
    folder, out = tmp_path / "plans", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    (folder / "a folder.ecplan").mkdir()
    pipe = folder / "a pipe.ecplan"
    os.mkfifo(pipe)

    def unblock() -> None:  # should opening wait for a writer, give it one: the test fails
        with contextlib.suppress(OSError):
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))

    watchdog = threading.Timer(5, unblock)
    watchdog.start()
    try:
        for plan, words in ((folder / "a folder.ecplan", "this is a folder, not a plan file"),
                            (pipe, "this is a named pipe, not a plan file")):
            _check_refusals(plan.name, Case(_cut(0), (3, 3, 3), "not_a_file", words),
                            report(plan, out))
    finally:
        watchdog.cancel()
    assert sorted(p.name for p in folder.iterdir()) == ["a folder.ecplan", "a pipe.ecplan"]


def test_a_path_with_cjk_and_spaces_and_a_symbolic_link(sound: Path, tmp_path: Path) -> None:
    folder, out = tmp_path / "店铺 计划 2027", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    plan = folder / "年度 计划 v1.2.ecplan"
    shutil.copyfile(sound, plan)
    link = tmp_path / "捷径.ecplan"
    link.symlink_to(plan)
    before = _listing(folder)
    for path in (plan, link):
        found = report(path, out)
        for command in ("info", "check", "export"):
            code, _, err = found[command]
            assert code in (0, 1) and not err, (path, command, err)
        assert "the file is sound" in found["check"][1]
        assert found["window"] == "opened"
    # One lock, beside the plan itself, by whichever name it is opened.
    lock = f".{plan.name}.lock"
    assert _listing(folder) == {**before, lock: _listing(folder)[lock]}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "店铺 计划 2027", "捷径.ecplan"]
    held = plans.open_plan(plan)
    try:
        assert _window(link).startswith("already_open")
    finally:
        held.close()


# -- what only the file system can refuse -------------------------------------------------
def _unprivileged() -> list[str] | None:
    """The prefix running a command as this user without the powers that read and write
    any file, or None when there is none here."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        return None
    prefix = ["setpriv", "--bounding-set=-all", "--inh-caps=-all"]
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    return prefix if probe.returncode == 0 else None


_IN_A_SECOND_PROCESS = """
import importlib.util, json, sys
from pathlib import Path
spec = importlib.util.spec_from_file_location("bad_plan_files", sys.argv[1])
module = sys.modules["bad_plan_files"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
out = Path(sys.argv[2])
found = {}
for plan in map(Path, sys.argv[3:]):
    found[plan.parent.name] = {
        **module.report(plan, out),
        "import": module._command("import", str(plan), "--json", str(out / "in.json")),
    }
print(json.dumps(found))
"""


@pytest.mark.slow
@pytest.mark.skipif(_unprivileged() is None, reason="needs setpriv(1) to drop root's powers")
def test_unreadable_read_only_and_in_a_read_only_folder(sound: Path, tmp_path: Path) -> None:
    prefix = _unprivileged()
    assert prefix is not None
    out = tmp_path / "out"
    out.mkdir()
    plans_made: dict[str, Path] = {}
    for name in ("unreadable", "read-only", "read-only folder"):
        (tmp_path / name).mkdir()
        plans_made[name] = plan = tmp_path / name / "plan.ecplan"
        shutil.copyfile(sound, plan)
    assert main(["export", str(sound), "--json", str(out / "in.json")]) == 0
    plans_made["unreadable"].chmod(0o200)
    plans_made["read-only"].chmod(0o444)
    plans_made["read-only folder"].parent.chmod(0o555)
    before = {name: _listing(plan.parent) for name, plan in plans_made.items()}
    try:
        done = subprocess.run([*prefix, sys.executable, "-c", _IN_A_SECOND_PROCESS, __file__,
                               str(out), *map(str, plans_made.values())],
                              capture_output=True, text=True, timeout=120)
    finally:
        plans_made["read-only folder"].parent.chmod(0o755)
        plans_made["unreadable"].chmod(0o644)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)

    unreadable = found["unreadable"]
    words = "this file cannot be read (permission denied)"
    _check_refusals("unreadable", Case(_cut(0), (3, 3, 3), "unreadable", words), unreadable)
    assert unreadable["import"][0] == 3 and words in unreadable["import"][2]
    for name, cause in (("read-only", "file"), ("read-only folder", "folder")):
        for command in ("info", "check", "export"):
            code, _, err = found[name][command]
            assert code in (0, 1) and not err, (name, command, err)
        assert found[name]["window"] == f"read_only:{cause}"
        code, _, err = found[name]["import"]
        assert code == 3 and "this plan cannot be changed where it is" in err, err
        assert "Traceback" not in err and err.count("\n") == 1
    assert "the file is read-only" in found["read-only"]["import"][2]

    after = {name: _listing(plan.parent) for name, plan in plans_made.items()}
    lock = ".plan.ecplan.lock"
    assert after["unreadable"] == before["unreadable"]  # refused before any lock
    assert after["read-only folder"] == before["read-only folder"]  # nowhere to lock
    assert {k: v for k, v in after["read-only"].items() if k != lock} == before["read-only"]


def test_a_stored_value_that_does_not_decode_names_table_row_and_value(
        sound: Path, tmp_path: Path) -> None:
    plan = tmp_path / "plan.ecplan"
    shutil.copyfile(sound, plan)
    _undecodable(plan)
    store = plans.open_plan(plan)
    try:
        with pytest.raises(PlanFileError) as caught:
            store.tasks()
    finally:
        store.close()
    assert caught.value.refusal.value == "damaged"
    assert "table task, row" in str(caught.value)
    assert "'ope' is not a valid TaskStatus" in str(caught.value)



_CRASH = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # changed pages go to the file before the commit
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE event SET title = 'half written'")
os._exit(0)  # killed before COMMIT: the journal stays behind
"""


def test_a_save_cut_short_is_rolled_back_when_read_through_a_symbolic_link(
        sound: Path, tmp_path: Path) -> None:
    """SQLite keeps the journal beside the file a link points to; so must our look for it."""
    plan = tmp_path / "real.ecplan"
    shutil.copyfile(sound, plan)
    subprocess.run([sys.executable, "-c", _CRASH, str(plan)], check=True, timeout=60)
    assert (tmp_path / "real.ecplan-journal").stat().st_size > 0
    link = tmp_path / "shortcut.ecplan"
    link.symlink_to(plan)
    code, printed, err = _command("check", str(link))
    assert code in (0, 1) and "the file is sound" in printed, err
    store = plans.open_plan(link)
    try:
        assert "half written" not in {e.title for e in store.events()}
    finally:
        store.close()

"""The session lock: one process holds a plan from opening to closing, whatever else the
process does with the file, and a process that died holds nothing."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ecplanner import plans
from ecplanner.cli import main
from ecplanner.domain.model import Event, EventKind, PlanInfo
from ecplanner.domain.ops import Put
from ecplanner.store.errors import PlanFileError, Refusal
from ecplanner.store.plan_store import PlanStore
from ecplanner.store.reader import read_summary

INFO = PlanInfo(store_name="锁店", year=2027, markets=("cn",), platforms=("tmall",))


def _event(title: str) -> Put:
    return Put(Event(title, EventKind.STORE_PROMO, date(2027, 3, 1), date(2027, 3, 2)))


def _cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "ecplanner", *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_the_lock_outlives_another_descriptor_of_the_plan(plan_path: Path,
                                                          tmp_path: Path) -> None:
    """POSIX locks vanish when any descriptor of the file closes in the process; a file
    dialog peeking at the plan closes one. The session's lock must not."""
    PlanStore.create(plan_path, INFO).close()
    store = plans.open_plan(plan_path)
    try:
        with plan_path.open("rb") as peek:  # what a file dialog does to guess the type
            peek.read(100)
        os.close(os.open(plan_path, os.O_RDONLY))
        sqlite3.connect(f"{plan_path.as_uri()}?mode=ro", uri=True).close()
        source = tmp_path / "team.json"
        source.write_text("{}")
        second = _cli("import", str(plan_path), "--json", str(source))
        _, err = second.communicate(timeout=60)
        assert second.returncode == 3 and "already open" in err, err
        store.write([_event("still mine")])
    finally:
        store.close()
    assert read_summary(plan_path)["events"] == 1


_HOLD = """
import sys
from pathlib import Path
from ecplanner.store.plan_store import PlanStore
store = PlanStore.open(Path(sys.argv[1]))
print("open", flush=True)
sys.stdin.read()
"""


def test_a_plan_left_open_by_a_killed_process_opens(plan_path: Path) -> None:
    """The kernel drops an OS lock with its holder: no stale lock refuses the plan."""
    PlanStore.create(plan_path, INFO).close()
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(plan_path)], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(PlanFileError) as caught:
            PlanStore.open(plan_path)
        assert caught.value.refusal == Refusal.ALREADY_OPEN
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=60)
    PlanStore.open(plan_path).close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_entry_point_refuses_a_plan_open_elsewhere(
        plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A second lock on the same plan conflicts even within one process, so the command
    line's entry points are run here as a second program would run them."""
    PlanStore.create(plan_path, INFO).close()
    source = tmp_path / "team.json"
    source.write_text("{}")
    other = PlanStore.create(tmp_path / "other.ecplan", INFO)
    store = plans.open_plan(plan_path)
    try:
        before = _digest(plan_path)
        for args in (["info"], ["check"], ["export", "--json", str(tmp_path / "o.json")],
                     ["import", "--json", str(source)]):
            assert main([args[0], str(plan_path), *args[1:]]) == 3, args
            assert "already open" in capsys.readouterr().err
        for opening in (PlanStore.open, plans.open_plan):
            with pytest.raises(PlanFileError) as caught:
                opening(plan_path)
            assert caught.value.refusal == Refusal.ALREADY_OPEN
        with pytest.raises(OSError, match="already open"):
            other.copy_to(plan_path)  # Save a Copy onto it
        assert _digest(plan_path) == before
        assert not (tmp_path / "o.json").exists()
        store.write([_event("kept")])
    finally:
        store.close()
        other.close()
    assert read_summary(plan_path)["events"] == 1

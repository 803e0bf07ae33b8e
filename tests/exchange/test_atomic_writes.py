"""Every file the app writes is written whole or not at all: an export that fails (a full
disk) leaves the previous file byte for byte and no temporary file beside it.

The failures are real where the machine lets a test mount a small file system (root on
Linux) and fill it; everywhere, the same cases run with the failure injected at the atomic
writer's write-and-sync step.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from ecplanner.cli import main
from ecplanner.exchange import atomic
from ecplanner.exchange.ics import write_ics
from ecplanner.exchange.json_io import write_json
from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.xlsx.export import write_workbook
from ecplanner.store.plan_store import PlanStore

KINDS = ("xlsx", "ics", "json", "png", "pdf")
OLD = b"the export the team already has, which a failed export must leave alone\n" * 50
Export = Callable[[Path], object]


@pytest.fixture
def export(demo_snapshot: PlanSnapshot, demo_store: PlanStore,
           qapp: object) -> Callable[[str], Export]:
    """``export(kind)(target)`` writes the demo plan as ``kind``, as the app and the
    command line do (``qapp`` first: the picture would otherwise start its own app)."""
    from ecplanner.ui.calendar.export_image import render_calendar_image

    def of_kind(kind: str) -> Export:
        return {
            "xlsx": lambda target: write_workbook(demo_snapshot, target),
            "ics": lambda target: write_ics(demo_snapshot, target),
            "json": lambda target: write_json(demo_snapshot, target),
            "png": lambda target: render_calendar_image(demo_store, target),
            "pdf": lambda target: render_calendar_image(demo_store, target),
        }[kind]

    return of_kind


@pytest.fixture
def full_folder(tmp_path: Path) -> Iterator[Path]:
    """An empty folder on a small file system of its own (call ``fill_up`` to fill it)."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("no mount here")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:  # lazily: a file a failing test left open must not keep it mounted
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def fill_up(folder: Path) -> None:
    """Take every free block of ``folder``'s file system."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for chunk in (1 << 20, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError as error:
                assert error.errno == errno.ENOSPC
    finally:
        os.close(fd)


def _target(folder: Path, kind: str) -> Path:
    target = folder / f"plan.{kind}"
    target.write_bytes(OLD)
    return target


@pytest.mark.parametrize("kind", KINDS)
def test_an_export_to_a_full_disk_leaves_the_old_file(
        kind: str, export: Callable[[str], Export], full_folder: Path) -> None:
    target = _target(full_folder, kind)
    fill_up(full_folder)
    with pytest.raises(OSError) as raised:
        export(kind)(target)
    assert raised.value.errno == errno.ENOSPC
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in full_folder.iterdir()) == ["filler", target.name]


@pytest.mark.parametrize("kind", ["xlsx", "json", "png"])
def test_the_command_line_says_a_full_disk_in_one_line_and_exits_3(
        kind: str, demo_file: Path, full_folder: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    plan = tmp_path / "plan.ecplan"
    plan.write_bytes(demo_file.read_bytes())
    target = _target(full_folder, kind)
    fill_up(full_folder)
    assert main(["export", str(plan), f"--{kind}", str(target)]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert "No space left on device" in captured.err and str(target) in captured.err
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in full_folder.iterdir()) == ["filler", target.name]


def _disk_full_halfway(monkeypatch: pytest.MonkeyPatch) -> None:
    """The atomic writer's write-and-sync step writes half, then finds the disk full."""

    def fill(out: BinaryIO, data: bytes) -> None:
        out.write(data[:len(data) // 2])
        out.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "_fill", fill)


@pytest.mark.parametrize("kind", KINDS)
def test_an_export_failing_halfway_leaves_the_old_file(
        kind: str, export: Callable[[str], Export], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = _target(folder, kind)
    _disk_full_halfway(monkeypatch)
    with pytest.raises(OSError) as raised:
        export(kind)(target)
    assert raised.value.errno == errno.ENOSPC and raised.value.filename == str(target)
    assert target.read_bytes() == OLD
    assert [p.name for p in folder.iterdir()] == [target.name]


def test_a_write_replaces_the_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_bytes(OLD)
    target.chmod(0o640)
    atomic.write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    umask = os.umask(0o022)
    os.umask(umask)
    fresh = tmp_path / "fresh.ics"
    atomic.write_atomically(fresh, b"new")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.ics", "plan.json"]


def test_a_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "plan.xlsx"
    real.parent.mkdir()
    real.write_bytes(OLD)
    link = tmp_path / "plan.xlsx"
    link.symlink_to(real)
    atomic.write_atomically(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_failed_rename_names_the_target_and_leaves_no_temporary_file(
        tmp_path: Path) -> None:
    target = tmp_path / "plan.png"
    target.mkdir()  # a folder cannot be replaced by a file
    with pytest.raises(OSError) as raised:
        atomic.write_atomically(target, b"new")
    assert raised.value.filename == str(target)
    assert [p.name for p in tmp_path.iterdir()] == ["plan.png"]

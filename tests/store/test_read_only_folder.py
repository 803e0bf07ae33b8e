"""A plan in a folder that cannot be written: read as last saved, never called damaged.

``info``, ``check`` and what ``export`` reads get the plan as its last commit left it (a
save cut short is rolled back in a copy in memory); a window opens the plan read-only, or
refuses it with the true reason when a save cut short must be rolled back first; nothing
in the folder changes.

The folder is made read-only for real, by a read-only bind mount in a private mount
namespace (``unshare``): permission bits would not stop the root user CI runs as.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from ecplanner.domain.model import Event, EventKind, PlanInfo
from ecplanner.domain.ops import Put
from ecplanner.store.plan_store import PlanStore


def _can_mount_read_only() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(not _can_mount_read_only(),
                                reason="needs unshare(1) and user namespaces (Linux)")

# Run inside the namespace: every entry point on each plan, as a JSON report.
_ENTRY_POINTS = """
import contextlib, io, json, sys
from pathlib import Path
from ecplanner import plans
from ecplanner.cli import main
from ecplanner.store.errors import PlanFileError
from ecplanner.store.reader import open_read_only
report = {}
for plan in map(Path, sys.argv[1:]):
    out = {}
    for command in ("info", "check"):
        with contextlib.redirect_stdout(io.StringIO()) as printed, \\
                contextlib.redirect_stderr(io.StringIO()) as err:
            code = main([command, str(plan), *(["--json"] if command == "info" else [])])
        out[command] = [code, printed.getvalue(), err.getvalue()]
    store = open_read_only(plan)  # what export reads
    out["titles"] = [event.title for event in store.events()]
    store.close()
    try:
        store = plans.open_plan(plan)
        out["window"] = ["read_only", store.read_only_cause, [e.title for e in store.events()]]
        store.close()
    except PlanFileError as error:
        out["window"] = [error.refusal.value, str(error)]
    report[plan.name] = out
print(json.dumps(report))
"""

_CRASH = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # changed pages go to the file before the commit
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE event SET title = 'half written'")
conn.execute("CREATE TABLE filler (x)")
for i in range(300):
    conn.execute("INSERT INTO filler VALUES (?)", ("f" * 2000,))
os._exit(0)  # killed before COMMIT: the journal stays behind
"""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _plan(path: Path) -> None:
    store = PlanStore.create(path, PlanInfo(store_name="只读", year=2027))
    store.write([Put(Event("saved", EventKind.STORE_PROMO, date(2027, 3, 1), date(2027, 3, 2),
                           notes="n" * 3000))])
    store.close()


@pytest.mark.slow
def test_a_plan_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    crashed, clean = folder / "crashed.ecplan", folder / "clean.ecplan"
    for plan in (crashed, clean):
        _plan(plan)
    subprocess.run([sys.executable, "-c", textwrap.dedent(_CRASH), str(crashed)], check=True,
                   timeout=60)
    journal = folder / "crashed.ecplan-journal"
    assert journal.stat().st_size > 0 and b"half written" in crashed.read_bytes()
    before = {p.name: _digest(p) for p in folder.iterdir()}
    mount = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    done = subprocess.run(["unshare", "-rm", "sh", "-c", mount, "sh", str(folder),
                           sys.executable, "-c", _ENTRY_POINTS, str(crashed), str(clean)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    for name, out in report.items():
        info_code, info, _ = out["info"]
        assert info_code == 0 and json.loads(info)["events"] == 1, name
        check_code, check, _ = out["check"]
        assert check_code in (0, 1) and "the file is sound" in check, name
        assert out["titles"] == ["saved"], name  # as last committed
    refusal, message = report["crashed.ecplan"]["window"]
    assert refusal == "rollback_blocked"
    assert "damaged" not in message.replace("not damaged", "") and "backup" not in message
    assert "crashed.ecplan-journal" in message
    assert report["clean.ecplan"]["window"] == ["read_only", "folder", ["saved"]]
    assert {p.name: _digest(p) for p in folder.iterdir()} == before  # nothing written

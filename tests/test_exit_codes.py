"""Exit codes for every command: 0 success, 1 warnings, 2 usage, 3 a file or data that
cannot be read or is refused — each error one line on stderr, never a traceback."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ecplanner.cli import main
from ecplanner.domain.model import PlanInfo, PlanSettings
from ecplanner.domain.ops import Put
from ecplanner.store.plan_store import PlanStore

OK, WARNINGS, USAGE, REFUSED = 0, 1, 2, 3


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of what the commands are given: the demo plan and its exports, a plan
    without warnings, a plan damaged inside (a task status no version wrote), junk, a
    JSON file with a value the plan cannot hold, a workbook cut short."""
    folder = tmp_path_factory.mktemp("files")
    demo = folder / "demo.ecplan"
    assert main(["new", str(demo), "--year", "2027", "--demo"]) == 0
    assert main(["export", str(demo), "--xlsx", str(folder / "demo.xlsx"),
                 "--json", str(folder / "demo.json")]) == 0
    clean = PlanStore.create(folder / "clean.ecplan", PlanInfo("小店", 2027))
    clean.write([Put(PlanSettings(expected_launch_months=()))])  # no wave-gap warnings
    clean.close()
    shutil.copy(demo, folder / "damaged.ecplan")
    with sqlite3.connect(folder / "damaged.ecplan") as db:
        db.execute("UPDATE task SET status = 'ope' WHERE rowid = 1")
    db.close()
    (folder / "junk.ecplan").write_bytes(b"junk")
    data = json.loads((folder / "demo.json").read_text(encoding="utf-8"))
    data["products"][0]["unit_cost"] = float("inf")
    (folder / "inf.json").write_text(json.dumps(data), encoding="utf-8")
    book = (folder / "demo.xlsx").read_bytes()
    (folder / "cut.xlsx").write_bytes(book[:len(book) // 2])
    return folder


Row = tuple[str, Callable[[Path], list[str]], int, str]
ROWS: list[Row] = [
    ("new", lambda f: ["new", str(f / "n.ecplan"), "--year", "2027"], OK, ""),
    ("new without --year", lambda f: ["new", str(f / "n.ecplan")], USAGE, "required"),
    ("new --year 1999", lambda f: ["new", str(f / "n.ecplan"), "--year", "1999"], USAGE,
     "between 2000 and 2100"),
    ("new --store not text", lambda f: ["new", str(f / "n.ecplan"), "--year", "2027",
                                        "--store", "\udcff店"], USAGE, "--store"),
    ("new over a file", lambda f: ["new", str(f / "demo.ecplan"), "--year", "2027"],
     REFUSED, "already exists"),
    ("new in no folder", lambda f: ["new", str(f / "no" / "n.ecplan"), "--year", "2027"],
     REFUSED, "cannot be written"),
    ("info", lambda f: ["info", str(f / "demo.ecplan")], OK, ""),
    ("info without a plan", lambda f: ["info"], USAGE, "required"),
    ("info of junk", lambda f: ["info", str(f / "junk.ecplan")], REFUSED, "not an ecplanner"),
    ("info of nothing", lambda f: ["info", str(f / "none.ecplan")], REFUSED, "no such file"),
    ("check, no warnings", lambda f: ["check", str(f / "clean.ecplan")], OK, ""),
    ("check, warnings", lambda f: ["check", str(f / "demo.ecplan")], WARNINGS, ""),
    ("check of junk", lambda f: ["check", str(f / "junk.ecplan")], REFUSED, "not an ecplanner"),
    ("catalog", lambda f: ["catalog", "--year", "2027", "--market", "jp"], OK, ""),
    ("catalog --year 1800", lambda f: ["catalog", "--year", "1800"], USAGE, "years"),
    ("catalog --market xx", lambda f: ["catalog", "--year", "2027", "--market", "xx"], USAGE,
     "invalid choice"),
    ("export", lambda f: ["export", str(f / "demo.ecplan"), "--json", str(f / "o.json")], OK,
     ""),
    ("export nothing", lambda f: ["export", str(f / "demo.ecplan")], USAGE, "at least one"),
    ("export --view 2027-13", lambda f: ["export", str(f / "demo.ecplan"), "--png",
                                         str(f / "o.png"), "--view", "2027-13"], USAGE, "view"),
    ("export a damaged plan", lambda f: ["export", str(f / "damaged.ecplan"), "--xlsx",
                                         str(f / "o.xlsx")], REFUSED, "cannot be read"),
    ("export of junk", lambda f: ["export", str(f / "junk.ecplan"), "--json",
                                  str(f / "o.json")], REFUSED, "not an ecplanner"),
    ("export into no folder", lambda f: ["export", str(f / "demo.ecplan"), "--json",
                                         str(f / "no" / "o.json")], REFUSED, "cannot write"),
    ("import --dry-run", lambda f: ["import", str(f / "demo.ecplan"), "--json",
                                    str(f / "demo.json"), "--dry-run"], OK, ""),
    ("import both", lambda f: ["import", str(f / "demo.ecplan"), "--json",
                               str(f / "demo.json"), "--xlsx", str(f / "demo.xlsx")], USAGE,
     "exactly one"),
    ("import no file", lambda f: ["import", str(f / "demo.ecplan"), "--json",
                                  str(f / "none.json")], REFUSED, "no such file"),
    ("import a value refused", lambda f: ["import", str(f / "demo.ecplan"), "--json",
                                          str(f / "inf.json")], REFUSED, "not a finite number"),
    ("import a workbook cut short", lambda f: ["import", str(f / "demo.ecplan"), "--xlsx",
                                               str(f / "cut.xlsx")], REFUSED, "cannot be read"),
    ("import into a damaged plan", lambda f: ["import", str(f / "damaged.ecplan"), "--json",
                                              str(f / "demo.json")], REFUSED, "cannot be read"),
    ("import into junk", lambda f: ["import", str(f / "junk.ecplan"), "--json",
                                    str(f / "demo.json")], REFUSED, "not an ecplanner"),
    ("window on nothing", lambda f: [str(f / "none.ecplan")], REFUSED, "no such file"),
    ("window, bad option", lambda f: ["--nonsense"], USAGE, "unrecognized"),
    ("--version", lambda f: ["--version"], OK, ""),
]


@pytest.mark.parametrize(("argv", "code", "said"), [row[1:] for row in ROWS],
                         ids=[row[0] for row in ROWS])
def test_exit_code_and_one_line(files: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                argv: Callable[[Path], list[str]], code: int, said: str) -> None:
    for name in ("demo.ecplan", "damaged.ecplan"):  # a private copy: some rows write
        shutil.copy(files / name, tmp_path / name)
    for path in files.glob("[!.]*"):  # the rest read only (lock files stay behind)
        if not (tmp_path / path.name).exists():
            (tmp_path / path.name).symlink_to(path)
    assert main(argv(tmp_path)) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err and said in err
    if code == REFUSED:
        assert len([line for line in err.splitlines() if line.startswith("ecplanner:")]) <= 1


@pytest.mark.slow
def test_an_import_the_disk_cannot_take_is_one_line_and_exit_3(files: Path,
                                                                tmp_path: Path) -> None:
    """On a full disk (a small tmpfs, mounted in a user namespace) the import's write is
    refused by SQLite: one line, exit 3, and the plan is as it was."""
    if shutil.which("unshare") is None or subprocess.run(
            ["unshare", "-rm", "true"], capture_output=True).returncode != 0:
        pytest.skip("needs unshare(1) and user namespaces (Linux)")
    disk = tmp_path / "disk"
    disk.mkdir()
    data = json.loads((files / "demo.json").read_text(encoding="utf-8"))
    for product in data["products"]:
        product.pop("uuid")
        product["code"] += "-新"
        product["notes"] = "长" * 50_000
    (tmp_path / "more.json").write_text(json.dumps(data), encoding="utf-8")
    script = f"""
set -e
mount -t tmpfs -o size=1m tmpfs {disk}
cp {files / "demo.ecplan"} {disk}/plan.ecplan
sha256sum {disk}/plan.ecplan > {tmp_path}/before
dd if=/dev/zero of={disk}/filler bs=4k 2>/dev/null || true
set +e
{sys.executable} -m ecplanner import {disk}/plan.ecplan --json {tmp_path}/more.json \
    2> {tmp_path}/err
echo $? > {tmp_path}/code
rm {disk}/filler
sha256sum {disk}/plan.ecplan > {tmp_path}/after
"""
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    err = (tmp_path / "err").read_text()
    assert (tmp_path / "code").read_text().strip() == "3", err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "full" in err and "unchanged" in err
    assert (tmp_path / "before").read_text() == (tmp_path / "after").read_text()


def test_a_bug_during_an_export_is_ecplanners_failure_not_the_plans(
        files: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A ValueError from our own code is not "the plan holds data that cannot be read"."""
    from ecplanner.exchange import cli_commands

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("a bug in the exporter")

    monkeypatch.setattr(cli_commands, "export_plan", broken)
    shutil.copy(files / "demo.ecplan", tmp_path / "demo.ecplan")
    code = main(["export", str(tmp_path / "demo.ecplan"), "--json", str(tmp_path / "o.json")])
    err = capsys.readouterr().err
    assert code == 4 and "cannot be read" not in err and "a bug in the exporter" in err

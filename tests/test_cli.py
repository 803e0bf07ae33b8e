"""The command line: new, info, exit codes and messages (never a traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ecplanner.cli import main
from ecplanner.domain.model import MarkdownStep
from ecplanner.domain.ops import Put
from ecplanner.store.migrations import SCHEMA_VERSION
from ecplanner.store.plan_store import PlanStore


def test_new_and_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "p.ecplan"
    assert main(["new", str(plan), "--year", "2027", "--store", "小店", "--market", "jp"]) == 0
    capsys.readouterr()
    assert main(["info", str(plan), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["store"] == "小店"
    assert summary["year"] == 2027
    assert summary["markets"] == ["jp"]
    assert summary["schema_version"] == SCHEMA_VERSION


def test_demo_plan_has_content(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "d.ecplan"
    assert main(["new", str(plan), "--year", "2027", "--demo"]) == 0
    capsys.readouterr()
    assert main(["info", str(plan), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["products"] >= 40
    assert summary["events"] >= 10


def test_refusals_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.ecplan"
    junk.write_text("hello")
    assert main(["info", str(junk)]) == 3
    err = capsys.readouterr().err
    assert "not an ecplanner plan" in err and "Traceback" not in err
    assert main(["info", str(tmp_path / "missing.ecplan")]) == 3
    assert main([str(tmp_path / "missing.ecplan")]) == 3
    plan = tmp_path / "p.ecplan"
    assert main(["new", str(plan), "--year", "2027"]) == 0
    assert main(["new", str(plan), "--year", "2027"]) == 3
    assert "already exists" in capsys.readouterr().err


def test_a_demo_for_a_market_without_one_is_refused(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    for market in ("jp", "global"):
        plan = tmp_path / f"{market}.ecplan"
        assert main(["new", str(plan), "--year", "2027", "--market", market, "--demo"]) == 2
        [line] = capsys.readouterr().err.splitlines()
        assert f"--market {market}" in line and "cn" in line
        assert not plan.exists()
    assert main(["new", str(tmp_path / "cn.ecplan"), "--year", "2027", "--market", "cn",
                 "--demo"]) == 0


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "x.ecplan")]) == 2
    assert main(["new", str(tmp_path / "x.ecplan"), "--year", "1999"]) == 2
    assert main(["--version"]) == 0


def test_catalog_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "--year", "2026", "--market", "cn", "--platform", "tmall",
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    keys = [e["key"] for e in report["events"]]
    assert "cn.tmall.double11" in keys and "cn.jd.618" not in keys
    double11 = next(e for e in report["events"] if e["key"] == "cn.tmall.double11")
    assert double11["phases"] and double11["registration_deadline"]
    spring = next(b for b in report["breaks"] if b["start"] == "2026-02-15")
    assert spring["end"] == "2026-02-23" and spring["status"] == "official"
    assert {"day": "2026-02-14", "market": "cn"} in report["makeup_workdays"]
    assert main(["catalog", "--year", "2029", "--market", "cn", "--json"]) == 0
    later = json.loads(capsys.readouterr().out)
    assert all(h["status"] == "provisional" for h in later["holidays"])
    assert main(["catalog", "--year", "2027", "--market", "jp"]) == 0
    assert "Rakuten" in capsys.readouterr().out


def test_check_lists_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "d.ecplan"
    assert main(["new", str(plan), "--year", "2027", "--demo"]) == 0
    capsys.readouterr()
    # The demo's ladders end before each delist; move 27AU001's last cut past its 11-28 one.
    store = PlanStore.open(plan, tmp_path / "backups")
    coat = next(p for p in store.products() if p.code == "27AU001")
    stock = next(s for s in store.stock_plans() if s.product_uuid == coat.uuid)
    late_cut = MarkdownStep(date(2027, 12, 3), 0.4)
    store.write([Put(replace(stock, ladder=(stock.ladder[0], late_cut)))])
    store.close()
    assert main(["check", str(plan), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    codes = {w["code"] for w in report["warnings"]}
    assert "product.launch_in_price_lock" in codes
    named = next(w for w in report["warnings"] if w["code"] == "product.launch_in_price_lock")
    assert "天猫" in named["params"]["event"]
    assert named["params"]["events"][0] == named["params"]["event"]  # a list, of names
    assert named["params"]["count"] == str(len(named["params"]["events"]))
    late = {w["subject"]: w for w in report["warnings"] if w["code"] == "stock.step_after_delist"}
    assert (late["27AU001 羊毛针织衫"]["day"], late["27AU001 羊毛针织衫"]["params"]) == (
        "2027-12-03", {"count": "1", "step": "2027-12-03", "delist": "2027-11-28"})
    empty = tmp_path / "e.ecplan"
    assert main(["new", str(empty), "--year", "2027", "--market", "global"]) == 0
    assert main(["check", str(empty)]) in (0, 1)
    junk = tmp_path / "junk.ecplan"
    junk.write_bytes(b"junk")
    assert main(["check", str(junk)]) == 3


def test_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "d.ecplan"
    assert main(["new", str(plan), "--year", "2027", "--demo"]) == 0
    out = tmp_path / "plan.xlsx"
    assert main(["export", str(plan), "--xlsx", str(out), "--ics", str(tmp_path / "p.ics"),
                 "--json", str(tmp_path / "p.json")]) == 0
    assert out.stat().st_size > 10_000
    capsys.readouterr()
    assert main(["import", str(plan), "--xlsx", str(out), "--dry-run"]) == 0
    assert "nothing to change" in capsys.readouterr().out
    assert main(["import", str(plan), "--json", str(tmp_path / "p.json")]) == 0
    not_ours = tmp_path / "other.xlsx"
    not_ours.write_bytes(b"PK\x03\x04 not a workbook")
    assert main(["import", str(plan), "--xlsx", str(not_ours)]) == 3
    assert "error:" in capsys.readouterr().err
    assert main(["export", str(plan)]) == 2
    assert main(["import", str(plan), "--xlsx", str(out), "--json", str(out)]) == 2


def test_export_calendar_image(tmp_path: Path, qapp: object) -> None:
    # ``qapp`` first: the export would otherwise start a bare QGuiApplication in this process.
    from PySide6.QtGui import QImage

    plan = tmp_path / "d.ecplan"
    assert main(["new", str(plan), "--year", "2027", "--demo"]) == 0
    png = tmp_path / "year.png"
    assert main(["export", str(plan), "--png", str(png)]) == 0
    image = QImage(str(png))
    assert image.width() > 2000 and image.height() > 1000
    assert main(["export", str(plan), "--png", str(tmp_path / "m.pdf"), "--view", "2027-11"]) == 0
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    assert main(["export", str(plan), "--png", str(png), "--view", "2027-13"]) == 2


def test_new_in_a_missing_folder_is_a_message(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "no" / "such" / "x.ecplan"), "--year", "2027"]) == 3
    err = capsys.readouterr().err
    assert "cannot be written there" in err and "Traceback" not in err


def _hostile_json(folder: Path, name: str, edit: str) -> Path:
    text = (folder / "demo.json").read_text(encoding="utf-8")
    data = json.loads(text)
    if edit == "infinity":
        data["products"][0]["unit_cost"] = float("inf")
    elif edit == "rename":
        data["events"][0]["title"] = "改名的活动"
    text = json.dumps(data) if edit != "deep" else "[" * 100_000 + "]" * 100_000
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def _hostile_workbook(folder: Path, name: str, edit: str) -> Path:
    from tests.exchange.workbook_parts import number, replace_part, set_cell

    book = (folder / "demo.xlsx").read_bytes()
    if edit == "1e20":
        book = set_cell(book, "商品", "L2", number("1E20"))  # 首单量
    elif edit == "workbook.xml":
        book = replace_part(book, "xl/workbook.xml", lambda body: body[:len(body) // 2])
    (folder / name).write_bytes(book)
    return folder / name


@pytest.fixture(scope="module")
def exported_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a demo plan and its workbook and JSON file."""
    folder = tmp_path_factory.mktemp("hostile")
    plan = folder / "d.ecplan"
    assert main(["new", str(plan), "--year", "2027", "--demo"]) == 0
    assert main(["export", str(plan), "--xlsx", str(folder / "demo.xlsx"),
                 "--json", str(folder / "demo.json")]) == 0
    return folder


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "edit", "code", "said"), [
    ("json", "infinity", 3, "products[0].unit_cost “inf”: is not a finite number"),
    ("json", "deep", 3, "nests deeper than any plan"),
    ("xlsx", "1e20", 3, "商品!L2 (首单量) “1e+20”: is too large"),
    ("xlsx", "workbook.xml", 3, "xl/workbook.xml: this part of the workbook cannot be read"),
    ("json", "rename", 0, "changed event “改名的活动”"),
])
def test_hostile_imports_through_the_real_command_line(
        exported_demo: Path, tmp_path: Path, kind: str, edit: str, code: int,
        said: str) -> None:
    """The dry run and the import exit alike, 0 or 3, in lines and never a traceback; a
    refused import leaves the plan's bytes as they were, an applied one still exports
    (issue #17: the dry run said all was well, then the import crashed)."""
    plan = tmp_path / "d.ecplan"
    plan.write_bytes((exported_demo / "d.ecplan").read_bytes())
    for name in ("demo.xlsx", "demo.json"):
        (tmp_path / name).write_bytes((exported_demo / name).read_bytes())
    make = _hostile_json if kind == "json" else _hostile_workbook
    source = make(tmp_path, f"in.{kind}", edit)

    def ecplanner(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ecplanner", *args], capture_output=True,
                              text=True, timeout=120)

    before = plan.read_bytes()
    dry = ecplanner("import", str(plan), f"--{kind}", str(source), "--dry-run")
    real = ecplanner("import", str(plan), f"--{kind}", str(source))
    assert dry.returncode == real.returncode == code, real.stderr
    for done in (dry, real):
        assert "Traceback" not in done.stderr and said in done.stdout + done.stderr
    if code:
        assert plan.read_bytes() == before
        return
    exported = ecplanner("export", str(plan), "--xlsx", str(tmp_path / "o.xlsx"),
                         "--json", str(tmp_path / "o.json"))
    assert exported.returncode == 0, exported.stderr


def test_new_adds_the_plan_suffix_as_the_save_dialog_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "2027计划"), "--year", "2027"]) == 0
    shown = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))  # no lock
    assert shown == ["2027计划.ecplan"]
    assert f"created {tmp_path / '2027计划.ecplan'}" in capsys.readouterr().out
    assert main(["info", str(tmp_path / "2027计划.ecplan"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["store"] == "2027计划"

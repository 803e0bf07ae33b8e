"""A command that fails inside ecplanner says what failed, not "cannot write", in one line,
and the log holds the traceback. Reproduced as the first build failed: without the
``holidays`` translation catalogs."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecplanner import plans
from ecplanner.domain.model import PlanInfo
from tests.bundle.helpers import holidays_copy, run_python

_CAUSE = "FileNotFoundError: [Errno 2] No translation file found for domain: 'CN'"


@pytest.mark.slow
def test_an_export_without_the_holiday_catalogs_names_them(tmp_path: Path) -> None:
    site = holidays_copy(tmp_path / "site", data=[])
    plans.create_plan(tmp_path / "p.ecplan", PlanInfo("店", 2027)).close()
    done = run_python(site, tmp_path, "-m", "ecplanner", "export", "p.ecplan",
                      "--xlsx", "OUT.xlsx", "--ics", "OUT.ics")
    assert done.returncode == 4
    assert "cannot write" not in done.stderr
    assert done.stderr.startswith("ecplanner: export failed: " + _CAUSE)
    assert len(done.stderr.splitlines()) == 1
    log = (tmp_path / "state" / "ecplanner" / "log" / "ecplanner.log").read_text("utf-8")
    assert "Traceback" in log and _CAUSE in log and "holidays" in log
    assert not (tmp_path / "OUT.xlsx").exists() and not (tmp_path / "OUT.ics").exists()


@pytest.mark.slow
def test_any_command_failing_inside_says_so_in_one_line(tmp_path: Path) -> None:
    site = holidays_copy(tmp_path / "site", data=[])
    done = run_python(site, tmp_path, "-m", "ecplanner", "catalog", "--year", "2027")
    assert done.returncode == 4
    assert done.stderr.startswith("ecplanner: catalog failed: " + _CAUSE)
    assert "Traceback" not in done.stderr


def test_a_folder_that_cannot_take_the_file_is_a_write_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ecplanner.cli import main

    plans.create_plan(tmp_path / "p.ecplan", PlanInfo("店", 2027)).close()
    out = tmp_path / "missing" / "OUT.ics"
    assert main(["export", str(tmp_path / "p.ecplan"), "--ics", str(out)]) == 3
    assert capsys.readouterr().err.startswith("ecplanner: cannot write")

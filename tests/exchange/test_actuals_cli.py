"""``ecplanner import PLAN --actuals FILE...``: days replaced never doubled, the dry run,
refusals that name the missing columns, and a GBK export with title lines."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from ecplanner.cli import main
from ecplanner.store.reader import open_read_only

HEADER = "统计日期,访客数,支付买家数,支付金额"


def _export(path: Path, first: date, days: int, gmv: float, encoding: str = "utf-8",
            title: bool = False) -> Path:
    lines = ["生意参谋 店铺整体日报", "导出时间：2027-06-21 09:00"] if title else []
    lines.append(HEADER)
    for n in range(days):
        day = first + timedelta(days=n)
        lines.append(f'{day.isoformat()},"1,000",40,"{gmv + n:,.2f}"')
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "p.ecplan"
    assert main(["new", str(path), "--year", "2027"]) == 0
    return path


def _stored(plan: Path) -> dict[date, float]:
    store = open_read_only(plan)
    try:
        return {a.day: a.gmv for a in store.actuals()}
    finally:
        store.close()


def test_overlapping_files_replace_days_never_double_them(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    early = _export(tmp_path / "a.csv", date(2027, 6, 1), 10, 1000.0)  # 1st–10th
    late = _export(tmp_path / "b.csv", date(2027, 6, 6), 10, 5000.0)  # 6th–15th
    assert main(["import", str(plan), "--actuals", str(early)]) == 0
    assert "10 days: 10 new, 0 replaced, 0 unchanged" in capsys.readouterr().out
    assert main(["import", str(plan), "--actuals", str(late)]) == 0
    assert "10 days: 5 new, 5 replaced, 0 unchanged" in capsys.readouterr().out
    days = _stored(plan)
    assert len(days) == 15
    assert days[date(2027, 6, 5)] == 1004.0
    assert days[date(2027, 6, 6)] == 5000.0  # the later import's day, once
    assert sum(days.values()) == sum(1000.0 + n for n in range(5)) + sum(
        5000.0 + n for n in range(10))
    assert main(["import", str(plan), "--actuals", str(late), str(early)]) == 0
    out = capsys.readouterr().out
    # Together, the later file on the command line wins the days both hold.
    assert "15 days: 0 new, 5 replaced, 10 unchanged" in out
    assert _stored(plan)[date(2027, 6, 6)] == 1005.0


def test_the_dry_run_writes_nothing(plan: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    export = _export(tmp_path / "a.csv", date(2027, 6, 1), 7, 1000.0)
    before = plan.read_bytes()
    assert main(["import", str(plan), "--actuals", str(export), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "7 days: 7 new, 0 replaced, 0 unchanged" in out
    assert "dry run: nothing was written" in out
    assert plan.read_bytes() == before
    assert _stored(plan) == {}


def test_a_file_without_the_columns_is_refused_naming_them(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _export(tmp_path / "good.csv", date(2027, 6, 1), 3, 1000.0)
    bad = tmp_path / "bad.csv"
    bad.write_text("店铺,备注,数量\n素锦,好,3\n素锦,好,4\n", encoding="utf-8")
    assert main(["import", str(plan), "--actuals", str(good), str(bad)]) == 3
    err = capsys.readouterr().err
    assert "bad.csv: refused: no column for date and no column for GMV (sales) or " \
           "visitors (UV)" in err
    assert "店铺; 备注; 数量" in err and "nothing was imported" in err
    assert _stored(plan) == {}  # the good file's days are not stored either


def test_a_bad_cell_is_refused_naming_its_line(plan: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "cells.csv"
    export.write_text(f"{HEADER}\n2027-06-01,100,4,800\n2027-06-02,100,4,很多\n",
                      encoding="utf-8")
    assert main(["import", str(plan), "--actuals", str(export)]) == 3
    err = capsys.readouterr().err
    assert "line 3 (支付金额) “很多”: not a number" in err
    assert _stored(plan) == {}


def test_a_gbk_export_with_title_lines(plan: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    export = _export(tmp_path / "生意参谋.csv", date(2027, 6, 1), 5, 2000.0,
                     encoding="gbk", title=True)
    assert main(["import", str(plan), "--actuals", str(export)]) == 0
    out = capsys.readouterr().out
    assert "5 days, 2027-06-01 to 2027-06-05" in out and "统计日期 → date" in out
    assert _stored(plan)[date(2027, 6, 3)] == 2002.0


def test_usage(plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = _export(tmp_path / "a.csv", date(2027, 6, 1), 2, 1.0)
    assert main(["import", str(plan), "--actuals", str(export), "--json", "x.json"]) == 2
    assert main(["import", str(plan), "--actuals", str(tmp_path / "none.csv")]) == 3
    assert "there is no such file" in capsys.readouterr().err


def test_a_japanese_tab_separated_export(plan: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "rms.tsv"
    export.write_bytes("日付\tアクセス人数\t購入者数\t売上金額\n2027/06/01\t1,200\t36\t¥108,000\n"
                       .encode("shift_jis"))
    assert main(["import", str(plan), "--actuals", str(export)]) == 0
    assert "日付 → date" in capsys.readouterr().out
    assert _stored(plan) == {date(2027, 6, 1): 108_000.0}

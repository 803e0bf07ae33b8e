"""``ecplanner report``: the workbook holds the period, the completion and the three effects,
checked against figures worked out here by hand from the plan's inputs."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ecplanner.cli import main
from ecplanner.domain.model import Event, EventKind
from ecplanner.domain.ops import Put
from ecplanner.store.plan_store import PlanStore
from tests.review_plan import INFO, MONTHS, make_plan

# The plan (tests/review_plan.py): June planned at 30,000 visitors × 5% × ¥200 = ¥300,000,
# ¥10,000 a day (no events lift it, no last year to shape the weekdays); target
# ¥1,200,000 × 1/12 = ¥100,000. June 1st–10th imported: 800 visitors, 48 buyers (6%),
# ¥9,120 (¥190 a buyer) a day.


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_plan(tmp_path_factory.mktemp("report"))


def _labelled(sheet: Any) -> dict[str, list[object]]:
    """Each row's first cell → the row's other cells."""
    return {str(row[0]): list(row[1:]) for row in sheet.iter_rows(values_only=True)
            if row[0] is not None}


def test_the_month_report(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "june.xlsx"
    assert main(["report", str(plan), "--month", "2027-06", "--xlsx", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["月报", "每日数据"]
    rows = _labelled(book["月报"])
    assert "素锦女装 · 2027年6月 月报" in rows
    assert any("2027-06-01 – 2027-06-30" in key and "2027-06-10" in key for key in rows)
    assert rows["销售目标"][0] == pytest.approx(100_000)
    assert rows["计划GMV（全期）"][0] == pytest.approx(300_000)
    assert rows["计划GMV（截至数据日）"][0] == pytest.approx(100_000)
    assert rows["实际GMV"][0] == pytest.approx(91_200)
    assert rows["计划完成率（截至数据日）"][0] == pytest.approx(0.912)
    assert rows["计划完成率（全期）"][0] == pytest.approx(0.304)
    # LMDI by hand: L = (91,200 − 100,000) ÷ ln 0.912 = 95,532.458, times ln 0.8, ln 1.2,
    # ln 0.95 (visitors 8,000 against 10,000; CVR 6% against 5%; AOV ¥190 against ¥200).
    assert rows["与计划差额"][0] == pytest.approx(-8_800)
    assert rows["流量"][0] == pytest.approx(-21_317.452, abs=0.01)
    assert rows["转化"][0] == pytest.approx(17_417.627, abs=0.01)
    assert rows["客单价"][0] == pytest.approx(-4_900.175, abs=0.01)
    assert "6月比计划少¥8,800：流量 −¥2.1万，转化 +¥1.7万，客单价 −¥4,900" in rows
    assert rows["店庆"][1:3] == [datetime(2027, 6, 20), datetime(2027, 6, 22)]
    assert "年中大促" in rows  # next period's event, and its deadline
    assert "备货清单" in rows
    assert "SJ-101 真丝衬衫" in rows and "SJ-090 亚麻长裙" in rows
    days = [row[0] for row in book["每日数据"].iter_rows(min_row=2, values_only=True)]
    assert days[:31] == [datetime(2027, 6, d) for d in range(1, 31)] + ["合计"]
    with zipfile.ZipFile(out) as archive:
        assert any(name.startswith("xl/charts/chart") for name in archive.namelist())


def test_the_week_report_and_its_daily_rows(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "w23.xlsx"
    assert main(["report", str(plan), "--week", "2027-W23", "--xlsx", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    rows = _labelled(book["周报"])
    assert "素锦女装 · 2027年第23周 周报" in rows
    # 7–13 June: ¥70,000 planned; 7–10 imported: ¥36,480 against ¥40,000 to date
    assert rows["计划GMV（全期）"][0] == pytest.approx(70_000)
    assert rows["计划GMV（截至数据日）"][0] == pytest.approx(40_000)
    assert rows["实际GMV"][0] == pytest.approx(36_480)
    daily = list(book["每日数据"].iter_rows(min_row=2, max_row=8, values_only=True))
    assert [r[3] for r in daily] == [pytest.approx(10_000)] * 7
    assert [r[4] for r in daily] == [9120, 9120, 9120, 9120, None, None, None]
    assert daily[0][8] == pytest.approx(0.06) and daily[0][10] == pytest.approx(190)


@pytest.mark.parametrize(("args", "code"), [
    (["--week", "2027-W54"], 2), (["--month", "2027-13"], 2), (["--month", "June"], 2),
    (["--week", "2027-W23", "--month", "2027-06"], 2), ([], 2)])
def test_usage_errors(plan: Path, tmp_path: Path, args: list[str], code: int) -> None:
    assert main(["report", str(plan), *args, "--xlsx", str(tmp_path / "r.xlsx")]) == code
    assert not (tmp_path / "r.xlsx").exists()


def test_an_unreadable_plan_is_refused(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.ecplan"
    junk.write_text("not a plan")
    assert main(["report", str(junk), "--month", "2027-06", "--xlsx",
                 str(tmp_path / "r.xlsx")]) == 3
    assert "Traceback" not in capsys.readouterr().err


def test_a_month_without_actuals_says_so(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "july.xlsx"
    assert main(["report", str(plan), "--month", "2027-07", "--xlsx", str(out)]) == 0
    rows = _labelled(openpyxl.load_workbook(out)["月报"])
    assert "本期尚无实际数据" in rows  # not "no plan": July has none of either here
    assert rows["与计划差额"][0] == 0 and rows["流量"][0] is None


def test_the_daily_sheet_says_how_the_daily_plan_was_made(plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "w.xlsx"
    assert main(["report", str(plan), "--week", "2027-W23", "--xlsx", str(out)]) == 0
    notes = [row[0] for row in openpyxl.load_workbook(out)["每日数据"].iter_rows(
        values_only=True) if isinstance(row[0], str) and row[0].startswith("每日计划")]
    assert len(notes) == 1 and "没有上一年的实际数据，每天相同" in notes[0]


def test_the_report_says_how_each_event_did(tmp_path: Path) -> None:
    # May 1st – June 10th imported at ¥9,120 a day, but the two days of 会员日 (June 8th–9th,
    # planned ×2.0) at ¥22,800 with ¥3,000 of ads each: the baseline of each is ¥9,120 (the
    # same weekday in the four weeks before, none of them an event day), so the realised
    # uplift is 45,600 ÷ 18,240 = 2.5 and the ROI 45,600 ÷ 6,000 = 7.6.
    path = tmp_path / "p.ecplan"
    store = PlanStore.create(path, INFO)
    members = Event("会员日", EventKind.STORE_PROMO, date(2027, 6, 8), date(2027, 6, 9),
                    uplift=2.0)
    store.write([*map(Put, MONTHS), Put(members)])
    store.close()
    days = [date(2027, 5, 1) + timedelta(days=n) for n in range(41)]
    export = tmp_path / "days.csv"
    export.write_text("统计日期,访客数,支付买家数,支付金额,推广花费\n" + "".join(
        f"{d},800,48,{22_800 if members.start <= d <= members.end else 9_120},"
        f"{3_000 if members.start <= d <= members.end else 0}\n" for d in days),
        encoding="utf-8")
    assert main(["import", str(path), "--actuals", str(export)]) == 0
    out = tmp_path / "june.xlsx"
    assert main(["report", str(path), "--month", "2027-06", "--xlsx", str(out)]) == 0
    rows = _labelled(openpyxl.load_workbook(out)["月报"])
    assert rows["会员日"][:5] == [pytest.approx(45_600), pytest.approx(18_240),
                                 pytest.approx(2.5), pytest.approx(2.0), pytest.approx(7.6)]


def test_each_day_lists_the_events_running_in_their_order(tmp_path: Path) -> None:
    from ecplanner.exchange.plan_snapshot import compute_results, read_snapshot
    from ecplanner.exchange.report.data import day_rows

    path = make_plan(tmp_path)
    store = PlanStore.open(path)
    store.write([Put(Event("早鸟", EventKind.STORE_PROMO, date(2027, 5, 28), date(2027, 6, 2),
                           uuid="early")),
                 Put(Event("周末", EventKind.STORE_PROMO, date(2027, 6, 2), date(2027, 6, 3),
                           uuid="weekend"))])
    snapshot = read_snapshot(store)
    store.close()
    order = [e.title for e in snapshot.events]  # the snapshot's order, whatever it is
    rows = day_rows(snapshot, compute_results(snapshot), date(2027, 6, 1), date(2027, 6, 4))
    running = {row.plan.day: row.events for row in rows}
    # 早鸟 from May 28 (cut at the period's first day) to June 2; 周末 June 2–3.
    assert [d for d in running] == [date(2027, 6, n) for n in (1, 2, 3, 4)]
    assert set(running[date(2027, 6, 1)]) >= {"早鸟"} and "周末" not in running[date(2027, 6, 1)]
    both = [t for t in running[date(2027, 6, 2)] if t in ("早鸟", "周末")]
    assert both == [t for t in order if t in ("早鸟", "周末")]
    assert "早鸟" not in running[date(2027, 6, 3)] and "周末" in running[date(2027, 6, 3)]
    assert not {"早鸟", "周末"} & set(running[date(2027, 6, 4)])

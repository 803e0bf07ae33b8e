"""``ecplanner import PLAN --ads FILE... [--channel C]``: paid channels' ad reports read by
the daily exports' reader (GBK, title lines, Chinese headers), each (day, channel) replaced
never doubled, refusals that name what is missing, nothing stored."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from ecplanner.cli import main
from ecplanner.domain.model import AdChannel, ChannelDay
from ecplanner.store.reader import open_read_only

# 直通车's account report as 阿里妈妈 exports it: a title, the range, then the header.
SEARCH_TITLE = ["直通车 账户报表", "时间范围：2027-06-01 至 2027-06-30"]
SEARCH_HEADER = "日期,展现量,点击量,花费(元),总成交金额(元),投入产出比"


def _report(path: Path, first: date, days: int, spend: float, title: list[str],
            header: str = SEARCH_HEADER, encoding: str = "gbk") -> Path:
    lines = [*title, header]
    for n in range(days):
        day = first + timedelta(days=n)
        # spend + n on day n; GMV four times it; 2,000 impressions and 100 + n clicks
        lines.append(f'{day.isoformat()},"2,000",{100 + n},"{spend + n:,.2f}",'
                     f'"{4 * (spend + n):,.2f}",4.00')
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "p.ecplan"
    assert main(["new", str(path), "--year", "2027"]) == 0
    return path


def _stored(plan: Path) -> list[ChannelDay]:
    store = open_read_only(plan)
    try:
        return store.channel_days()
    finally:
        store.close()


def test_a_gbk_search_report_with_title_lines_imports_its_channel_from_the_title(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path / "report.csv", date(2027, 6, 1), 3, 1_500.0, SEARCH_TITLE)
    assert main(["import", str(plan), "--ads", str(report)]) == 0
    out = capsys.readouterr().out
    assert "search (直通车) (named in the report), 3 days, 2027-06-01 to 2027-06-03" in out
    assert "花费(元) → ad spend" in out and "点击量 → clicks" in out
    assert "3 channel days: 3 new, 0 replaced, 0 unchanged" in out
    assert _stored(plan) == [
        ChannelDay(date(2027, 6, 1), AdChannel.SEARCH, 1_500.0, 100, 6_000.0),
        ChannelDay(date(2027, 6, 2), AdChannel.SEARCH, 1_501.0, 101, 6_004.0),
        ChannelDay(date(2027, 6, 3), AdChannel.SEARCH, 1_502.0, 102, 6_008.0)]


def test_overlapping_reports_replace_a_channels_days_and_leave_the_others(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    early = _report(tmp_path / "直通车_a.csv", date(2027, 6, 1), 10, 1_000.0, [])  # 1st–10th
    late = _report(tmp_path / "直通车_b.csv", date(2027, 6, 6), 10, 5_000.0, [])  # 6th–15th
    display = _report(tmp_path / "万相台.csv", date(2027, 6, 1), 10, 300.0, [])
    assert main(["import", str(plan), "--ads", str(early), str(display)]) == 0
    assert "20 channel days: 20 new, 0 replaced, 0 unchanged" in capsys.readouterr().out
    assert main(["import", str(plan), "--ads", str(late)]) == 0
    assert "10 channel days: 5 new, 5 replaced, 0 unchanged" in capsys.readouterr().out
    stored = _stored(plan)
    search = {d.day: d.spend for d in stored if d.channel is AdChannel.SEARCH}
    assert len(search) == 15 and len(stored) == 25  # 15 search days, display's 10 untouched
    assert search[date(2027, 6, 5)] == 1_004.0
    assert search[date(2027, 6, 6)] == 5_000.0  # the later report's day, once
    # 1,000 + … + 1,004 from the first, 5,000 + … + 5,009 from the second
    assert sum(search.values()) == 5_010.0 + 50_045.0
    assert main(["import", str(plan), "--ads", str(late), "--dry-run"]) == 0
    assert "10 channel days: 0 new, 0 replaced, 10 unchanged" in capsys.readouterr().out


def test_gmv_from_roi_and_the_channel_said_on_the_command_line(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "export (3).csv"  # names no channel
    report.write_text("日期,消耗,点击量,投入产出比\n2027-06-01,\"1,200.00\",80,3.5\n",
                      encoding="utf-8")
    assert main(["import", str(plan), "--ads", str(report)]) == 3
    err = capsys.readouterr().err
    assert "does not say which channel" in err and "--channel search|display|live|offsite" in err
    assert _stored(plan) == []
    assert main(["import", str(plan), "--ads", str(report), "--channel", "display"]) == 0
    # GMV = spend × ROI = 1,200 × 3.5
    assert _stored(plan) == [ChannelDay(date(2027, 6, 1), AdChannel.DISPLAY, 1_200.0, 80,
                                        4_200.0)]


def test_a_report_without_spend_or_gmv_is_refused_naming_them_and_nothing_is_stored(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _report(tmp_path / "直通车.csv", date(2027, 6, 1), 3, 1_500.0, [])
    bad = tmp_path / "引力魔方.csv"
    bad.write_text("日期,展现量,点击量\n2027-06-01,5000,120\n", encoding="utf-8")
    assert main(["import", str(plan), "--ads", str(good), str(bad)]) == 3
    err = capsys.readouterr().err
    assert ("no column for ad spend and no column for attributed GMV (成交金额) or ROI "
            "(投入产出比) (headers not recognised: 展现量)") in err
    assert "nothing was imported" in err
    assert _stored(plan) == []


def test_a_bad_cell_is_named_by_line_and_column(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "直通车.csv"
    report.write_text("日期,花费,点击量,成交金额\n2027-06-01,100,5,400\n2027-06-02,abc,5,400\n",
                      encoding="utf-8")
    assert main(["import", str(plan), "--ads", str(report)]) == 3
    assert "line 3 (花费) “abc”: not a number" in capsys.readouterr().err
    assert _stored(plan) == []


def test_usage(plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path / "直通车.csv", date(2027, 6, 1), 1, 100.0, [])
    assert main(["import", str(plan), "--actuals", str(report), "--channel", "search"]) == 2
    assert "--channel goes with --ads" in capsys.readouterr().err
    assert main(["import", str(plan), "--ads", str(report), "--actuals", str(report)]) == 2


def test_a_workbook_names_its_channel_by_its_sheet(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "万相台推广数据"
    sheet.append(["日期", "花费", "点击量", "成交金额"])
    sheet.append([date(2027, 6, 1), 800.5, 64, 2_401.5])
    path = tmp_path / "download.xlsx"
    workbook.save(path)
    assert main(["import", str(plan), "--ads", str(path)]) == 0
    assert "display (引力魔方/万相台) (named in the report)" in capsys.readouterr().out
    assert _stored(plan) == [ChannelDay(date(2027, 6, 1), AdChannel.DISPLAY, 800.5, 64,
                                        2_401.5)]


def test_an_ad_report_given_as_daily_actuals_is_refused_not_read_as_the_stores_sales(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path / "直通车.csv", date(2027, 6, 1), 3, 1_500.0, SEARCH_TITLE)
    assert main(["import", str(plan), "--actuals", str(report)]) == 3
    assert "this is a channel's ad report" in capsys.readouterr().err
    store = open_read_only(plan)
    try:
        assert store.actuals() == []  # its 总成交金额 never became the store's GMV
    finally:
        store.close()


def test_an_roas_in_percent_works_the_gmv_out_as_a_ratio(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "Sponsored Products report.csv"
    report.write_text("Date,Spend,Clicks,ROAS (%)\n2027-06-01,200.00,40,350\n",
                      encoding="utf-8")
    assert main(["import", str(plan), "--ads", str(report)]) == 0
    # 350% is a ROI of 3.5: GMV = 200 × 3.5
    assert _stored(plan) == [ChannelDay(date(2027, 6, 1), AdChannel.SEARCH, 200.0, 40, 700.0)]


def test_a_report_by_campaign_adds_each_days_campaigns_up(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "直通车 计划报表.csv"
    report.write_bytes("\r\n".join([
        "日期,计划名称,花费,点击量,总成交金额",
        "2027-06-01,春装引流,300.00,50,900.00",
        "2027-06-01,爆款冲量,700.00,70,3100.00",
        "2027-06-02,春装引流,250.00,40,500.00",
        "合计,,1250.00,160,4500.00"]).encode("gbk"))
    assert main(["import", str(plan), "--ads", str(report)]) == 0
    assert "计划名称 → campaign (its rows added up by day)" in capsys.readouterr().out
    # June 1st: 300 + 700 = 1,000 spend, 50 + 70 = 120 clicks, 900 + 3,100 = 4,000 GMV
    assert _stored(plan) == [
        ChannelDay(date(2027, 6, 1), AdChannel.SEARCH, 1_000.0, 120, 4_000.0),
        ChannelDay(date(2027, 6, 2), AdChannel.SEARCH, 250.0, 40, 500.0)]


def test_a_day_twice_without_a_campaign_column_is_refused(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "直通车.csv"
    report.write_text("日期,花费,点击量,成交金额\n2027-06-01,300,50,900\n2027-06-01,300,50,900\n",
                      encoding="utf-8")
    assert main(["import", str(plan), "--ads", str(report)]) == 3
    assert "line 3 (日期) “2027-06-01”: this day appears twice" in capsys.readouterr().err
    assert _stored(plan) == []

"""The 月报's "channels' spend and ROI": ad reports imported by the command line, then the
workbook and the PDF name each channel with its actual ROI beside the plan's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ecplanner.cli import main
from ecplanner.domain.ops import Put
from ecplanner.store.plan_store import PlanStore
from tests.review_plan import ACTUALS, INFO, MONTHS
from tests.ui.review.pdf_text import pdf_text, plain

# June plans ¥30,000 on 直通车 at ROI 4 and nothing on display. Imported, June 1st–10th:
# 直通车 ¥1,000 a day bringing ¥4,500 (100 clicks), 万相台 ¥500 a day bringing ¥400.
JUNE = replace(MONTHS[5], spend_search=30_000.0, roi_search=4.0)


def _report(path: Path, title: str, spend: float, gmv: float) -> Path:
    lines = [title, "日期,花费,点击量,总成交金额"] + [
        f"{date(2027, 6, 1) + timedelta(days=n)},{spend},100,{gmv}" for n in range(10)]
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("channels")
    path = folder / "p.ecplan"
    store = PlanStore.create(path, INFO)
    store.write([Put(JUNE if m.month == 6 else m) for m in MONTHS])
    store.close()
    (folder / "june.csv").write_text(ACTUALS, encoding="utf-8")
    assert main(["import", str(path), "--actuals", str(folder / "june.csv")]) == 0
    search = _report(folder / "a.csv", "直通车 账户报表", 1_000.0, 4_500.0)
    display = _report(folder / "b.csv", "万相台 报表", 500.0, 400.0)
    assert main(["import", str(path), "--ads", str(search), str(display)]) == 0
    return path


def _labelled(sheet: Any) -> dict[str, list[object]]:
    return {str(row[0]): list(row[1:]) for row in sheet.iter_rows(values_only=True)
            if row[0] is not None}


def test_the_month_report_shows_each_channels_roi_beside_the_plans(
        plan: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "june.pdf", tmp_path / "june.xlsx"
    assert main(["report", str(plan), "--month", "2027-06", "--pdf", str(pdf),
                 "--xlsx", str(xlsx)]) == 0
    rows = _labelled(openpyxl.load_workbook(xlsx)["月报"])
    assert "推广渠道花费与投产比" in rows
    # 直通车: 10 × ¥1,000 = ¥10,000 for 10 × ¥4,500 = ¥45,000: ROI 4.5; planned for the
    # same ten days: ¥30,000 ÷ 30 × 10 = ¥10,000 at ROI 4 → ¥40,000: 4.0.
    assert rows["直通车（搜索）"][:5] == [pytest.approx(10_000), 1_000, pytest.approx(45_000),
                                      pytest.approx(4.5), pytest.approx(4.0)]
    # 万相台: ¥5,000 for ¥4,000: 0.8; June plans no display spend: no planned ROI.
    assert rows["引力魔方/万相台（展示）"][:5] == [pytest.approx(5_000), 1_000,
                                             pytest.approx(4_000), pytest.approx(0.8), None]
    text = pdf_text(pdf)
    assert plain("推广渠道花费与投产比") in text
    # (the font's 车 reads back as a radical: the row is found by its figures)
    assert plain("（搜索）¥10,0001,000¥45,0004.504.00") in text
    assert plain("引力魔方/万相台（展示）¥5,0001,000¥4,0000.80") in text

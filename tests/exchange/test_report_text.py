"""The report's summary page (preview and PDF): a long list names its first rows and counts
the rest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ecplanner.domain.model import Task
from ecplanner.domain.ops import Put
from ecplanner.domain.review.periods import month
from ecplanner.exchange.plan_snapshot import read_snapshot
from ecplanner.exchange.report.data import report_data
from ecplanner.exchange.report.text import LISTED, summary_html
from ecplanner.store.plan_store import PlanStore
from tests.review_plan import make_plan


def test_a_long_list_is_cut_and_counted(tmp_path: Path) -> None:
    store = PlanStore.open(make_plan(tmp_path))
    store.write([Put(Task(f"任务 {n}", "design", date(2027, 7, 1 + n % 28)))
                 for n in range(LISTED + 10)])
    html = summary_html(report_data(read_snapshot(store), month(2027, 6)))
    store.close()
    assert "另有 11 项，见工作簿" in html  # 41 tasks due in July: the plan's one and 40
    assert html.count("任务 ") == LISTED - 1  # the plan's own 备货清单 is listed first

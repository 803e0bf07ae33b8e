"""The Budget tab's plan-vs-actual review: each paid channel with ad reports gets its
planned and actual ROI, month by month, beside the fixed figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import AdChannel, ChannelDay
from ecplanner.domain.ops import Put
from ecplanner.ui.budget.review_model import METRICS, YEAR_COLUMN, YTD_COLUMN
from ecplanner.ui.document import PlanDocument
from tests.ui.budget.helpers import make_tab

# April's 直通车: ¥1,000 a day bringing ¥4,500, April 1st–10th: ¥10,000 for ¥45,000, ROI 4.5.
APRIL_SEARCH = [ChannelDay(date(2027, 4, 1) + timedelta(days=i), AdChannel.SEARCH, 1_000.0,
                           120, 4_500.0) for i in range(10)]


def test_a_channels_roi_beside_the_plans_month_by_month(
        qtbot: QtBot, demo_document: PlanDocument, qtmodeltester: object) -> None:
    tab = make_tab(qtbot, demo_document)
    model = tab.review_model
    assert model.rowCount() == len(METRICS)  # no ad reports: no channel rows
    assert tab.feed.inputs is not None
    april = replace(tab.feed.inputs.months[3], spend_search=30_000.0, roi_search=4.0)
    demo_document.apply("ads", [Put(april), *map(Put, APRIL_SEARCH)])
    assert model.rowCount() == len(METRICS) + 2
    planned, actual = len(METRICS), len(METRICS) + 1
    assert model.headerData(planned, Qt.Orientation.Vertical) == "Search ads: planned ROI"
    assert model.headerData(actual, Qt.Orientation.Vertical) == "Search ads: actual ROI"
    # April plans ¥30,000 at ROI 4: the ten days' plan is ¥10,000 for ¥40,000, ROI 4.0.
    assert model.index(planned, 3).data() == "4.00" and model.index(actual, 3).data() == "4.50"
    assert model.index(actual, 4).data() == "–"  # May: no reports
    [search] = model.comparison(YEAR_COLUMN).channels  # type: ignore[union-attr]
    assert (search.spend, search.gmv, search.roi) == (10_000.0, 45_000.0, 4.5)
    assert search.planned_roi == pytest.approx(4.0)
    assert model.comparison(YTD_COLUMN) is not None
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    demo_document.undo_stack.undo()
    assert model.rowCount() == len(METRICS)


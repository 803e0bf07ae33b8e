"""Plan vs actual (复盘) and the charts: figures beside the plan, lazy pyqtgraph, hover."""

from __future__ import annotations

import subprocess
import sys
import warnings
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import DailyActual
from ecplanner.domain.ops import Put
from ecplanner.ui.budget import texts
from ecplanner.ui.budget.review_model import METRICS, YTD_COLUMN
from ecplanner.ui.document import PlanDocument
from tests.ui.budget.helpers import make_tab, type_into

APRIL_DAYS = [DailyActual(date(2027, 4, 1) + timedelta(days=i), uv=10_000, buyers=300,
                          gmv=80_000.0, spend=5_000.0) for i in range(10)]


def metric_row(key: str) -> int:
    return next(i for i, (k, _, _) in enumerate(METRICS) if k == key)


def test_review_shows_actuals_beside_the_plan_and_the_year_to_date(
        qtbot: QtBot, demo_document: PlanDocument, qtmodeltester: object) -> None:
    tab = make_tab(qtbot, demo_document)
    demo_document.apply("import", [Put(d) for d in APRIL_DAYS])
    model = tab.review_model
    april = model.comparison(3)
    assert april is not None
    assert april.actual_gmv == 800_000 and april.actual_uv == 100_000
    assert april.actual_cvr == pytest.approx(0.03) and april.actual_roi == pytest.approx(16.0)
    assert model.index(metric_row("actual_cvr"), 3).data() == "3.00%"
    assert model.index(metric_row("actual_gmv"), 4).data() == "–"  # May: no data yet
    ytd = model.comparison(YTD_COLUMN)
    assert ytd is not None and ytd.actual_gmv == 800_000
    assert ytd.target == pytest.approx(sum(tab.sheet_model.value("target", c) or 0.0
                                           for c in range(3))
                                       + (tab.sheet_model.value("target", 3) or 0.0) * 10 / 30)
    assert "10 days of actuals up to 2027-04-10" in tab.review_caption.text()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_constructing_the_tab_does_not_load_pyqtgraph(tmp_path: object) -> None:
    # Nor does the first visit to the charts on the UI thread: a worker loads it.
    script = (
        "import os, sys, threading, time\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "first_import = {}\n"
        "class Watch:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'pyqtgraph':\n"
        "            first_import.setdefault(name, threading.current_thread().name)\n"
        "sys.meta_path.insert(0, Watch())\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ecplanner.store.plan_store import PlanStore\n"
        "from ecplanner.domain.model import PlanInfo\n"
        "from ecplanner.ui.document import PlanDocument\n"
        "from ecplanner.ui.budget.view import BudgetTab\n"
        f"store = PlanStore.create(Path({str(tmp_path)!r}) / 'p.ecplan', PlanInfo('s', 2027))\n"
        "tab = BudgetTab(PlanDocument(store))\n"
        "assert 'pyqtgraph' not in sys.modules, 'loaded at start-up'\n"
        "tab.pages.setCurrentWidget(tab.chart_page)\n"
        "deadline = time.monotonic() + 30\n"
        "while tab.charts is None and time.monotonic() < deadline:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "assert tab.charts is not None\n"
        "assert first_import['pyqtgraph'] != 'MainThread', first_import\n"
        "store.close()\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def test_charts_show_the_sheet_and_follow_the_mouse(qtbot: QtBot,
                                                    demo_document: PlanDocument) -> None:
    tab = make_tab(qtbot, demo_document)
    demo_document.apply("import", [Put(d) for d in APRIL_DAYS])
    tab.pages.setCurrentWidget(tab.chart_page)
    qtbot.waitUntil(lambda: tab.charts is not None)  # pyqtgraph may load in a worker first
    charts = tab.charts
    assert charts is not None
    sheet = tab.sheet_model.sheet
    assert sheet is not None
    assert list(charts.bars["planned"].opts["height"]) == [f.gmv for f in sheet.months]
    assert charts.bars["actual"].opts["height"][3] == 800_000

    tab.pages.setCurrentIndex(0)
    type_into(qtbot, tab, "aov", 5, "300")
    tab.pages.setCurrentWidget(tab.chart_page)
    june_gmv = tab.sheet_model.value("gmv", 5)
    assert charts.bars["planned"].opts["height"][5] == pytest.approx(june_gmv)

    plot = charts.gmv_plot
    (_, _), (y0, y1) = plot.viewRange()
    scene = plot.vb.mapViewToScene(QPointF(6.0, (y0 + y1) / 2))
    QTest.mouseMove(charts.view.viewport(), charts.view.mapFromScene(scene))
    qtbot.waitUntil(charts.hover_text.isVisible)
    text = charts.hover_text.textItem.toPlainText()
    assert texts.long_month_name(6) in text
    assert tab.sheet_model.number_format.money(june_gmv or 0.0) in text


def test_charts_of_a_new_plan_without_actuals_draw_quietly(qtbot: QtBot,
                                                           document: PlanDocument) -> None:
    tab = make_tab(qtbot, document)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tab.pages.setCurrentWidget(tab.chart_page)
        qtbot.waitUntil(lambda: tab.charts is not None)
        tab.grab()
    assert [str(w.message) for w in caught] == []
    assert tab.charts is not None and tab.charts.lines["actual_roi"].xData is None
    assert document.store.budget_months() == []  # looking writes nothing

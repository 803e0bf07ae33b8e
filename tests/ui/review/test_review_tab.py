"""The Review tab on a real plan file with June 1st–10th imported: the days against the
daily plan, the zoom, and the chosen month's completion and effects in the report's words."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPointF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecplanner import plans
from ecplanner.domain.model import DailyActual
from ecplanner.domain.ops import Put
from ecplanner.ui.common import heavy
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.review.view import ReviewTab, Zoom
from tests.review_plan import JUNE_SENTENCE, make_plan
from tests.ui.languages import speaking


@pytest.fixture
def review_document(tmp_path: Path, qapp: QApplication) -> Iterator[PlanDocument]:
    """The plan, with the app speaking Chinese (digits grouped as the plan's team reads)."""
    document = PlanDocument(plans.open_plan(make_plan(tmp_path)))
    with speaking(qapp, "zh_CN"):
        yield document
    document.close()


def _shown(qtbot: QtBot, document: PlanDocument) -> ReviewTab:
    tab = ReviewTab(document)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.figuresShown, timeout=10_000):
        tab.show()
    return tab


def _cell(tab: ReviewTab, row: int, column: int) -> str:
    return str(tab.model.data(tab.model.index(row, column, QModelIndex())))


def test_the_month_of_the_last_imported_day(qtbot: QtBot,
                                            review_document: PlanDocument) -> None:
    tab = _shown(qtbot, review_document)
    assert tab.model.rowCount() == 30  # June
    assert _cell(tab, 0, 0).startswith("2027-06-01")
    assert [_cell(tab, 0, c) for c in (1, 2, 3, 6)] == ["¥10,000", "¥9,120", "800", "48"]
    assert _cell(tab, 0, 4) == "6.00%" and _cell(tab, 0, 5) == "¥190.00"
    assert _cell(tab, 9, 9) == "¥100,000" and _cell(tab, 9, 10) == "¥91,200"  # to date
    assert _cell(tab, 10, 2) == "–"  # June 11th: not imported, not a day of no sales
    assert _cell(tab, 29, 9) == "¥300,000"
    panel = tab.panel.text().replace("\u2060", "")  # word joiners keep a sign by its amount
    assert "2027年6月 月报" in panel and JUNE_SENTENCE in panel
    assert "−¥21,317" in panel and "¥17,418" in panel and "−¥4,900" in panel


def test_zoom_and_paging(qtbot: QtBot, review_document: PlanDocument) -> None:
    tab = _shown(qtbot, review_document)
    with qtbot.waitSignal(tab.figuresShown, timeout=10_000):
        tab.zoom.setCurrentIndex(Zoom.WEEK)
    assert tab.model.rowCount() == 7 and _cell(tab, 0, 0).startswith("2027-06-07")
    assert "第23周 周报" in tab.panel.text()
    with qtbot.waitSignal(tab.figuresShown, timeout=10_000):
        tab.page(-1)
    assert _cell(tab, 0, 0).startswith("2027-05-31") and "第22周" in tab.panel.text()
    tab.zoom.setCurrentIndex(Zoom.YEAR)
    assert tab.model.rowCount() == 365 and not tab.back.isEnabled()


def test_the_charts_and_an_import_while_shown(qtbot: QtBot,
                                              review_document: PlanDocument) -> None:
    tab = _shown(qtbot, review_document)
    qtbot.waitUntil(lambda: tab.charts is not None and tab.charts.ready, timeout=10_000)
    assert heavy.imported() and tab.charts is not None
    assert tab.charts.band_count == 1  # 店庆, June 20th–22nd
    gmv = tab.charts.plots[0]
    for day, said in ((date(2027, 6, 1), "¥9,120"), (date(2027, 6, 21), "店庆")):
        x = (day - date(2027, 1, 1)).days  # the x axis counts the year's days
        tab.charts.view.scene().sigMouseMoved.emit(gmv.vb.mapViewToScene(QPointF(x, 5000)))
        assert said in tab.charts.hover_text.toPlainText()
    with qtbot.waitSignal(tab.figuresShown, timeout=10_000):
        review_document.apply("import", [Put(DailyActual(date(2027, 6, 11), uv=1000,
                                                         buyers=50, gmv=10_000.0))])
    assert _cell(tab, 10, 2) == "¥10,000"
    assert "¥110,000" in tab.panel.text()  # the plan to date now runs to June 11th


def test_a_hidden_tab_catches_up_when_shown(qtbot: QtBot,
                                            review_document: PlanDocument) -> None:
    tab = _shown(qtbot, review_document)
    tab.hide()
    review_document.apply("import", [Put(DailyActual(date(2027, 6, 11), uv=1000, buyers=50,
                                                     gmv=10_000.0))])
    assert tab.feed.snapshot is None and _cell(tab, 10, 2) == "–"  # nothing read while hidden
    with qtbot.waitSignal(tab.figuresShown, timeout=10_000):
        tab.show()
    assert _cell(tab, 10, 2) == "¥10,000"


def test_the_panel_shows_each_channels_roi_beside_the_plans(
        qtbot: QtBot, review_document: PlanDocument, tmp_path: Path) -> None:
    from dataclasses import replace
    from datetime import timedelta

    from ecplanner.domain.model import AdChannel, BudgetMonth, ChannelDay

    tab = _shown(qtbot, review_document)
    assert "推广渠道花费与投产比" not in tab.panel.text()  # no ad reports yet: no table
    [june] = [m for m in review_document.store.budget_months() if m.month == 6]
    # June plans ¥30,000 on 直通车 at ROI 4. Imported: 直通车 June 1st–10th, ¥1,000 a day
    # for ¥4,500: ¥10,000 for ¥45,000, ROI 4.5; the plan of those ten days: ¥30,000 ÷ 30 ×
    # 10 = ¥10,000 at 4 → ROI 4.0.
    days = [ChannelDay(date(2027, 6, 1) + timedelta(days=n), AdChannel.SEARCH, 1_000.0, 100,
                       4_500.0) for n in range(10)]
    with qtbot.waitSignal(tab.figuresShown, timeout=10_000):
        review_document.apply("ads", [Put(replace(june, spend_search=30_000.0,
                                                  roi_search=4.0)), *map(Put, days)])
    assert isinstance(june, BudgetMonth)
    panel = tab.panel.text()
    assert "推广渠道花费与投产比" in panel
    block = panel[panel.index("直通车（搜索）"):]
    for label, value in (("花费", "¥10,000"), ("推广成交额", "¥45,000"), ("实际投产比", "4.50"),
                         ("计划投产比", "4.00")):
        assert block.index(label) < block.index(value)
        block = block[block.index(value):]
    # The spend chart: 直通车's line holds June 1st–10th, nothing where it has no report.
    qtbot.waitUntil(lambda: tab.charts is not None and tab.charts.ready, timeout=10_000)
    assert tab.charts is not None
    _x, y = tab.charts.lines["spend_search"].getData()
    first = (date(2027, 6, 1) - date(2027, 1, 1)).days
    assert list(y[first:first + 10]) == [1_000.0] * 10 and math.isnan(y[first + 10])
    spend = tab.charts.plots[4]
    tab.charts.view.scene().sigMouseMoved.emit(spend.vb.mapViewToScene(QPointF(first, 500)))
    assert "直通车：花费 ¥1,000 · 投产比 4.50" in tab.charts.hover_text.toPlainText()
    tab.resize(1100, 900)
    tab.grab().save(str(tmp_path / "review_channels.png"))


def test_the_tab_reads_the_open_plan_without_copying_its_file(
        qtbot: QtBot, review_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of the file for the worker to read took ~65 ms of the UI thread (~110 ms on
    the clock) on a plan of 20,000 events, at each show after an edit; the store has the
    figures at hand."""
    copies: list[Path] = []
    monkeypatch.setattr(type(review_document.store), "copy_to",
                        lambda _store, target: copies.append(target))
    tab = _shown(qtbot, review_document)
    assert _cell(tab, 0, 1) == "¥10,000"
    with qtbot.waitSignal(tab.figuresShown, timeout=10_000):
        review_document.apply("import", [Put(DailyActual(date(2027, 6, 11), uv=1000,
                                                         buyers=50, gmv=10_000.0))])
    assert _cell(tab, 10, 2) == "¥10,000"
    assert copies == []


def test_shown_again_its_figures_are_worked_out_after_the_shows_turn(
        qtbot: QtBot, review_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    # The worker's ~0.5 s of Python on a large plan, started in the turn that shows the tab,
    # took turns at the interpreter with the charts' first paint.
    tab = _shown(qtbot, review_document)
    tab.hide()
    review_document.apply("import", [Put(DailyActual(date(2027, 6, 11), uv=1000, buyers=50,
                                                     gmv=10_000.0))])
    started: list[object] = []
    real_start = tab._worker.start
    monkeypatch.setattr(tab._worker, "start", lambda job: started.append(job) or real_start(job))
    with qtbot.waitSignal(tab.figuresShown, timeout=10_000):
        tab.show()
        assert tab.feed.snapshot is not None and started == []  # read, not yet handed over
    assert len(started) == 1 and _cell(tab, 10, 2) == "¥10,000"

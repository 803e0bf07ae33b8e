"""Budget ▸ Import Last Year's Plan… and Seasonality from Last Year…: last year's file comes
in as one undo step, and the new weights are accepted as one undo step that undo takes back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ecplanner import plans
from ecplanner.domain.model import DailyActual, PlanInfo
from ecplanner.domain.ops import Put
from ecplanner.ui.budget.forecast_page import FORECAST, TOTAL
from ecplanner.ui.budget.weights_dialog import CHANGE, WHY
from ecplanner.ui.document import PlanDocument
from tests.ui.budget.helpers import make_tab


def _last_years_plan(path: Path) -> Path:
    """2026: ¥1,000 a day, ¥400 over the courier shutdown 02-11..02-23."""
    store = plans.create_plan(path, PlanInfo("测试旗舰店", 2026, platforms=("tmall",)))
    try:
        start = date(2026, 1, 1)
        days = (start + timedelta(days=n) for n in range(365))
        store.write([Put(DailyActual(d, uv=100, gmv=400.0 if date(2026, 2, 11) <= d
                                     <= date(2026, 2, 23) else 1000.0)) for d in days])
    finally:
        store.close()
    return path


def test_last_years_plan_then_its_seasonality(qtbot: QtBot, document: PlanDocument,
                                               tmp_path: Path) -> None:
    tab = make_tab(qtbot, document)
    helper = tab.last_year
    assert not helper.weights_action.isEnabled()  # no day of 2026 yet
    with qtbot.waitSignal(helper.reader.finished, timeout=10_000):
        helper.import_history(_last_years_plan(tmp_path / "2026.ecplan"))
    assert len(document.store.actuals()) == 365
    history = document.store.settings().history_events
    assert history and all(e.start.year == 2026 for e in history)
    assert document.undo_stack.count() == 1 and "365 days" in tab.message.text()
    assert helper.weights_action.isEnabled()

    before = [b.weight for b in tab.feed.inputs.months] if tab.feed.inputs else []
    with qtbot.waitSignal(helper.season.finished, timeout=20_000):
        helper.weights_action.trigger()
    dialog = helper.dialog
    assert dialog is not None and dialog.isVisible()
    # January: the shutdown's first day (01-31, six days before 02-06) falls in it now, and
    # the catalog's New-Year goods festival, which ends before Spring Festival, moves too.
    assert dialog.table.item(0, WHY).text() == (
        "Spring Festival moves 11 days earlier; events' days or uplift differ: 天猫年货节")
    assert dialog.table.item(0, CHANGE).text().startswith("−")
    dialog.accept()
    stored = sorted(document.store.budget_months(), key=lambda b: b.month)
    assert [b.weight for b in stored] == pytest.approx(list(dialog.weights()))
    assert document.undo_stack.count() == 2  # the import, then the weights: one step each
    document.undo_stack.undo()
    assert tab.feed.inputs is not None
    assert [b.weight for b in tab.feed.inputs.months] == pytest.approx(before)

    # The Forecast page learns the same rhythm when it is shown.
    with qtbot.waitSignal(tab.forecast_page.job.finished, timeout=20_000):
        tab.pages.setCurrentWidget(tab.forecast_page)
    assert tab.forecast_page.table.item(FORECAST, TOTAL).text() != ""


def test_a_wrong_file_is_one_line_and_changes_nothing(qtbot: QtBot, document: PlanDocument,
                                                      tmp_path: Path) -> None:
    tab = make_tab(qtbot, document)
    other = plans.create_plan(tmp_path / "2025.ecplan", PlanInfo("测试旗舰店", 2025))
    other.close()
    with qtbot.waitSignal(tab.last_year.reader.finished, timeout=10_000):
        tab.last_year.import_history(tmp_path / "2025.ecplan")
    assert tab.message.text() == "2025.ecplan plans 2025; last year's plan plans 2026."
    assert document.undo_stack.count() == 0 and document.store.actuals() == []

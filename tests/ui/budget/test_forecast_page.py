"""Budget ▸ Forecast: last year's rhythm × growth beside the target, and the visitors a
shortfall needs, on numbers worked by hand."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import DailyActual, Event, EventKind, PlanInfo
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui.budget.forecast_page import FORECAST, GAP, TARGET, TOTAL, UV_NEEDED, ForecastPage
from ecplanner.ui.budget.formats import NumberFormat
from ecplanner.ui.document import PlanDocument

# A store outside China (no Spring Festival window): ¥1,000 every day of 2026.
INFO = PlanInfo("店", 2027, markets=("jp",), platforms=("rakuten",))
HISTORY = [DailyActual(date(2026, 1, 1) + timedelta(days=n), uv=100, gmv=1000.0)
           for n in range(365)]
# Last year's plan held one event, which lifted nothing: no catalog event stands in.
QUIET = (Event("例会", EventKind.STORE_PROMO, date(2026, 3, 2), date(2026, 3, 2)),)
FORMAT = NumberFormat(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "JPY")


def _page(qtbot: QtBot, document: PlanDocument, actuals: list[DailyActual]) -> ForecastPage:
    page = ForecastPage(document)
    qtbot.addWidget(page)
    page.growth.setValue(10.0)
    _show(qtbot, page, actuals)
    return page


def _show(qtbot: QtBot, page: ForecastPage, actuals: list[DailyActual]) -> None:
    with qtbot.waitSignal(page.job.finished, timeout=20_000):
        # ¥40,000 a month at 4 % × ¥250 = ¥10 a visitor.
        page.show_plan(INFO, actuals, QUIET, (), [40_000.0] * 12, [(0.04, 250.0)] * 12, FORMAT)


def test_the_shortfall_in_visitors(qtbot: QtBot, document: PlanDocument) -> None:
    page = _page(qtbot, document, HISTORY)
    cell = page.table.item
    # January: 31 × 1,000 × 1.1 = 34,100; short 5,900 → 590 visitors at ¥10.
    assert cell(FORECAST, 0).text() == "34,100" and cell(TARGET, 0).text() == "40,000"
    assert cell(GAP, 0).text() == "5,900" and cell(UV_NEEDED, 0).text() == "590"
    # The year: 365 × 1,100 = 401,500 against 480,000.
    assert cell(FORECAST, TOTAL).text() == "401,500"
    assert not page.fit_button.isEnabled()  # no day of 2027 imported
    page.growth.setValue(50.0)  # January 46,500: above its target
    assert cell(GAP, 0).text() == "–" and cell(UV_NEEDED, 0).text() == "–"


def test_growth_fitted_on_this_years_days(qtbot: QtBot, document: PlanDocument) -> None:
    # 2027's first 20 days at ¥1,200 against the rhythm's ¥1,000: +20 %.
    this_year = [DailyActual(date(2027, 1, 1) + timedelta(days=n), uv=100, gmv=1200.0)
                 for n in range(20)]
    page = _page(qtbot, document, HISTORY + this_year)
    assert page.fit_button.isEnabled()
    page.fit_button.click()
    assert page.growth.value() == 20.0
    assert page.table.item(FORECAST, 0).text() == "37,200"  # 31 × 1,200


def test_without_last_years_months_it_says_what_it_needs(qtbot: QtBot,
                                                         document: PlanDocument) -> None:
    page = _page(qtbot, document, HISTORY[:200])
    assert "needs 2026's daily actuals for every month" in page.caption.text()
    assert page.table.item(FORECAST, 0) is None


def test_the_growth_is_saved_with_the_plan_and_undone(qtbot: QtBot, document: PlanDocument,
                                                      plan_path: Path) -> None:
    page = _page(qtbot, document, HISTORY)
    assert document.store.settings().forecast_growth == 0.1
    page.growth.setValue(11.0)  # two steps of the arrows: one undo step
    page.growth.setValue(12.0)
    assert document.store.settings().forecast_growth == 0.12
    assert page.table.item(FORECAST, 0).text() == "34,720"  # 31 × 1,000 × 1.12
    document.undo_stack.undo()
    assert document.store.settings().forecast_growth == 0.0
    # As the Budget tab does when the plan changed; the same days: shown at once.
    page.show_plan(INFO, HISTORY, QUIET, (), [40_000.0] * 12, [(0.04, 250.0)] * 12, FORMAT)
    assert page.growth.value() == 0.0
    assert page.table.item(FORECAST, 0).text() == "31,000"
    document.undo_stack.redo()
    document.close()
    store = PlanStore.open(plan_path)
    assert store.settings().forecast_growth == 0.12
    store.close()


def test_a_growth_change_does_not_learn_the_rhythm_again(qtbot: QtBot,
                                                         document: PlanDocument) -> None:
    page = _page(qtbot, document, HISTORY)
    page.growth.setValue(20.0)
    page.show_plan(INFO, HISTORY, QUIET, (), [40_000.0] * 12, [(0.04, 250.0)] * 12, FORMAT)
    assert not page.job.busy  # the same days and events: shown at once
    assert page.table.item(FORECAST, 0).text() == "37,200"  # 31 × 1,000 × 1.2

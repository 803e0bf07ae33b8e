"""Switching views, filters, the warnings list, the models, the holiday loader."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from ecplanner.domain.calendar.grids import ViewKind
from ecplanner.domain.findings import Finding, Severity
from ecplanner.domain.model import EventKind
from ecplanner.ui.calendar import commands
from ecplanner.ui.calendar import items as it
from ecplanner.ui.calendar.catalog_panel import KEY_ROLE, TemplatesModel
from ecplanner.ui.calendar.reference_data import (
    holiday_key,
    holiday_loader,
    holidays_now,
    shipped_catalog,
)
from ecplanner.ui.calendar.view import CalendarTab
from ecplanner.ui.common.warnings_panel import WarningsModel
from ecplanner.ui.document import PlanDocument
from tests.ui.calendar.helpers import event_titled


def _titles(tab: CalendarTab) -> set[str]:
    return {i.look.title for i in tab.scene.items()
            if isinstance(i, it.BarItem) and i.isVisible() and i.zValue() == it.Z_BARS}


def test_views_show_their_days(tab: CalendarTab) -> None:
    assert tab.scene.grid.n_rows == 12
    tab.set_kind(ViewKind.MONTH)
    tab.set_month(11)
    grid = tab.scene.grid
    assert (grid.kind, grid.month) == (ViewKind.MONTH, 11)
    titles = _titles(tab)
    assert "天猫双11" in titles and "会员日" in titles and "店庆" not in titles
    members_day = [i for i in tab.scene.items()
                   if isinstance(i, it.BarItem) and i.look.title == "会员日"]
    assert members_day[0].look.list_entry  # a one-day event is a line in the day's list
    tab.toolbar.next_month.trigger()
    assert tab.scene.grid.month == 12
    tab.set_kind(ViewKind.WEEKS)
    assert tab.scene.grid.n_rows == 53 and "店庆" in _titles(tab)


def test_zoom_widens_columns_and_fit_restores(tab: CalendarTab) -> None:
    fitted = tab.scene.col_width
    tab.toolbar.zoom_in.trigger()
    assert tab.scene.col_width > fitted
    tab.toolbar.zoom_fit.trigger()
    assert tab.scene.col_width == fitted


def test_filters_hide_bars_and_their_warnings(tab: CalendarTab) -> None:
    assert "会员日" in _titles(tab)
    tab.toolbar.kinds.action(EventKind.STORE_PROMO.value).setChecked(False)
    assert "会员日" not in _titles(tab) and "天猫618" in _titles(tab)
    tab.toolbar.platforms.action("tmall").setChecked(False)
    assert "天猫618" not in _titles(tab)
    tab.toolbar.markets.action("cn").setChecked(False)
    assert "七夕" not in _titles(tab)
    tab.toolbar.kinds._on_show_all()
    tab.toolbar.platforms._on_show_all()
    tab.toolbar.markets._on_show_all()
    assert {"会员日", "天猫618", "七夕"} <= _titles(tab)


def test_warnings_list_names_the_problem_and_selects_the_event(qtbot: QtBot,
                                                               tab: CalendarTab) -> None:
    tab.today = date(2027, 5, 1)  # 天猫618's registration closes on May 4
    with qtbot.waitSignal(tab.warnings_refreshed):
        tab.refresh_warnings()
    model = tab.warnings.model
    texts = [model.text_at(r) for r in range(model.rowCount())]
    sale = event_titled(tab, "天猫618")
    row = next(r for r in range(model.rowCount())
               if model.finding_at(r).subject == sale.uuid)
    assert "Register by" in model.text_at(row) and "3 day" in model.text_at(row)
    assert "天猫618" in model.index(row).data()
    assert any("Register by" in line for line in tab.scene.warnings_of(sale.uuid))
    assert any("shipping shutdown" in t for t in texts)
    assert any(i.look.warning for i in tab.scene.bar_items(sale.uuid))
    tab.warnings._on_clicked(model.index(row))
    assert tab.scene.selected == sale.uuid
    tab.toolbar.kinds.action(EventKind.MAJOR_SALE.value).setChecked(False)
    assert all(model.finding_at(r).subject != sale.uuid for r in range(model.rowCount()))


def test_models_pass_the_model_tester(qtmodeltester: object) -> None:
    templates = TemplatesModel(shipped_catalog(), ["cn"], "zh")
    qtmodeltester.check(templates)  # type: ignore[attr-defined]
    keys = []
    for m in range(templates.rowCount()):
        market = templates.index(m, 0)
        for p in range(templates.rowCount(market)):
            platform = templates.index(p, 0, market)
            keys += [templates.index(t, 0, platform).data(KEY_ROLE)
                     for t in range(templates.rowCount(platform))]
    assert len(keys) == len(shipped_catalog().templates)
    mime = templates.mimeData([templates.index(0, 0, templates.index(0, 0, templates.index(0, 0)))])
    assert mime.data("application/x-ecplanner-template").data() == keys[0].encode()
    warnings = WarningsModel(lambda f: f"双11: {f.code}")
    warnings.reset_findings([Finding("event.registration_soon", Severity.WARNING, "a",
                                 date(2027, 11, 1))])
    qtmodeltester.check(warnings)  # type: ignore[attr-defined]


def test_holidays_load_in_the_background(qtbot: QtBot) -> None:
    loader = holiday_loader()
    key = (2031, ("jp",), "ja", 5)
    with qtbot.waitSignal(loader.loaded, timeout=10_000) as blocker:
        assert loader.request(key) is None
    loader.wait()
    assert blocker.args[0].year == 2031
    assert loader.request(key) is holidays_now(key)


def test_a_hidden_tab_lays_out_when_first_shown(qtbot: QtBot,
                                                demo_document: PlanDocument) -> None:
    holidays_now(holiday_key(demo_document.store.info()))
    hidden = CalendarTab(demo_document)
    qtbot.addWidget(hidden)
    assert not hidden.scene.laid_out and not hidden.scene.placement.bars
    promo = next(e for e in demo_document.store.events() if e.title == "店庆")
    commands.move_event(demo_document, promo, 2)  # a change while nobody looks
    hidden.resize(1400, 900)
    hidden.show()
    qtbot.waitExposed(hidden)
    qtbot.waitUntil(lambda: hidden.scene.laid_out and hidden.scene.settled)
    bars = hidden.scene.placement.bars_of(promo.uuid)
    assert bars and bars[0].segment.start == date(2027, 4, 10)
    assert len(hidden.scene.placement.uuids()) == len(
        [e for e in demo_document.store.events() if e.start.year == 2027 or e.end.year == 2027])

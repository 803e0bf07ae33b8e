"""Plan → Uplifts from Last Year: the catalog's events measured on last year's imported
days, and the learned uplift given to this plan's events of the entry in one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ecplanner.domain.catalog import event_at_anchor, load_catalog
from ecplanner.domain.model import Event
from ecplanner.domain.ops import Put
from ecplanner.ui.calendar.learned_dialog import ENTRY, IN_PLAN, LEARNED
from ecplanner.ui.calendar.view import CalendarTab
from tests.domain.test_learned_uplifts import _year_of_actuals

CATALOG = load_catalog()


def test_last_years_uplift_goes_to_this_years_double_11(plain_tab: CalendarTab) -> None:
    store = plain_tab.document.store
    template = CATALOG.template("cn.tmall.double11")
    [anchor] = CATALOG.anchor_dates(template.key, 2027)
    double11 = event_at_anchor(template, anchor, "zh")
    plain_tab.document.apply("set up", [Put(double11), *map(
        Put, _year_of_actuals({"cn.tmall.double11": 1.6}))])
    dialog = plain_tab.open_learned_uplifts()
    assert dialog is not None
    rows = {dialog.table.item(r, ENTRY).text(): r for r in range(dialog.table.rowCount())}
    row = rows[template.names.get("zh")]
    assert dialog.table.item(row, LEARNED).text() == "×1.60"
    in_plan = {e.template_key for e in store.events()}
    for r in range(dialog.table.rowCount()):  # ticked: the entries this plan has events of
        checked = dialog.table.item(r, ENTRY).checkState() == Qt.CheckState.Checked
        assert checked == (dialog.table.item(r, IN_PLAN).text() != "0")
    assert dialog.table.item(row, ENTRY).checkState() == Qt.CheckState.Checked
    assert template.key in in_plan
    dialog.accept()
    assert store.get(Event, double11.uuid).uplift == 1.6
    plain_tab.document.undo_stack.undo()
    assert store.get(Event, double11.uuid).uplift == template.uplift


def test_without_last_years_days_it_says_what_to_import(plain_tab: CalendarTab,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: said.append(text))
    assert plain_tab.open_learned_uplifts() is None
    assert said and "2026" in said[0]

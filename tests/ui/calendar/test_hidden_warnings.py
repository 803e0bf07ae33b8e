"""A hidden Calendar works its warnings out when it is shown, not at every change."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from ecplanner.domain.ops import Put
from ecplanner.ui.calendar.reference_data import holiday_key, holidays_now
from ecplanner.ui.calendar.view import CalendarTab
from ecplanner.ui.document import PlanDocument


def _subjects(tab: CalendarTab) -> set[str]:
    model = tab.warnings.model
    return {model.finding_at(row).subject for row in range(model.rowCount())}


def test_a_hidden_tab_checks_when_shown(qtbot: QtBot, demo_document: PlanDocument) -> None:
    holidays_now(holiday_key(demo_document.store.info()))
    tab = CalendarTab(demo_document)  # built at idle, behind another tab
    qtbot.addWidget(tab)
    assert _subjects(tab) == set()  # nobody sees them yet
    sale = next(e for e in demo_document.store.events() if e.template_key == "cn.tmall.618")
    demo_document.apply("add a rival", [Put(replace(sale, uuid="rival", title="另一个618"))])
    assert _subjects(tab) == set()
    tab.resize(1400, 900)
    tab.show()
    qtbot.waitExposed(tab)
    assert {"rival", sale.uuid} <= _subjects(tab)
    qtbot.waitUntil(lambda: any(i.look.warning for i in tab.scene.bar_items("rival")))

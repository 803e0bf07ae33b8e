"""A hidden Calendar works its warnings out when it is shown, not at every change."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from ecplanner.domain.calendar.warnings import event_findings_in_steps
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
    with qtbot.waitSignal(tab.warnings_refreshed):  # worked out in steps
        tab.show()
    assert {"rival", sale.uuid} <= _subjects(tab)
    qtbot.waitUntil(lambda: any(i.look.warning for i in tab.scene.bar_items("rival")))


def test_an_edit_works_the_warnings_out_in_slices_after_its_turn(
        qtbot: QtBot, tab: CalendarTab, monkeypatch: pytest.MonkeyPatch) -> None:
    # On 20,000 events the check takes ~0.2 s: in the edit's turn it held every move; in a
    # worker, the next drag's turns took turns with it at the interpreter.
    stepped: list[threading.Thread] = []
    real = event_findings_in_steps

    def long(*args: Any, **kwargs: Any) -> Any:
        for _ in range(20):  # a large plan's many steps
            time.sleep(0.003)
            stepped.append(threading.current_thread())
            yield
        return (yield from real(*args, **kwargs))

    monkeypatch.setattr("ecplanner.ui.calendar.view.event_findings_in_steps", long)
    seen: list[int] = []  # how many steps had run at each turn of the event loop
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: seen.append(len(stepped)))
    ticker.start()
    sale = next(e for e in tab.document.store.events() if e.template_key == "cn.tmall.618")
    with qtbot.waitSignal(tab.warnings_refreshed):
        tab.document.apply("add a rival", [Put(replace(sale, uuid="rival", title="另一个618"))])
        assert "rival" not in _subjects(tab) and stepped == []  # not in the edit's turn
    ticker.stop()
    assert "rival" in _subjects(tab)
    assert set(stepped) == {threading.main_thread()}
    assert any(0 < count < 20 for count in seen)  # the window had turns in between

"""The Inventory tab on the demo plan, dated so the projection starts on 2027-01-01."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory.view import InventoryTab

TODAY = date(2026, 11, 23)


@pytest.fixture
def tab(qtbot: QtBot, demo_document: PlanDocument) -> InventoryTab:
    widget = InventoryTab(demo_document, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitUntil(lambda: widget.chart.built)
    return widget

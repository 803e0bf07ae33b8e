"""The tabs of the main window, in order. Each is built from the open document."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ecplanner.ui.document import PlanDocument


@dataclass(frozen=True)
class TabSpec:
    """A tab: its key, its title, and its widget class ``widget`` in ``module``, which is
    imported when the tab is first needed: importing the five not shown first takes
    ~160-210 ms, which the first paint does not wait for."""

    key: str
    title: Callable[[], str]
    module: str
    widget: str

    @property
    def is_loaded(self) -> bool:
        return self.module in sys.modules

    def load(self) -> None:
        """Import the tab's code (it may take a turn of its own: ~20-80 ms a tab)."""
        importlib.import_module(self.module)

    def build(self, document: PlanDocument) -> QWidget:
        widget = getattr(importlib.import_module(self.module), self.widget)(document)
        assert isinstance(widget, QWidget)
        return widget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tabs", text)


TABS: list[TabSpec] = [
    TabSpec("overview", lambda: _tr("Overview"), "ecplanner.ui.overview.view", "OverviewTab"),
    TabSpec("calendar", lambda: _tr("Calendar"), "ecplanner.ui.calendar.view", "CalendarTab"),
    TabSpec("products", lambda: _tr("Products"), "ecplanner.ui.products.view", "ProductsTab"),
    TabSpec("inventory", lambda: _tr("Inventory"), "ecplanner.ui.inventory.view",
            "InventoryTab"),
    TabSpec("budget", lambda: _tr("Budget"), "ecplanner.ui.budget.view", "BudgetTab"),
    TabSpec("review", lambda: _tr("Review"), "ecplanner.ui.review.view", "ReviewTab"),
]

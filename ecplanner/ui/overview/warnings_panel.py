"""The plan's warnings on the Overview: events, products and clearance in one list (the
tabs' common ``WarningsPanel``), kept in step with the plan.

The plan is read a step at a time between the window's other work, and the list is
computed off the UI thread (``plan_findings`` loads numpy and the holiday tables on first
use) and recomputed shortly after each change the Overview's feed hands
over (at once, or when the Overview shows again). A check that fails says so in the
title, with its cause; the worker has logged the traceback.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from ecplanner.domain.findings import Finding
from ecplanner.domain.model import Event, PlanInfo, PlanSettings, Product, StockPlan
from ecplanner.domain.ops import Changes, Topic
from ecplanner.ui.common.after_build import after_build
from ecplanner.ui.common.background import Background
from ecplanner.ui.common.slices import Slices, dropped_in_pieces
from ecplanner.ui.common.warnings_panel import WarningsPanel
from ecplanner.ui.overview.feed import OverviewFeed
from ecplanner.ui.overview.texts import finding_line

_DEBOUNCE_MS = 300
_FIRST_CHECK_MS = 1200
_READ_SLICE_S = 0.02


def _plan_findings(info: PlanInfo, events: Sequence[Event], products: Sequence[Product],
                   stock_plans: Sequence[StockPlan], today: date,
                   settings: PlanSettings, sold: list[tuple[str, date, int]]) -> list[Finding]:
    # Imported here, in the worker: the checks load the holiday tables and the clearance
    # code, which start-up does not need.
    from ecplanner.domain.clearance.reforecast import sold_days
    from ecplanner.domain.plan_warnings import plan_findings

    grouped = sold_days(sold)
    for _ in dropped_in_pieces(sold):
        pass
    return plan_findings(info, events, products, stock_plans, today, settings, grouped)


class PlanWarningsPanel(WarningsPanel):
    """Lists every warning with the name of what it is about."""

    checked = Signal(bool)
    """A check ended: True when the list shows its findings, False when it failed."""

    def __init__(self, feed: OverviewFeed, parent: QWidget | None = None) -> None:
        super().__init__(self._describe, parent=parent)
        self.feed = feed
        self.document = document = feed.document
        self.today = date.today()
        self._events: dict[str, Event] = {}
        self._products: dict[str, Product] = {}
        self._checked = False  # a check has started since the plan opened
        self.background = Background(self)
        self.background.finished.connect(self._on_computed)
        self.background.failed.connect(self._on_failed)
        self._timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute)
        self._reading = Slices(_READ_SLICE_S, self)  # the plan, read between other work
        feed.updated.connect(self._on_feed_updated)
        document.closed.connect(self._timer.stop)
        document.closed.connect(self._reading.stop)
        self.set_checking(True)
        # The first check waits until the window has shown and built its other tabs at
        # idle (``MainWindow.building_tabs``): on a large plan it holds the interpreter for
        # a few hundred milliseconds, which would stretch the building turns as much again.
        QTimer.singleShot(_FIRST_CHECK_MS, self, self._first_check)

    def _on_feed_updated(self, changes: Changes | None) -> None:
        if changes is None or changes.touches(Topic.EVENTS, Topic.PRODUCTS, Topic.STOCK,
                                              Topic.PLAN):
            self.set_checking(True)
            self._timer.start()

    def _first_check(self) -> None:
        after_build(self, self._check_first)

    def _check_first(self) -> None:
        if not self._timer.isActive() and not self._checked:  # an edit may have come first
            self.recompute()

    def recompute(self) -> None:
        """Starts a check of the plan."""
        if not self.document.is_open:
            return
        self.set_checking(True)
        self._checked = True
        self._reading.start(self._read_then_check())

    def _read_then_check(self) -> Iterator[None]:
        for plan in self.feed.plan_to_check():
            if plan is None:
                yield
                continue
            self.background.start(partial(_plan_findings, plan.info, plan.events,
                                          plan.products, plan.stock_plans, self.today,
                                          plan.settings, plan.sold))

    def _on_computed(self, findings: list[Finding]) -> None:
        if not self.document.is_open:
            return
        # The names as they are now; rows are worded from these when first shown.
        self._events = {e.uuid: e for e in self.feed.events()}
        self._products = {p.uuid: p for p in self.feed.products()}
        self.set_findings(findings)
        if self._timer.isActive():
            return  # the plan changed since this check began: the title keeps saying so
        self.set_checking(False)
        self.checked.emit(True)

    def _on_failed(self, error: Exception) -> None:
        if not self.document.is_open:
            return
        self.set_findings([])  # the last list may no longer hold: show none
        if self._timer.isActive():
            return  # the plan changed since this check began: another one follows
        self.set_failed(f"{type(error).__name__}: {error}")
        self.checked.emit(False)

    def _describe(self, finding: Finding) -> str:
        """One row's words, from the names taken when the findings arrived."""
        return finding_line(finding, self._events, self._products)

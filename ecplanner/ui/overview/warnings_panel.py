"""The plan's warnings on the Overview: events, products and clearance in one list (the
tabs' common ``WarningsPanel``), kept in step with the plan.

A check reads the plan and works the warnings out a step at a time between the window's
other work (``Slices``), shortly after each change the Overview's feed hands over (at once,
or when the Overview shows again). Only what no step can cut runs in a worker, once per
plan year: loading numpy and the holiday tables (``warm_up``). The check used to run
whole in a worker: ~1.3 s of Python on a plan of 20,000 events and 20,000 products after
every edit, and any turn of the window that ran Python meanwhile (a drag, a paint, a
tab's first show) took turns with it at the interpreter, up to twice as long on the
clock; in steps, a turn has one slice of it at most. The products' real sales are
grouped once and kept until they change. A check that fails says so in
the title, with its cause, and the log has the traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from ecplanner.domain.findings import Finding
from ecplanner.domain.model import Event, PlanInfo, Product, ProductDay
from ecplanner.domain.ops import Changes, Topic
from ecplanner.ui.common.after_build import after_build
from ecplanner.ui.common.background import Background
from ecplanner.ui.common.slices import Slices, dropped_in_pieces
from ecplanner.ui.common.warnings_panel import WarningsPanel
from ecplanner.ui.overview.feed import OverviewFeed, PlanToCheck
from ecplanner.ui.overview.texts import finding_line

if TYPE_CHECKING:
    from ecplanner.domain.clearance.reforecast import SoldDays

log = logging.getLogger(__name__)

_DEBOUNCE_MS = 300
_FIRST_CHECK_MS = 1200
_SLICE_S = 0.015


def _warm_key(info: PlanInfo) -> tuple[int, tuple[str, ...], int]:
    """What ``warm_up`` loads the holiday tables for."""
    return info.year, tuple(info.markets), info.shipping_cutoff_days


def _warm_up(info: PlanInfo) -> None:
    # Imported here, in the worker: the checks' code and what it loads (numpy, the holiday
    # tables) are not needed at start-up.
    from ecplanner.domain.plan_warnings import warm_up

    warm_up(info)


class PlanWarningsPanel(WarningsPanel):
    """Lists every warning with the name of what it is about."""

    checked = Signal(bool)
    """A check ended: True when the list shows its findings, False when it failed."""
    computed = Signal(object)
    """A check's findings (a list of ``Finding``), just before the list shows them."""

    def __init__(self, feed: OverviewFeed, parent: QWidget | None = None) -> None:
        super().__init__(self._describe, parent=parent)
        self.feed = feed
        self.document = document = feed.document
        self.today = date.today()
        self._events: dict[str, Event] = {}
        self._products: dict[str, Product] = {}
        self._checked = False  # a check has started since the plan opened
        self._sold: dict[str, SoldDays] | None = None  # the real sales, grouped; None: read
        self._warm: set[tuple[int, tuple[str, ...], int]] = set()  # ``_warm_key``s loaded
        self._warming: PlanToCheck | None = None  # the plan a worker is loading tables for
        self.background = Background(self)  # ``warm_up``
        self.background.finished.connect(self._on_warm)
        self.background.failed.connect(self._on_failed)
        self.computed.connect(self._on_computed)
        self._timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute)
        self._checking = Slices(_SLICE_S, self)
        feed.updated.connect(self._on_feed_updated)
        document.closed.connect(self._timer.stop)
        document.closed.connect(self._drop_check)
        self.set_checking(True)
        # The first check waits until the window has shown and built its other tabs at
        # idle (``MainWindow.building_tabs``): its steps would stretch the building turns.
        QTimer.singleShot(_FIRST_CHECK_MS, self, self._first_check)

    @property
    def busy(self) -> bool:
        """Whether a check is under way (or about to start)."""
        return (self._timer.isActive() or self._checking.busy
                or self._warming is not None)

    def _on_feed_updated(self, changes: Changes | None) -> None:
        if changes is None or changes.touches(Topic.PLAN) or changes.of_kind(ProductDay):
            self._sold = None
        if changes is None or changes.touches(Topic.EVENTS, Topic.PRODUCTS, Topic.STOCK,
                                              Topic.PLAN):
            self._drop_check()  # its answer would no longer hold: another one follows
            self.set_checking(True)
            self._timer.start()

    def _drop_check(self) -> None:
        self._checking.stop()
        self._warming = None

    def _first_check(self) -> None:
        after_build(self, self._check_first)

    def _check_first(self) -> None:
        if not self._timer.isActive() and not self._checked:  # an edit may have come first
            self.recompute()

    def recompute(self) -> None:
        """Starts a check of the plan."""
        if not self.document.is_open:
            return
        self._drop_check()
        self.set_checking(True)
        self._checked = True
        self._checking.start(self._read_then_check())

    def _read_then_check(self) -> Iterator[None]:
        for plan in self.feed.plan_to_check(sales=self._sold is None):
            if plan is None:
                yield
            elif _warm_key(plan.info) in self._warm:
                yield from self._check(plan)
            else:  # its tables load in a worker first; the check goes on when they have
                self._warming = plan
                self.background.start(partial(_warm_up, plan.info))

    def _on_warm(self, _result: None) -> None:
        plan, self._warming = self._warming, None
        if plan is None or not self.document.is_open:
            return  # the plan changed meanwhile: that check loads its own
        self._warm.add(_warm_key(plan.info))
        self._checking.start(self._check(plan))

    def _check(self, plan: PlanToCheck) -> Iterator[None]:
        # Loaded by the worker's ``warm_up`` by now.
        from ecplanner.domain.clearance.reforecast import sold_days_in_steps
        from ecplanner.domain.plan_warnings import plan_findings_in_steps

        try:
            if plan.sold is not None:  # read again: grouped now and kept
                self._sold = yield from sold_days_in_steps(plan.sold)
                yield from dropped_in_pieces(plan.sold)
            # Kept since the plan was read: a change of the sales drops this check.
            assert self._sold is not None
            findings = yield from plan_findings_in_steps(
                plan.info, plan.events, plan.products, plan.stock_plans, self.today,
                plan.settings, self._sold)
        except Exception as error:  # shown on the panel, never lost in the event loop
            log.exception("checking the plan's warnings failed")
            self._on_failed(error)
        else:
            self.computed.emit(findings)

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
        self._warming = None
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

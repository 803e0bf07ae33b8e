"""The plan's warnings on the Overview: events, products and clearance in one list.

The list is computed off the UI thread (``plan_findings`` loads numpy and the holiday
tables on first use) and recomputed shortly after each change the Overview's feed hands
over (at once, or when the Overview shows again). A check that fails says so in the
title, with its cause; the worker has logged the traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.findings import Finding
from ecplanner.domain.model import Event, PlanInfo, PlanSettings, Product, StockPlan
from ecplanner.domain.ops import Changes, Topic
from ecplanner.ui.common.background import Background
from ecplanner.ui.overview.feed import OverviewFeed
from ecplanner.ui.overview.warnings_model import WarningsModel

_DEBOUNCE_MS = 300
_FIRST_CHECK_MS = 1200


def _plan_findings(info: PlanInfo, events: Sequence[Event], products: Sequence[Product],
                   stock_plans: Sequence[StockPlan], today: date,
                   settings: PlanSettings) -> list[Finding]:
    # Imported here, in the worker: the checks load the holiday tables and the clearance
    # code, which start-up does not need.
    from ecplanner.domain.plan_warnings import plan_findings

    return plan_findings(info, events, products, stock_plans, today, settings)


def clearance_text(finding: Finding) -> str:
    text = QCoreApplication.translate(
        "Warnings", "Projected sell-through %1 misses the %2 target; %3 units left at season end")
    return (text.replace("%1", f"{float(finding.param('sell_through') or 0):.0%}")
            .replace("%2", f"{float(finding.param('target') or 0):.0%}")
            .replace("%3", finding.param("leftover")))


def _one_column_list(model: WarningsModel) -> QTableView:
    """A table without headers or grid, one elided line a row: it looks like a list.

    Not a QListView: even with uniform item sizes its layout asks the model about every
    row (~100 ms for 30,000 findings, after every check); a table's rows are all one
    fixed height, so it asks only about the rows it paints.
    """
    view = QTableView()
    view.setModel(model)
    view.horizontalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)  # long texts end in "…"
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return view


class WarningsPanel(QWidget):
    """Lists every warning with the name of what it is about."""

    checked = Signal(bool)
    """A check ended: True when the list shows its findings, False when it failed."""

    def __init__(self, feed: OverviewFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.document = document = feed.document
        self.today = date.today()
        self._events: dict[str, Event] = {}
        self._products: dict[str, Product] = {}
        self._checked = False  # a check has started since the plan opened
        self.title = QLabel(self.tr("Warnings"))
        self.title.setWordWrap(True)  # a failure's cause can be long
        self.model = WarningsModel(self._describe)
        self.list = _one_column_list(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.background = Background(self)
        self.background.finished.connect(self._on_computed)
        self.background.failed.connect(self._on_failed)
        self._timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute)
        feed.updated.connect(self._on_feed_updated)
        document.closed.connect(self._timer.stop)
        self.title.setText(self.tr("Warnings (checking…)"))
        # The first check waits until the window has shown and built its other tabs at
        # idle: on a large plan it holds the interpreter for a few hundred milliseconds,
        # which would slow that building down as much again.
        QTimer.singleShot(_FIRST_CHECK_MS, self, self._first_check)

    def _on_feed_updated(self, changes: Changes | None) -> None:
        if changes is None or changes.touches(Topic.EVENTS, Topic.PRODUCTS, Topic.STOCK,
                                              Topic.PLAN):
            self.title.setText(self.tr("Warnings (checking…)"))
            self._timer.start()

    def _first_check(self) -> None:
        if not self._timer.isActive() and not self._checked:  # an edit may have come first
            self.recompute()

    def recompute(self) -> None:
        """Starts a check of the plan."""
        if not self.document.is_open:
            return
        plan = self.feed.plan_to_check()
        job = partial(_plan_findings, plan.info, plan.events, plan.products, plan.stock_plans,
                      self.today, plan.settings)
        self.title.setText(self.tr("Warnings (checking…)"))
        self._checked = True
        self.background.start(job)

    def _on_computed(self, findings: list[Finding]) -> None:
        if not self.document.is_open:
            return
        # The names as they are now; rows are worded from these when first shown.
        self._events = {e.uuid: e for e in self.feed.events()}
        self._products = {p.uuid: p for p in self.feed.products()}
        self.model.reset_findings(findings)
        if self._timer.isActive():
            return  # the plan changed since this check began: the title keeps saying so
        self.title.setText(self.tr("Warnings (%1)").replace("%1", str(len(findings))))
        self.checked.emit(True)

    def _on_failed(self, error: Exception) -> None:
        if not self.document.is_open:
            return
        self.model.reset_findings([])  # the last list may no longer hold: show none
        if self._timer.isActive():
            return  # the plan changed since this check began: another one follows
        self.title.setText(self.tr(
            "Warnings could not be checked: %1. The log has the details "
            "(Help → Show the Log Folder).").replace("%1", f"{type(error).__name__}: {error}"))
        self.checked.emit(False)

    def _describe(self, finding: Finding) -> str:
        """One row's words: what the finding is about, then what is wrong."""
        subject, text = self._subject_and_text(finding)
        return f"{subject}: {text}"

    def _subject_and_text(self, finding: Finding) -> tuple[str, str]:
        # The tabs' wordings load with the first row shown, not at start-up.
        from ecplanner.ui.calendar import texts as event_texts
        from ecplanner.ui.products import texts as product_texts

        events, products = self._events, self._products
        if finding.code.startswith("event."):
            event = events.get(finding.subject)
            return (event.title if event else "?",
                    event_texts.finding_text(finding, events, products))
        if finding.code.startswith("stock."):
            product = products.get(finding.subject)
            return (f"{product.code} {product.name}" if product else "?",
                    clearance_text(finding))
        if finding.code.startswith("season."):
            return (self.tr("Launch waves"), product_texts.finding_text(finding, events))
        product = products.get(finding.subject)
        return (f"{product.code} {product.name}" if product else "?",
                product_texts.finding_text(finding, events))

"""The plan's warnings on the Overview: events, products and clearance in one list.

The list is computed off the UI thread (``plan_findings`` loads numpy and the holiday
tables on first use) and recomputed shortly after each change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ecplanner.domain.findings import Finding, Severity
from ecplanner.domain.model import Event, PlanInfo, PlanSettings, Product, StockPlan
from ecplanner.domain.ops import Changes, Topic
from ecplanner.ui.common.background import Background
from ecplanner.ui.document import PlanDocument

_DEBOUNCE_MS = 300
_SEVERITY_COLOR = {Severity.WARNING: QColor("#B26A00"), Severity.INFO: QColor("#546E7A"),
                   Severity.ERROR: QColor("#C62828")}


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


class WarningsPanel(QWidget):
    """Lists every warning with the name of what it is about."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.today = date.today()
        self.title = QLabel(self.tr("Warnings"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.background = Background(self)
        self.background.finished.connect(self._on_computed)
        self._timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute)
        document.changed.connect(self._on_changed)
        document.closed.connect(self._timer.stop)
        self.title.setText(self.tr("Warnings (checking…)"))
        self._timer.start()  # not at once: let the window show before the first check

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Topic.EVENTS, Topic.PRODUCTS, Topic.STOCK, Topic.PLAN):
            self._timer.start()

    def recompute(self) -> None:
        if not self.document.is_open:
            return
        store = self.document.store
        job = partial(_plan_findings, store.info(), store.events(), store.products(),
                      store.stock_plans(), self.today, store.settings())
        self.title.setText(self.tr("Warnings (checking…)"))
        self.background.start(job)

    def _on_computed(self, findings: list[Finding]) -> None:
        if not self.document.is_open:
            return
        store = self.document.store
        events = {e.uuid: e for e in store.events()}
        products = {p.uuid: p for p in store.products()}
        self.list.clear()
        for finding in findings:
            subject, text = self._describe(finding, events, products)
            item = QListWidgetItem(f"{subject}: {text}")
            item.setForeground(_SEVERITY_COLOR[finding.severity])
            self.list.addItem(item)
        self.title.setText(self.tr("Warnings (%1)").replace("%1", str(len(findings))))

    def _describe(self, finding: Finding, events: Mapping[str, Event],
                  products: Mapping[str, Product]) -> tuple[str, str]:
        # The tabs' wordings load with the first answer, not at start-up.
        from ecplanner.ui.calendar import texts as event_texts
        from ecplanner.ui.products import texts as product_texts

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

"""The Budget tab's helpers that learn from last year: File ▸ Import Last Year's Plan… and
Seasonality from Last Year….

Last year's plan file is read in a worker (``exchange.history``: opened for reading only,
its days and events) and stored in one undo step; the seasonal weights are computed in a
worker too (the holiday tables load on first use) and shown in ``SeasonalWeightsDialog``,
whose acceptance is one undo step. Last year's events are the ones its plan file brought
in (kept in the plan as history); without them, the catalog's events of last year stand in,
where the catalog put them that year.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from ecplanner.domain.budget.uplift import weights_from_actuals
from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import DailyActual, Event, PlanInfo
from ecplanner.domain.review.plan_rhythm import plan_seasonality
from ecplanner.domain.review.season_weights import SeasonalWeights
from ecplanner.exchange.history import HistoryRefusal, LastYear, history_ops, read_last_year
from ecplanner.ui.budget import commands
from ecplanner.ui.budget.feed import BudgetFeed
from ecplanner.ui.budget.weights_dialog import SeasonalWeightsDialog
from ecplanner.ui.calendar.reference_data import shipped_catalog
from ecplanner.ui.common.background import Background
from ecplanner.ui.common.messages import problems_text, refusal_text
from ecplanner.ui.document import PlanDocument

ShowMessage = Callable[[str, bool], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("LastYear", text)


def learn_weights(actuals: list[DailyActual], info: PlanInfo, history: tuple[Event, ...],
                  events: tuple[Event, ...]) -> SeasonalWeights | None:
    """The seasonality of ``info``'s plan (``plan_seasonality`` on the shipped catalog).
    Pure: it runs in a worker."""
    return plan_seasonality(actuals, info, history, events, shipped_catalog)


class LastYearActions(QObject):
    """``history_action`` and ``weights_action`` for ``feed``'s plan; results and refusals
    go to ``show_message(text, error)``."""

    def __init__(self, document: PlanDocument, feed: BudgetFeed, show_message: ShowMessage,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._feed = feed
        self._show_message = show_message
        self._parent = parent
        self.dialog: SeasonalWeightsDialog | None = None
        self.history_action = QAction(_tr("Import Last Year's Plan…"), self)
        self.history_action.setToolTip(_tr(
            "Bring in last year's daily actuals and its events from last year's plan file, "
            "for the seasonality."))
        self.history_action.triggered.connect(self._on_history)
        self.weights_action = QAction(_tr("Seasonality from Last Year…"), self)
        self.weights_action.triggered.connect(self.open_weights)
        self.reader = Background(self)
        self.reader.finished.connect(self._on_read)
        self.reader.failed.connect(self._on_failed)
        self.season = Background(self)
        self.season.finished.connect(self._on_weights)
        self.season.failed.connect(self._on_failed)
        self.history_action.setEnabled(not document.read_only)

    def refresh(self, info: PlanInfo, actuals: list[DailyActual]) -> None:
        """Enables the seasonality when every month of last year has imported days."""
        ready = weights_from_actuals(actuals, info.year - 1) is not None
        self.weights_action.setEnabled(ready and not self._document.read_only)
        last = str(info.year - 1)
        self.weights_action.setToolTip(
            _tr("Each month's weight from %1's daily GMV, with %1's events and Spring "
                "Festival taken out and this year's put back at their dates.")
            .replace("%1", last) if ready else
            _tr("Needs daily actuals of %1 for every month: import last year's plan or its "
                "daily exports first.").replace("%1", last))

    # -- last year's plan file ------------------------------------------------------------
    def _on_history(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, _tr("Import Last Year's Plan"), "",
            _tr("ecplanner plans (*.ecplan)"))
        if path:
            self.import_history(Path(path))

    def import_history(self, path: Path) -> None:
        """Reads ``path`` in a worker; its days and events are stored when it is read."""
        info = self._document.store.info()
        plan_path = self._document.store.path
        self.reader.start(lambda: read_last_year(path, info.uuid, info.year, plan_path))

    def _on_read(self, found: LastYear) -> None:
        info = self._document.store.info()
        if found.refusal is not None:
            self._show_message(self._refusal(found, info.year), True)
            return
        self._feed.catch_up()
        stored = {a.day: a for a in self._feed.actuals}
        ops = history_ops(found, stored, self._document.store.settings())
        try:
            self._document.apply(_tr("Import last year's plan"), ops)
        except ValidationError as error:
            self._show_message(problems_text(error.problems), True)
            return
        self._show_message(
            _tr("Imported %1 days and %2 events of %3 from %4.")
            .replace("%1", str(len(found.days))).replace("%2", str(len(found.events)))
            .replace("%3", str(found.year)).replace("%4", found.path.name), False)

    @staticmethod
    def _refusal(found: LastYear, year: int) -> str:
        name = found.path.name
        if found.refusal is HistoryRefusal.UNREADABLE and found.error is not None:
            return f"{name}: {refusal_text(found.error)}"
        if found.refusal is HistoryRefusal.SAME_PLAN:
            return _tr("%1 is this plan itself: choose last year's plan.").replace("%1", name)
        if found.refusal is HistoryRefusal.WRONG_YEAR:
            return (_tr("%1 plans %2; last year's plan plans %3.").replace("%1", name)
                    .replace("%2", str(found.year)).replace("%3", str(year - 1)))
        return _tr("%1 holds no daily actuals.").replace("%1", name)

    def _on_failed(self, error: Exception) -> None:
        self._show_message(str(error), True)

    # -- seasonality ----------------------------------------------------------------------
    def open_weights(self) -> None:
        """Computes the weights in a worker; the dialog opens when they are found."""
        self._feed.catch_up()
        inputs = self._feed.inputs
        assert inputs is not None
        actuals = list(self._feed.actuals)
        history = self._document.store.settings().history_events
        info, events = inputs.info, inputs.events
        self.season.start(lambda: learn_weights(actuals, info, history, events))

    def _on_weights(self, found: SeasonalWeights | None) -> None:
        inputs = self._feed.inputs
        assert inputs is not None
        if found is None:
            self._show_message(_tr("Last year's days cannot give a base rhythm: every month "
                                   "and every weekday needs ordinary days."), True)
            return
        dialog = SeasonalWeightsDialog([b.weight for b in inputs.months], found,
                                       inputs.info.year, self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._use(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _use(self, dialog: SeasonalWeightsDialog) -> None:
        inputs = self._feed.inputs
        assert inputs is not None
        try:
            commands.set_weights(self._document, inputs, dialog.weights())
        except ValidationError as error:
            self._show_message(problems_text(error.problems), True)

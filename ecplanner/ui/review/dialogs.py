"""Reports → Weekly report… / Monthly report…: pick the period, preview the report's summary,
save it as the workbook (``exchange/report``, written in a worker) or as a PDF.

The plan is copied when the dialog opens and read from the copy in a worker (the open
plan's store belongs to the UI thread), which works out the budget sheet and the warnings
once, then each period chosen.
The preview is the PDF's own page (``exchange/report/text.summary_html``), in the plan's
language, as the workbook is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.review.periods import Period, PeriodKind, containing, last_complete
from ecplanner.exchange.plan_snapshot import (
    PlanResults,
    PlanSnapshot,
    compute_results,
    read_snapshot,
)
from ecplanner.exchange.report.data import ReportData, report_data
from ecplanner.exchange.report.text import summary_html
from ecplanner.exchange.report.workbook import write_report
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui.common.background import Background
from ecplanner.ui.common.export_folder import export_folder, remember_export_folder
from ecplanner.ui.common.plan_copies import discard_copy, plan_copy
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.review.pdf import write_pdf


def periods_of_year(kind: PeriodKind, year: int) -> list[Period]:
    """Every week or month with a day in ``year`` (a week may start in December before)."""
    period, last = containing(kind, date(year, 1, 1)), date(year, 12, 31)
    found = []
    while period.start <= last:
        found.append(period)
        period = period.following()
    return found


@dataclass(frozen=True)
class _Worked:
    snapshot: PlanSnapshot
    results: PlanResults
    data: ReportData


def _worked_out(source: PlanSnapshot | Path, period: Period,
                results: PlanResults | None) -> _Worked:
    """In a worker: ``source`` a snapshot, or the plan's copy to read and delete."""
    if isinstance(source, Path):
        store = None
        try:
            store = PlanStore.open(source)
            snapshot = read_snapshot(store)
        finally:
            discard_copy(source, store)
    else:
        snapshot = source
    results = results or compute_results(snapshot)
    return _Worked(snapshot, results, report_data(snapshot, period, results))


def _written(data: ReportData, path: Path) -> Path:
    write_report(data, path)
    return path


class ReportDialog(QDialog):
    """The report of a week or a month (``kind``) of ``document``'s plan."""

    previewShown = Signal()
    """The preview shows the chosen period's report."""
    saved = Signal(object)
    """A file was written; the argument is its path."""

    def __init__(self, document: PlanDocument, kind: PeriodKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly report") if kind is PeriodKind.WEEK
                            else self.tr("Monthly report"))
        self._plan_path = document.store.path
        self._info = document.store.info()
        days = [a.day for a in document.store.actuals()]  # a year's rows: a few ms
        self._source: PlanSnapshot | Path = plan_copy(document.store)
        self._results: PlanResults | None = None
        self.data: ReportData | None = None
        self._worker = Background(self)
        self._worker.finished.connect(self._on_worked_out)
        self._writer = Background(self)
        self._writer.finished.connect(self._on_saved)
        self._writer.failed.connect(self._on_save_failed)
        year = self._info.year
        self.periods = periods_of_year(kind, year)
        self.period_box = QComboBox()
        for period in self.periods:
            self.period_box.addItem(
                f"{period.code}  ({period.start:%m-%d} – {period.end:%m-%d})")
        self.period_box.setCurrentIndex(self._default_index(kind, days))
        self.period_box.currentIndexChanged.connect(lambda _i: self._work_out())
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.status = QLabel(self.tr("Working out the report…"))
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.workbook_button = QPushButton(self.tr("Save as Workbook…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.workbook_button.clicked.connect(lambda: self._ask("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._ask("pdf"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.workbook_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Week:") if kind is PeriodKind.WEEK
                             else self.tr("Month:")))
        top.addWidget(self.period_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(720, 760)
        self._work_out()

    def _default_index(self, kind: PeriodKind, days: list[date]) -> int:
        """The last complete period with data (``last_complete``), kept within the year."""
        wanted = last_complete(kind, (min(days), max(days)) if days else None, date.today())
        if wanted.start > self.periods[-1].start:
            return len(self.periods) - 1
        return next((n for n, p in enumerate(self.periods) if p.start >= wanted.start), 0)

    @property
    def period(self) -> Period:
        return self.periods[self.period_box.currentIndex()]

    def _work_out(self) -> None:
        self._set_ready(False)
        self.status.setText(self.tr("Working out the report…"))
        source, period, results = self._source, self.period, self._results
        if isinstance(source, Path) and self._worker.busy:
            return  # the copy is being read; the period is checked when it is
        self._worker.start(lambda: _worked_out(source, period, results))

    def _on_worked_out(self, worked: _Worked) -> None:
        self._source, self._results, self.data = worked.snapshot, worked.results, worked.data
        if worked.data.period != self.period:
            self._work_out()  # chosen while the plan was read
            return
        self.preview.setHtml(summary_html(self.data))
        self.status.clear()
        self._set_ready(True)
        self.previewShown.emit()

    def _set_ready(self, ready: bool) -> None:
        self.workbook_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    # -- saving --------------------------------------------------------------------------------
    def _ask(self, suffix: str) -> None:
        name = f"{self._info.store_name} {self.period.code}.{suffix}"
        kinds = self.tr("Excel workbook (*.xlsx)") if suffix == "xlsx" else self.tr(
            "PDF (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), str(export_folder(self._plan_path) / name),
            kinds)
        if not chosen:
            return
        path = Path(chosen).with_suffix(f".{suffix}")
        if suffix == "xlsx":
            self.save_workbook(path)
        else:
            self.save_pdf(path)

    def save_workbook(self, path: Path) -> None:
        """Writes in a worker; ``saved`` or the status line tells the end."""
        data = self.data
        assert data is not None
        self.status.setText(self.tr("Saving…"))
        self.workbook_button.setEnabled(False)
        self._writer.start(lambda: _written(data, path))

    def save_pdf(self, path: Path) -> None:
        """One page or two of text: laid out and written here, in a moment."""
        assert self.data is not None
        try:
            write_pdf(self.data, path)
        except OSError as error:
            self._on_save_failed(error)
            return
        self._on_saved(path)

    def _on_saved(self, path: Path) -> None:
        remember_export_folder(path)
        self.workbook_button.setEnabled(True)
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
        self.saved.emit(path)

    def _on_save_failed(self, error: object) -> None:
        self.workbook_button.setEnabled(True)
        self.status.setText(self.tr("Could not save: %1").replace("%1", str(error)))

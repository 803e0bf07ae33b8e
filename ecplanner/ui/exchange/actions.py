"""The File menu's export and import actions for the open plan.

Each action asks for a file, copies the plan (the worker must not share the UI's store),
and runs the job in the worker behind a window-modal progress dialog with Cancel. An
export ends with a status-bar message; an import opens the preview, whose Apply is the
one undo step. ``export_to`` and ``import_from`` start the same work without a file
dialog (tests call them and wait for ``finished``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from ecplanner.exchange.import_result import ImportResult
from ecplanner.ui.common.export_folder import export_folder, remember_export_folder
from ecplanner.ui.common.plan_copies import plan_copy
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.exchange.file_kinds import Format
from ecplanner.ui.exchange.texts import stage_text
from ecplanner.ui.exchange.worker import ExchangeWorker, Job


class ExchangeActions(QObject):
    """Export to Excel / iCalendar / JSON and import from Excel / JSON, for ``document``."""

    finished = Signal(object)
    """A job ended: an export with the written file's Path, an import with its preview
    dialog (already open)."""
    failed = Signal(str)
    """A job stopped with this message (also shown to the user); nothing was written."""

    def __init__(self, document: PlanDocument, window: QWidget) -> None:
        super().__init__(window)
        self.document = document
        self._window = window
        self.worker = ExchangeWorker(self)
        self.worker.progressed.connect(self._on_progressed)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)
        self.progress: QProgressDialog | None = None
        self.preview: QDialog | None = None
        self.message: QMessageBox | None = None
        self._importing = False
        self._path = Path()
        self.export_xlsx = self._action(self.tr("Export to &Excel…"),
                                        lambda: self._ask_export(Format.XLSX))
        self.import_xlsx = self._action(self.tr("&Import from Excel…"),
                                        lambda: self._ask_import(Format.XLSX))
        self.export_ics = self._action(self.tr("Export i&Calendar…"),
                                       lambda: self._ask_export(Format.ICS))
        self.export_json = self._action(self.tr("Export &JSON…"),
                                        lambda: self._ask_export(Format.JSON))
        self.import_json = self._action(self.tr("Import JS&ON…"),
                                        lambda: self._ask_import(Format.JSON))
        self._enable()

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def menu_actions(self) -> list[tuple[str, QAction]]:
        return [("file", action) for action in (self.export_xlsx, self.import_xlsx,
                                                self.export_ics, self.export_json,
                                                self.import_json)]

    # -- file dialogs ------------------------------------------------------------
    def _filter(self, kind: Format) -> str:
        return {Format.XLSX: self.tr("Excel workbook (*.xlsx)"),
                Format.ICS: self.tr("iCalendar file (*.ics)"),
                Format.JSON: self.tr("JSON file (*.json)")}[kind]

    def suggested(self, kind: Format) -> Path:
        """The file the export dialog offers."""
        info = self.document.store.info()
        return export_folder(self.document.path) / f"{info.store_name}-{info.year}.{kind.value}"

    def _ask_export(self, kind: Format) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self._window, self.tr("Export"),
                                                str(self.suggested(kind)), self._filter(kind))
        if chosen:
            self.export_to(kind, Path(chosen).with_suffix(f".{kind.value}"))

    def _ask_import(self, kind: Format) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self._window, self.tr("Import"),
                                                str(self.suggested(kind).parent),
                                                self._filter(kind))
        if chosen:
            self.import_from(kind, Path(chosen))

    # -- running -------------------------------------------------------------------
    def export_to(self, kind: Format, target: Path) -> None:
        """Write the plan as ``kind`` to ``target`` in the worker."""
        from ecplanner.ui.exchange.jobs import export_job  # the Excel code loads here

        self._start(export_job(plan_copy(self.document.store), target, kind), target, False)

    def import_from(self, kind: Format, source: Path) -> None:
        """Read ``source`` in the worker, then show the preview."""
        from ecplanner.ui.exchange.jobs import import_job

        self._start(import_job(plan_copy(self.document.store), source, kind), source, True)

    def _start(self, job: Job, path: Path, importing: bool) -> None:
        if self.worker.busy:
            return
        self._importing = importing
        self._path = path
        for _, action in self.menu_actions():
            action.setEnabled(False)
        self.progress = QProgressDialog(stage_text("read", importing), self.tr("Cancel"), 0, 1,
                                        self._window)
        self.progress.setWindowTitle(self.tr("Import") if importing else self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.start(job)

    def _enable(self) -> None:
        """Every action, but the imports when the plan is read-only."""
        imports = (self.import_xlsx, self.import_json)
        for _, action in self.menu_actions():
            action.setEnabled(not (self.document.read_only and action in imports))

    def _end(self) -> None:
        self._enable()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_progressed(self, done: int, total: int, stage: str) -> None:
        progress = self.progress
        if progress is None:
            return
        # Label first: setValue on a modal dialog runs the event loop, where the job's end
        # may arrive and close the dialog.
        progress.setLabelText(stage_text(stage, self._importing))
        progress.setMaximum(total)
        progress.setValue(done)

    def _on_finished(self, result: object) -> None:
        self._end()
        if isinstance(result, ImportResult):
            from ecplanner.ui.exchange.preview_dialog import ImportPreviewDialog

            self.preview = ImportPreviewDialog(self.document, result, self._path.name,
                                               self._window)
            self.preview.setWindowModality(Qt.WindowModality.WindowModal)
            self.preview.open()
            self.finished.emit(self.preview)
            return
        remember_export_folder(self._path)
        self._status(self.tr("Exported to %1").replace("%1", str(self._path)))
        self.finished.emit(self._path)

    def _on_failed(self, message: str) -> None:
        self._end()
        title = self.tr("Import failed") if self._importing else self.tr("Export failed")
        self.message = QMessageBox(QMessageBox.Icon.Warning, title,
                                   self.tr("Nothing was changed or written.\n\n%1")
                                   .replace("%1", message),
                                   QMessageBox.StandardButton.Ok, self._window)
        self.message.open()
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._end()
        self._status(self.tr("Cancelled: nothing was written."))

    def _status(self, text: str) -> None:
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(text, 8000)

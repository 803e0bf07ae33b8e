"""The actuals import wizard: file → column mapping (when needed) → preview → import.

The file is the store's daily export, or a paid channel's ad report (直通车, 万相台…): the
user says which at the top, and for an ad report which channel, or that the report names
it. The file is read in the thread pool (``ActualsReader``); the dialog shows how far it has
got until it is done. Nothing is stored here: on Import the dialog is accepted and the
caller stores ``rows()`` (or ``ad_rows()``) in one undo step; Cancel, or any problem in the
file, stores nothing. An ad report has no mapping step: its columns are few and named alike
by every platform, and one it cannot read is refused naming what is missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.model import AdChannel, ChannelDay, DailyActual
from ecplanner.domain.review.actual_days import count_days
from ecplanner.exchange.actuals.ads import AdsParse
from ecplanner.exchange.actuals.parse import ActualsParse
from ecplanner.ui.budget import texts
from ecplanner.ui.budget.import_models import AdsPreviewModel, PreviewModel, ProblemsModel
from ecplanner.ui.budget.import_worker import ActualsReader

FILE_FILTER = "*.csv *.txt *.tsv *.xlsx *.xlsm"
STORE_DAYS = ""  # the kind choice's data for the store's daily export
NAMED_CHANNEL = "named"  # an ad report whose channel it names itself


def _table(model: PreviewModel | AdsPreviewModel | ProblemsModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ImportActualsDialog(QDialog):
    """Reads a daily export and shows what would be imported; ``rows()`` after accept."""

    parsed = Signal()
    """A read finished and its mapping or preview page is showing."""

    def __init__(self, currency: str, existing_days: Mapping[date, DailyActual],
                 parent: QWidget | None = None,
                 existing_channel_days: Mapping[tuple[date, str], ChannelDay] | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import daily actuals"))
        self.resize(860, 580)
        self._path: Path | None = None
        self._mapping: dict[str, str] = {}
        self._result: ActualsParse | AdsParse | None = None
        self._existing = existing_days
        self._existing_channel_days = existing_channel_days or {}
        self.mapping_combos: dict[str, QComboBox] = {}
        self.reader = ActualsReader(self)
        self.reader.parsed.connect(self._on_parsed)
        self.reader.progressed.connect(self._on_progressed)
        intro = QLabel(self.tr(
            "Choose a daily export from your platform's data centre (e.g. 生意参谋, RMS) as CSV "
            "or Excel .xlsx: one row per day with the date, visitors, buyers, sales and ad "
            "spend. Chinese, Japanese and English headers are recognised."))
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("The store's daily figures"), STORE_DAYS)
        self.kind.addItem(self.tr("An ad report, of the channel it names"), NAMED_CHANNEL)
        for channel in AdChannel:
            self.kind.addItem(self.tr("An ad report: %1").replace(
                "%1", texts.channel_label(channel)), channel.value)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("The file holds:")))
        kind_row.addWidget(self.kind, 1)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self._on_choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())
        self.busy_page = self._busy_page()
        self.mapping_page, self.mapping_form, self.mapping_note = self._mapping_page()
        self.preview_model = PreviewModel(currency, existing_days)
        self.ads_model = AdsPreviewModel(currency, self._existing_channel_days)
        self.problems_model = ProblemsModel()
        self.preview_page = self._preview_page()
        for page in (self.busy_page, self.mapping_page, self.preview_page):
            self.pages.addWidget(page)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(kind_row)
        layout.addLayout(file_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

    # -- pages -------------------------------------------------------------------------------
    def _busy_page(self) -> QWidget:
        page = QWidget()
        self.busy_label = QLabel()
        self.progress = QProgressBar()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.progress)
        layout.addStretch(2)
        return page

    def _mapping_page(self) -> tuple[QWidget, QFormLayout, QLabel]:
        page = QWidget()
        note = QLabel()
        note.setWordWrap(True)
        form = QFormLayout()
        self.reread_button = QPushButton(self.tr("Read again with these columns"))
        self.reread_button.clicked.connect(self._on_mapping_chosen)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.reread_button)
        return page, form, note

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020; font-weight: 600;")
        self.problems_table = _table(self.problems_model)
        self.preview_table = _table(self.preview_model)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.ads_table = _table(self.ads_model)
        self.ads_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns_button = QPushButton(self.tr("Change columns…"))
        self.columns_button.clicked.connect(self._show_mapping)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.columns_button)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.problems_table, 1)
        layout.addWidget(self.preview_table, 3)
        layout.addWidget(self.ads_table, 3)
        return page

    # -- reading -----------------------------------------------------------------------------
    def _on_choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Daily actuals"), "",
            self.tr("Daily exports (%1)").replace("%1", FILE_FILTER))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Start reading ``path`` (columns recognised from its headers); returns at once."""
        self._path = path
        self._mapping = {}
        self.file_label.setText(str(path))
        self._read()

    def _on_kind_changed(self) -> None:
        if self._path is not None:
            self._mapping = {}
            self._read()

    def _read(self) -> None:
        assert self._path is not None
        self._result = None
        self.import_button.setEnabled(False)
        self.busy_label.setText(self.tr("Reading %1 …").replace("%1", self._path.name))
        self.progress.setRange(0, 0)  # busy until the reader says how far it has got
        self.pages.setCurrentWidget(self.busy_page)
        kind = str(self.kind.currentData())
        if kind == STORE_DAYS:
            self.reader.start(self._path, self._mapping)
        else:
            self.reader.start_ads(self._path, None if kind == NAMED_CHANNEL
                                  else AdChannel(kind))

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_parsed(self, result: ActualsParse | AdsParse) -> None:
        self._result = result
        if isinstance(result, AdsParse):
            self._show_ads_preview(result)
        elif result.needs_mapping:
            self._show_mapping()
        else:
            self._show_preview(result)
        self.parsed.emit()

    # -- mapping -----------------------------------------------------------------------------
    def _show_mapping(self) -> None:
        result = self._result
        if not isinstance(result, ActualsParse):
            return
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos = {}
        used = dict(result.columns)
        for header in [h for h, _ in result.columns] + list(result.unknown_headers):
            combo = QComboBox()
            combo.addItem(self.tr("(not used)"), "")
            for field in result.fields:
                combo.addItem(texts.field_label(field), field.value)
            chosen = self._mapping.get(header, used[header].value if header in used else "")
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            self.mapping_form.addRow(header, combo)
            self.mapping_combos[header] = combo
        missing = [texts.field_label(f) for f in result.missing_fields]
        note = self.tr("Choose what each column of the file holds. A date column and a "
                       "sales (GMV) or visitors column are needed.")
        if missing:
            note = self.tr("Some columns were not recognised. Missing: %1.").replace(
                "%1", self.tr(", ").join(missing)) + "\n" + note
        self.mapping_note.setText(note)
        self.import_button.setEnabled(False)
        self.pages.setCurrentWidget(self.mapping_page)

    def _on_mapping_chosen(self) -> None:
        self._mapping = {header: str(combo.currentData())
                         for header, combo in self.mapping_combos.items()}
        self._read()

    # -- preview -----------------------------------------------------------------------------
    def _show_preview(self, result: ActualsParse) -> None:
        self.problems_model.set_problems(result.errors)
        self.preview_model.set_rows(result.rows)
        self.problems_table.setVisible(bool(result.errors))
        self.preview_table.setVisible(not result.errors)
        self.ads_table.setVisible(False)
        self.columns_button.setEnabled(bool(result.columns or result.unknown_headers))
        if result.errors:
            self.error_label.setText(self._problems_text(result))
        elif not result.rows:
            self.error_label.setText(self.tr("The file holds no days to import."))
        else:
            self.error_label.setText("")
        self.summary.setText(self._summary(result))
        self.import_button.setEnabled(result.ok and bool(result.rows))
        self.pages.setCurrentWidget(self.preview_page)

    def _show_ads_preview(self, result: AdsParse) -> None:
        self.problems_model.set_problems(result.errors)
        self.ads_model.set_rows(result.rows)
        self.problems_table.setVisible(bool(result.errors))
        self.preview_table.setVisible(False)
        self.ads_table.setVisible(not result.errors)
        self.columns_button.setEnabled(False)
        if result.missing_fields:
            named = [texts.field_label(f) for f in result.missing_fields]
            self.error_label.setText(self.tr(
                "This is not an ad report that can be read: it has no column for %1. An ad "
                "report needs the date, the spend, and the GMV the ads brought (or their "
                "ROI).").replace("%1", self.tr(", ").join(named)))
        elif result.errors:
            self.error_label.setText(self._problems_text(result))
        elif result.channel is None:
            self.error_label.setText(self.tr(
                "The report does not say which channel it is for: choose the channel above."))
        elif not result.rows:
            self.error_label.setText(self.tr("The file holds no days to import."))
        else:
            self.error_label.setText("")
        self.summary.setText(self._ads_summary(result))
        self.import_button.setEnabled(result.ok and bool(result.rows))
        self.pages.setCurrentWidget(self.preview_page)

    def _ads_summary(self, result: AdsParse) -> str:
        if not result.rows or result.channel is None:
            return ""
        locale = QLocale()
        days = [r.day for r in result.rows]
        first, last = (locale.toString(QDate(d.year, d.month, d.day),
                                       QLocale.FormatType.ShortFormat)
                       for d in (days[0], days[-1]))
        lines = [self.tr("%1: %n days, %2 to %3.").replace("%n", str(len(days)))
                 .replace("%1", texts.channel_label(result.channel))
                 .replace("%2", first).replace("%3", last)]
        lines.append(self.tr("Columns: %1").replace("%1", "; ".join(
            f"{header} → {texts.field_label(field)}" for header, field in result.columns)))
        counts = count_days(result.rows, self._existing_channel_days)
        lines.append(self.tr("New days: %1; replaced: %2 (tinted: the plan holds other "
                             "figures); unchanged: %3 (greyed).")
                     .replace("%1", str(counts.new)).replace("%2", str(counts.replaced))
                     .replace("%3", str(counts.unchanged)))
        return "\n".join(lines)

    def _problems_text(self, result: ActualsParse | AdsParse) -> str:
        text = self.tr("%n problem(s) in the file — nothing can be imported. Correct the rows "
                       "below in the file, then choose it again.")
        if result.error_count > len(result.errors):
            text = self.tr("%n problems in the file — nothing can be imported; the first %1 "
                           "are listed. Correct them in the file, then choose it again.")
        return (text.replace("%n", str(result.error_count))
                .replace("%1", str(len(result.errors))))

    def _summary(self, result: ActualsParse) -> str:
        if not result.rows:
            return ""
        locale = QLocale()
        days = sorted(r.day for r in result.rows)
        first, last = (locale.toString(QDate(d.year, d.month, d.day),
                                       QLocale.FormatType.ShortFormat) for d in (days[0], days[-1]))
        lines = [self.tr("%n days, %1 to %2.").replace("%n", str(len(days)))
                 .replace("%1", first).replace("%2", last)]
        lines.append(self.tr("Columns: %1").replace("%1", "; ".join(
            f"{header} → {texts.field_label(field)}" for header, field in result.columns)))
        if result.unknown_headers:
            lines.append(self.tr("Not used: %1").replace("%1", "; ".join(result.unknown_headers)))
        counts = count_days(result.rows, self._existing)
        lines.append(self.tr("New days: %1; replaced: %2 (tinted: the plan holds other "
                             "figures); unchanged: %3 (greyed).")
                     .replace("%1", str(counts.new)).replace("%2", str(counts.replaced))
                     .replace("%3", str(counts.unchanged)))
        return "\n".join(lines)

    def rows(self) -> tuple[DailyActual, ...]:
        """The days to store: empty unless the last read had no problem at all."""
        result = self._result
        return result.rows if isinstance(result, ActualsParse) and result.ok else ()

    def ad_rows(self) -> tuple[ChannelDay, ...]:
        """An ad report's channel days to store, as ``rows``."""
        result = self._result
        return result.rows if isinstance(result, AdsParse) and result.ok else ()

    def accept(self) -> None:
        if self.rows() or self.ad_rows():
            super().accept()

"""Importing product reports: files → (their problems, or) the codes the plan does not know,
each mapped to a product or skipped → Import.

The files are read in the thread pool with the command line's reader (``parse_products``),
the dialog showing how far it has got. Nothing is stored here: on Import the dialog is
accepted and the caller stores ``days()`` in one undo step; Cancel, or any problem in a
file, stores nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
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
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.model import Product, ProductDay
from ecplanner.exchange.actuals.product_import import match_rows
from ecplanner.exchange.actuals.product_parse import (
    ProductParse,
    ProductRow,
    normalise_code,
    parse_products,
)
from ecplanner.ui.budget.import_models import ProblemsModel
from ecplanner.ui.common.background import Background

FILE_FILTER = "*.csv *.txt *.tsv *.xlsx *.xlsm"
Files = list[tuple[Path, ProductParse]]


class _ProgressRelay(QObject):
    moved = Signal(object, object)
    """The files have been read this far: bytes ``done`` of ``total`` (0: unknown)."""


class ImportProductsDialog(QDialog):
    """Reads product reports and matches them to ``products``; ``days()`` after accept."""

    parsed = Signal()
    """The files were read and the dialog shows their problems or what importing does."""

    def __init__(self, products: Sequence[Product], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import product data"))
        self.resize(760, 520)
        self._products = sorted(products, key=lambda p: p.code)
        self._rows: list[ProductRow] = []
        self.code_combos: dict[str, QComboBox] = {}
        self._background = Background(self)
        self._background.finished.connect(self._on_parsed)
        self._background.failed.connect(lambda _error: self._on_parsed([]))
        self._relay = _ProgressRelay()
        self._relay.moved.connect(self._on_progressed)
        intro = QLabel(self.tr(
            "Choose product reports (e.g. 生意参谋 商品效果) as CSV or Excel .xlsx: one row per "
            "product and day with the product's code (款号 or 商品ID), the date, visitors, "
            "units paid for and sales. A product's day already imported is replaced."))
        intro.setWordWrap(True)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.choose_button = QPushButton(self.tr("Choose files…"))
        self.choose_button.clicked.connect(self._on_choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        self.busy_label = QLabel()
        self.progress = QProgressBar()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020; font-weight: 600;")
        self.problems_model = ProblemsModel()
        self.problems_table = QTableView()
        self.problems_table.setModel(self.problems_model)
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.codes_form = QFormLayout()
        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())
        self.busy_page = _page(self.busy_label, self.progress)
        self.problems_page = _page(self.error_label, self.problems_table)
        codes = QWidget()
        codes.setLayout(self.codes_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(codes)
        self.match_page = _page(self.summary, scroll)
        for page in (self.busy_page, self.problems_page, self.match_page):
            self.pages.addWidget(page)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

    def _on_choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Product reports"), "",
            self.tr("Product reports (%1)").replace("%1", FILE_FILTER))
        if names:
            self.load([Path(name) for name in names])

    def load(self, paths: Sequence[Path]) -> None:
        """Start reading ``paths``; returns at once (``parsed`` tells when they are read)."""
        self._rows = []
        self.import_button.setEnabled(False)
        self.file_label.setText("; ".join(path.name for path in paths))
        self.busy_label.setText(self.tr("Reading %n file(s) …", "", len(paths)))
        self.progress.setRange(0, 0)  # until the reader says how far it has got
        self.pages.setCurrentWidget(self.busy_page)
        relay, chosen = self._relay, list(paths)

        def job() -> Files:
            return [(path, parse_products(path, lambda done, total, _: relay.moved.emit(
                done, total))) for path in chosen]

        self._background.start(job)

    def _on_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000 * done // total, 1000))

    def _on_parsed(self, files: Files) -> None:
        refused = next(((path, parse) for path, parse in files
                        if not parse.ok or not parse.rows), None)
        if refused is not None:
            self._show_refused(*refused)
        elif not files:  # the reader failed
            self._show_refused(None, None)
        else:
            self._rows = [row for _, parse in files for row in parse.rows]
            self._show_codes()
        self.parsed.emit()

    def _show_refused(self, path: Path | None, parse: ProductParse | None) -> None:
        name = path.name if path else ""
        self.problems_model.set_problems(parse.errors if parse else ())
        if parse is None:
            text = self.tr("The files could not be read.")
        elif parse.missing_fields:
            text = self.tr("%1: no column was recognised for the product code, the date or "
                           "the units paid for. Headers found: %2").replace("%1", name).replace(
                "%2", "; ".join(parse.unknown_headers) or "–")
        elif parse.errors:
            text = self.tr("%1: %n problem(s) — nothing can be imported. Correct them in the "
                           "file, then choose it again.", "", parse.error_count
                           ).replace("%1", name)
        else:
            text = self.tr("%1 holds no products' days.").replace("%1", name)
        self.error_label.setText(text)
        self.problems_table.setVisible(bool(parse and parse.errors))
        self.pages.setCurrentWidget(self.problems_page)

    def _show_codes(self) -> None:
        while self.codes_form.rowCount():
            self.codes_form.removeRow(0)
        self.code_combos = {}
        _, unknown, ambiguous = match_rows(self._rows, self._products)
        for code, rows in [*unknown, *ambiguous]:
            combo = QComboBox()
            combo.addItem(self.tr("Skip its rows"), None)
            for product in self._products:
                combo.addItem(f"{product.code}  {product.name}", product.uuid)
            combo.currentIndexChanged.connect(self._show_summary)
            label = self.tr("“%1” (%n row(s))", "", rows).replace("%1", code)
            self.codes_form.addRow(label, combo)
            self.code_combos[normalise_code(code)] = combo
        self._show_summary()
        self.pages.setCurrentWidget(self.match_page)

    def _show_summary(self) -> None:
        days = self.days()
        locale = QLocale()
        text = self.tr("%1 products' days of %2 product(s) to import.").replace(
            "%1", locale.toString(len(days))).replace(
            "%2", locale.toString(len({d.product_uuid for d in days})))
        if self.code_combos:
            text += "\n" + self.tr(
                "The plan has no product, or more than one, with these codes: choose the "
                "product each one is, or skip its rows.")
        self.summary.setText(text)
        self.import_button.setEnabled(bool(days))

    def days(self) -> list[ProductDay]:
        """The days to store, with the codes mapped as chosen (skipped ones left out)."""
        mapping = {code: combo.currentData() for code, combo in self.code_combos.items()}
        days, _, _ = match_rows(self._rows, self._products, mapping)
        return days

    def accept(self) -> None:
        if self.days():
            super().accept()


def _page(top: QWidget, body: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(top)
    layout.addWidget(body, 1)
    return page

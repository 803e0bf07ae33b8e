"""Importing product reports: files → (their problems, or) the codes the plan does not know,
each mapped to a product or skipped → Import → stored.

The files are read and their rows matched to the plan's products with the command line's
reader and matcher, a slice at a time between the window's other work (``product_steps``,
``match_steps``; a year of 2,000 products is 730,000 rows, ~10 s), the dialog showing how
far it has got. On Import the
days are stored by the caller's ``store`` a step at a time between the window's other work
(one undo step, all or nothing), and the dialog is accepted once they are; Cancel, or any
problem in a file, stores nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
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

from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import Product, ProductDay
from ecplanner.exchange.actuals.product_import import Matched, match_steps
from ecplanner.exchange.actuals.product_parse import (
    ProductParse,
    ProductRow,
    normalise_code,
    product_steps,
)
from ecplanner.store.errors import PlanWriteError
from ecplanner.ui.budget.import_models import ProblemsModel
from ecplanner.ui.common.messages import problems_text
from ecplanner.ui.common.slices import Slices, dropped_in_pieces, long_lived

FILE_FILTER = "*.csv *.txt *.tsv *.xlsx *.xlsm"
Files = list[tuple[Path, ProductParse]]
StoreDays = Callable[[list[ProductDay]], Iterator[float]]
_FREE_SLICE_S = 0.004  # of freeing the rows read, once stored, per turn
_STORE_SLICE_S = 0.03  # of reading, matching or storing per turn of the event loop
_COUNT_STEP = 50_000  # days counted between two looks at the clock
_log = logging.getLogger(__name__)


class ImportProductsDialog(QDialog):
    """Reads product reports and matches them to ``products``; ``days()`` after accept."""

    parsed = Signal()
    """The files were read and the dialog shows their problems or what importing does."""
    matched = Signal()
    """The rows were matched to products as the codes are mapped now: ``days()`` holds them."""
    stored = Signal()
    """The days were stored (the dialog is accepted), or refused (the dialog says why)."""

    def __init__(self, products: Sequence[Product], store: StoreDays,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import product data"))
        self.resize(760, 520)
        self._products = sorted(products, key=lambda p: p.code)
        self._store = store
        self._rows: list[ProductRow] = []
        self._days: list[ProductDay] = []
        self._day_products = 0  # how many products ``_days`` are of
        self.code_combos: dict[str, QComboBox] = {}
        # Reading and matching run on the UI thread a slice at a time: in a worker they
        # held the interpreter from the window's repaints, which call Python thousands of
        # times (a table's cells), each waiting for the worker's next switch.
        self._working = Slices(_STORE_SLICE_S, self)
        self._storing = Slices(_STORE_SLICE_S, self)
        self._freeing = Slices(_FREE_SLICE_S, self)
        self._steps: Iterator[float] | None = None
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
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_import)
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
        self._rows, self._days = [], []
        self.import_button.setEnabled(False)
        self.file_label.setText("; ".join(path.name for path in paths))
        self.busy_label.setText(self.tr("Reading %n file(s) …", "", len(paths)))
        self.progress.setRange(0, 0)  # until the reader says how far it has got
        self.pages.setCurrentWidget(self.busy_page)
        self._working.start(self._reading(list(paths)), later=True)

    def _reading(self, paths: list[Path]) -> Iterator[None]:
        files: Files = []
        try:
            for path in paths:
                steps = product_steps(path)
                while True:
                    try:
                        done, total = next(steps)
                    except StopIteration as end:
                        files.append((path, end.value))
                        break
                    long_lived()  # the rows read so far
                    self._on_progressed(done, total)
                    yield
        except Exception:  # a reader's fault: said as a file that could not be read
            _log.exception("reading product reports failed")
            files = []
        self._on_parsed(files)

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
            self.busy_label.setText(self.tr("Matching the products' codes …"))
            self.progress.setRange(0, 0)
            self._match(first=True)
            return
        self.parsed.emit()

    def _match(self, first: bool = False) -> None:
        """Match the rows (~3.5 s for 730,000) with the codes as mapped now, in slices."""
        self.import_button.setEnabled(False)
        mapping = {code: combo.currentData() for code, combo in self.code_combos.items()}
        if not first:
            self.summary.setText(self.tr("Matching the products' codes …"))
        self._working.start(self._matching(first, mapping), later=True)

    def _matching(self, first: bool, mapping: dict[str, str | None]) -> Iterator[None]:
        steps = match_steps(self._rows, self._products, mapping)
        while True:
            try:
                next(steps)
            except StopIteration as end:
                matched: Matched = end.value
                break
            long_lived()  # the days matched so far
            yield
        long_lived()
        products: set[str] = set()
        for n, day in enumerate(matched[0], 1):
            products.add(day.product_uuid)
            if n % _COUNT_STEP == 0:
                yield
        self._on_matched((first, matched, len(products)))

    def _on_matched(self, result: tuple[bool, Matched, int]) -> None:
        first, (days, unknown, ambiguous), self._day_products = result
        self._days = days
        if first:
            self._show_codes(unknown, ambiguous)
            self.parsed.emit()
        else:
            self._show_summary()
        self.matched.emit()

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

    def _show_codes(self, unknown: list[tuple[str, int]],
                    ambiguous: list[tuple[str, int]]) -> None:
        while self.codes_form.rowCount():
            self.codes_form.removeRow(0)
        self.code_combos = {}
        for code, rows in [*unknown, *ambiguous]:
            combo = QComboBox()
            combo.addItem(self.tr("Skip its rows"), None)
            for product in self._products:
                combo.addItem(f"{product.code}  {product.name}", product.uuid)
            combo.currentIndexChanged.connect(lambda _index: self._match())
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
            "%2", locale.toString(self._day_products))
        if self.code_combos:
            text += "\n" + self.tr(
                "The plan has no product, or more than one, with these codes: choose the "
                "product each one is, or skip its rows.")
        self.summary.setText(text)
        self.import_button.setEnabled(bool(days))

    def days(self) -> list[ProductDay]:
        """The days to store, with the codes mapped as chosen when last ``matched``
        (skipped ones left out)."""
        return self._days

    def _on_import(self) -> None:
        """Store the days a step at a time; the dialog closes once they are stored."""
        if not self._days or self._working.busy or self._steps is not None:
            return
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.match_page.setEnabled(False)  # the mapping is fixed while storing
        self.busy_label.setText(self.tr("Storing %1 products' days …").replace(
            "%1", QLocale().toString(len(self._days))))
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.pages.setCurrentWidget(self.busy_page)
        self._steps = self._store(self._days)
        self._storing.start(self._run(self._steps))

    def _run(self, steps: Iterator[float]) -> Iterator[None]:
        try:
            for done in steps:
                long_lived()
                self.progress.setValue(round(1000 * done))
                # All written, being committed: too late to take back (``reject``).
                self.cancel_button.setEnabled(done < 1)
                yield
        except (ValidationError, PlanWriteError) as error:
            self._steps = None
            self._show_not_stored(error)
            self.stored.emit()
            return
        self._steps = None
        self.accept()
        self.stored.emit()
        # Stored: the rows read are done with. Freed a little each turn: in this job's
        # slices of 30 ms they shared the window's turns with the Inventory tab reading
        # the days stored, and together made turns of 85–110 ms. (Not in a worker: the
        # tab's reads then waited for the interpreter at each of their rows.)
        self._freeing.start(dropped_in_pieces(self._rows, piece=2_000), later=True)

    def _show_not_stored(self, error: ValidationError | PlanWriteError) -> None:
        reason = (problems_text(error.problems) if isinstance(error, ValidationError)
                  else error.reason)
        self.problems_model.set_problems(())
        self.problems_table.hide()
        self.error_label.setText(self.tr("Nothing was imported: %1").replace("%1", reason))
        self.match_page.setEnabled(True)
        self.pages.setCurrentWidget(self.problems_page)
        self.choose_button.setEnabled(True)
        self.cancel_button.setEnabled(True)

    def reject(self) -> None:
        """Cancel: a store under way is rolled back, so nothing is imported; once its
        commit has begun, it ends stored (``PlanStore.write_in_steps``)."""
        self._working.stop()
        self._storing.stop()
        if self._steps is not None:
            steps, self._steps = self._steps, None
            try:
                steps.close()  # type: ignore[attr-defined]
            except PlanWriteError as error:  # the commit failed: nothing stored, as asked
                _log.warning("import cancelled as its commit failed: %s", error)
        super().reject()


def _page(top: QWidget, body: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(top)
    layout.addWidget(body, 1)
    return page

"""The paste preview: every pasted row, its problems, and one button to import the valid ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.model import Product
from ecplanner.domain.products.fields import (
    CHOICE_FIELDS,
    COUNT_FIELDS,
    DATE_FIELDS,
    FIELDS,
    MONEY_FIELDS,
)
from ecplanner.domain.products.paste import PasteResult
from ecplanner.ui.products import texts

_BAD_ROW = QColor("#FDECEA")
_BAD_CELL = QColor("#F8C4BE")


class PastePreviewDialog(QDialog):
    """Shows ``result``; accepting it means "import ``valid_products()``"."""

    def __init__(self, result: PasteResult, currency: str = "CNY",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self.setWindowTitle(self.tr("Paste products from Excel"))
        self.resize(980, 520)
        self._result = result
        valid = len(result.valid)
        bad = len(result.rows) - valid
        self.summary = QLabel(self._summary_text(valid, bad))
        self.summary.setWordWrap(True)
        self.table = self._rows_table()
        self.problems = QListWidget()
        self.problems.setMaximumHeight(130)
        for row in result.rows:
            for problem in row.problems:
                self.problems.addItem(self.tr("Row %1: %2").replace("%1", str(row.line))
                                      .replace("%2", texts.cell_problem_text(problem)))
        self.problems.setVisible(bad > 0)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(
            self.tr("Import %n valid rows", "", valid).replace("%n", str(valid)))
        self.import_button.setEnabled(valid > 0)
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def valid_products(self) -> list[Product]:
        return self._result.valid

    def _summary_text(self, valid: int, bad: int) -> str:
        result = self._result
        if not result.rows:
            return self.tr("The clipboard holds no rows. Copy the rows in Excel (a header row "
                           "is optional) and paste again.")
        lines = [self.tr("%1 rows read: %2 valid, %3 with problems (not imported).")
                 .replace("%1", str(len(result.rows))).replace("%2", str(valid))
                 .replace("%3", str(bad))]
        lines.append(self.tr("The first row names the columns.") if result.header
                     else self.tr("No header row: the columns are read in the table's order."))
        if result.ignored:
            names = "、".join(name or str(number) for number, name in result.ignored)
            lines.append(self.tr("Columns not read: %1").replace("%1", names))
        return "\n".join(lines)

    def _cell(self, product: Product | None, field: str, typed: str) -> QTableWidgetItem:
        """A valid row shows each value as it was understood (the text as pasted in the
        tooltip); a row with problems shows what was pasted."""
        if product is None:
            return QTableWidgetItem(typed)
        value = getattr(product, field)
        if field in MONEY_FIELDS:
            shown = texts.price(value, self._currency)
        elif field in COUNT_FIELDS:
            shown = texts.count(value)
        elif field in DATE_FIELDS:
            shown = texts.day_text(value)
        elif field in CHOICE_FIELDS:
            shown = texts.choice_label(value)
        else:
            shown = str(value)
        item = QTableWidgetItem(shown)
        if typed and typed != shown:
            item.setToolTip(self.tr("Pasted as “%1”").replace("%1", typed))
        return item

    def _rows_table(self) -> QTableWidget:
        result = self._result
        fields = [field for field in FIELDS if field in result.columns]
        table = QTableWidget(len(result.rows), len(fields) + 1)
        table.setHorizontalHeaderLabels(
            [self.tr("Row")] + [texts.column_title(field) for field in fields])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for r, row in enumerate(result.rows):
            bad_fields = {problem.field: problem for problem in row.problems}
            mark = "✓" if row.product is not None else "✗"
            first = QTableWidgetItem(f"{mark} {row.line}")
            first.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells = [first] + [self._cell(row.product, field, row.cell(field))
                               for field in fields]
            for c, cell in enumerate(cells):
                if row.product is None:
                    cell.setBackground(_BAD_ROW)
                    cell.setToolTip("\n".join(texts.cell_problem_text(p) for p in row.problems))
                field = fields[c - 1] if c else ""
                if field in bad_fields:
                    cell.setBackground(_BAD_CELL)
                    cell.setToolTip(texts.cell_problem_text(bad_fields[field]))
                table.setItem(r, c, cell)
        return table

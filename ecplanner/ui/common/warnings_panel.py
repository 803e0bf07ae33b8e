"""The warnings list every tab shows: a title with the count, one row per finding coloured
by its severity; clicking a row picks what the finding is about.

A large plan has some 30,000 findings. Wording them all when they arrive took most of a
second on the UI thread, so a row is worded the first time the view asks for it, and kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.findings import Finding, Severity

_Index = QModelIndex | QPersistentModelIndex
Describe = Callable[[Finding], str]
SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_COLOR = {Severity.WARNING: QColor("#B26A00"), Severity.INFO: QColor("#546E7A"),
                  Severity.ERROR: QColor("#C62828")}


class WarningsModel(QAbstractListModel):
    """One row per finding, in the order given.

    ``describe`` words a finding. It runs when the view first asks for a row, at most once
    per row of a result, possibly long after the result arrived: it should word from names
    taken when the result was shown, so that all rows of one result agree.
    """

    def __init__(self, describe: Describe) -> None:
        super().__init__()
        self._describe = describe
        self._findings: Sequence[Finding] = []
        self._texts: list[str | None] = []

    def reset_findings(self, findings: Sequence[Finding],
                       describe: Describe | None = None) -> None:
        """Shows ``findings`` (kept, not copied), worded from now on by ``describe`` when
        given, and forgets the words of the last ones."""
        self.beginResetModel()
        self._describe = describe or self._describe
        self._findings = findings
        self._texts = [None] * len(findings)
        self.endResetModel()

    def finding_at(self, row: int) -> Finding:
        return self._findings[row]

    def text_at(self, row: int) -> str:
        text = self._texts[row]
        if text is None:
            text = self._texts[row] = self._describe(self._findings[row])
        return text

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text_at(row)  # shown elided; the tooltip shows it all
        if role == Qt.ItemDataRole.ForegroundRole:
            # A colour, not a QBrush: the delegate takes either, and a QBrush built while
            # the window is being set up costs start-up a few ms of PySide enum set-up.
            return SEVERITY_COLOR[self._findings[row].severity]
        if role == SUBJECT_ROLE:
            return self._findings[row].subject
        return None


def _list_of_rows(model: WarningsModel, lines: int) -> QTableView:
    """A table without headers or grid, each row ``lines`` lines high: it looks like a list.

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
    # A line as high as Chinese or Japanese text sets it: their fallback font is taller
    # than the Latin one (18 px against 14), and a wrapped row that does not fit is cut
    # to one line.
    line = view.fontMetrics().boundingRect(QRect(), 0, "Ag国").height()
    view.verticalHeader().setDefaultSectionSize(lines * line + 6)
    view.setShowGrid(False)
    view.setWordWrap(lines > 1)
    view.setAlternatingRowColors(lines > 1)  # a wrapped row reads as one
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return view


class WarningsPanel(QWidget):
    """The title and the list of findings, each row worded by ``describe`` (or by the one
    that comes with the findings, when what names them changes with each list).

    ``lines``: how high a row is (a narrow panel wraps a finding over two); ``none_text``
    is the title when there are none, ``more_text`` the note under a list cut short
    (``%1``: how many are left out).
    """

    subject_picked = Signal(str)
    """The user picked a warning; the argument is the subject of its finding (a uuid)."""

    def __init__(self, describe: Describe = str, lines: int = 1, none_text: str = "",
                 more_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text or self.tr("No warnings")
        self._more_text = more_text or self.tr("… and %1 more.")
        self._total = 0
        self.checking = False
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)  # a failure's cause can be long
        self.model = WarningsModel(describe)
        self.list = _list_of_rows(self.model, lines)
        self.list.clicked.connect(self._on_clicked)
        self.list.activated.connect(self._on_clicked)
        self.more = QLabel()
        self.more.setStyleSheet("color: #5f6672; font-style: italic;")
        self.more.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more)
        self._show_title()

    def set_findings(self, findings: Sequence[Finding], total: int | None = None,
                     describe: Describe | None = None) -> None:
        """List ``findings`` (kept, not copied), the first ``len(findings)`` of ``total``
        (default: all of them); ``describe``, when given, words them from now on."""
        self._total = len(findings) if total is None else total
        self.model.reset_findings(findings, describe)
        left_out = self._total - len(findings)
        self.more.setText(self._more_text.replace("%1", str(left_out)))
        self.more.setVisible(left_out > 0)
        self._show_title()

    def set_checking(self, checking: bool) -> None:
        """Say in the title that the warnings are being worked out again (the list shown
        stays until the new one arrives)."""
        self.checking = checking
        self._show_title()

    def set_failed(self, cause: str) -> None:
        """Say in the title that the warnings could not be worked out, and why."""
        self.checking = False
        self.title.setText(self.tr(
            "Warnings could not be checked: %1. The log has the details "
            "(Help → Show the Log Folder).").replace("%1", cause))

    def lines(self) -> list[str]:
        """Every row's words, in the order listed."""
        return [self.model.text_at(row) for row in range(self.model.rowCount())]

    def _show_title(self) -> None:
        if self.checking:
            self.title.setText(self.tr("Warnings (checking…)"))
        elif self._total:
            self.title.setText(self.tr("Warnings (%1)").replace("%1", str(self._total)))
        else:
            self.title.setText(self._none_text)

    def _on_clicked(self, index: QModelIndex) -> None:
        subject = index.data(SUBJECT_ROLE)
        if subject:
            self.subject_picked.emit(str(subject))

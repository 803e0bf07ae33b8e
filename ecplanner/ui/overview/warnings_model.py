"""The Overview's warnings as a list model whose rows are worded only when shown.

A large plan has some 30,000 findings. Wording them all when a result arrives took most of
a second on the UI thread; the view asks only for the rows it paints, so each row is worded
the first time it is asked for, and kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ecplanner.domain.findings import Finding, Severity

_Index = QModelIndex | QPersistentModelIndex
Describe = Callable[[Finding], str]
SEVERITY_COLOR = {Severity.WARNING: QColor("#B26A00"), Severity.INFO: QColor("#546E7A"),
                  Severity.ERROR: QColor("#C62828")}


class WarningsModel(QAbstractListModel):
    """One row per finding, in the order given, coloured by severity.

    ``describe`` words a finding. It runs when the view first asks for a row, at most once
    per row of a result, possibly long after the result arrived: it should word from names
    taken when the result was shown, so that all rows of one result agree.
    """

    def __init__(self, describe: Describe) -> None:
        super().__init__()
        self._describe = describe
        self._findings: list[Finding] = []
        self._texts: list[str | None] = []

    def reset_findings(self, findings: list[Finding]) -> None:
        """Shows ``findings`` (kept, not copied) and forgets the words of the last ones."""
        self.beginResetModel()
        self._findings = findings
        self._texts = [None] * len(findings)
        self.endResetModel()

    def text_at(self, row: int) -> str:
        text = self._texts[row]
        if text is None:
            text = self._texts[row] = self._describe(self._findings[row])
        return text

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text_at(row)  # shown on one line, elided; the tooltip shows it all
        if role == Qt.ItemDataRole.ForegroundRole:
            # A colour, not a QBrush: the delegate takes either, and a QBrush built while
            # the window is being set up costs start-up a few ms of PySide enum set-up.
            return SEVERITY_COLOR[self._findings[row].severity]
        return None

"""“Plan clearance for…”: pick a product that has no stock plan yet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.model import Product
from ecplanner.ui.common import labels


class PlanClearanceDialog(QDialog):
    """Lists ``products`` (those without a stock plan); ``chosen()`` is the one picked."""

    def __init__(self, products: Sequence[Product], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan clearance for…"))
        self._products = list(products)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by code, name, season or wave"))
        self.list = QListWidget()
        for product in self._products:
            text = "  ".join(part for part in (product.code, product.name,
                                               labels.season(product.season), product.wave)
                             if part)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, product.uuid)
            self.list.addItem(item)
        if self._products:
            self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(self.accept)
        self.search.textChanged.connect(self._on_search)
        hint = QLabel(self.tr("The new plan starts with the product's first order on hand and "
                              "its delisting date as the season end; edit them in the table.")
                      if self._products else
                      self.tr("Every product already has a clearance plan."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(420, 480)

    def _on_search(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())
        current = self.list.currentItem()
        if current is None or current.isHidden():
            visible = [self.list.item(r) for r in range(self.list.count())
                       if not self.list.item(r).isHidden()]
            if visible:
                self.list.setCurrentItem(visible[0])

    def chosen(self) -> Product | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        uuid = item.data(Qt.ItemDataRole.UserRole)
        return next((p for p in self._products if p.uuid == uuid), None)

"""The season / wave / role / status filters above the products table and timeline."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ecplanner.domain.model import ProductRole, ProductStatus, Season
from ecplanner.ui.common import labels
from ecplanner.ui.products import texts


class FilterBar(QWidget):
    changed = Signal()
    """A filter was changed; read them with ``values()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._kinds: dict[str, type[StrEnum] | None] = {
            "season": Season, "wave": None, "role": ProductRole, "status": ProductStatus}
        for field, kind in self._kinds.items():
            combo = QComboBox()
            combo.setObjectName(f"filter_{field}")
            combo.addItem(self.tr("All"), None)
            for member in kind or ():
                combo.addItem(labels.enum_label(member), member)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(QLabel(texts.column_title(field)))
            layout.addWidget(combo)
            self.combos[field] = combo

    def values(self) -> dict[str, object | None]:
        """The chosen season, role and status (enum members) and wave; None for "All"."""
        chosen: dict[str, object | None] = {}
        for field, combo in self.combos.items():
            data, kind = combo.currentData(), self._kinds[field]
            chosen[field] = kind(data) if kind is not None and data is not None else data
        return chosen

    def set_value(self, field: str, value: object | None) -> None:
        combo = self.combos[field]
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))

    def set_waves(self, waves: Iterable[str]) -> None:
        """Offer these waves; the chosen one stays chosen while it still exists."""
        combo = self.combos["wave"]
        current = combo.currentData()
        wanted = sorted(set(waves), key=str.casefold)
        offered = [combo.itemData(i) for i in range(1, combo.count())]
        if offered == wanted:
            return
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for wave in wanted:
            combo.addItem(wave or self.tr("(no wave)"), wave)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0:
            self.changed.emit()

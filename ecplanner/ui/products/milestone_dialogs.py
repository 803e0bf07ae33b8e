"""Dialogs for milestone offsets: one product's own, and the plan's defaults per season.

Both only collect values; the tab writes them with one ``document.apply`` when accepted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.model import MilestoneKind, Product, Season
from ecplanner.domain.products.rules import (
    DEFAULT_MILESTONE_OFFSETS,
    SeasonOffsets,
    reorder_by,
    season_milestone_offsets,
)
from ecplanner.domain.validation import OFFSET_RANGE
from ecplanner.ui.common import labels
from ecplanner.ui.products import texts

_AFTER_LAUNCH = "color: #B35C00;"


def _offset_spin(value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(OFFSET_RANGE.start, OFFSET_RANGE.stop - 1)
    spin.setSuffix(suffix)
    spin.setValue(value)
    return spin


class MilestonesDialog(QDialog):
    """One product's milestones: days before launch, each its own or its season's default,
    the date it gives, and the inbound buffer with the reorder-by date it gives."""

    def __init__(self, product: Product, season_defaults: SeasonOffsets,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.product = product
        self.setWindowTitle(self.tr("Milestones of “%1”").replace(
            "%1", f"{product.code} {product.name}".strip()))
        defaults = season_milestone_offsets(product.season, season_defaults)
        own = dict(product.milestone_offsets)
        self.spins: dict[MilestoneKind, QSpinBox] = {}
        self.use_default: dict[MilestoneKind, QCheckBox] = {}
        self.dates: dict[MilestoneKind, QLabel] = {}
        self._defaults = defaults
        grid = QGridLayout()
        for column, title in enumerate((self.tr("Milestone"), self.tr("Days before launch"),
                                        self.tr("Date"), "")):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: 600;")
            grid.addWidget(heading, 0, column)
        for row, kind in enumerate(MilestoneKind, start=1):
            spin = _offset_spin(own.get(kind, defaults[kind]), self.tr(" days"))
            check = QCheckBox(self.tr("%1 default (%2)")
                              .replace("%1", labels.season(product.season))
                              .replace("%2", texts.days(defaults[kind])))
            check.setChecked(kind not in own)
            spin.setEnabled(kind in own)
            self.dates[kind] = QLabel()
            spin.valueChanged.connect(self._show_dates)
            check.toggled.connect(lambda on, k=kind: self._on_default_toggled(k, on))
            grid.addWidget(QLabel(texts.marker_name(kind.value)), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(self.dates[kind], row, 2)
            grid.addWidget(check, row, 3)
            self.spins[kind], self.use_default[kind] = spin, check
        buffer_row = len(MilestoneKind) + 1
        self.buffer = QSpinBox()
        self.buffer.setRange(0, 365)
        self.buffer.setSuffix(self.tr(" days"))
        self.buffer.setValue(product.inbound_buffer_days)
        self.buffer.valueChanged.connect(self._show_dates)
        self.reorder = QLabel()
        grid.addWidget(QLabel(self.tr("Inbound buffer")), buffer_row, 0)
        grid.addWidget(self.buffer, buffer_row, 1)
        grid.addWidget(self.reorder, buffer_row, 2, 1, 2)
        grid.setColumnStretch(3, 1)
        launch = (self.tr("Launch: %1").replace("%1", texts.long_day_text(product.launch))
                  if product.launch is not None
                  else self.tr("No launch date yet: the dates show once it has one."))
        note = QLabel(self.tr("Unticked milestones keep their own days; ticked ones follow "
                              "the season's default. Reorder by = launch − lead time (%1) − "
                              "inbound buffer.").replace("%1", texts.days(product.lead_time_days)))
        note.setWordWrap(True)
        note.setStyleSheet("color: #4A5568;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(launch))
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._show_dates()

    def own_offsets(self) -> dict[MilestoneKind, int]:
        """The offsets the product keeps as its own (the unticked milestones)."""
        return {kind: spin.value() for kind, spin in self.spins.items()
                if not self.use_default[kind].isChecked()}

    def _on_default_toggled(self, kind: MilestoneKind, on: bool) -> None:
        spin = self.spins[kind]
        spin.setEnabled(not on)
        if on:
            spin.setValue(self._defaults[kind])

    def _show_dates(self) -> None:
        launch = self.product.launch
        for kind, spin in self.spins.items():
            label = self.dates[kind]
            if launch is None:
                label.setText("—")
                continue
            offset = spin.value()
            text = texts.day_text(launch - timedelta(days=offset))
            after = kind is MilestoneKind.STOCK_IN and offset < 0
            label.setText(self.tr("%1 (after launch)").replace("%1", text) if after else text)
            label.setStyleSheet(_AFTER_LAUNCH if after else "")
        reorder = reorder_by(replace(self.product, inbound_buffer_days=self.buffer.value()))
        self.reorder.setText(self.tr("Reorder by %1").replace("%1", texts.day_text(reorder))
                             if reorder is not None else "")


class SeasonDefaultsDialog(QDialog):
    """Days before launch of each milestone per season, for products without their own;
    a value changed from the shipped default shows in bold."""

    def __init__(self, season_defaults: SeasonOffsets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Season milestone defaults"))
        self.spins: dict[tuple[Season, MilestoneKind], QSpinBox] = {}
        grid = QGridLayout()
        for column, kind in enumerate(MilestoneKind, start=1):
            heading = QLabel(texts.marker_name(kind.value))
            heading.setStyleSheet("font-weight: 600;")
            grid.addWidget(heading, 0, column)
        for row, season in enumerate(Season, start=1):
            grid.addWidget(QLabel(labels.season(season)), row, 0)
            offsets = season_milestone_offsets(season, season_defaults)
            for column, kind in enumerate(MilestoneKind, start=1):
                spin = _offset_spin(offsets[kind], self.tr(" days"))
                spin.setToolTip(self.tr("Shipped default: %1").replace(
                    "%1", texts.days(DEFAULT_MILESTONE_OFFSETS[season][kind])))
                spin.valueChanged.connect(lambda _v, s=spin, key=(season, kind):
                                          self._mark(s, key))
                self._mark(spin, (season, kind))
                grid.addWidget(spin, row, column)
                self.spins[(season, kind)] = spin
        note = QLabel(self.tr("Days before launch. Products with their own days for a "
                              "milestone keep them. Bold: changed from the shipped default."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #4A5568;")
        self.restore_button = QPushButton(self.tr("Restore shipped defaults"))
        self.restore_button.clicked.connect(self.restore_shipped)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def offsets(self) -> dict[Season, dict[MilestoneKind, int]]:
        chosen: dict[Season, dict[MilestoneKind, int]] = {}
        for (season, kind), spin in self.spins.items():
            chosen.setdefault(season, {})[kind] = spin.value()
        return chosen

    def restore_shipped(self) -> None:
        for (season, kind), spin in self.spins.items():
            spin.setValue(DEFAULT_MILESTONE_OFFSETS[season][kind])

    @staticmethod
    def _mark(spin: QSpinBox, key: tuple[Season, MilestoneKind]) -> None:
        font = spin.font()
        font.setBold(spin.value() != DEFAULT_MILESTONE_OFFSETS[key[0]][key[1]])
        spin.setFont(font)


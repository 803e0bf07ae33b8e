"""Asks for a new plan's store, year and market, then where to save it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.model import PlanInfo
from ecplanner.ui.common import labels

PLATFORMS_OF_MARKET = {"cn": ("tmall", "taobao"), "jp": ("rakuten", "amazon_jp"),
                       "global": ("amazon",)}
CURRENCY_OF_MARKET = {"cn": "CNY", "jp": "JPY", "global": "USD"}
LOCALE_OF_MARKET = {"cn": "zh_CN", "jp": "ja_JP", "global": "en_US"}


class NewPlanDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        self.store_name = QLineEdit()
        self.year = QSpinBox(minimum=2000, maximum=2100)
        self.year.setValue(date.today().year + 1)
        self.market = QComboBox()
        for code in ("cn", "jp", "global"):
            self.market.addItem(labels.market(code), code)
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020;")
        form = QFormLayout()
        form.addRow(self.tr("Store name"), self.store_name)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Market"), self.market)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.store_name.text().strip():
            self.error.setText(self.tr("Please enter the store's name."))
            return
        super().accept()

    def plan_info(self) -> PlanInfo:
        market = str(self.market.currentData())
        return PlanInfo(store_name=self.store_name.text().strip(), year=self.year.value(),
                        markets=(market,), platforms=PLATFORMS_OF_MARKET[market],
                        currency=CURRENCY_OF_MARKET[market], locale=LOCALE_OF_MARKET[market])


def ask_new_plan_path(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("NewPlanDialog", "Save the new plan as"), "",
        QCoreApplication.translate("NewPlanDialog", "ecplanner plan (*.ecplan)"))
    if not path:
        return None
    target = Path(path)
    return target if target.suffix == ".ecplan" else target.with_name(target.name + ".ecplan")

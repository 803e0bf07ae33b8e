"""Plan → Store and Plan Settings: the store, its markets, and plan-wide defaults.

Everything on the form is written in one undo step when the user presses OK; invalid
input keeps the dialog open with a message saying what is wrong.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.findings import Problem, ValidationError
from ecplanner.domain.model import PlanInfo, PlanSettings, Season
from ecplanner.domain.ops import Put
from ecplanner.domain.validation import validate_plan_info, validate_settings
from ecplanner.ui.common import labels
from ecplanner.ui.common.messages import problems_text
from ecplanner.ui.document import PlanDocument

MARKETS = ("cn", "jp", "global")
CURRENCIES = ("CNY", "JPY", "USD", "EUR", "HKD", "TWD")
LOCALES = ("zh_CN", "ja_JP", "en_US")
SEASONS = (Season.SPRING, Season.SUMMER, Season.AUTUMN, Season.WINTER)


def parse_months(text: str) -> tuple[int, ...] | None:
    """"2, 3" or "2、3" → (2, 3); None when a part is not a month number."""
    parts = [p for p in text.replace("、", ",").replace("，", ",").replace(" ", ",").split(",")
             if p]
    if not all(p.isdigit() and 1 <= int(p) <= 12 for p in parts):
        return None
    return tuple(sorted({int(p) for p in parts}))


class PlanSettingsDialog(QDialog):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Store and plan settings"))
        self.document = document
        self._info = document.store.info()
        self._settings = document.store.settings()
        info = self._info
        self.store_name = QLineEdit(info.store_name)
        self.markets = {code: QCheckBox(labels.market(code)) for code in MARKETS}
        for code, box in self.markets.items():
            box.setChecked(code in info.markets)
        self.platforms = {code: QCheckBox(labels.platform(code))
                          for code in labels.PLATFORMS if code not in ("all", "store")}
        for code, box in self.platforms.items():
            box.setChecked(code in info.platforms)
        self.currency = QComboBox()
        self.currency.addItems(list(CURRENCIES))
        self.currency.setCurrentText(info.currency)
        self.plan_locale = QComboBox()
        for code in LOCALES:
            self.plan_locale.addItem({"zh_CN": "中文", "ja_JP": "日本語", "en_US": "English"}[code],
                                code)
        self.plan_locale.setCurrentIndex(max(self.plan_locale.findData(info.locale), 0))
        self.target = QDoubleSpinBox(minimum=0, maximum=1e12, decimals=0, singleStep=100_000)
        self.target.setGroupSeparatorShown(True)
        self.target.setValue(info.annual_target)
        self.cutoff = QSpinBox(minimum=0, maximum=30)
        self.cutoff.setValue(info.shipping_cutoff_days)
        self.cutoff.setSuffix(self.tr(" days before the break"))
        # Whole percent of a normal day: the setting is a share, 0..1.
        self.shutdown_traffic = QSpinBox(minimum=0, maximum=100)
        self.shutdown_traffic.setValue(round(self._settings.shutdown_traffic * 100))
        self.shutdown_traffic.setSuffix(self.tr("% of a normal day"))
        self.shutdown_traffic.setToolTip(self.tr(
            "Buyers still order while couriers stop for the Spring Festival; the budget counts "
            "each day of the shutdown at this share of a normal day's visitors, and ships "
            "those orders when it ends."))
        self.price_lock = QSpinBox(minimum=0, maximum=90)
        self.price_lock.setValue(self._settings.price_lock_days)
        self.price_lock.setSuffix(self.tr(" days before a major sale"))
        expected = self._settings.expected_months()
        self.months = {s: QLineEdit(", ".join(str(m) for m in sorted(expected.get(s, set()))))
                       for s in SEASONS}
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._store_box())
        layout.addWidget(self._defaults_box())
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _store_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Store"))
        form = QFormLayout(box)
        form.addRow(self.tr("Store name"), self.store_name)
        markets = QHBoxLayout()
        for check in self.markets.values():
            markets.addWidget(check)
        form.addRow(self.tr("Markets"), markets)
        grid = QGridLayout()
        for i, check in enumerate(self.platforms.values()):
            grid.addWidget(check, i // 4, i % 4)
        form.addRow(self.tr("Platforms"), grid)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Plan language"), self.plan_locale)
        form.addRow(self.tr("Annual GMV target"), self.target)
        return box

    def _defaults_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Plan defaults"))
        form = QFormLayout(box)
        form.addRow(self.tr("Last day to ship before Spring Festival"), self.cutoff)
        form.addRow(self.tr("Traffic during the courier shutdown"), self.shutdown_traffic)
        form.addRow(self.tr("Price-lock window"), self.price_lock)
        for season, edit in self.months.items():
            edit.setPlaceholderText(self.tr("months, e.g. 2, 3"))
            form.addRow(self.tr("%1 launches expected in").replace(
                "%1", labels.season(season)), edit)
        return box

    def edited(self) -> tuple[PlanInfo, PlanSettings, list[Problem]]:
        """The form as a new store and settings, with anything wrong in it."""
        problems: list[Problem] = []
        months: list[tuple[Season, tuple[int, ...]]] = []
        for season, edit in self.months.items():
            parsed = parse_months(edit.text())
            if parsed is None:
                problems.append(Problem("expected_launch_months", "bad_month"))
            elif parsed:
                months.append((season, parsed))
        markets = tuple(code for code, box in self.markets.items() if box.isChecked())
        if not markets:
            problems.append(Problem("markets", "required"))
        info = replace(self._info, store_name=self.store_name.text().strip(), markets=markets,
                       platforms=tuple(c for c, b in self.platforms.items() if b.isChecked()),
                       currency=self.currency.currentText(),
                       locale=str(self.plan_locale.currentData()),
                       annual_target=float(self.target.value()),
                       shipping_cutoff_days=self.cutoff.value())
        settings = replace(self._settings, expected_launch_months=tuple(months),
                           price_lock_days=self.price_lock.value(),
                           shutdown_traffic=self.shutdown_traffic.value() / 100)
        problems += validate_plan_info(info) + validate_settings(settings)
        return info, settings, problems

    def accept(self) -> None:
        info, settings, problems = self.edited()
        if problems:
            self.error.setText(problems_text(problems))
            return
        ops = [Put(e) for e, old in ((info, self._info), (settings, self._settings))
               if e != old]
        try:
            if ops:
                self.document.apply(self.tr("Change the plan settings"), ops)
        except ValidationError as error:
            self.error.setText(problems_text(error.problems))
            return
        super().accept()

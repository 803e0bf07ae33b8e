"""How the Inventory tab shows units, money, percentages and dates (through QLocale)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale

from ecplanner.ui.common.dates import to_qdate
from ecplanner.ui.common.money import money


@dataclass(frozen=True)
class Formats:
    """Formats for one locale and the plan's currency (an ISO code such as ``CNY``)."""

    locale: QLocale
    currency: str

    def units(self, value: float) -> str:
        return self.locale.toString(float(round(value)), "f", 0)

    def number(self, value: float, decimals: int = 1) -> str:
        return self.locale.toString(float(value), "f", decimals)

    def money(self, value: float) -> str:
        return money(value, self.currency, 0, self.locale)

    def signed_money(self, value: float) -> str:
        return ("+" if value > 0.5 else "") + self.money(value)

    def signed_units(self, value: float) -> str:
        return ("+" if value > 0.5 else "") + self.units(value)

    def percent(self, fraction: float | None, decimals: int = 1) -> str:
        if fraction is None or math.isnan(fraction):
            return "–"
        return self.locale.toString(fraction * 100, "f", decimals) + "%"

    def day(self, value: date) -> str:
        return self.locale.toString(to_qdate(value), "yyyy-MM-dd")

    def short_day(self, value: date) -> str:
        return self.locale.toString(to_qdate(value), "MM-dd")

"""How the budget's numbers are shown and typed: money, percentages, counts, ratios.

Shown text goes through ``QLocale`` (grouping, decimal point). Typed text is read leniently
— full-width digits, the currency symbol, grouping, a trailing 万/亿 — and strictly: a
percentage cell takes percentage points ("3.5" or "3.5%" both mean 3.5%), a count must be
whole, nothing may be negative and no rate may pass 100%. ``parse`` raises ``InputError``
with a code that ``texts.input_error_text`` puts into words.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QLocale

from ecplanner.domain.budget.rows import Unit
from ecplanner.ui.common.money import money

_MULTIPLIERS = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
_CURRENCY_NOISE = re.compile(r"[\s¥$€£₩元円]|RMB|CNY|JPY|USD|HK|NT|[SAC](?=\$)", re.IGNORECASE)
# Rows whose amounts are small enough that cents matter (an order value, a click, a parcel).
FINE_MONEY_ROWS = frozenset({"aov", "cpc", "shipping_per_order", "return_cost"})


class InputError(ValueError):
    """Typed text that cannot be stored. ``code``: ``empty``, ``not_a_number``,
    ``negative``, ``not_whole``, ``over_100``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class NumberFormat:
    """Formats and reads the sheet's numbers for one locale and currency."""

    locale: QLocale
    currency: str

    def decimals(self, unit: Unit, key: str = "") -> int:
        if unit is Unit.MONEY:
            return 2 if key in FINE_MONEY_ROWS else 0
        if unit in (Unit.PERCENT, Unit.RATIO):
            return 2
        return 0

    def show(self, unit: Unit, value: float, key: str = "") -> str:
        """``value`` as a cell shows it: money without the symbol, a fraction as "3.50%"."""
        decimals = self.decimals(unit, key)
        value = float(value)  # an int would pick QLocale's integer overload
        if unit is Unit.PERCENT:
            return self.locale.toString(value * 100, "f", decimals) + self.locale.percent()
        if unit is Unit.RATIO:
            return self.locale.toString(value, "f", decimals)
        shown = self.locale.toString(value, "f", decimals)
        # Rounding may leave "-0": a tiny negative is not worth a minus sign (or a red cell).
        return shown.lstrip("-") if float(round(value, decimals)) == 0 else shown

    def money(self, value: float, key: str = "") -> str:
        """``value`` with the currency symbol, for tooltips and captions."""
        return money(value, self.currency, self.decimals(Unit.MONEY, key), self.locale)

    def edit_text(self, unit: Unit, value: float) -> str:
        """The full-precision text an editor starts from (so an untouched commit is a no-op)."""
        value = float(value)
        if unit is Unit.PERCENT:
            return self.locale.toString(round(value * 100, 10), "g", 12) + self.locale.percent()
        return self.locale.toString(round(value, 10), "g", 15)

    def parse(self, unit: Unit, text: str) -> float:
        """The stored value for typed ``text`` (a fraction for a percentage); raises InputError."""
        cleaned = unicodedata.normalize("NFKC", text).strip()
        if not cleaned:
            raise InputError("empty")
        percent_sign = cleaned.endswith(("%", self.locale.percent()))
        if percent_sign:
            if unit is not Unit.PERCENT:
                raise InputError("not_a_number")
            cleaned = cleaned[:-1]
        scale = 1.0
        if cleaned and cleaned[-1] in _MULTIPLIERS and unit in (Unit.MONEY, Unit.COUNT):
            scale = _MULTIPLIERS[cleaned[-1]]
            cleaned = cleaned[:-1]
        number = self._number(_CURRENCY_NOISE.sub("", cleaned)) * scale
        if number < 0:
            raise InputError("negative")
        if unit is Unit.COUNT and abs(number - round(number)) > 1e-9:
            raise InputError("not_whole")
        if unit is Unit.PERCENT:
            number /= 100.0
            if number > 1 + 1e-12:
                raise InputError("over_100")
            return min(number, 1.0)
        return float(round(number)) if unit is Unit.COUNT else number

    def _number(self, text: str) -> float:
        for locale in (self.locale, QLocale.c()):
            value, ok = locale.toDouble(text)
            if ok and math.isfinite(value):
                return float(value)
        try:
            value = float(text.replace(self.locale.groupSeparator(), "").replace(",", ""))
        except ValueError:
            raise InputError("not_a_number") from None
        if not math.isfinite(value):
            raise InputError("not_a_number")
        return value

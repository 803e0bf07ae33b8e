"""Money as every tab shows it: the currency's symbol, then the amount in the locale's digits."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ecplanner.domain.currency import money_prefix


def money(value: float, currency: str, decimals: int = 0, locale: QLocale | None = None) -> str:
    """``value`` in ``currency`` (an ISO code) to ``decimals`` places: "¥1,234", "-¥56", or
    "CHF 1,234" for a currency without a symbol, as the exported workbook writes it; the
    grouping and decimal point are ``locale``'s (default: the application's). An amount
    that rounds to nothing has no sign."""
    locale = locale or QLocale()
    value = float(value)  # an int would pick QLocale's integer overload
    sign = locale.negativeSign() if round(value, decimals) < 0 else ""
    return f"{sign}{money_prefix(currency)}{locale.toString(abs(value), 'f', decimals)}"

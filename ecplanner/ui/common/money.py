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


def short_amount(value: float, locale: QLocale | None = None) -> str:
    """``value`` in few characters, for a table too narrow for every digit: "330.2万" or
    "4.8亿" in Chinese and Japanese (the units a Chinese or Japanese team reads amounts
    in), "330.2k" or "48.0M" otherwise; no decimal from a thousand units up ("4,800万").
    Amounts below the first unit are shown whole."""
    locale = locale or QLocale()
    size = abs(float(value))
    if locale.language() in (QLocale.Language.Chinese, QLocale.Language.Japanese):
        hundred_million = "億" if locale.language() is QLocale.Language.Japanese else "亿"
        units = ((1e8, hundred_million), (1e4, "万"))
    else:
        units = ((1e6, "M"), (1e3, "k"))
    for scale, unit in units:
        if round(size / scale, 1) >= 1:
            decimals = 1 if size / scale < 1000 else 0  # "4,800万", not "4,800.0万"
            return f"{locale.toString(float(value) / scale, 'f', decimals)}{unit}"
    return locale.toString(float(value), "f", 0)

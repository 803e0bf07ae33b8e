"""Currency symbols: one table for the screens and the Excel export."""

from __future__ import annotations

SYMBOLS = {
    "CNY": "¥", "RMB": "¥", "JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$",
    "TWD": "NT$", "KRW": "₩", "SGD": "S$", "AUD": "A$", "CAD": "C$",
}


def symbol_of(code: str) -> str | None:
    """The common symbol of an ISO currency code, or None when it has none."""
    return SYMBOLS.get(code.upper())


def currency_symbol(code: str) -> str:
    """The symbol, or the code itself (for a heading: "amounts in CHF")."""
    return symbol_of(code) or code.upper()


def money_prefix(code: str) -> str:
    """What goes before an amount: the symbol, or the code and a space ("CHF 120")."""
    return symbol_of(code) or code.upper() + " "

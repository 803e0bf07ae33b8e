"""One currency table serves the screens and the workbook."""

from __future__ import annotations

from ecplanner.domain.currency import currency_symbol, money_prefix, symbol_of


def test_known_codes_have_their_symbol_in_any_case() -> None:
    assert [symbol_of(c) for c in ("CNY", "rmb", "JPY", "usd")] == ["¥", "¥", "¥", "$"]


def test_a_code_without_a_symbol_stands_for_itself() -> None:
    assert symbol_of("CHF") is None
    assert currency_symbol("chf") == "CHF"
    assert money_prefix("chf") == "CHF " and money_prefix("CNY") == "¥"

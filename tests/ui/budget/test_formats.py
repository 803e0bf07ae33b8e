"""Reading and showing the sheet's numbers: what users type, in two locales."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from ecplanner.domain.budget.rows import Unit
from ecplanner.ui.budget.formats import InputError, NumberFormat

EN = NumberFormat(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "CNY")
DE = NumberFormat(QLocale(QLocale.Language.German, QLocale.Country.Germany), "EUR")


@pytest.mark.parametrize(("fmt", "unit", "typed", "stored"), [
    (EN, Unit.PERCENT, "3.5%", 0.035),
    (EN, Unit.PERCENT, "3.5", 0.035),
    (EN, Unit.PERCENT, "３．５％", 0.035),  # full-width, as a Chinese IME types it
    (EN, Unit.PERCENT, "100%", 1.0),
    (EN, Unit.MONEY, "¥1,234.50", 1234.5),
    (EN, Unit.MONEY, "4800万", 48_000_000),
    (EN, Unit.MONEY, " 0 ", 0.0),
    (EN, Unit.COUNT, "120,000", 120_000),
    (DE, Unit.MONEY, "1.234,5 €", 1234.5),
    (DE, Unit.PERCENT, "3,5 %", 0.035),
])
def test_typed_text_is_read(fmt: NumberFormat, unit: Unit, typed: str, stored: float) -> None:
    assert fmt.parse(unit, typed) == pytest.approx(stored)


@pytest.mark.parametrize(("unit", "typed", "code"), [
    (Unit.MONEY, "abc", "not_a_number"),
    (Unit.MONEY, "", "empty"),
    (Unit.MONEY, "12%", "not_a_number"),
    (Unit.MONEY, "-1", "negative"),
    (Unit.MONEY, "1e999", "not_a_number"),
    (Unit.PERCENT, "150%", "over_100"),
    (Unit.PERCENT, "-2%", "negative"),
    (Unit.COUNT, "10.5", "not_whole"),
])
def test_bad_text_is_refused_with_a_reason(unit: Unit, typed: str, code: str) -> None:
    with pytest.raises(InputError) as refused:
        EN.parse(unit, typed)
    assert refused.value.code == code


def test_shown_and_edit_text() -> None:
    assert EN.show(Unit.MONEY, 1234567.4) == "1,234,567"
    assert EN.show(Unit.MONEY, 268, "aov") == "268.00"
    assert EN.show(Unit.MONEY, -0.3) == "0"
    assert EN.show(Unit.PERCENT, 0.032) == "3.20%"
    assert EN.money(1234.5) == "¥1,235"
    for unit, value in ((Unit.PERCENT, 0.0684), (Unit.MONEY, 70_200.25), (Unit.COUNT, 3.0)):
        assert EN.parse(unit, EN.edit_text(unit, value)) == pytest.approx(value, abs=1e-12)

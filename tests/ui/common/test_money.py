"""Money reads the same on every tab: one function, the currency's symbol from the domain."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from ecplanner.domain.budget.rows import Unit
from ecplanner.ui.budget.formats import NumberFormat
from ecplanner.ui.common.money import money, short_amount
from ecplanner.ui.inventory.formats import Formats
from ecplanner.ui.products import texts as product_texts

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.mark.parametrize(("value", "currency", "decimals", "shown"), [
    (1234.5, "CNY", 2, "¥1,234.50"),
    (1234.4, "USD", 0, "$1,234"),
    (-56.0, "EUR", 0, "-€56"),  # as the exported workbook writes a loss
    (-0.2, "CNY", 0, "¥0"),  # rounding leaves no minus sign on nothing
    (1200.0, "CHF", 0, "CHF 1,200"),  # a currency without a symbol: its code and a space
])
def test_money(value: float, currency: str, decimals: int, shown: str) -> None:
    assert money(value, currency, decimals, US) == shown


def test_every_tab_writes_money_alike(qapp: object) -> None:
    before = QLocale()
    QLocale.setDefault(US)
    try:
        budget = NumberFormat(US, "CHF").money(1200.0)
        inventory = Formats(US, "CHF").money(1200.0)
        products = product_texts.price(1200.0, "CHF")
    finally:
        QLocale.setDefault(before)
    assert budget == inventory == "CHF 1,200"
    assert products == "CHF 1,200.00"  # prices to the cent
    assert NumberFormat(US, "CNY").money(-0.001, "aov") == "¥0.00"
    assert NumberFormat(US, "CNY").show(Unit.MONEY, 5.0) == "5"


CN = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
JP = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)


@pytest.mark.parametrize(("value", "locale", "shown"), [
    (3_302_400.0, CN, "330.2万"),
    (48_000_000.0, CN, "4,800万"),  # no decimal from a thousand units up
    (-80_491.0, CN, "-8.0万"),
    (-1_283.0, CN, "-1,283"),  # below a unit: whole
    (480_000_000.0, JP, "4.8億"),
    (672_893.0, US, "672.9k"),
    (999_960.0, US, "1.0M"),  # rounds up into the next unit, never "1,000.0k"
    (775.0, US, "775"),
])
def test_short_amount(value: float, locale: QLocale, shown: str) -> None:
    assert short_amount(value, locale) == shown

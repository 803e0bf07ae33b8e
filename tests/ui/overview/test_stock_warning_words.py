"""The Overview's line for ladder steps after a product's delist, in each language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from ecplanner.domain.findings import Finding, Severity
from ecplanner.domain.model import Product
from ecplanner.ui.overview.texts import finding_line
from tests.ui.languages import speaking

PRODUCT = Product("27AU001", "羊毛针织衫", uuid="p1")
LATE = Finding("stock.step_after_delist", Severity.WARNING, "p1", date(2027, 12, 5),
               (("count", "2"), ("step", "2027-12-05"), ("delist", "2027-11-28")))


@pytest.mark.parametrize(("locale", "expected"), [
    ("zh_CN", "27AU001 羊毛针织衫: 降价阶梯有 2 档在下架日 11月28日 之后"
              "（最早：12月5日），不会生效"),
    ("ja_JP", "27AU001 羊毛针织衫: 値下げ段階のうち 2 件が販売終了日 11月28日 より後です"
              "（最初：12月5日）。適用されません"),
    ("en_US", "27AU001 羊毛针织衫: 2 markdown step(s) fall after the delist date Nov 28 "
              "(the first on Dec 5) and will never apply"),
])
def test_late_ladder_steps_read_in_the_language(qapp: QApplication, locale: str,
                                                expected: str) -> None:
    with speaking(qapp, locale):
        assert finding_line(LATE, {}, {"p1": PRODUCT}) == expected


MISS = Finding("stock.will_miss_delist", Severity.WARNING, "p1", date(2027, 11, 28),
               (("leftover", "9"), ("observed", "7.0"), ("planned", "20.0"), ("days", "14")))


@pytest.mark.parametrize(("locale", "expected"), [
    ("zh_CN", "27AU001 羊毛针织衫: 实际周销 7.0 件（计划 20.0 件，依据 14 天商品数据）："
              "下架时将剩余 9 件"),
    ("ja_JP", "27AU001 羊毛针织衫: 実績の週販 7.0 点（計画 20.0 点、商品データ 14 日分）："
              "販売終了時に 9 点残ります"),
    ("en_US", "27AU001 羊毛针织衫: Sells 7.0 a week (planned 20.0, from 14 days of product "
              "data): 9 units left when delisted"),
])
def test_a_product_that_will_miss_its_delist_reads_in_the_language(
        qapp: QApplication, locale: str, expected: str) -> None:
    with speaking(qapp, locale):
        assert finding_line(MISS, {}, {"p1": PRODUCT}) == expected

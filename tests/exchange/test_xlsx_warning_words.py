"""The workbook's words for warnings that name several sales or products."""

from __future__ import annotations

from datetime import date

from ecplanner.domain.findings import Finding, Severity
from ecplanner.exchange.xlsx.overview import finding_text
from ecplanner.exchange.xlsx.words import Words

NAMES = {"s1": "天猫618", "s2": "聚划算", "p1": "A1 衬衫"}


def said(code: str, params: tuple[tuple[str, str], ...], lang: str) -> str:
    finding = Finding(code, Severity.WARNING, "x", date(2027, 5, 1), params)
    return finding_text(finding, Words(lang), NAMES)


def test_a_launch_in_several_windows_names_the_nearest_and_counts_them() -> None:
    params = (("event", "s1"), ("days_before", "12"), ("count", "2"), ("events", "s1 s2"))
    assert said("product.launch_in_price_lock", params, "zh") == (
        "上新在2场大促的价格锁定期内（最近：“天猫618”前12天）")
    assert said("product.launch_in_price_lock", params, "en") == (
        "Launches in the price-lock windows of 2 sale(s), the nearest “天猫618” "
        "12 days later")


def test_overlaps_and_price_changes_say_how_many() -> None:
    overlap = (("other", "s2"), ("count", "3"), ("others", "s2"))
    assert said("event.overlap_same_platform", overlap, "zh") == (
        "与同平台3场大促重叠（首个：“聚划算”）")
    lock = (("product", "p1"), ("days_before", "30"), ("count", "4"), ("products", "p1"))
    assert said("event.price_lock_conflict", lock, "ja") == (
        "4商品がセール前の価格確認期間に価格変更（最初：A1 衬衫、30日前）")


def test_steps_after_the_delist_say_how_many_and_when() -> None:
    params = (("count", "2"), ("step", "2027-12-05"), ("delist", "2027-11-28"))
    assert said("stock.step_after_delist", params, "zh") == (
        "降价阶梯有2档在下架日2027-11-28之后（最早：2027-12-05），不会生效")
    assert said("stock.step_after_delist", params, "ja") == (
        "値下げ段階のうち2件が販売終了日2027-11-28より後です（最初：2027-12-05）。適用されません")
    assert said("stock.step_after_delist", params, "en") == (
        "2 markdown step(s) fall after the delist date 2027-11-28 (the first on 2027-12-05) "
        "and will never apply")


def test_a_product_that_will_miss_its_delist_says_its_real_rate() -> None:
    params = (("leftover", "9"), ("observed", "7.0"), ("planned", "20.0"), ("days", "14"))
    assert said("stock.will_miss_delist", params, "zh") == (
        "实际周销7.0件（计划20.0件，依据14天商品数据），下架时将剩余9件")
    assert said("stock.will_miss_delist", params, "en") == (
        "Sells 7.0 a week (planned 20.0, from 14 days of product data): 9 units left when "
        "delisted")

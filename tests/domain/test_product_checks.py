from __future__ import annotations

from datetime import date

from ecplanner.domain.model import (
    Event,
    EventKind,
    MilestoneKind,
    PlanSettings,
    Product,
    Season,
)
from ecplanner.domain.product_checks import PRICE_LOCK_CONFLICT, ProductChecks, product_of

TODAY = date(2027, 1, 5)
SALE = Event("618", EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 18), uuid="e618")
SHIRT = Product("A1", "shirt", season=Season.SUMMER, launch=date(2027, 4, 1),
                delist=date(2027, 8, 31), uuid="shirt")
DRESS = Product("A2", "dress", season=Season.SUMMER, launch=date(2027, 5, 1),
                planned_price_change=date(2027, 5, 20), uuid="dress")
SETTINGS = PlanSettings(expected_launch_months=((Season.SUMMER, (4, 5, 6)),))


def codes(checks: ProductChecks, uuid: str) -> list[str]:
    return [f.code for f in checks.by_product.get(uuid, [])]


def test_price_lock_conflicts_are_filed_under_the_product() -> None:
    checks = ProductChecks()
    redone = checks.update([SHIRT, DRESS], [SALE], TODAY, 2027, SETTINGS)
    assert redone == ["shirt", "dress"]
    assert codes(checks, "dress") == [PRICE_LOCK_CONFLICT]
    [conflict] = checks.by_product["dress"]
    assert conflict.subject == "e618" and product_of(conflict) == "dress"
    assert codes(checks, "shirt") == []


def test_settings_drive_milestones_price_lock_days_and_wave_gaps() -> None:
    checks = ProductChecks()
    late = PlanSettings(season_milestones=((Season.SUMMER, ((MilestoneKind.STOCK_IN, -2),)),),
                        expected_launch_months=SETTINGS.expected_launch_months,
                        price_lock_days=7)
    checks.update([SHIRT, DRESS], [SALE], TODAY, 2027, late)
    assert codes(checks, "shirt") == ["product.stock_in_after_launch"]
    assert PRICE_LOCK_CONFLICT not in codes(checks, "dress")  # 12 days before: outside 7
    assert [(g.subject, g.param("month")) for g in checks.gaps] == [("summer", "6")]


def test_an_update_redoes_only_the_changed_products() -> None:
    checks = ProductChecks()
    checks.update([SHIRT, DRESS], [SALE], TODAY, 2027, SETTINGS)
    kept = checks.by_product["dress"]
    moved = Product("A1", "shirt", season=Season.SUMMER, launch=date(2027, 6, 2),
                    uuid="shirt")
    redone = checks.update([moved, DRESS], [SALE], TODAY, 2027, SETTINGS, {"shirt", "other"})
    assert redone == ["shirt"]
    assert checks.by_product["dress"] is kept
    assert [(g.subject, g.param("month")) for g in checks.gaps] == [("summer", "4")]
    next_year = Product("N", "n", season=Season.SUMMER, launch=date(2028, 4, 1), uuid="n")
    checks.update([moved, DRESS, next_year], [SALE], TODAY, 2027, SETTINGS, {"n"})
    assert [g.param("month") for g in checks.gaps] == ["4"]  # another year's launch

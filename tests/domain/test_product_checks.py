from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from ecplanner.domain.findings import Finding
from ecplanner.domain.model import (
    Event,
    EventKind,
    MilestoneKind,
    PlanSettings,
    Product,
    Season,
)
from ecplanner.domain.products import checks as checks_module
from ecplanner.domain.products.checks import ProductChecks, listed_order

PRICE_CHANGE_IN_LOCK = "product.price_change_in_lock"

TODAY = date(2027, 1, 5)
SALE = Event("618", EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 18), uuid="e618")
SHIRT = Product("A1", "shirt", season=Season.SUMMER, launch=date(2027, 4, 1),
                delist=date(2027, 8, 31), uuid="shirt")
DRESS = Product("A2", "dress", season=Season.SUMMER, launch=date(2027, 5, 1),
                planned_price_change=date(2027, 5, 20), uuid="dress")
SETTINGS = PlanSettings(expected_launch_months=((Season.SUMMER, (4, 5, 6)),))


def codes(checks: ProductChecks, uuid: str) -> list[str]:
    return [f.code for f in checks.by_product.get(uuid, [])]


def test_a_price_change_in_a_price_lock_window_is_the_product_s_finding() -> None:
    checks = ProductChecks()
    redone = checks.update([SHIRT, DRESS], [SALE], TODAY, 2027, SETTINGS)
    assert redone == ["shirt", "dress"]
    assert codes(checks, "dress") == [PRICE_CHANGE_IN_LOCK]
    [conflict] = checks.by_product["dress"]
    assert (conflict.subject, conflict.param("event"), conflict.param("days_before")) == (
        "dress", "e618", "12")
    assert codes(checks, "shirt") == []


def test_settings_drive_milestones_price_lock_days_and_wave_gaps() -> None:
    checks = ProductChecks()
    late = PlanSettings(season_milestones=((Season.SUMMER, ((MilestoneKind.STOCK_IN, -2),)),),
                        expected_launch_months=SETTINGS.expected_launch_months,
                        price_lock_days=7)
    checks.update([SHIRT, DRESS], [SALE], TODAY, 2027, late)
    assert codes(checks, "shirt") == ["product.stock_in_after_launch"]
    assert PRICE_CHANGE_IN_LOCK not in codes(checks, "dress")  # 12 days before: outside 7
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


def _plan() -> tuple[list[Product], list[Event]]:
    """Forty products launching a day apart, some with price changes, and three sales."""
    products = [Product(f"P{n:02}", f"p{n}", season=Season.SUMMER, launch=date(2027, 5, 1 + n % 28),
                        planned_price_change=date(2027, 5, 20) if n % 5 == 0 else None,
                        uuid=f"p{n:02}")
                for n in range(40)]
    sales = [SALE, Event("双11", EventKind.MAJOR_SALE, date(2027, 5, 25), date(2027, 5, 27),
                         uuid="e2"),
             Event("会员日", EventKind.STORE_PROMO, date(2027, 5, 10), date(2027, 5, 11),
                   featured_products=("p03",), uuid="e3")]
    return products, sales


def test_in_steps_finds_what_update_finds_and_keeps_what_did_not_change() -> None:
    products, events = _plan()
    whole = ProductChecks()
    whole.update(products, events, TODAY, 2027, SETTINGS)
    stepped = ProductChecks()
    steps = sum(1 for _ in stepped.update_in_steps(products, events, TODAY, 2027, SETTINGS,
                                                   step=7))
    assert steps == 40 // 7
    assert stepped.by_product == whole.by_product and stepped.gaps == whole.gaps

    moved = [*events[:1], replace(events[1], start=date(2027, 5, 26), end=date(2027, 5, 28)),
             events[2]]
    again = ProductChecks()
    for _ in again.update_in_steps(products, moved, TODAY, 2027, SETTINGS, previous=stepped):
        pass
    fresh = ProductChecks()
    fresh.update(products, moved, TODAY, 2027, SETTINGS)
    assert again.by_product == fresh.by_product
    untouched = [u for u in fresh.by_product if u not in ("p00", "p01")]  # far from 05-25
    kept = [u for u in again.by_product if again.by_product[u] is stepped.by_product.get(u)]
    assert kept and set(kept) <= set(untouched)
    for uuid, found in again.by_product.items():  # a finding that stays is the same object
        before = {f: f for f in stepped.by_product.get(uuid, ())}
        assert all(f is before[f] for f in found if f in before)


def test_listed_gives_the_first_findings_in_order_across_products() -> None:
    products, events = _plan()
    checks = ProductChecks()
    checks.update(products, events, TODAY, 2027, SETTINGS)
    order = [p.uuid for p in reversed(products)]
    everything = sorted((f for uuid in order for f in checks.by_product.get(uuid, ())),
                        key=listed_order)
    assert len(everything) == checks.count(order) > 20
    for limit in (0, 1, 5, 20, len(everything), len(everything) + 5):
        assert checks.listed(order, limit) == everything[:limit]
    assert checks.listed(order[:3], 100) == sorted(
        (f for uuid in order[:3] for f in checks.by_product.get(uuid, ())), key=listed_order)


class _Looked(list[Event]):
    """Events that count how often they are looked through."""

    looks = 0

    def __iter__(self) -> Iterator[Event]:
        self.looks += 1
        return super().__iter__()


def test_the_events_are_looked_through_once_while_they_stay_the_same_list() -> None:
    products, plain = _plan()
    events = _Looked(plain)
    checks = ProductChecks()
    checks.update(products, events, TODAY, 2027, SETTINGS)
    looks = events.looks
    assert looks > 0
    featured = replace(products[3], launch=date(2027, 5, 12))  # after e3's start, 05-10
    checks.update([featured, *products[4:]], events, TODAY, 2027, SETTINGS, {"p03"})
    again = ProductChecks()
    for _ in again.update_in_steps(products, events, TODAY, 2027, SETTINGS, step=7,
                                   previous=checks):
        pass
    assert events.looks == looks  # one product's edit, a full check: the same index
    [late] = [f for f in checks.by_product["p03"] if f.code == "product.featured_not_on_sale"]
    assert (late.param("event"), late.param("reason")) == ("e3", "not_launched")
    assert "product.featured_not_on_sale" not in codes(again, "p03")  # 05-04 ≤ 05-10
    # A new list of events (e3 moved before p03's launch on 05-04) is indexed again.
    moved = _Looked([*plain[:2], replace(plain[2], start=date(2027, 5, 2),
                                         end=date(2027, 5, 3))])
    again.update(products, moved, TODAY, 2027, SETTINGS, {"p03"})
    assert moved.looks > 0
    assert [f.param("reason") for f in again.by_product["p03"]
            if f.code == "product.featured_not_on_sale"] == ["not_launched"]


def test_a_listing_after_an_edit_orders_only_what_the_edit_changed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    products, events = _plan()
    checks = ProductChecks()
    checks.update(products, events, TODAY, 2027, SETTINGS)
    order = [p.uuid for p in products]
    checks.listed(order, 5)
    ordered: list[Finding] = []
    real = checks_module.listed_order

    def counted(finding: Finding) -> tuple[date, str, str]:
        ordered.append(finding)
        return real(finding)

    monkeypatch.setattr(checks_module, "listed_order", counted)
    # p07 (launch 05-08) moved to 05-30, p00's price change (05-20) dropped.
    edited = {"p07": replace(products[7], launch=date(2027, 5, 30)),
              "p00": replace(products[0], planned_price_change=None)}
    now = [edited.get(p.uuid, p) for p in products]
    checks.update(now, events, TODAY, 2027, SETTINGS, set(edited))
    before = len(ordered)
    listed = checks.listed(order, 5)
    # The five products' lists merged, not the forty products' first findings ordered.
    assert len(ordered) - before < 40
    fresh = ProductChecks()
    fresh.update(now, events, TODAY, 2027, SETTINGS)
    everything = sorted((f for uuid in order for f in fresh.by_product.get(uuid, ())),
                        key=real)
    assert listed == everything[:5]
    assert checks.listed(order[::-1], 100) == fresh.listed(order[::-1], 100)


def test_the_wave_gaps_follow_edits_of_launches() -> None:
    # Summer is expected in April, May and June; the shirt launches in April, the dress
    # in May, so June is the one gap.
    products = [SHIRT, DRESS]
    checks = ProductChecks()
    checks.update(products, [SALE], TODAY, 2027, SETTINGS)
    assert [g.param("month") for g in checks.gaps] == ["6"]
    # The dress moved to June: May is the gap now. A new product in May: none.
    june = replace(DRESS, launch=date(2027, 6, 2))
    checks.update([SHIRT, june], [SALE], TODAY, 2027, SETTINGS, {"dress"})
    assert [g.param("month") for g in checks.gaps] == ["5"]
    may = Product("A3", "t", season=Season.SUMMER, launch=date(2027, 5, 9), uuid="may")
    checks.update([SHIRT, june, may], [SALE], TODAY, 2027, SETTINGS, {"may"})
    assert checks.gaps == []
    # The shirt deleted, the May product moved to the next year: April and May are gaps.
    checks.update([june, replace(may, launch=date(2028, 5, 9))], [SALE], TODAY, 2027,
                  SETTINGS, {"shirt", "may"})
    assert [g.param("month") for g in checks.gaps] == ["4", "5"]


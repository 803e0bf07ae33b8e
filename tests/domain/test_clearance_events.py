"""Which events lift a product's clearance, per-product projections and launch gating."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecplanner.domain.clearance.events import applies, events_for_products
from ecplanner.domain.clearance.projection import (
    project,
    project_each,
    project_many,
    projection_start,
)
from ecplanner.domain.model import Event, EventKind, Product, StockPlan

START = date(2027, 9, 6)
MARKETS = ("cn",)
PLATFORMS = ("tmall", "taobao")


def day(offset: int) -> date:
    return START + timedelta(days=offset)


def event(kind: EventKind = EventKind.MAJOR_SALE, market: str = "cn", platform: str = "tmall",
          featured: tuple[str, ...] = (), uplift: float = 2.0, first: int = 0,
          last: int = 6) -> Event:
    return Event("e", kind, day(first), day(last), market=market, platform=platform,
                 uplift=uplift, featured_products=featured)


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        (event(), True),
        (event(platform="all"), True),
        (event(market="", platform=""), True),
        (event(platform="jd"), False),
        (event(market="jp", platform="rakuten"), False),
        (event(market="global", platform="amazon"), False),
        (event(platform="jd", featured=("A",)), True),
        (event(EventKind.STORE_PROMO, "", "", featured=("B",)), False),
        (event(EventKind.CLEARANCE, "", "", featured=("A", "B")), True),
        (event(EventKind.CLEARANCE, "", ""), True),
        (event(EventKind.MAJOR_SALE, featured=("B",)), True),
    ],
    ids=["on_platform", "all_platforms", "own_store", "other_platform", "other_market",
         "global_market", "featured_elsewhere", "promo_for_others", "clearance_featuring",
         "store_wide_clearance", "platform_sale_naming_others"],
)
def test_applies(candidate: Event, expected: bool) -> None:
    assert applies(candidate, "A", MARKETS, PLATFORMS) is expected


def test_products_nobody_names_share_one_tuple() -> None:
    sale = event()
    promo = event(EventKind.STORE_PROMO, "", "", featured=("A",))
    elsewhere = event(platform="jd", featured=("B",))
    result = events_for_products([sale, promo, elsewhere], ["A", "B", "C", "D"], MARKETS,
                                 PLATFORMS)
    assert result[0] == (sale, promo)
    assert result[1] == (sale, elsewhere)
    assert result[2] == result[3] == (sale,)
    assert result[2] is result[3]


kinds = st.sampled_from(list(EventKind))
channels = st.sampled_from([("cn", "tmall"), ("cn", "jd"), ("", ""), ("cn", "all"),
                            ("jp", "rakuten"), ("global", "amazon")])
uuids = st.sampled_from(["A", "B", "C"])
random_events = st.lists(
    st.builds(lambda k, ch, f: event(k, ch[0], ch[1], tuple(f)), kinds, channels,
              st.lists(uuids, max_size=2, unique=True)),
    max_size=8,
)


@settings(derandomize=True, database=None, deadline=None, max_examples=100)
@given(random_events)
def test_the_batch_agrees_with_applies(events: list[Event]) -> None:
    products = ["A", "B", "C", "D"]
    result = events_for_products(events, products, MARKETS, PLATFORMS)
    for uuid, picked in zip(products, result, strict=True):
        assert list(picked) == [e for e in events if applies(e, uuid, MARKETS, PLATFORMS)]


def test_projection_starts_today_or_on_the_plans_first_day() -> None:
    assert projection_start(date(2026, 11, 23), 2027) == date(2027, 1, 1)
    assert projection_start(date(2027, 3, 9), 2027) == date(2027, 3, 9)


PRODUCT = Product("C-001", "coat", unit_cost=40.0, list_price=100.0)
PLAN = StockPlan("p", on_hand=100, base_weekly_sales=10.0, season_end=day(27))


def test_each_item_takes_its_own_events() -> None:
    sale = event(uplift=3.0, first=7, last=13)
    items = [(PLAN, PRODUCT), (PLAN, PRODUCT)]
    batch = project_each(items, [(sale,), ()], START)
    assert batch.demand[0].tolist() == pytest.approx([10, 30, 10, 10])
    assert batch.demand[1].tolist() == pytest.approx([10, 10, 10, 10])
    assert batch.projection(0) == project(PLAN, PRODUCT, [sale], START)
    with pytest.raises(ValueError, match="one sequence"):
        project_each(items, [()], START)


def test_nothing_sells_before_the_launch() -> None:
    # Launch on day 9 (mid-week 1) sells from week 2; the week-0 cover uses week 2's demand.
    launched = Product("C-002", "coat", unit_cost=40.0, list_price=100.0, launch=day(9))
    result = project(PLAN, launched, [event(uplift=2.0, first=0, last=20)], START)
    assert [w.uplift for w in result.weeks] == pytest.approx([0, 0, 2, 1])
    assert [w.sold for w in result.weeks] == pytest.approx([0, 0, 20, 10])
    assert result.totals.weeks_of_cover == pytest.approx(100 / 20)
    assert result.totals.leftover_units == pytest.approx(70)
    together = project_many([(PLAN, launched), (PLAN, PRODUCT)], [], START)
    assert together.sold[0].tolist() == pytest.approx([0, 0, 10, 10])
    assert together.sold[1].tolist() == pytest.approx([10, 10, 10, 10])

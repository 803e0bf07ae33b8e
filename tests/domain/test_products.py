from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import MilestoneKind, Product, ProductStatus, Season
from ecplanner.domain.products.rules import (
    DEFAULT_MILESTONE_OFFSETS,
    DELIST,
    LAUNCH,
    MILESTONE_MIN_STATUS,
    STATUS_ORDER,
    checkpoints,
    milestone_dates,
    milestone_offsets,
    reorder_by,
    resize,
    season_milestone_offsets,
    season_overrides,
    status_rank,
    with_milestones,
)

LAUNCH_DAY = date(2025, 3, 1)


BASE = Product(code="SP-01", name="linen shirt", season=Season.SPRING,
               launch=LAUNCH_DAY, delist=date(2025, 6, 30), uuid="p1")


def product(**changes: Any) -> Product:
    return replace(BASE, **changes)


def test_default_offsets_cover_every_season_and_milestone() -> None:
    assert set(DEFAULT_MILESTONE_OFFSETS) == set(Season)
    for offsets in DEFAULT_MILESTONE_OFFSETS.values():
        assert set(offsets) == set(MilestoneKind)
        assert offsets[MilestoneKind.SAMPLE] > offsets[MilestoneKind.SHOOT] \
            > offsets[MilestoneKind.DETAIL_PAGE] > offsets[MilestoneKind.STOCK_IN] > 0


def test_milestone_dates_from_defaults() -> None:
    assert milestone_dates(product()) == {
        MilestoneKind.SAMPLE: date(2025, 1, 15),
        MilestoneKind.SHOOT: date(2025, 2, 4),
        MilestoneKind.DETAIL_PAGE: date(2025, 2, 15),
        MilestoneKind.STOCK_IN: date(2025, 2, 22),
    }


def test_milestone_dates_empty_without_launch() -> None:
    assert milestone_dates(product(launch=None)) == {}
    assert checkpoints(product(launch=None, delist=None)) == []


def test_offsets_precedence_product_over_season_over_default() -> None:
    season_defaults = {Season.SPRING: {MilestoneKind.SAMPLE: 60, MilestoneKind.SHOOT: 30},
                       Season.WINTER: {MilestoneKind.SAMPLE: 90}}
    p = product(milestone_offsets=((MilestoneKind.SHOOT, 20),))
    assert milestone_offsets(p, season_defaults) == {
        MilestoneKind.SAMPLE: 60,
        MilestoneKind.SHOOT: 20,
        MilestoneKind.DETAIL_PAGE: 14,
        MilestoneKind.STOCK_IN: 7,
    }
    assert milestone_dates(p, season_defaults)[MilestoneKind.SAMPLE] == date(2024, 12, 31)


def test_reorder_by() -> None:
    assert reorder_by(product(lead_time_days=30, inbound_buffer_days=7)) == date(2025, 1, 23)
    assert reorder_by(product(lead_time_days=0, inbound_buffer_days=0)) == LAUNCH_DAY
    assert reorder_by(product(launch=None)) is None


def test_resize_accepts_and_refuses() -> None:
    resized = resize(product(), date(2025, 3, 5), date(2025, 3, 5))
    assert (resized.launch, resized.delist) == (date(2025, 3, 5), date(2025, 3, 5))
    assert resize(product(), None, date(2025, 1, 1)).launch is None
    with pytest.raises(ValidationError) as raised:
        resize(product(), date(2025, 3, 5), date(2025, 3, 4))
    assert [(p.field, p.code) for p in raised.value.problems] == [
        ("delist", "delist_before_launch")
    ]


def test_status_order_and_milestone_minimums() -> None:
    assert [status_rank(s) for s in STATUS_ORDER] == list(range(6))
    assert set(STATUS_ORDER) == set(ProductStatus)
    assert status_rank(ProductStatus.SHOOTING) < status_rank(ProductStatus.READY)
    assert set(MILESTONE_MIN_STATUS) == set(MilestoneKind)
    assert MILESTONE_MIN_STATUS[MilestoneKind.SHOOT] is ProductStatus.SHOOTING
    assert MILESTONE_MIN_STATUS[MilestoneKind.STOCK_IN] is ProductStatus.READY


def test_checkpoints_sorted_with_launch_and_delist() -> None:
    points = checkpoints(product())
    assert [p.name for p in points] == ["sample", "shoot", "detail_page", "stock_in",
                                        LAUNCH, DELIST]
    assert points[-2].min_status is ProductStatus.ON_SALE
    assert points[-1].min_status is ProductStatus.DELISTED


def test_season_offsets_then_own_offsets() -> None:
    defaults = {Season.SPRING: {MilestoneKind.SHOOT: 30}}
    assert season_milestone_offsets(Season.SPRING, defaults)[MilestoneKind.SHOOT] == 30
    assert season_milestone_offsets(Season.SUMMER, defaults)[MilestoneKind.SHOOT] == 25
    own = with_milestones(BASE, {MilestoneKind.STOCK_IN: -3}, 10)
    assert own.milestone_offsets == ((MilestoneKind.STOCK_IN, -3),)
    assert own.inbound_buffer_days == 10
    offsets = milestone_offsets(own, defaults)
    assert (offsets[MilestoneKind.SHOOT], offsets[MilestoneKind.STOCK_IN]) == (30, -3)
    assert with_milestones(own, {}, 10).milestone_offsets == ()


def test_with_milestones_refuses_out_of_range_values() -> None:
    with pytest.raises(ValidationError) as refused:
        with_milestones(BASE, {MilestoneKind.SAMPLE: 400}, -1)
    assert [(p.field, p.code) for p in refused.value.problems] == [
        ("milestone_offsets", "bad_days"), ("inbound_buffer_days", "negative")]


def test_season_overrides_keep_only_changes_from_the_shipped_defaults() -> None:
    shipped = {season: dict(DEFAULT_MILESTONE_OFFSETS[season]) for season in Season}
    assert season_overrides(shipped) == ()
    shipped[Season.WINTER][MilestoneKind.SAMPLE] = 60
    shipped[Season.SPRING][MilestoneKind.STOCK_IN] = 10
    assert season_overrides(shipped) == (
        (Season.SPRING, ((MilestoneKind.STOCK_IN, 10),)),
        (Season.WINTER, ((MilestoneKind.SAMPLE, 60),)),
    )

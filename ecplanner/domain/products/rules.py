"""Product timeline rules: milestone dates, the reorder-by date, moves and the status order.

Milestones are offsets in days before launch, so moving a launch moves its milestones
with it. An offset comes from, in order: the product's own ``milestone_offsets``, the
plan's season defaults (``season_defaults``), then ``DEFAULT_MILESTONE_OFFSETS``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from operator import attrgetter
from types import MappingProxyType

from ecplanner.domain.findings import Problem, ValidationError
from ecplanner.domain.model import MilestoneKind, Product, ProductStatus, Season
from ecplanner.domain.validation import OFFSET_RANGE

SeasonOffsets = Mapping[Season, Mapping[MilestoneKind, int]]
"""Days before launch of each milestone, per season."""

_BASE_OFFSETS: Mapping[MilestoneKind, int] = MappingProxyType({
    MilestoneKind.SAMPLE: 45,  # 打样: sample approved ~6 weeks out, time for one re-make
    MilestoneKind.SHOOT: 25,  # 拍摄: photos and video shot from the approved sample
    MilestoneKind.DETAIL_PAGE: 14,  # 详情页: page built and checked two weeks out
    MilestoneKind.STOCK_IN: 7,  # 入仓: stock received a week out, to count and list it
})

DEFAULT_MILESTONE_OFFSETS: SeasonOffsets = MappingProxyType(
    {season: _BASE_OFFSETS for season in Season}
)
"""The shipped defaults: the same for every season until the plan sets its own."""

STATUS_ORDER: tuple[ProductStatus, ...] = (
    ProductStatus.PLANNED,
    ProductStatus.SAMPLING,
    ProductStatus.SHOOTING,
    ProductStatus.READY,
    ProductStatus.ON_SALE,
    ProductStatus.DELISTED,
)
_RANK = {status: rank for rank, status in enumerate(STATUS_ORDER)}

MILESTONE_MIN_STATUS: Mapping[MilestoneKind, ProductStatus] = MappingProxyType({
    MilestoneKind.SAMPLE: ProductStatus.SAMPLING,
    MilestoneKind.SHOOT: ProductStatus.SHOOTING,
    MilestoneKind.DETAIL_PAGE: ProductStatus.SHOOTING,
    MilestoneKind.STOCK_IN: ProductStatus.READY,
})
"""The least status a product should have once a milestone's day has passed."""

# Looked up once: iterating an enum and reading a member's ``value`` cost a descriptor call
# each time, and these run for every product on every check.
_KINDS = tuple(MilestoneKind)
_KIND_NAMES = {kind: kind.value for kind in _KINDS}
_KIND_MIN_STATUS = dict(MILESTONE_MIN_STATUS)

LAUNCH = "launch"
DELIST = "delist"


@dataclass(frozen=True)
class Checkpoint:
    """A dated point on a product's timeline and the status it implies once passed.

    ``name`` is a ``MilestoneKind`` value, ``LAUNCH`` or ``DELIST``.
    """

    name: str
    day: date
    min_status: ProductStatus


_DAY = attrgetter("day")


def status_rank(status: ProductStatus) -> int:
    """Position in ``STATUS_ORDER``: PLANNED 0 … DELISTED 5."""
    return _RANK[status]


def season_milestone_offsets(season: Season, season_defaults: SeasonOffsets | None = None
                             ) -> dict[MilestoneKind, int]:
    """A season's offsets, the plan's over the shipped ones, in ``MilestoneKind`` order."""
    offsets = dict(DEFAULT_MILESTONE_OFFSETS[season])
    if season_defaults is not None:
        offsets.update(season_defaults.get(season, {}))
    return {kind: offsets[kind] for kind in _KINDS}


def milestone_offsets(product: Product,
                      season_defaults: SeasonOffsets | None = None) -> dict[MilestoneKind, int]:
    """The offset of every milestone for this product, in ``MilestoneKind`` order."""
    offsets = season_milestone_offsets(product.season, season_defaults)
    offsets.update(product.milestone_offsets)
    return offsets


def with_milestones(product: Product, own: Mapping[MilestoneKind, int],
                    inbound_buffer_days: int) -> Product:
    """The product with its own offsets ``own`` (the milestones left out follow the season
    defaults) and inbound buffer.

    Raises ``ValidationError``: ``milestone_offsets``/``bad_days`` for an offset outside
    ``OFFSET_RANGE``, ``inbound_buffer_days``/``negative``.
    """
    problems = []
    if any(days not in OFFSET_RANGE for days in own.values()):
        problems.append(Problem("milestone_offsets", "bad_days"))
    if inbound_buffer_days < 0:
        problems.append(Problem("inbound_buffer_days", "negative"))
    if problems:
        raise ValidationError(problems)
    return replace(product, inbound_buffer_days=inbound_buffer_days,
                   milestone_offsets=tuple((kind, own[kind]) for kind in MilestoneKind
                                           if kind in own))


def season_overrides(offsets: Mapping[Season, Mapping[MilestoneKind, int]]
                     ) -> tuple[tuple[Season, tuple[tuple[MilestoneKind, int], ...]], ...]:
    """``PlanSettings.season_milestones`` for these offsets: only the ones that differ from
    the shipped defaults, seasons and milestones in enum order."""
    chosen = []
    for season in Season:
        given = offsets.get(season, {})
        differ = tuple((kind, given[kind]) for kind in MilestoneKind
                       if kind in given and given[kind] != DEFAULT_MILESTONE_OFFSETS[season][kind])
        if differ:
            chosen.append((season, differ))
    return tuple(chosen)


def milestone_dates(product: Product,
                    season_defaults: SeasonOffsets | None = None) -> dict[MilestoneKind, date]:
    """The day of each milestone; empty when the product has no launch date."""
    if product.launch is None:
        return {}
    launch = product.launch
    return {kind: launch - timedelta(days=offset)
            for kind, offset in milestone_offsets(product, season_defaults).items()}


def checkpoints(product: Product,
                season_defaults: SeasonOffsets | None = None) -> list[Checkpoint]:
    """Milestones, launch and delist, sorted by day (stable for equal days)."""
    points = [Checkpoint(_KIND_NAMES[kind], day, _KIND_MIN_STATUS[kind])
              for kind, day in milestone_dates(product, season_defaults).items()]
    if product.launch is not None:
        points.append(Checkpoint(LAUNCH, product.launch, ProductStatus.ON_SALE))
    if product.delist is not None:
        points.append(Checkpoint(DELIST, product.delist, ProductStatus.DELISTED))
    points.sort(key=_DAY)
    return points


def reorder_by(product: Product) -> date | None:
    """Last day to place the order: launch − supplier lead time − inbound buffer."""
    if product.launch is None:
        return None
    return product.launch - timedelta(days=product.lead_time_days + product.inbound_buffer_days)


def resize(product: Product, new_launch: date | None, new_delist: date | None) -> Product:
    """The product with new launch and delist days.

    Raises ``ValidationError`` (``delist``/``delist_before_launch``) when delist < launch.
    """
    if new_launch is not None and new_delist is not None and new_delist < new_launch:
        raise ValidationError([Problem("delist", "delist_before_launch")])
    return replace(product, launch=new_launch, delist=new_delist)

"""Plan operations as data: put an entity (insert or replace by key) or delete one.

Every user edit becomes a short list of these, written by the store in one transaction.
Undo writes the inverse list, which the store computes from what the plan held before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from operator import attrgetter
from typing import Any

from ecplanner.domain.model import (
    BudgetMonth,
    ChannelDay,
    DailyActual,
    Event,
    PlanInfo,
    PlanSettings,
    Product,
    ProductDay,
    StockPlan,
    Task,
    TaskTemplate,
)

Entity = (Event | Product | StockPlan | BudgetMonth | Task | PlanInfo | DailyActual
          | ChannelDay | TaskTemplate | PlanSettings | ProductDay)


class Topic(StrEnum):
    """What part of the plan changed; views refresh on the topics they show."""

    PLAN = "plan"
    EVENTS = "events"
    PRODUCTS = "products"
    STOCK = "stock"
    BUDGET = "budget"
    ACTUALS = "actuals"
    TASKS = "tasks"


TOPIC_OF: dict[type, Topic] = {
    Event: Topic.EVENTS,
    Product: Topic.PRODUCTS,
    StockPlan: Topic.STOCK,
    BudgetMonth: Topic.BUDGET,
    Task: Topic.TASKS,
    PlanInfo: Topic.PLAN,
    DailyActual: Topic.ACTUALS,
    ChannelDay: Topic.ACTUALS,
    TaskTemplate: Topic.TASKS,
    PlanSettings: Topic.PLAN,
    ProductDay: Topic.STOCK,  # real sell-through: what the clearance re-forecast reads
}


def key_of(entity: Entity) -> str:
    """The entity's stable key: its uuid, the ISO day for a daily actual, the day with the
    channel for a channel's day ("2027-06-01/search"), the product's uuid and the ISO day
    for a product's day."""
    if isinstance(entity, DailyActual):
        return entity.day.isoformat()
    if isinstance(entity, ChannelDay):
        return channel_day_key(entity.day, entity.channel)
    if isinstance(entity, ProductDay):
        return product_day_key(entity.product_uuid, entity.day)
    if isinstance(entity, TaskTemplate | PlanSettings):
        return entity.key
    return entity.uuid


_NOT_BY_UUID = (DailyActual, ChannelDay, ProductDay, TaskTemplate, PlanSettings)


def key_getter(kind: type) -> Callable[[Any], str]:
    """``key_of`` for entities of ``kind``, as fast as it goes: most kinds' key is their
    uuid, read without ``key_of``'s type tests (a write splices ~100,000 remembered rows
    of a large plan; with ``key_of`` that took ~50 ms of a drag's turn)."""
    return key_of if issubclass(kind, _NOT_BY_UUID) else attrgetter("uuid")


def channel_day_key(day: date, channel: str) -> str:
    """The key of a channel's day; ISO days sort as the days do, so keys sort by day."""
    return f"{day.isoformat()}/{channel}"


def product_day_key(product_uuid: str, day: date) -> str:
    return f"{product_uuid} {day.isoformat()}"


@dataclass(frozen=True, slots=True)
class Put:
    entity: Entity

    @property
    def kind(self) -> type:
        return type(self.entity)

    @property
    def key(self) -> str:
        return key_of(self.entity)


@dataclass(frozen=True, slots=True)
class Delete:
    kind: type
    key: str


Op = Put | Delete


Written = tuple[type, str, bool]
"""One row a write reached: its kind, its key, and whether it is deleted (else put)."""


@dataclass(frozen=True)
class Changes:
    """The announcement after a write: for each kind, the keys put and the keys deleted,
    the rows a delete took with it included (``domain.cascades``). A key is in one of the
    two at most: what the write left it."""

    put_keys: Mapping[type, AbstractSet[str]] = field(default_factory=dict)
    deleted_keys: Mapping[type, AbstractSet[str]] = field(default_factory=dict)

    @staticmethod
    def of(written: Iterable[Written]) -> Changes:
        """The changes of rows ``written`` in order; a key written twice is as the later."""
        last: dict[tuple[type, str], bool] = {}
        for kind, key, deleted in written:
            last.pop((kind, key), None)  # keeps the order: the later write is the last
            last[(kind, key)] = deleted
        put: dict[type, set[str]] = {}
        gone: dict[type, set[str]] = {}
        for (kind, key), deleted in last.items():
            (gone if deleted else put).setdefault(kind, set()).add(key)
        return Changes(_frozen(put), _frozen(gone))

    def put(self, kind: type) -> AbstractSet[str]:
        """Keys of ``kind`` the write inserted or replaced."""
        return self.put_keys.get(kind, frozenset())

    def deleted(self, kind: type) -> AbstractSet[str]:
        """Keys of ``kind`` the write deleted, directly or by cascade."""
        return self.deleted_keys.get(kind, frozenset())

    def of_kind(self, kind: type) -> AbstractSet[str]:
        """Keys of ``kind`` the write changed either way (one side as it is when the other
        is empty: the union copied an import's 730,000 keys each time it was asked)."""
        put, deleted = self.put(kind), self.deleted(kind)
        return put | deleted if put and deleted else put or deleted

    @property
    def kinds(self) -> frozenset[type]:
        return frozenset(self.put_keys) | frozenset(self.deleted_keys)

    @property
    def count(self) -> int:
        """How many rows changed, of all kinds."""
        return (sum(len(keys) for keys in self.put_keys.values())
                + sum(len(keys) for keys in self.deleted_keys.values()))

    @property
    def topics(self) -> frozenset[Topic]:
        return frozenset(TOPIC_OF[kind] for kind in self.kinds)

    def touches(self, *topics: Topic) -> bool:
        return not self.topics.isdisjoint(topics)

    def __or__(self, later: Changes) -> Changes:
        """These changes and then ``later`` ones, as one write would announce them."""
        put: dict[type, AbstractSet[str]] = {}
        gone: dict[type, AbstractSet[str]] = {}
        for kind in self.kinds | later.kinds:
            put[kind] = _then(self.put(kind), later.deleted(kind), later.put(kind))
            gone[kind] = _then(self.deleted(kind), later.put(kind), later.deleted(kind))
        return Changes({kind: keys for kind, keys in put.items() if keys},
                       {kind: keys for kind, keys in gone.items() if keys})


def _then(keys: AbstractSet[str], undone: AbstractSet[str], done: AbstractSet[str]
          ) -> AbstractSet[str]:
    """``keys`` without ``undone`` and with ``done``: ``keys`` itself when a later write
    did neither (a tab hidden since an import of 730,000 keys hears of an edit of another
    kind: the import's keys are not walked again)."""
    if not undone and not done:
        return keys
    return (frozenset(keys) - undone) | done


def _frozen(keys: Mapping[type, Iterable[str]]) -> dict[type, frozenset[str]]:
    return {kind: frozenset(found) for kind, found in keys.items() if found}

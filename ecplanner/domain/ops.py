"""Plan operations as data: put an entity (insert or replace by key) or delete one.

Every user edit becomes a short list of these, written by the store in one transaction.
Undo writes the inverse list, which the store computes from what the plan held before.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ecplanner.domain.model import (
    BudgetMonth,
    DailyActual,
    Event,
    PlanInfo,
    PlanSettings,
    Product,
    StockPlan,
    Task,
    TaskTemplate,
)

Entity = (Event | Product | StockPlan | BudgetMonth | Task | PlanInfo | DailyActual
          | TaskTemplate | PlanSettings)


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
    TaskTemplate: Topic.TASKS,
    PlanSettings: Topic.PLAN,
}


def key_of(entity: Entity) -> str:
    """The entity's stable key: its uuid, or the ISO day for a daily actual."""
    if isinstance(entity, DailyActual):
        return entity.day.isoformat()
    if isinstance(entity, TaskTemplate | PlanSettings):
        return entity.key
    return entity.uuid


@dataclass(frozen=True)
class Put:
    entity: Entity

    @property
    def kind(self) -> type:
        return type(self.entity)

    @property
    def key(self) -> str:
        return key_of(self.entity)


@dataclass(frozen=True)
class Delete:
    kind: type
    key: str


Op = Put | Delete


@dataclass(frozen=True)
class Changes:
    """The announcement after a write: which topics and which keys changed."""

    topics: frozenset[Topic]
    keys: frozenset[str] = frozenset()

    @staticmethod
    def of(ops: list[Op]) -> Changes:
        return Changes(frozenset(TOPIC_OF[op.kind] for op in ops), frozenset(op.key for op in ops))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.topics | other.topics, self.keys | other.keys)

    def touches(self, *topics: Topic) -> bool:
        return any(t in self.topics for t in topics)


ALL_CHANGED = Changes(frozenset(Topic))

"""The Budget tab's feed: what the budget sheet and the review are computed from, as last
read from the plan (first when the tab shows: on a large plan a recompute costs tens of
milliseconds that a hidden tab need not spend on every edit).

A new plan has no budget months: the sheet then shows ``default_months()`` and marks them
unsaved, and the first edit writes all twelve in the same undo step (opening the tab
writes nothing).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ecplanner.domain.budget.uplift import complete_months
from ecplanner.domain.model import BudgetMonth, ChannelDay, DailyActual, Event, PlanInfo
from ecplanner.domain.ops import Changes, Topic
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui.common.feed import Feed
from ecplanner.ui.document import PlanDocument


@dataclass(frozen=True)
class SheetInputs:
    """``months`` holds months 1..12 in order; ``unsaved`` names those not in the plan."""

    info: PlanInfo
    months: tuple[BudgetMonth, ...]
    events: tuple[Event, ...]
    unsaved: frozenset[int]


def read_inputs(store: PlanStore) -> SheetInputs:
    months, unsaved = complete_months(store.budget_months())
    return SheetInputs(store.info(), months, tuple(store.events()), unsaved)


class BudgetFeed(Feed):
    """The sheet's ``inputs`` and the daily ``actuals``, read when the tab first shows."""

    def __init__(self, document: PlanDocument, tab: QWidget) -> None:
        super().__init__(document, tab, lazy=True)
        self.inputs: SheetInputs | None = None
        self.actuals: list[DailyActual] = []
        self.channel_days: list[ChannelDay] = []

    def read_all(self) -> None:
        self.actuals = self.document.store.actuals()
        self.channel_days = self.document.store.channel_days()
        self.inputs = read_inputs(self.document.store)

    def read_changes(self, changes: Changes) -> bool:
        if not changes.touches(Topic.PLAN, Topic.BUDGET, Topic.EVENTS, Topic.ACTUALS):
            return False
        if changes.touches(Topic.ACTUALS):
            if changes.of_kind(DailyActual):
                self.actuals = self.document.store.actuals()
            if changes.of_kind(ChannelDay):
                self.channel_days = self.document.store.channel_days()
        self.inputs = read_inputs(self.document.store)
        return True

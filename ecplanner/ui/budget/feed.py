"""The Budget tab's feed: what the budget sheet and the review are computed from, as last
read from the plan (first when the tab shows: on a large plan a recompute costs tens of
milliseconds that a hidden tab need not spend on every edit).

A new plan has no budget months: the sheet then shows ``default_months()`` and marks them
unsaved, and the first edit writes all twelve in the same undo step (opening the tab
writes nothing).

The sheet counts the Spring Festival courier shutdown, which comes from the year's holidays:
those load off the UI thread (the calendar asks for them at start-up, so they are usually
ready); until they are, the sheet has no shutdown, and the feed reads again when they come.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ecplanner.domain.budget.shutdown import ShippingPause, pause_for
from ecplanner.domain.budget.uplift import complete_months
from ecplanner.domain.catalog import HolidayCalendar
from ecplanner.domain.model import BudgetMonth, ChannelDay, DailyActual, Event, PlanInfo
from ecplanner.domain.ops import Changes, Topic
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui.calendar.reference_data import holiday_key, holiday_loader
from ecplanner.ui.common.feed import Feed
from ecplanner.ui.document import PlanDocument


@dataclass(frozen=True)
class SheetInputs:
    """``months`` holds months 1..12 in order; ``unsaved`` names those not in the plan."""

    info: PlanInfo
    months: tuple[BudgetMonth, ...]
    events: tuple[Event, ...]
    unsaved: frozenset[int]
    pause: ShippingPause | None = None


def read_inputs(store: PlanStore, holidays: HolidayCalendar | None = None) -> SheetInputs:
    """The sheet's inputs; ``holidays`` (the plan's year) give the courier shutdown."""
    months, unsaved = complete_months(store.budget_months())
    return SheetInputs(store.info(), months, tuple(store.events()), unsaved,
                       pause_for(holidays, store.settings()))


class BudgetFeed(Feed):
    """The sheet's ``inputs`` and the daily ``actuals``, read when the tab first shows."""

    def __init__(self, document: PlanDocument, tab: QWidget) -> None:
        super().__init__(document, tab, lazy=True)
        self.inputs: SheetInputs | None = None
        self.actuals: list[DailyActual] = []
        self.channel_days: list[ChannelDay] = []
        holiday_loader().loaded.connect(self._holidays_loaded)

    def read_all(self) -> None:
        self.actuals = self.document.store.actuals()
        self.channel_days = self.document.store.channel_days()
        self.inputs = self._read_inputs()

    def _read_inputs(self) -> SheetInputs:
        store = self.document.store
        return read_inputs(store, holiday_loader().request(holiday_key(store.info())))

    def _holidays_loaded(self, holidays: HolidayCalendar) -> None:
        if self.inputs is None or holidays.year != self.inputs.info.year:
            return
        inputs = self._read_inputs()
        if inputs.pause != self.inputs.pause:
            self.inputs = inputs
            self.updated.emit(None)

    def read_changes(self, changes: Changes) -> bool:
        if not changes.touches(Topic.PLAN, Topic.BUDGET, Topic.EVENTS, Topic.ACTUALS):
            return False
        if changes.touches(Topic.ACTUALS):
            if changes.of_kind(DailyActual):
                self.actuals = self.document.store.actuals()
            if changes.of_kind(ChannelDay):
                self.channel_days = self.document.store.channel_days()
        self.inputs = self._read_inputs()
        return True

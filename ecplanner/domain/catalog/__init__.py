"""The platform event catalog, public holidays and the tasks events generate.

Load the shipped catalog with ``load_catalog()``, then ask it for a year's events with
``Catalog.events_for``; ``holidays_for`` gives the year's days off; ``tasks_for_event``
gives an event's work for the team.
"""

from ecplanner.domain.catalog.catalog import Catalog, event_at_anchor, instantiate_at
from ecplanner.domain.catalog.loader import default_folder, load_catalog, shipped_catalog
from ecplanner.domain.catalog.public_holidays import (
    CN_LAST_OFFICIAL_YEAR,
    Holiday,
    HolidayBreak,
    HolidayCalendar,
    MakeupWorkday,
    ShippingShutdown,
    holidays_for,
    is_provisional,
)
from ecplanner.domain.catalog.rules import anchor_dates, lunar_to_solar, nth_weekday
from ecplanner.domain.catalog.tasks import move_open_tasks, tasks_for_event
from ecplanner.domain.catalog.templates import (
    LANGUAGES,
    PLATFORMS,
    CatalogError,
    Confidence,
    EventTemplate,
    FixedRule,
    LunarRule,
    MonthlyRule,
    Names,
    NthWeekdayRule,
    OffsetRule,
    PhaseTemplate,
    Rule,
)
from ecplanner.domain.model import TaskAnchor, TaskTemplate

__all__ = [
    "CN_LAST_OFFICIAL_YEAR",
    "LANGUAGES",
    "PLATFORMS",
    "Catalog",
    "CatalogError",
    "Confidence",
    "EventTemplate",
    "FixedRule",
    "Holiday",
    "HolidayBreak",
    "HolidayCalendar",
    "LunarRule",
    "MakeupWorkday",
    "MonthlyRule",
    "Names",
    "NthWeekdayRule",
    "OffsetRule",
    "PhaseTemplate",
    "Rule",
    "ShippingShutdown",
    "TaskAnchor",
    "TaskTemplate",
    "anchor_dates",
    "default_folder",
    "event_at_anchor",
    "holidays_for",
    "instantiate_at",
    "is_provisional",
    "load_catalog",
    "lunar_to_solar",
    "move_open_tasks",
    "nth_weekday",
    "shipped_catalog",
    "tasks_for_event",
]

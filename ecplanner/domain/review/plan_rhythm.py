"""The plan's seasonality from last year's days, for the app, the exports and the CLI alike.

Last year's events are the ones its plan file brought in (kept in the plan as history);
without them, the catalog's events of last year stand in, where the catalog put them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ecplanner.domain.budget.uplift import weights_from_actuals
from ecplanner.domain.catalog import Catalog
from ecplanner.domain.languages import language_of
from ecplanner.domain.model import DailyActual, Event, PlanInfo
from ecplanner.domain.review.learned_uplifts import last_years_events
from ecplanner.domain.review.season_weights import SeasonalWeights, weights_for_plan


def plan_seasonality(actuals: Sequence[DailyActual], info: PlanInfo,
                     history: Sequence[Event], events: Sequence[Event],
                     catalog: Callable[[], Catalog]) -> SeasonalWeights | None:
    """``weights_for_plan`` with last year's events as the plan holds them (``history``),
    else ``catalog()``'s; None when a month of last year has no day imported."""
    if weights_from_actuals(actuals, info.year - 1) is None:
        return None  # told before the rhythm is worked out, which takes a while
    last = tuple(history) or tuple(last_years_events(
        catalog(), info.year, info.markets, info.platforms, language_of(info.locale)))
    return weights_for_plan(actuals, info, last, events)

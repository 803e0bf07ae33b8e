"""Each catalog event's uplift as this store really had it last year.

The catalog gives every event a planning default (双11 ×3.0); stores differ — one store's
双11 triples its day, another's lifts it ×1.6. With last year's daily actuals imported into
the plan, each catalog entry's occurrences of last year (where the catalog put them that
year: the holidays and platform windows move) are measured as ``event_review`` measures a
past event, against ordinary days around them. The learned uplift of an entry is the
actual GMV of all its measured selling days divided by the sum of their baselines, and says
how many occurrences it came from (a 会员日 every month gives twelve; 双11 gives one).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ecplanner.domain.catalog import Catalog, EventTemplate
from ecplanner.domain.model import DailyActual, Event
from ecplanner.domain.review.event_review import review_events


@dataclass(frozen=True)
class LearnedUplift:
    """``template``'s uplift measured on last year's actuals, over ``events`` occurrences."""

    template: EventTemplate
    uplift: float
    events: int
    days: int


def last_years_events(catalog: Catalog, year: int, markets: Iterable[str],
                      platforms: Sequence[str], lang: str) -> list[Event]:
    """The catalog's events of ``year - 1`` for the plan's markets and platforms."""
    return [e for e in catalog.events_for(year - 1, markets, platforms or None, lang)
            if e.start.year == year - 1]


def learned_uplifts(catalog: Catalog, year: int, markets: Iterable[str],
                    platforms: Sequence[str], actuals: Iterable[DailyActual],
                    lang: str = "zh") -> list[LearnedUplift]:
    """The entries whose occurrences of ``year - 1`` could be measured, in catalog order."""
    events = last_years_events(catalog, year, markets, platforms, lang)
    reviews = review_events(events, actuals, platforms)
    found: dict[str, tuple[float, float, int, int]] = {}
    for review in reviews:
        key = review.event.template_key
        if key is None:
            continue
        gmv, base, count, days = found.get(key, (0.0, 0.0, 0, 0))
        found[key] = (gmv + review.whole.gmv, base + review.whole.baseline_gmv, count + 1,
                      days + review.whole.days)
    return [LearnedUplift(t, gmv / base, count, days)
            for t in catalog.templates if t.key in found
            for gmv, base, count, days in [found[t.key]] if base > 0]

"""The days an event actually lifts sales, shared by the budget and the clearance maths.

A big sale's warm-up and deposit (预热, 定金) days bring visits but little GMV: the money
comes in the main waves (正式/第一波/第二波), the balance payment (尾款) and the encore
(返场). So an event with phases lifts only the days of those phases; an event without
phases (a store promotion, a holiday) lifts every day from its start to its end.
"""

from __future__ import annotations

from datetime import date, timedelta

from ecplanner.domain.model import Event, PhaseKind

SELLING_PHASES = frozenset({PhaseKind.MAIN, PhaseKind.BALANCE, PhaseKind.ENCORE})


def selling_spans(event: Event) -> list[tuple[date, date]]:
    """Disjoint (first, last) day spans, in order, inside the event's own dates."""
    # A plain loop: the budget asks this of every event of the plan (20,000 on a large one)
    # at each recompute, and most have no phase or one selling phase.
    first, last = event.start, event.end
    spans: list[tuple[date, date]] = []
    for phase in event.phases:
        if phase.kind in SELLING_PHASES:
            start, end = max(phase.start.date(), first), min(phase.end.date(), last)
            if start <= end:
                spans.append((start, end))
    if len(spans) < 2:
        return spans or ([(first, last)] if first <= last else [])
    spans.sort()
    merged = [spans[0]]
    for start, end in spans[1:]:
        prev_start, prev_end = merged[-1]
        if start <= prev_end + timedelta(days=1):
            merged[-1] = (prev_start, max(prev_end, end))
        else:
            merged.append((start, end))
    return merged

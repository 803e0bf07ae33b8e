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
    spans = sorted(
        (max(p.start.date(), event.start), min(p.end.date(), event.end))
        for p in event.phases if p.kind in SELLING_PHASES
    )
    spans = [(a, b) for a, b in spans if a <= b]
    if not spans:
        return [(event.start, event.end)] if event.start <= event.end else []
    merged = [spans[0]]
    for first, last in spans[1:]:
        prev_first, prev_last = merged[-1]
        if first <= prev_last + timedelta(days=1):
            merged[-1] = (prev_first, max(prev_last, last))
        else:
            merged.append((first, last))
    return merged

"""Which event titles the launch timeline's header names, and in which lane (no Qt).

The header has a few lanes of titles over the date axis. Titles are placed by importance,
not by date: major sales first, then longer events before shorter ones, so a year of
one-day members' days cannot take the lanes before 618 or 双11 gets its name. A title that
finds no lane with room for its text may still show as a bare chip over its days.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ecplanner.domain.model import Event, EventKind

GAP = 8.0
"""Pixels kept free after a title before the next one in the same lane."""


@dataclass(frozen=True)
class TitleSpan:
    """An event's title in the header: its chip from ``x0`` to ``chip_end`` over its days,
    and ``text_end`` where the title ends (``chip_end`` when the text fits in the chip)."""

    event: Event
    x0: float
    chip_end: float
    text_end: float


@dataclass(frozen=True)
class PlacedTitle:
    span: TitleSpan
    lane: int
    with_text: bool


def importance(event: Event) -> tuple[int, int, object, str]:
    """Sort key: major sales, then longer events, then the earlier."""
    return (event.kind is not EventKind.MAJOR_SALE, -(event.end - event.start).days,
            event.start, event.uuid)


def place_titles(spans: Sequence[TitleSpan], lanes: int) -> list[PlacedTitle]:
    """Each span in the first lane with room for its text, else for its bare chip, most
    important first; a span with room for neither is left out."""
    taken: list[list[tuple[float, float]]] = [[] for _ in range(lanes)]
    placed: list[PlacedTitle] = []
    for span in sorted(spans, key=lambda s: importance(s.event)):
        for end, with_text in ((span.text_end, True), (span.chip_end, False)):
            lane = next((i for i, used in enumerate(taken)
                         if all(end + GAP <= a or span.x0 >= b + GAP for a, b in used)), None)
            if lane is not None:
                taken[lane].append((span.x0, end))
                placed.append(PlacedTitle(span, lane, with_text))
                break
    return placed

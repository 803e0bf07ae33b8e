"""Where each bar goes in a calendar view, in pixels: segments → lanes → rectangles.

Stage after ``grids``: split each event into row segments, pack every row's
segments into lanes (``lanes.pack_segments``), size each row for its lanes
(``layout.row_tops``) and give each segment its rectangle. Also maps a point back
to a day, and a phase to the part of a bar it covers. No Qt: the UI draws what this says.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ecplanner.domain.calendar.grids import CalendarGrid
from ecplanner.domain.calendar.layout import Metrics, Segment, bar_rect, row_tops
from ecplanner.domain.lanes import pack_segments, row_lane_counts
from ecplanner.domain.model import Phase, PhaseKind

Rect = tuple[float, float, float, float]
"""(x, y, width, height)."""


@dataclass(frozen=True)
class PlacedBar:
    """One row's part of an event's bar, in its lane."""

    uuid: str
    segment: Segment
    lane: int
    rect: Rect


@dataclass(frozen=True)
class Placement:
    """A view laid out: the bars, and the top of each row (plus the total height)."""

    grid: CalendarGrid
    metrics: Metrics
    bars: tuple[PlacedBar, ...]
    tops: tuple[float, ...]
    pad: float = 0.0
    _by_uuid: dict[str, list[PlacedBar]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_uuid: dict[str, list[PlacedBar]] = defaultdict(list)
        for bar in self.bars:
            by_uuid[bar.uuid].append(bar)
        object.__setattr__(self, "_by_uuid", dict(by_uuid))

    @property
    def width(self) -> float:
        return self.grid.n_cols * self.metrics.col_width

    @property
    def height(self) -> float:
        return self.tops[-1]

    def uuids(self) -> list[str]:
        """The ids with a bar in this view."""
        return list(self._by_uuid)

    def bars_of(self, uuid: str) -> list[PlacedBar]:
        return self._by_uuid.get(uuid, [])

    def row_height(self, row: int) -> float:
        return self.tops[row + 1] - self.tops[row]

    def cell_rect(self, row: int, col: int) -> Rect:
        w = self.metrics.col_width
        return col * w, self.tops[row], w, self.row_height(row)

    def cell_at(self, x: float, y: float, *, clamp: bool = False) -> tuple[int, int] | None:
        """(row, col) under a point; with ``clamp`` the nearest cell for a point outside."""
        col = int(x // self.metrics.col_width) if x >= 0 else -1
        row = bisect.bisect_right(self.tops, y) - 1 if y >= 0 else -1
        if clamp:
            return (min(max(row, 0), self.grid.n_rows - 1),
                    min(max(col, 0), self.grid.n_cols - 1))
        if 0 <= row < self.grid.n_rows and 0 <= col < self.grid.n_cols:
            return row, col
        return None

    def day_at(self, x: float, y: float, *, clamp: bool = False) -> date | None:
        """The day under a point; with ``clamp`` the nearest day (dragging off the grid or
        over the empty cells after a short month)."""
        cell = self.cell_at(x, y, clamp=clamp)
        return None if cell is None else self.grid.day_at(*cell, clamp=clamp)

    def lane_rect(self, segment: Segment, lane: int) -> Rect:
        return bar_rect(segment, lane, self.tops, self.metrics)


def place(spans: Sequence[tuple[str, date, date]], grid: CalendarGrid,
          metrics: Metrics, pad: float = 0.0) -> Placement:
    """Lay out the bars of ``spans`` (id, first day, last day) in ``grid``; every row gets
    ``pad`` pixels of room below its lanes.

    Deterministic: the same spans give the same lanes, so bars do not jump on a rebuild.
    """
    segments: dict[tuple[str, int], Segment] = {}
    for ident, start, end in spans:
        for segment in grid.segments(start, end):
            segments[(ident, segment.row)] = segment
    return _assemble(grid, metrics, segments, _pack_rows(segments), pad)


def replace_spans(previous: Placement,
                  changed: Mapping[str, tuple[date, date] | None]) -> Placement:
    """``previous`` with the bars of ``changed`` ids moved to new (first, last) days, added,
    or (None) removed. Only the rows those bars leave or enter are packed again, so the
    result equals ``place`` of the whole new list at a fraction of the cost."""
    grid = previous.grid
    segments = {(b.uuid, b.segment.row): b.segment for b in previous.bars}
    dirty: set[int] = set()
    for ident, span in changed.items():
        for bar in previous.bars_of(ident):
            dirty.add(bar.segment.row)
            del segments[(ident, bar.segment.row)]
        for segment in grid.segments(*span) if span else []:
            segments[(ident, segment.row)] = segment
            dirty.add(segment.row)
    kept = {(b.uuid, b.segment.row): b.lane for b in previous.bars
            if b.segment.row not in dirty and b.uuid not in changed}
    fresh = _pack_rows({k: s for k, s in segments.items() if k[1] in dirty})
    return _assemble(grid, previous.metrics, segments, {**kept, **fresh}, previous.pad)


def _pack_rows(segments: Mapping[tuple[str, int], Segment]) -> dict[tuple[str, int], int]:
    return pack_segments([(ident, row, s.start, s.end) for (ident, row), s in segments.items()])


def _assemble(grid: CalendarGrid, metrics: Metrics,
              segments: Mapping[tuple[str, int], Segment],
              lanes: Mapping[tuple[str, int], int], pad: float) -> Placement:
    counts = row_lane_counts(lanes)
    tops = [top + row * pad for row, top in
            enumerate(row_tops([counts.get(row, 0) for row in range(grid.n_rows)], metrics))]
    bars = tuple(PlacedBar(ident, segment, lanes[(ident, row)],
                           bar_rect(segment, lanes[(ident, row)], tops, metrics))
                 for (ident, row), segment in sorted(segments.items(),
                                                     key=lambda kv: (kv[0][1], kv[0][0])))
    return Placement(grid, metrics, bars, tuple(tops), pad)


def room_after(placement: Placement, limit: float) -> dict[tuple[str, int], float]:
    """Free width right of each bar in its lane, up to the next bar or the row's end.

    Keyed by (id, row); at most ``limit``. A narrow bar may write its title there.
    """
    lanes: dict[tuple[int, int], list[PlacedBar]] = defaultdict(list)
    for bar in placement.bars:
        lanes[(bar.segment.row, bar.lane)].append(bar)
    width = placement.metrics.col_width
    room: dict[tuple[str, int], float] = {}
    for (row, _lane), bars in lanes.items():
        bars.sort(key=lambda b: b.segment.first_col)
        edges = [b.segment.first_col for b in bars[1:]] + [placement.grid.n_cols]
        for bar, next_col in zip(bars, edges, strict=True):
            room[(bar.uuid, row)] = min((next_col - bar.segment.last_col - 1) * width, limit)
    return room


def phase_fractions(phases: Sequence[Phase], first: date,
                    last: date) -> list[tuple[float, float, PhaseKind]]:
    """Where each phase lies inside a bar segment showing days ``first..last``.

    Fractions of the segment's width (0 = its left edge), clipped; phases outside are left
    out. Clock times count: a presale from 20:00 begins 5/6 into its day.
    """
    origin = datetime.combine(first, datetime.min.time())
    total = ((last - first).days + 1) * 86400.0
    found: list[tuple[float, float, PhaseKind]] = []
    for phase in phases:
        # A phase ending 23:59 runs to the end of its day.
        end = phase.end + timedelta(minutes=1) if phase.end.time() == time(23, 59) else phase.end
        lo = max(0.0, (phase.start - origin).total_seconds() / total)
        hi = min(1.0, (end - origin).total_seconds() / total)
        if hi > lo:
            found.append((lo, hi, phase.kind))
    return found

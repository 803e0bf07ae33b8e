"""The Calendar sheet: the year as a wall planner to print and pin up.

Twelve month blocks (rows) × 31 day columns. A block's first row shows the weekday of
each day, shaded for weekends, public holidays (name in a cell note), make-up working days
(调休) and the Spring Festival courier stop; below it, one row per lane, where each event's
days are filled with its colour and its name is written across them (merged over the
event's span in that month). Lanes come from ``domain.lanes``, as in the app's calendar.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

from ecplanner.domain.calendar.days import DayInfo, DayMark, day_infos
from ecplanner.domain.calendar.grids import MONTH_COLUMNS, CalendarGrid, ViewKind
from ecplanner.domain.lanes import pack_segments, row_lane_counts
from ecplanner.domain.model import Event
from ecplanner.exchange.plan_snapshot import PlanResults, PlanSnapshot
from ecplanner.exchange.xlsx.style import (
    A3,
    HOLIDAY_FILL,
    MAKEUP_FILL,
    SHUTDOWN_FILL,
    WEEKEND_FILL,
    Styles,
    cell_width,
    print_setup,
    safe_text,
)
from ecplanner.exchange.xlsx.text import one_line
from ecplanner.exchange.xlsx.words import WEEKDAYS, Words, month_label

_NO_DAY_FILL = "#A6A6A6"
DAY_WIDTH = 6.5  # a one-day 会员日 reads whole at the bars' 8 points
_MONTH_WIDTH = 6.0
_FONT = 8
_LANE_HEIGHT = 20  # the bars fill an A3 page's height, as a wall planner should


def shade_of(info: DayInfo | None) -> str | None:
    """The fill of a day: holiday over courier stop over 调休 over weekend."""
    if info is None:
        return None
    for mark, fill in ((DayMark.HOLIDAY, HOLIDAY_FILL), (DayMark.SHUTDOWN, SHUTDOWN_FILL),
                       (DayMark.MAKEUP_WORKDAY, MAKEUP_FILL), (DayMark.WEEKEND, WEEKEND_FILL)):
        if info.has(mark):
            return fill
    return None


def text_color(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (#RRGGBB)."""
    red, green, blue = (int(fill[i:i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 150 else "#FFFFFF"


def write_calendar(workbook: Any, styles: Styles, words: Words, snapshot: PlanSnapshot,
                   results: PlanResults) -> None:
    sheet = workbook.add_worksheet(words.sheet("calendar"))
    year = snapshot.info.year
    days = [date(year, m, d) for m in range(1, 13)
            for d in range(1, calendar.monthrange(year, m)[1] + 1)]
    infos = day_infos(days, results.holidays)
    wall = CalendarGrid(ViewKind.YEAR, year)
    segments = {e.uuid: wall.segments(e.start, e.end) for e in snapshot.events}
    lanes = pack_segments([(uuid, s.row, s.start, s.end)
                           for uuid, segs in segments.items() for s in segs])
    counts = row_lane_counts(lanes)
    sheet.write_number(0, 0, year, styles.header)
    # Printed above the planner on every page; a header holds 255 characters ("&&" is &).
    title = f"{one_line(snapshot.info.store_name, 100)} {year}".replace("&", "&&")
    for col in range(MONTH_COLUMNS):
        sheet.write_number(0, col + 1, col + 1, styles.get(bold=True, bg_color="#DCE6F1",
                                                          align="center", bottom=1))
    tops: list[int] = []
    r = 1
    for month in range(12):
        tops.append(r)
        r += 1 + max(counts.get(month, 0), 1)
    small = {"font_size": 8, "align": "center"}
    shades: dict[str | None, Any] = {}
    for month in range(12):
        top = tops[month]
        n_lanes = max(counts.get(month, 0), 1)
        sheet.merge_range(top, 0, top + n_lanes, 0, month_label(month + 1, words.lang),
                          styles.get(bold=True, valign="vcenter", align="center", border=1))
        for lane in range(1, n_lanes + 1):
            sheet.set_row(top + lane, _LANE_HEIGHT)
        length = calendar.monthrange(year, month + 1)[1]
        for col in range(MONTH_COLUMNS):
            if col >= length:
                fmt = styles.get(bg_color=_NO_DAY_FILL)
                for lane in range(n_lanes + 1):
                    sheet.write_blank(top + lane, col + 1, None, fmt)
                continue
            day = date(year, month + 1, col + 1)
            info = infos.get(day)
            fill = shade_of(info)
            day_fmt = styles.get(bg_color=fill or "#FFFFFF", bottom=1, **small)
            sheet.write_string(top, col + 1, WEEKDAYS[words.lang][day.weekday()], day_fmt)
            if info is not None and info.name:
                sheet.write_comment(top, col + 1, info.name)
            if fill is not None:
                lane_fmt = shades.get(fill) or shades.setdefault(fill, styles.get(bg_color=fill))
                for lane in range(1, n_lanes + 1):
                    sheet.write_blank(top + lane, col + 1, None, lane_fmt)
    _draw_events(sheet, styles, snapshot.events, segments, lanes, tops)
    sheet.set_column(0, 0, _MONTH_WIDTH)
    sheet.set_column(1, MONTH_COLUMNS, DAY_WIDTH)
    sheet.freeze_panes(1, 1)
    print_setup(sheet, [_MONTH_WIDTH] + [DAY_WIDTH] * MONTH_COLUMNS, r, paper=A3,
                centre=f"&C{title}")


def _draw_events(sheet: Any, styles: Styles, events: tuple[Event, ...],
                 segments: dict[str, list[Any]], lanes: dict[tuple[str, int], int],
                 tops: list[int]) -> None:
    """Each event's bar in its lane, cut into its phases (预热, 定金, 尾款, 第一波…), each
    part named; the event's title leads its first part where it fits."""
    for event in events:
        fmt = styles.get(bg_color=event.color, font_color=text_color(event.color), font_size=8,
                         valign="vcenter", left=1, left_color="#FFFFFF")
        for segment in segments[event.uuid]:
            row = tops[segment.row] + 1 + lanes[(event.uuid, segment.row)]
            title = event.title if not segment.continues_before else f"… {event.title}"
            for n, (first, last, phase) in enumerate(phase_runs(event, segment)):
                first, last = first + 1, last + 1
                if last > first:
                    sheet.merge_range(row, first, row, last, "", fmt)
                room = (last - first + 1) * DAY_WIDTH
                choices = [f"{title} · {phase}", phase] if n == 0 and phase else \
                    [phase or title]
                label = next((c for c in choices if cell_width(c, _FONT) <= room), None)
                if label is None:
                    label = _shortened(choices[-1], room)
                if label:
                    safe_text(sheet, row, first, label, fmt, styles)


def phase_runs(event: Event, segment: Any) -> list[tuple[int, int, str]]:
    """The segment's columns in runs of one phase: (first, last, phase name or "")."""
    runs: list[tuple[int, int, str]] = []
    for col in range(segment.first_col, segment.last_col + 1):
        day = segment.start + timedelta(days=col - segment.first_col)
        covering = [p for p in event.phases if p.start.date() <= day <= p.end.date()]
        # where phases overlap (尾款 within 第一波), the shorter one names the day
        name = min(covering, key=lambda p: p.end - p.start).name if covering else ""
        if runs and runs[-1][2] == name:
            runs[-1] = (runs[-1][0], col, name)
        else:
            runs.append((col, col, name))
    return runs


def _shortened(text: str, room: float) -> str:
    """``text`` cut to fit ``room`` with an ellipsis; empty when not even that fits."""
    for end in range(min(len(text) - 1, int(room * 2)), 0, -1):  # no glyph is under ½ wide
        short = text[:end] + "…"
        if cell_width(short, _FONT) <= room:
            return short
    return ""

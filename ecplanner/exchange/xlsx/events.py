"""The Events sheet: one row per event, then one row per phase, with the row ids.

Event rows carry the event's uuid in ``id``; a phase row carries its event's uuid and its
1-based number in ``phase_no``. Re-import matches rows by these, so the team may sort and
filter freely. Editable cells are filled with the input colour. ``EventCells`` gives a
row's cells; the re-import renders the plan's current events with it, to compare them with
what was exported (``xlsx_baseline``), which records every row of this sheet.
"""

from __future__ import annotations

from typing import Any

from ecplanner.domain.model import Event, Phase
from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.xlsx.baseline import BaselineWriter
from ecplanner.exchange.xlsx.code_words import EVENT_KINDS, PHASE_KINDS, PLATFORMS
from ecplanner.exchange.xlsx.style import COMPUTED_FILL, INPUT_FILL, Styles
from ecplanner.exchange.xlsx.table import Col, Layout, Table
from ecplanner.exchange.xlsx.words import Words

_IN, _RO = INPUT_FILL, COMPUTED_FILL

EVENT_COLS = (
    Col("title", fill=_IN), Col("phase", fill=_RO), Col("kind", fill=_IN),
    Col("platform", fill=_IN), Col("start", "date", _IN), Col("end", "date", _IN),
    Col("deadline", "date", _IN), Col("uplift", "decimal", _IN), Col("discount", "percent", _IN),
    Col("owner", fill=_IN), Col("notes", fill=_IN, width=40), Col("id", fill=_RO, hidden=True),
    Col("phase_no", "count", _RO, hidden=True),
)
PHASE_COLS = (
    Col("title", fill=_RO), Col("phase", fill=_IN), Col("kind", fill=_RO),
    Col("platform", fill=_RO), Col("start", "datetime", _IN), Col("end", "datetime", _IN),
    Col("deadline", "date", _RO), Col("uplift", "decimal", _RO), Col("discount", "percent", _RO),
    Col("owner", fill=_RO), Col("notes", fill=_RO, width=40), Col("id", fill=_RO, hidden=True),
    Col("phase_no", "count", _RO, hidden=True),
)


EVENT_KEYS = tuple(c.key for c in EVENT_COLS)


class EventCells:
    """The cells of event and phase rows, in ``EVENT_COLS`` order, in ``words``' language."""

    def __init__(self, words: Words) -> None:
        self.words = words
        self.kinds = {code: words.t(EVENT_KINDS, code) for code in EVENT_KINDS}
        self.phase_kinds = {code: words.t(PHASE_KINDS, code) for code in PHASE_KINDS}

    def event(self, event: Event) -> tuple[object, ...]:
        platform = self.words.t(PLATFORMS, event.platform) if event.platform in PLATFORMS \
            else event.platform
        return (event.title, None, self.kinds[event.kind.value], platform, event.start,
                event.end, event.registration_deadline, event.uplift, event.discount,
                event.owner, event.notes, event.uuid, None)

    def phase(self, event: Event, number: int, phase: Phase) -> tuple[object, ...]:
        return (event.title, phase.name, self.phase_kinds[phase.kind.value], None,
                phase.start, phase.end, None, None, None, None, None, event.uuid, number)


def write_events(workbook: Any, styles: Styles, words: Words, snapshot: PlanSnapshot,
                 baseline: BaselineWriter) -> None:
    sheet = workbook.add_worksheet(words.sheet("events"))
    base = baseline.block("events", EVENT_KEYS)
    table = Table(sheet, styles, EVENT_COLS)
    table.header([words.header("events", c.key) for c in EVENT_COLS])
    phase_layout = Layout(styles, PHASE_COLS, font_color="#595959")
    cells = EventCells(words)
    for event in snapshot.events:
        row = cells.event(event)
        table.row(row)
        base.add(row)
        for number, phase in enumerate(event.phases, start=1):
            row = cells.phase(event, number, phase)
            table.row(row, phase_layout)
            base.add(row)
    table.finish(freeze_cols=1)

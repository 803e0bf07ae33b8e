"""Turning the rows below an export's header into days, or into the problems that stop them.

The days are the store's (``DailyActual``) or, for an ad report, one channel's
(``ChannelDay``, built by ``channel_day``): the reading is the same, only the last step differs.

Blank cells and "-" in number columns read as 0 (exports write quiet days that way). Rows
with a blank date cell, and totals rows (合计, 合計, Total), are skipped. When the export
has no buyers column, buyers = round(UV × CVR) or round(GMV ÷ AOV); when it has no GMV
column, GMV = buyers × AOV; a figure worked out beyond what a day may hold is refused on the
CVR or AOV column it came from.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Generic, TypeVar

from ecplanner.domain.model import AdChannel, ChannelDay, DailyActual
from ecplanner.domain.validation import count_problem, money_problem
from ecplanner.exchange.actuals.columns import ColumnReader, amounts, counts, dates, fractions
from ecplanner.exchange.actuals.headers import ActualsField, header_says_percent
from ecplanner.exchange.actuals.rows import Row, RowError
from ecplanner.exchange.actuals.values import (
    TOTAL_LABELS,
    CellError,
    cell_text,
    read_amount,
    read_count,
    read_date,
    read_fraction,
)

_T = TypeVar("_T")
Day = TypeVar("Day", DailyActual, ChannelDay)
MakeDay = Callable[[date, Mapping[ActualsField, float]], Day | ActualsField]
"""A row's values → its day; or the column whose value works a figure out of range."""
MAX_PROBLEMS = 100  # listed; more are counted: the user fixes the file and reads it again
_BATCH = 1024  # rows read column by column at a time
_COUNTS = frozenset({ActualsField.UV, ActualsField.BUYERS, ActualsField.ORDERS,
                     ActualsField.CLICKS})


@dataclass(frozen=True)
class ImportProblem:
    """Why the file or one of its cells was refused.

    Codes: file-level (``row`` 0, ``column`` ""): ``unsupported_format``, ``unreadable_file``,
    ``unknown_encoding``, ``not_text``, ``empty``, ``no_table``, ``ad_report`` (a channel's
    ad report given as the store's daily export). Per line (``row`` as
    numbered in the file): ``not_a_date``, ``bad_year``, ``not_a_number``, ``not_finite``,
    ``too_large``, ``not_a_whole_number``, ``negative``, ``percent_over_100``,
    ``duplicate_date``, ``bad_text`` (bytes the file's encoding cannot show),
    ``derived_out_of_range``, ``field_too_long``, ``line_too_long``.
    """

    code: str
    row: int
    column: str
    value: str = ""


@dataclass(frozen=True)
class _Column:
    field: ActualsField
    header: str
    read: Callable[[object], float]  # one cell; counts come back as int
    read_many: ColumnReader


class DayReader(Generic[Day]):
    """Reads the rows below the header: the days while all is well, else the first problems.

    ``matched`` must include a date column. Each row is cut down to the matched cells as it
    arrives, so a batch of rows costs little memory however wide the export. ``make`` builds
    a day from a row's values (``store_day``, or ``channel_day(channel)``). With ``repeats``
    a day may come on several rows (an ad report's campaigns), which the caller adds up.
    """

    def __init__(self, headers: Sequence[str], matched: Mapping[int, ActualsField],
                 make: MakeDay[Day], repeats: bool = False) -> None:
        self._make: MakeDay[Day] = make
        self._repeats = repeats
        self._headers = headers
        order = sorted(matched, key=lambda i: (matched[i] is not ActualsField.DATE, i))
        self._indices = order
        self._pick = itemgetter(*order)  # a tuple: there are two or more (date, GMV or UV)
        self._date_header = headers[order[0]]
        self._columns = [_column(matched[i], headers[i]) for i in order[1:]]
        self._fields = [c.field for c in self._columns]
        # Without a buyers or GMV column, a worked-out figure may be out of range on any row.
        self._derives = not {ActualsField.BUYERS, ActualsField.GMV} <= set(matched.values())
        self._seen: set[date] = set()
        self.days: list[Day] = []  # emptied at the first problem: none will be stored
        self.problems: list[ImportProblem] = []
        self.problem_count = 0
        self.count = 0  # rows read, skipped ones excluded

    def read(self, rows: Iterator[Row | RowError], now_and_then: Callable[[], None]) -> None:
        """Read all of ``rows``, calling ``now_and_then`` every few dozen (for progress)."""
        batch: list[Row] = []
        for row in rows:
            if isinstance(row, RowError):
                self._add_batch(batch)
                batch = []
                self.count += 1
                header = self._headers[row.column] if row.column is not None else ""
                self._refuse(row.code, row.line, header, row.value)
                continue
            line, cells = row
            try:
                batch.append((line, self._pick(cells)))
            except IndexError:  # a short row: its missing cells are blank
                batch.append((line, [cells[i] if i < len(cells) else None
                                     for i in self._indices]))
            if len(batch) % 64 == 0:
                now_and_then()
                if len(batch) == _BATCH:
                    self._add_batch(batch)
                    batch = []
        self._add_batch(batch)

    def _add_batch(self, rows: list[Row]) -> None:
        """Read ``rows`` column by column if they can be, else row by row."""
        if not rows:
            return
        columns = list(zip(*(cells for _, cells in rows), strict=True))
        days = dates(columns[0])
        values = [c.read_many(cells) for c, cells in zip(self._columns, columns[1:],
                                                         strict=True)]
        if days is None or None in values:
            for line, cells in rows:
                self._add(line, cells)
            return
        self.count += len(rows)
        for (line, cells), day in zip(rows, days, strict=True):
            if day in self._seen and not self._repeats:
                self._refuse("duplicate_date", line, self._date_header, cell_text(cells[0]))
            self._seen.add(day)
        if self.problems and not self._derives:
            return  # nothing will be stored, and nothing more can be wrong in these rows
        found_in_rows = zip(*values, strict=True)
        for (line, cells), day, found in zip(rows, days, found_in_rows, strict=True):
            self._keep(line, cells, day, dict(zip(self._fields, found, strict=True)))

    def _add(self, line: int, cells: Sequence[object]) -> None:
        """One row, cell by cell: each bad cell is refused, naming its line and column."""
        date_text = cell_text(cells[0])
        if not date_text or date_text.lower() in TOTAL_LABELS:
            return
        self.count += 1
        day = self._cell(line, read_date, cells[0], self._date_header)
        if day is not None:
            if day in self._seen and not self._repeats:
                self._refuse("duplicate_date", line, self._date_header, date_text)
            self._seen.add(day)
        values: dict[ActualsField, float] = {}
        for column, raw in zip(self._columns, cells[1:], strict=True):
            value = self._cell(line, column.read, raw, column.header)
            if value is not None:
                values[column.field] = value
        if day is not None and len(values) == len(self._columns):
            self._keep(line, cells, day, values)

    def _keep(self, line: int, cells: Sequence[object], day: date,
              values: Mapping[ActualsField, float]) -> None:
        actual = self._make(day, values)
        if not isinstance(actual, ActualsField):
            if not self.problems:
                self.days.append(actual)
            return
        source = self._fields.index(actual)
        self._refuse("derived_out_of_range", line, self._columns[source].header,
                     cell_text(cells[source + 1]))

    def _cell(self, line: int, read: Callable[[object], _T], raw: object,
              header: str) -> _T | None:
        try:
            return read(raw)
        except CellError as error:
            text = cell_text(raw)
            self._refuse("bad_text" if "\ufffd" in text else error.code, line, header, text)
            return None

    def _refuse(self, code: str, line: int, header: str, value: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(ImportProblem(code, line, header, value))
        self.days.clear()


def _column(field: ActualsField, header: str) -> _Column:
    if field in _COUNTS:
        return _Column(field, header, read_count, counts)
    if field is ActualsField.ROI:  # a ratio (3.2); "ROAS(%)" writes it in percent (320)
        scale = 0.01 if header_says_percent(header) else 1.0

        def many(cells: Sequence[object]) -> list[float] | None:
            found = amounts(cells)
            return None if found is None else [value * scale for value in found]

        return _Column(field, header, lambda value: read_amount(value) * scale, many)
    if field is ActualsField.CVR:
        points = header_says_percent(header)
        return _Column(field, header, lambda value: read_fraction(value, points=points),
                       fractions(points))
    return _Column(field, header, read_amount, amounts)


def store_day(day: date, values: Mapping[ActualsField, float]) -> DailyActual | ActualsField:
    """The day; or the column (CVR, AOV) whose value works a figure out beyond a day's range.

    Counts are ints as read (a float cannot hold 2**63 - 1); worked-out ones are rounded.
    """
    get = values.get
    uv, buyers, gmv, aov = (get(f) for f in (ActualsField.UV, ActualsField.BUYERS,
                                             ActualsField.GMV, ActualsField.AOV))
    if buyers is None and uv is not None and (cvr := get(ActualsField.CVR)) is not None:
        buyers = _whole(uv * cvr)
        if buyers is None:
            return ActualsField.CVR
    elif buyers is None and gmv is not None and aov:
        buyers = _whole(gmv / aov)
        if buyers is None:
            return ActualsField.AOV
    if gmv is None and buyers is not None and aov is not None:
        gmv = buyers * aov
        if money_problem(gmv):
            return ActualsField.AOV
    return DailyActual(day=day, uv=int(uv or 0), buyers=int(buyers or 0),
                       orders=int(get(ActualsField.ORDERS, 0)), gmv=float(gmv or 0.0),
                       spend=float(get(ActualsField.SPEND, 0.0)),
                       refunds=float(get(ActualsField.REFUNDS, 0.0)))


def _whole(worked_out: float) -> int | None:
    """``worked_out`` rounded, or None when it is no count a day may hold."""
    if not math.isfinite(worked_out) or count_problem(round(worked_out)):
        return None
    return round(worked_out)


def channel_day(channel: AdChannel) -> MakeDay[ChannelDay]:
    """Builds ``channel``'s days; without a GMV column GMV = spend × ROI (投入产出比)."""

    def make(day: date, values: Mapping[ActualsField, float]) -> ChannelDay | ActualsField:
        spend = values.get(ActualsField.SPEND, 0.0)
        gmv = values.get(ActualsField.GMV)
        if gmv is None:
            gmv = spend * values.get(ActualsField.ROI, 0.0)
            if money_problem(gmv):
                return ActualsField.ROI
        return ChannelDay(day, channel, spend=spend,
                          clicks=int(values.get(ActualsField.CLICKS, 0)), gmv=gmv)

    return make

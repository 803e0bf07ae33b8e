"""Importing the store's daily figures (CSV or .xlsx) as platforms export them.

``parse_actuals`` only reads: storing is the caller's job. The parse is all or nothing — when
any problem is found ``rows`` is empty, so a caller cannot store half a file by mistake; the
UI shows ``errors`` (each naming the row as numbered in the file, header row included,
and the column header) and, when ``needs_mapping``, a column-mapping step whose answer goes
back in as ``mapping``.

Blank cells and "-" in number columns read as 0 (exports write quiet days that way). Rows
with a blank date cell, and totals rows (合计, 合計, Total), are skipped. When the export
has no buyers column, buyers = round(UV × CVR) or round(GMV ÷ AOV); when it has no GMV
column, GMV = buyers × AOV.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ecplanner.domain.model import DailyActual
from ecplanner.exchange.actuals_headers import (
    ActualsField,
    header_says_percent,
    header_score,
    match_columns,
)
from ecplanner.exchange.actuals_read import HEADER_SEARCH_ROWS, FileError, read_table
from ecplanner.exchange.actuals_values import (
    TOTAL_LABELS,
    CellError,
    cell_text,
    read_amount,
    read_count,
    read_date,
    read_fraction,
)

__all__ = ["ActualsField", "ActualsParse", "ImportProblem", "parse_actuals"]

_COUNTS = frozenset({ActualsField.UV, ActualsField.BUYERS, ActualsField.ORDERS})
_RATES = frozenset({ActualsField.CVR})


@dataclass(frozen=True)
class ImportProblem:
    """Why the file or one of its cells was refused.

    Codes: file-level (``row`` 0, ``column`` ""): ``unsupported_format``, ``unreadable_file``,
    ``unknown_encoding``, ``empty``. Cell-level: ``not_a_date``, ``not_a_number``,
    ``not_a_whole_number``, ``negative``, ``percent_over_100``, ``duplicate_date``.
    """

    code: str
    row: int
    column: str
    value: str = ""


@dataclass(frozen=True)
class ActualsParse:
    """The outcome of reading a file. ``columns`` pairs each used header with its field."""

    rows: tuple[DailyActual, ...]
    errors: tuple[ImportProblem, ...]
    columns: tuple[tuple[str, ActualsField], ...]
    unknown_headers: tuple[str, ...]
    missing_fields: tuple[ActualsField, ...]  # DATE, and GMV + UV when neither was found
    header_row: int  # as numbered in the file; 0 when the file has no rows
    data_rows: int  # rows read below the header, skipped ones excluded
    encoding: str | None  # None for .xlsx

    @property
    def needs_mapping(self) -> bool:
        return bool(self.missing_fields)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.missing_fields

    @property
    def fields(self) -> tuple[ActualsField, ...]:
        """Every field a column can be mapped to, for the mapping step."""
        return tuple(ActualsField)


def parse_actuals(path: Path, mapping: Mapping[str, str] | None = None) -> ActualsParse:
    """Read ``path`` (.csv/.txt/.tsv or .xlsx/.xlsm) into daily actuals.

    ``mapping``: file header → ``ActualsField`` value, or "" to ignore that column; it wins
    over the headers recognised on their own. Raises ValueError for a mapping to no field.
    """
    chosen = {header: ActualsField(f) if f else None for header, f in (mapping or {}).items()}
    try:
        table = read_table(path, chosen.keys())
    except FileError as error:
        return _refused(ImportProblem(error.code, 0, ""), None)
    texts = [[cell_text(c) for c in row] for row in table.rows]
    header_index = _header_index(texts, chosen)
    if header_index is None:
        return _refused(ImportProblem("empty", 0, ""), table.encoding)
    headers = texts[header_index]
    matched, unknown = match_columns(headers, chosen)
    found = set(matched.values())
    missing = [] if ActualsField.DATE in found else [ActualsField.DATE]
    if not found & {ActualsField.GMV, ActualsField.UV}:
        missing += [ActualsField.GMV, ActualsField.UV]
    rows: list[DailyActual] = []
    problems: list[ImportProblem] = []
    data_rows = 0
    if not missing:
        data_rows = _read_rows(table.rows, header_index, headers, matched, rows, problems)
    return ActualsParse(
        rows=() if problems or missing else tuple(rows),
        errors=tuple(problems),
        columns=tuple((headers[i], f) for i, f in sorted(matched.items())),
        unknown_headers=tuple(unknown),
        missing_fields=tuple(missing),
        header_row=header_index + 1,
        data_rows=data_rows,
        encoding=table.encoding,
    )


def _refused(problem: ImportProblem, encoding: str | None) -> ActualsParse:
    return ActualsParse((), (problem,), (), (), (), 0, 0, encoding)


def _header_index(
    texts: list[list[str]], mapping: Mapping[str, ActualsField | None]
) -> int | None:
    """The best-recognised of the first rows; else the first non-blank row; None if none."""
    scored = [
        (header_score(row, mapping.keys()), -i) for i, row in enumerate(texts[:HEADER_SEARCH_ROWS])
    ]
    best = max(scored, default=(0, 0))
    if best[0] > 0:
        return -best[1]
    return next((i for i, row in enumerate(texts) if any(row)), None)


def _read_rows(
    cells: list[list[object]],
    header_index: int,
    headers: list[str],
    matched: dict[int, ActualsField],
    rows: list[DailyActual],
    problems: list[ImportProblem],
) -> int:
    """Append each data row's actual to ``rows`` and its problems to ``problems``."""
    date_column = next(i for i, f in matched.items() if f is ActualsField.DATE)
    seen: set[date] = set()
    count = 0
    for index in range(header_index + 1, len(cells)):
        row = cells[index]
        date_text = cell_text(row[date_column]) if date_column < len(row) else ""
        if not date_text or date_text.lower() in TOTAL_LABELS:
            continue
        count += 1
        values: dict[ActualsField, object] = {}
        for column, field in matched.items():
            raw = row[column] if column < len(row) else None
            try:
                values[field] = _read(field, raw, headers[column])
            except CellError as error:
                problems.append(ImportProblem(error.code, index + 1, headers[column],
                                              cell_text(raw)))
        day = values.get(ActualsField.DATE)
        if isinstance(day, date):
            if day in seen:
                problems.append(ImportProblem("duplicate_date", index + 1,
                                              headers[date_column], date_text))
            seen.add(day)
            rows.append(_actual(day, values))
    return count


def _read(field: ActualsField, raw: object, header: str) -> object:
    if field is ActualsField.DATE:
        return read_date(raw)
    if field in _COUNTS:
        return read_count(raw)
    if field in _RATES:
        return read_fraction(raw, points=header_says_percent(header))
    return read_amount(raw)


def _actual(day: date, values: Mapping[ActualsField, object]) -> DailyActual:
    def number(field: ActualsField) -> float | None:
        value = values.get(field)
        return float(value) if isinstance(value, int | float) else None

    uv, cvr, aov = number(ActualsField.UV), number(ActualsField.CVR), number(ActualsField.AOV)
    gmv, buyers = number(ActualsField.GMV), number(ActualsField.BUYERS)
    if buyers is None and uv is not None and cvr is not None:
        buyers = uv * cvr
    elif buyers is None and gmv is not None and aov:
        buyers = gmv / aov
    if gmv is None and buyers is not None and aov is not None:
        gmv = buyers * aov
    return DailyActual(
        day=day,
        uv=round(uv or 0.0),
        buyers=round(buyers or 0.0),
        orders=round(number(ActualsField.ORDERS) or 0.0),
        gmv=gmv or 0.0,
        spend=number(ActualsField.SPEND) or 0.0,
        refunds=number(ActualsField.REFUNDS) or 0.0,
    )

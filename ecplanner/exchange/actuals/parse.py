"""Importing the store's daily figures (CSV or .xlsx) as platforms export them.

``parse_actuals`` only reads: storing is the caller's job. The parse is all or nothing — when
any problem is found ``rows`` is empty, so a caller cannot store half a file by mistake; the
UI shows ``errors`` (the first hundred, each naming the line as numbered in the file, the
column header and the value; ``error_count`` counts them all) and, when ``needs_mapping``,
a column-mapping step whose answer goes back in as ``mapping``.

The file is read as a stream: memory does not grow with its length (the days kept are at
most one per day of the years a plan may hold), and ``progress`` hears how far it has got.
Each value is checked with the rules the store applies to a ``DailyActual``
(``domain.validation``), so what the parse returns the store accepts. How cells read:
``actuals_days``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ecplanner.domain.model import DailyActual
from ecplanner.exchange.actuals.days import Day, DayReader, ImportProblem, MakeDay, store_day
from ecplanner.exchange.actuals.headers import ActualsField, match_columns
from ecplanner.exchange.actuals.read import open_table
from ecplanner.exchange.actuals.rows import FileError, Table
from ecplanner.exchange.actuals.values import cell_text
from ecplanner.exchange.progress import Progress

__all__ = ["ActualsField", "ActualsParse", "ImportProblem", "parse_actuals"]


@dataclass(frozen=True)
class ActualsParse:
    """The outcome of reading a file. ``columns`` pairs each used header with its field."""

    rows: tuple[DailyActual, ...]
    errors: tuple[ImportProblem, ...]  # the first hundred, in file order
    columns: tuple[tuple[str, ActualsField], ...]
    unknown_headers: tuple[str, ...]
    missing_fields: tuple[ActualsField, ...]  # DATE, and GMV + UV when neither was found
    header_row: int  # as numbered in the file; 0 when the file has no rows
    data_rows: int  # rows read below the header, skipped ones excluded
    encoding: str | None  # None for .xlsx
    error_count: int  # every problem found, listed or not

    @property
    def needs_mapping(self) -> bool:
        return bool(self.missing_fields)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.missing_fields

    @property
    def fields(self) -> tuple[ActualsField, ...]:
        """Every field a column can be mapped to, for the mapping step."""
        return STORE_FIELDS


STORE_FIELDS = tuple(f for f in ActualsField if f not in (
    ActualsField.CLICKS, ActualsField.ROI, ActualsField.CAMPAIGN))
"""What a store's daily export holds; clicks, ROI and campaigns are an ad report's."""


def parse_actuals(path: Path, mapping: Mapping[str, str] | None = None,
                  progress: Progress | None = None) -> ActualsParse:
    """Read ``path`` (.csv/.txt/.tsv or .xlsx/.xlsm) into daily actuals.

    ``mapping``: file header → ``ActualsField`` value, or "" to ignore that column; it wins
    over the headers recognised on their own. A channel's ad report is refused whole
    (``ad_report``): it is read by ``parse_ads``. Raises ValueError for a mapping to no field.
    ``progress(done, total, "read")`` is told the bytes read now and then (total 0: unknown).
    """
    chosen = {header: ActualsField(f) if f else None for header, f in (mapping or {}).items()}
    try:
        with open_table(path, chosen.keys()) as table:
            return _parse(table, chosen, progress)
    except FileError as error:
        return _refused(ImportProblem(error.code, 0, ""))
    except OSError:  # the disk or the network failed part-way through
        return _refused(ImportProblem("unreadable_file", 0, ""))


def _refused(problem: ImportProblem) -> ActualsParse:
    return ActualsParse((), (problem,), (), (), (), 0, 0, None, 1)


def _parse(table: Table, chosen: Mapping[str, ActualsField | None],
           progress: Progress | None) -> ActualsParse:
    headers = [cell_text(c) for c in table.header]
    matched, unknown = match_columns(headers, chosen)
    if _ad_report(set(matched.values())):
        return _refused(ImportProblem("ad_report", 0, ""))
    for index in [i for i, f in matched.items() if f not in STORE_FIELDS]:
        del matched[index]  # an ad report's column (clicks, ROI, campaign): not the store's
        unknown.append(headers[index])
    found = set(matched.values())
    missing = [] if ActualsField.DATE in found else [ActualsField.DATE]
    if not found & {ActualsField.GMV, ActualsField.UV}:
        missing += [ActualsField.GMV, ActualsField.UV]
    days = None if missing else read_days(table, headers, matched, store_day, progress)
    return ActualsParse(
        rows=tuple(days.days) if days else (),
        errors=tuple(days.problems) if days else (),
        columns=tuple((headers[i], f) for i, f in sorted(matched.items())),
        unknown_headers=tuple(unknown),
        missing_fields=tuple(missing),
        header_row=table.header_line,
        data_rows=days.count if days else 0,
        encoding=table.encoding,
        error_count=days.problem_count if days else 0,
    )


def _ad_report(found: set[ActualsField]) -> bool:
    """Clicks or ROI, and no visitors, buyers or orders: a channel's ad report, whose
    成交金额 is what the ads brought, which read as the store's would replace its sales."""
    return bool(found & {ActualsField.CLICKS, ActualsField.ROI}) and not found & {
        ActualsField.UV, ActualsField.BUYERS, ActualsField.ORDERS}


def read_days(table: Table, headers: list[str], matched: Mapping[int, ActualsField],
              make: MakeDay[Day], progress: Progress | None,
              repeats: bool = False) -> DayReader[Day]:
    """The rows below the header read into days by ``make``, telling ``progress``;
    ``repeats``: as ``DayReader``'s."""
    days = DayReader(headers, matched, make, repeats)
    step = max(table.size // 100, 1 << 16)  # about a hundred reports over a big file
    told = 0

    def tell() -> None:
        nonlocal told
        if progress is not None and table.done() - told >= step:
            told = table.done()
            progress(told, table.size, "read")

    days.read(table.rows, tell)
    if progress is not None:
        progress(table.done(), table.size, "read")
    return days

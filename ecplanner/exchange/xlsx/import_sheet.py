"""One sheet of a team-edited workbook as records, with errors that say where.

The header row maps columns to keys in any of the three languages, so the team may move,
add or hide columns. ``Record`` reads a cell by key; a cell it cannot read adds an
``ImportIssue`` naming the sheet, the row, the column letter and its header, and marks
the record failed (the caller then builds nothing from it). ``SheetReader.keyed`` reads
rows whose columns are known by key (the exported rows, the plan's rows as the sheet would
show them): their problems go nowhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from ecplanner.domain.findings import Problem
from ecplanner.exchange.import_result import ImportIssue, quoted
from ecplanner.exchange.import_rows import Matcher, RowClash, code_key
from ecplanner.exchange.xlsx.budget_formulas import col_letter
from ecplanner.exchange.xlsx.import_cells import CellError, Unreadable, is_blank, read_text
from ecplanner.exchange.xlsx.words import Words, header_keys

T = TypeVar("T")


class SheetReader:
    """The rows of one sheet (``rows[0]`` the header) and the issues found in them."""

    def __init__(self, sheet_key: str, name: str, rows: Sequence[Sequence[object]],
                 words: Words, issues: list[ImportIssue],
                 columns: Sequence[str] | None = None) -> None:
        self.key = sheet_key
        self.name = name
        self.words = words
        self.issues = issues
        self.rows = rows
        self.columns: dict[str, int] = {}
        self.headers: dict[int, str] = {}
        if columns is not None:
            self.columns = {key: index for index, key in enumerate(columns)}
            self.headers = {index: key for index, key in enumerate(columns)}
            return
        known = header_keys(sheet_key)
        for index, cell in enumerate(rows[0] if rows else ()):
            text = read_text(cell)
            self.headers[index] = text
            key = known.get(text.casefold())
            if key is not None:
                self.columns.setdefault(key, index)

    @classmethod
    def keyed(cls, sheet_key: str, name: str, columns: Sequence[str],
              rows: Sequence[Sequence[object]], words: Words) -> SheetReader:
        """Rows (``rows[0]`` a header, skipped) whose cells are in ``columns``' order."""
        return cls(sheet_key, name, rows, words, [], columns)

    def record_of(self, cells: Sequence[object]) -> Record:
        """``cells`` (in this reader's column order) as a record of no row."""
        return Record(self, 0, cells)

    def require(self, *keys: str) -> bool:
        """Every one of ``keys`` has a column; adds a ``missing_column`` issue otherwise."""
        missing = [k for k in keys if k not in self.columns]
        for key in missing:
            self.issues.append(ImportIssue("missing_column", self.name, 1, "",
                                           self.words.header(self.key, key)))
        return not missing

    def records(self) -> Iterator[Record]:
        for number, row in enumerate(self.rows[1:], start=2):
            if any(not is_blank(cell) for cell in row):
                yield Record(self, number, row)

    def issue(self, code: str, row: int, index: int | None, value: object = None,
              plan_value: str = "", other: str = "") -> None:
        column = "" if index is None else col_letter(index)
        header = "" if index is None else self.headers.get(index, "")
        self.issues.append(ImportIssue(code, self.name, row, column, header,
                                       "" if value is None else quoted(read_text(value)),
                                       plan_value, other))


class Record:
    """One data row; ``failed`` once any of its cells could not be read."""

    def __init__(self, sheet: SheetReader, number: int, cells: Sequence[object]) -> None:
        self.sheet = sheet
        self.number = number
        self.cells = cells
        self.failed = False

    def raw(self, key: str) -> object:
        return self.raw_at(self.sheet.columns.get(key))

    def raw_at(self, index: int | None) -> object:
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def has(self, key: str) -> bool:
        return key in self.sheet.columns

    def read(self, key: str, reader: Callable[[object], T], *, required: bool = False) -> T:
        """``reader`` applied to the cell; on a problem, an issue is added and the
        record fails (the returned value is then meaningless)."""
        return self.read_at(self.sheet.columns.get(key), reader, required=required)

    def read_at(self, index: int | None, reader: Callable[[object], T], *,
                required: bool = False) -> T:
        """As ``read``, for the cell in column ``index`` (0-based). An ``Unreadable``
        cell (a formula without a result, …) is refused, never read as blank."""
        value = self.raw_at(index)
        if isinstance(value, Unreadable):
            self.fail_at(value.code, index, value.text or None)
            return None  # type: ignore[return-value]
        if required and is_blank(value):
            self.fail_at("required", index)
        try:
            return reader(value)
        except CellError as error:
            self.fail_at(error.code, index, value)
            return None  # type: ignore[return-value]

    def fail(self, code: str, key: str | None, value: object = None, *,
             plan_value: str = "", other: str = "") -> None:
        self.fail_at(code, None if key is None else self.sheet.columns.get(key), value,
                     plan_value, other)

    def fail_at(self, code: str, index: int | None, value: object = None,
                plan_value: str = "", other: str = "") -> None:
        self.failed = True
        self.sheet.issue(code, self.number, index, value, plan_value, other)

    def problems(self, problems: Sequence[Problem], fields: dict[str, str]) -> None:
        """Report the domain's validation problems on the columns of their fields."""
        for problem in problems:
            key = fields.get(problem.field, problem.field)
            self.fail(problem.code, key if key in self.sheet.columns else None, self.raw(key))


def matched_by_code(record: Record, matcher: Matcher[Any, int], code: str) -> str:
    """The id of the plan's row that a row without an id is by its product ``code``, or ""
    (blank code, no such row, or a clash, which fails ``record``)."""
    if is_blank(code):
        return ""
    try:
        found = matcher.match(code_key(code), record.number)
    except RowClash as clash:
        record.fail(clash.code, "code", code, other=str(clash.other or ""))
        return ""
    return str(found.uuid) if found else ""

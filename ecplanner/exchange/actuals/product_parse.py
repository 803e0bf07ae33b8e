"""Reading platforms' product reports (生意参谋 商品效果 and the like): a row per product
and day, with the product's code (商品ID, 款号 or 商家编码), visitors, units and sales.

The file is opened, its header found and its cells read by the daily reader's parts
(``read.open_table``: encodings, title lines, delimiters, .xlsx; ``columns`` and ``values``:
numbers as exports write them, held to the store's rules). Like ``parse_actuals`` the parse
is all or nothing: any problem leaves ``rows`` empty. The code, date and units columns are
required; visitors and sales read as 0 when the report has none. Rows whose code is blank
or a totals label (合计, Total) are skipped; a code and day given twice is refused.
Matching codes to the plan's products is ``product_import``'s job.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, TypeVar

from ecplanner.domain.products.fields import fold
from ecplanner.exchange.actuals.columns import amounts, counts, dates
from ecplanner.exchange.actuals.days import MAX_PROBLEMS, ImportProblem
from ecplanner.exchange.actuals.headers import ActualsField, normalise_header, recognise
from ecplanner.exchange.actuals.read import open_table
from ecplanner.exchange.actuals.rows import FileError, Row, RowError
from ecplanner.exchange.actuals.values import (
    TOTAL_LABELS,
    CellError,
    cell_text,
    read_amount,
    read_count,
    read_date,
)
from ecplanner.exchange.progress import Progress

_BATCH = 1024
_T = TypeVar("_T")


class ProductField(StrEnum):
    CODE = "code"
    DATE = "date"
    UV = "uv"
    UNITS = "units"
    GMV = "gmv"


REQUIRED = (ProductField.CODE, ProductField.DATE, ProductField.UNITS)

_OWN: dict[ProductField, tuple[str, ...]] = {
    # The store's own codes first: a plan's product code is its 款号, and a report giving
    # both (生意参谋: 商品ID and 商家编码) is matched by the store's.
    ProductField.CODE: (
        "款号", "商家编码", "货号", "商品货号", "款式编码", "商品编码", "品番", "商品管理番号",
        "商品番号", "商品コード", "stylecode", "productcode", "code", "sku",
        "商品ID", "宝贝ID", "productid", "itemid",
    ),
    ProductField.UV: ("商品访客数", "宝贝访客数", "商品アクセス人数", "productvisitors"),
    ProductField.UNITS: (
        "支付件数", "支付商品件数", "成交件数", "销售件数", "销量", "件数", "売上個数",
        "販売個数", "注文された商品点数", "注文点数", "units", "unitssold", "unitsordered",
        "quantity",
    ),
    ProductField.GMV: ("商品支付金额", "商品売上"),
}
_FROM_DAILY = {ActualsField.DATE: ProductField.DATE, ActualsField.UV: ProductField.UV,
               ActualsField.GMV: ProductField.GMV}
_LOOKUP = {normalise_header(name): field for field, names in _OWN.items() for name in names}
_CODE_RANK = {normalise_header(name): rank for rank, name in enumerate(_OWN[ProductField.CODE])}
KNOWN_HEADERS = frozenset(_LOOKUP)
"""The normalised headers a product report is recognised by (passed as ``mapped`` when
finding the header row, which compares normalised headers too)."""


def recognise_product(header: str) -> ProductField | None:
    """The field a product report's header names: its own words first, then the daily
    report's words for date, visitors and sales."""
    own = _LOOKUP.get(normalise_header(header))
    if own is not None:
        return own
    daily = recognise(header)
    return None if daily is None else _FROM_DAILY.get(daily)


@lru_cache(maxsize=1 << 16)  # a report repeats each product's code on every day
def normalise_code(text: str) -> str:
    """A code as matched: as the app compares product codes (full-width folded, case
    ignored), an Excel ``="…"`` or a leading ``'`` (written to keep long IDs as text) removed."""
    code = fold(text)
    if code.startswith('="') and code.endswith('"'):
        code = code[2:-1]
    return code.lstrip("'").strip().casefold()


class ProductRow(NamedTuple):
    """One row as read: ``code`` as written in the file (trimmed); ``line`` as numbered in it."""

    line: int
    code: str
    day: date
    uv: int
    units: int
    gmv: float


@dataclass(frozen=True)
class ProductParse:
    rows: tuple[ProductRow, ...]
    errors: tuple[ImportProblem, ...]  # the first hundred, in file order
    columns: tuple[tuple[str, ProductField], ...]
    missing_fields: tuple[ProductField, ...]
    unknown_headers: tuple[str, ...]
    encoding: str | None
    error_count: int

    @property
    def ok(self) -> bool:
        return not self.errors and not self.missing_fields


def parse_products(path: Path, progress: Progress | None = None) -> ProductParse:
    """Read ``path`` (.csv/.txt/.tsv or .xlsx/.xlsm) into rows of products' days;
    ``progress(done, total, "read")`` hears the bytes read after each batch of rows."""
    steps = product_steps(path)
    while True:
        try:
            done, total = next(steps)
        except StopIteration as end:
            return end.value  # type: ignore[no-any-return]
        if progress is not None:
            progress(done, total, "read")


def product_steps(path: Path) -> Generator[tuple[int, int], None, ProductParse]:
    """``parse_products`` a batch of rows at a time: yields the bytes read so far and the
    file's size (0: unknown) after each batch, returns the parse (the window reads between
    its other work: a reader in a worker thread held the interpreter from its repaints)."""
    try:
        with open_table(path, KNOWN_HEADERS) as table:
            headers = [cell_text(c) for c in table.header]
            matched, unknown = _match(headers)
            missing = tuple(f for f in REQUIRED if f not in matched.values())
            columns = tuple((headers[i], f) for i, f in sorted(matched.items()))
            if missing:
                return ProductParse((), (), columns, missing, tuple(unknown), table.encoding, 0)
            reader = _Reader(headers, matched)
            for _batch in reader.read(table.rows):
                yield table.done(), table.size
            return ProductParse(tuple(reader.rows), tuple(reader.problems), columns, (),
                                tuple(unknown), table.encoding, reader.problem_count)
    except FileError as error:
        return _refused(error.code)
    except OSError:  # the disk or the network failed part-way through
        return _refused("unreadable_file")


def _refused(code: str) -> ProductParse:
    return ProductParse((), (ImportProblem(code, 0, ""),), (), (), (), None, 1)


def _match(headers: Sequence[str]) -> tuple[dict[int, ProductField], list[str]]:
    """Column index → field, and the rest. The first column claiming a field wins, but for
    the code: the store's own code (款号, 商家编码) wins over the platform's id (商品ID)."""
    codes = [i for i, h in enumerate(headers) if h and recognise_product(h) is ProductField.CODE]
    code = min(codes, key=lambda i: _CODE_RANK[normalise_header(headers[i])], default=None)
    matched: dict[int, ProductField] = {} if code is None else {code: ProductField.CODE}
    unknown: list[str] = []
    for index, header in enumerate(headers):
        field = recognise_product(header) if header else None
        if index == code:
            continue
        if field is not None and field not in matched.values():
            matched[index] = field
        elif header:
            unknown.append(header)
    return matched, unknown


_ORDER = (ProductField.CODE, ProductField.DATE, ProductField.UV, ProductField.UNITS,
          ProductField.GMV)


class _Reader:
    """The rows below the header, a batch at a time: whole columns read at once when every
    cell takes the common form, else cell by cell, naming each bad cell's line and column."""

    def __init__(self, headers: Sequence[str], matched: dict[int, ProductField]) -> None:
        index = {field: i for i, field in matched.items()}
        self._indices = [index.get(field) for field in _ORDER]  # None: no such column
        self._headers = [headers[i] if i is not None else "" for i in self._indices]
        self._seen: set[tuple[str, date]] = set()
        self.rows: list[ProductRow] = []  # emptied at the first problem
        self.problems: list[ImportProblem] = []
        self.problem_count = 0

    def read(self, rows: Iterator[Row | RowError]) -> Iterator[None]:
        """Reads ``rows``, yielding after each batch."""
        batch: list[tuple[int, list[object]]] = []
        for row in rows:
            if isinstance(row, RowError):
                self._refuse(row.code, row.line, "", row.value)
                continue
            line, cells = row
            picked = [None if i is None or i >= len(cells) else cells[i] for i in self._indices]
            code = cell_text(picked[0])
            if not code or code.casefold() in TOTAL_LABELS or not cell_text(picked[1]):
                continue
            picked[0] = code
            batch.append((line, picked))
            if len(batch) == _BATCH:
                self._add_batch(batch)
                batch = []
                yield
        self._add_batch(batch)
        # Done with the keys seen: emptied one at a time, as freeing a set of a year of
        # 2,000 products' keys is one call that holds the interpreter ~0.3 s, and the
        # window with it when a worker reads (``tests/perf/bench_sellthrough.py``).
        while self._seen:
            for _ in range(min(_BATCH * 16, len(self._seen))):
                self._seen.pop()
            yield

    def _add_batch(self, batch: list[tuple[int, list[object]]]) -> None:
        if not batch:
            return
        columns = list(zip(*(cells for _, cells in batch), strict=True))
        days = dates(columns[1])
        uv = _zeros(len(batch)) if self._indices[2] is None else counts(_filled(columns[2]))
        units = counts(_filled(columns[3]))
        gmv = (_zeros(len(batch)) if self._indices[4] is None
               else amounts(_filled(columns[4])))
        if days is None or uv is None or units is None or gmv is None:
            for line, cells in batch:
                self._add(line, cells)
            return
        for (line, cells), day, v, u, g in zip(batch, days, uv, units, gmv, strict=True):
            self._keep(ProductRow(line, str(cells[0]), day, int(v), int(u), float(g)))

    def _add(self, line: int, cells: list[object]) -> None:
        day = self._cell(line, 1, read_date, cells[1])
        uv = 0 if self._indices[2] is None else self._cell(line, 2, read_count, cells[2])
        units = self._cell(line, 3, read_count, cells[3])
        gmv = 0.0 if self._indices[4] is None else self._cell(line, 4, read_amount, cells[4])
        if day is not None and uv is not None and units is not None and gmv is not None:
            self._keep(ProductRow(line, str(cells[0]), day, uv, units, gmv))

    def _keep(self, row: ProductRow) -> None:
        key = (normalise_code(row.code), row.day)
        if key in self._seen:
            self._refuse("duplicate_product_day", row.line, self._headers[1],
                         f"{row.code} {row.day.isoformat()}")
            return
        self._seen.add(key)
        if not self.problems:
            self.rows.append(row)

    def _cell(self, line: int, column: int, read: Callable[[object], _T],
              raw: object) -> _T | None:
        try:
            return read(raw)
        except CellError as error:
            text = cell_text(raw)
            code = "bad_text" if "\ufffd" in text else error.code
            self._refuse(code, line, self._headers[column], text)
            return None

    def _refuse(self, code: str, line: int, header: str, value: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(ImportProblem(code, line, header, value))
        self.rows.clear()


def _zeros(n: int) -> list[float]:
    return [0.0] * n


def _filled(cells: Sequence[object]) -> Sequence[object]:
    """Blank cells and "-" read as 0, as the cell readers read them."""
    return [("0" if cell is None or cell in ("", "-", "--") else cell) for cell in cells]

"""Products pasted from a spreadsheet: tab-separated rows, each read on its own.

The first non-blank row is a header when its cells name columns (Chinese or English, e.g.
款号, 名称/商品名称, 吊牌价/售价, 上新日期, or code, name, price, launch); otherwise every row
is data in the order of ``FIELDS``. Cells are read by ``product_fields``; a row with any
problem is kept with its problems (``Problem.field`` = the column's field, params ``text``
= the cell as pasted) and no product. Cells quoted by Excel (holding tabs or line breaks)
are read as one cell.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ecplanner.domain.findings import Problem
from ecplanner.domain.model import Product
from ecplanner.domain.products.fields import FIELDS, FieldError, fold, read_field, with_value
from ecplanner.domain.validation import validate_product

_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "code": ("款号", "货号", "款式编号", "商品编码", "编码", "商品编号", "sku", "code",
             "productcode", "stylecode", "style", "styleno", "item", "itemno"),
    "name": ("名称", "商品名称", "品名", "商品名", "款名", "name", "productname", "title"),
    "category": ("类目", "品类", "类别", "分类", "category"),
    "season": ("季节", "季", "上市季节", "season"),
    "wave": ("波段", "上新波段", "wave"),
    "role": ("定位", "商品定位", "款式定位", "角色", "role", "productrole"),
    "unit_cost": ("成本", "成本价", "单位成本", "进价", "采购价", "cost", "unitcost"),
    "list_price": ("吊牌价", "售价", "价格", "零售价", "标价", "listprice", "price",
                   "retailprice"),
    "launch": ("上新日期", "上新", "上新时间", "上架日期", "上市日期", "launch", "launchdate"),
    "delist": ("下架日期", "下架", "下架时间", "delist", "delistdate"),
    "planned_price_change": ("调价日期", "调价", "改价日期", "价格调整日期", "pricechange",
                             "pricechangedate", "plannedpricechange"),
    "status": ("状态", "进度", "status"),
    "first_order_qty": ("首单量", "首单数量", "首单", "首批数量", "firstorder", "firstorderqty",
                        "firstorderquantity", "qty", "quantity"),
    "lead_time_days": ("生产周期", "周期", "交期", "生产天数", "leadtime", "leadtimedays"),
    "owner": ("负责人", "跟进人", "owner"),
}
_HEADERS = {word: field for field, words in _HEADER_WORDS.items() for word in words}
_UNIT_SUFFIX = re.compile(r"\([^()]*\)$")  # "成本(元)", "Lead time (days)"
_SEPARATORS = re.compile(r"[\s_\-:：]+")


@dataclass(frozen=True)
class PastedRow:
    """One pasted row: ``line`` counts pasted rows from 1 (a header row included)."""

    line: int
    cells: tuple[tuple[str, str], ...]  # (field, cell as pasted) for the columns read
    product: Product | None  # None when the row has problems
    problems: tuple[Problem, ...]

    def cell(self, field: str) -> str:
        return dict(self.cells).get(field, "")


@dataclass(frozen=True)
class PasteResult:
    rows: tuple[PastedRow, ...]
    columns: tuple[str | None, ...]  # the field of each pasted column (None: not read)
    header: bool  # the first row named the columns
    header_cells: tuple[str, ...] = ()

    @property
    def valid(self) -> list[Product]:
        return [row.product for row in self.rows if row.product is not None]

    @property
    def ignored(self) -> list[tuple[int, str]]:
        """(1-based column number, header text or "") of the columns not read."""
        names = self.header_cells or ("",) * len(self.columns)
        return [(i + 1, names[i]) for i, field in enumerate(self.columns) if field is None]


def header_field(text: str) -> str | None:
    """The field a header cell names, or None."""
    folded = _SEPARATORS.sub("", _UNIT_SUFFIX.sub("", fold(text).lower()).strip())
    return _HEADERS.get(folded)


def split_rows(text: str) -> list[list[str]]:
    """Tab-separated text as rows of cells, Excel's quoting understood."""
    return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter="\t")]


def parse_products(text: str, *, default_year: int,
                   existing: Iterable[Product] = ()) -> PasteResult:
    """Read every non-blank row of ``text``; ``default_year`` completes dates like 3月1日.

    A code already in ``existing`` or on an earlier pasted row is a problem
    (``duplicate_code``, param ``line`` = that row, or "" for the plan).
    """
    rows = [(n, cells) for n, cells in enumerate(split_rows(text), start=1)
            if any(cell.strip() for cell in cells)]
    if not rows:
        return PasteResult((), (), header=False)
    first = rows[0][1]
    columns = _columns_from_header(first)
    header = columns is not None
    if columns is None:
        width = max(len(cells) for _, cells in rows)
        columns = tuple(FIELDS[i] if i < len(FIELDS) else None for i in range(width))
    else:
        rows = rows[1:]
    taken = {fold(p.code).casefold(): "" for p in existing}
    pasted = []
    for line, cells in rows:
        row = _read_row(line, cells, columns, default_year, taken)
        if row.product is not None:
            taken.setdefault(fold(row.product.code).casefold(), str(line))
        pasted.append(row)
    return PasteResult(tuple(pasted), columns, header, tuple(first) if header else ())


def _columns_from_header(cells: list[str]) -> tuple[str | None, ...] | None:
    fields = [header_field(cell) for cell in cells]
    named = [field for field in fields if field is not None]
    filled = [cell for cell in cells if cell.strip()]
    if not named or (len(named) < 2 and len(named) < len(filled)):
        return None
    seen: set[str] = set()
    columns: list[str | None] = []
    for field in fields:
        columns.append(field if field is not None and field not in seen else None)
        if field is not None:
            seen.add(field)
    return tuple(columns)


def _read_row(line: int, cells: list[str], columns: tuple[str | None, ...],
              default_year: int, taken: dict[str, str]) -> PastedRow:
    texts = {field: "" for field in FIELDS}
    for field, cell in zip(columns, cells, strict=False):
        if field is not None:
            texts[field] = cell.strip()
    product = Product(code="", name="")
    problems: list[Problem] = []
    for field in FIELDS:
        try:
            product = with_value(product, field, read_field(field, texts[field], default_year))
        except FieldError as error:
            problems.append(Problem(field, error.code, (("text", texts[field]),)))
    flagged = {problem.field for problem in problems}
    problems += [Problem(p.field, p.code, (("text", texts.get(p.field, "")),))
                 for p in validate_product(product) if p.field not in flagged]
    first_line = taken.get(fold(product.code).casefold())
    if product.code and first_line is not None:
        problems.append(Problem("code", "duplicate_code",
                                (("text", texts["code"]), ("line", first_line))))
    cells_read = tuple((field, texts[field]) for field in FIELDS if field in columns)
    return PastedRow(line, cells_read, None if problems else product, tuple(problems))

"""``ecplanner import PLAN --products FILE...``: product reports matched to the plan's
products by code and stored in one write, or not at all.

A row's code matches the product whose ``code`` is the same once normalised
(``normalise_code``: full-width folded, case ignored). ``mapping`` (a normalised code → a
product's uuid, or None to skip its rows) answers for codes the plan does not know; the
window's mapping step fills it. All or nothing: a refused file, a code neither known nor
mapped, or a code two products share stops the import, and nothing is stored. Days are
merged by product and day, a later file winning, and a stored day is replaced, so
re-importing an overlapping range never counts a day twice.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ecplanner.domain.model import Product, ProductDay
from ecplanner.domain.ops import Put, key_of
from ecplanner.exchange.actuals.into_plan import problem_lines
from ecplanner.exchange.actuals.product_parse import (
    ProductField,
    ProductParse,
    ProductRow,
    normalise_code,
    parse_products,
)
from ecplanner.store.plan_store import PlanStore


@dataclass(frozen=True)
class ProductsImport:
    """The files as read, the products' days they hold together, and what storing does.

    ``unknown`` and ``ambiguous``: each code as first written with its number of rows."""

    files: tuple[tuple[Path, ProductParse], ...]
    days: tuple[ProductDay, ...]
    unknown: tuple[tuple[str, int], ...]
    ambiguous: tuple[tuple[str, int], ...]
    new: int
    replaced: int
    unchanged: int
    applied: bool = False

    @property
    def files_ok(self) -> bool:
        return all(parse.ok and parse.rows for _, parse in self.files)

    @property
    def ok(self) -> bool:
        return self.files_ok and not self.unknown and not self.ambiguous


PROGRESS_ROWS = 2_000
"""``match_steps`` yields, and ``match_rows`` calls its ``progress``, after each this many
rows (~10 ms)."""

Matched = tuple[list[ProductDay], list[tuple[str, int]], list[tuple[str, int]]]
"""The days, the codes unknown and those two products share, each with its count of rows."""


def match_rows(rows: Sequence[ProductRow], products: Sequence[Product],
               mapping: Mapping[str, str | None] | None = None,
               progress: Callable[[], None] | None = None) -> Matched:
    """The rows as products' days (a later row of the same product and day wins), and the
    codes left unknown and those two products share, each with its count of rows.
    ``progress`` is called after every ``PROGRESS_ROWS`` rows."""
    steps = match_steps(rows, products, mapping)
    while True:
        try:
            next(steps)
        except StopIteration as end:
            return end.value  # type: ignore[no-any-return]
        if progress is not None:
            progress()


def match_steps(rows: Sequence[ProductRow], products: Sequence[Product],
                mapping: Mapping[str, str | None] | None = None
                ) -> Generator[None, None, Matched]:
    """``match_rows``, yielding after every ``PROGRESS_ROWS`` rows (the window matches
    between its other work)."""
    owners: dict[str, list[str]] = {}
    for product in products:
        owners.setdefault(normalise_code(product.code), []).append(product.uuid)
    chosen = mapping or {}
    days: dict[tuple[str, object], ProductDay] = {}
    unknown: dict[str, tuple[str, int]] = {}
    ambiguous: dict[str, tuple[str, int]] = {}
    for n, row in enumerate(rows, 1):
        if n % PROGRESS_ROWS == 0:
            yield
        code = normalise_code(row.code)
        if code in chosen:
            uuid = chosen[code]
            if uuid is None:
                continue
        else:
            found = owners.get(code, [])
            if len(found) != 1:
                missed = unknown if not found else ambiguous
                written, count = missed.get(code, (row.code, 0))
                missed[code] = (written, count + 1)
                continue
            uuid = found[0]
        days[(uuid, row.day)] = ProductDay(uuid, row.day, row.uv, row.units, row.gmv)
    return list(days.values()), list(unknown.values()), list(ambiguous.values())


def import_products(store: PlanStore, paths: Sequence[Path], dry_run: bool = False,
                    mapping: Mapping[str, str | None] | None = None) -> ProductsImport:
    """Read ``paths`` and, unless ``dry_run`` or anything is refused, store their days.

    Raises ``PlanWriteError`` when the plan file does not take the write."""
    files = tuple((path, parse_products(path)) for path in paths)
    rows = [row for _, parse in files for row in parse.rows]
    days, unknown, ambiguous = match_rows(rows, store.products(), mapping)
    stored = {key_of(day): day for day in store.product_days()}
    changed = [day for day in days if stored.get(key_of(day)) != day]
    replaced = sum(1 for day in changed if key_of(day) in stored)
    result = ProductsImport(files, tuple(days), tuple(unknown), tuple(ambiguous),
                            new=len(changed) - replaced, replaced=replaced,
                            unchanged=len(days) - len(changed))
    if dry_run or not result.ok or not changed:
        return result
    store.write([Put(day) for day in changed])
    return ProductsImport(files, result.days, (), (), result.new, result.replaced,
                          result.unchanged, applied=True)


_FIELDS = {ProductField.CODE: "product code", ProductField.DATE: "date",
           ProductField.UV: "visitors (UV)", ProductField.UNITS: "units paid for",
           ProductField.GMV: "sales (GMV)"}


def _file_lines(path: Path, parse: ProductParse) -> list[str]:
    if parse.missing_fields:
        named = " and ".join(_FIELDS[f] for f in parse.missing_fields)
        headers = "; ".join(parse.unknown_headers) or "none"
        return [f"{path}: refused: no column for {named} (headers not recognised: {headers})"]
    if parse.errors:
        return problem_lines(path, parse.errors, parse.error_count)
    if not parse.rows:
        return [f"{path}: refused: the file holds no products' days"]
    first, last = min(r.day for r in parse.rows), max(r.day for r in parse.rows)
    codes = len({normalise_code(r.code) for r in parse.rows})
    columns = ", ".join(f"{header} → {_FIELDS[field]}" for header, field in parse.columns)
    encoding = f"{parse.encoding}; " if parse.encoding else ""
    return [f"{path}: {len(parse.rows)} rows of {codes} product code(s), {first} to {last} "
            f"({encoding}{columns})"]


def products_lines(result: ProductsImport) -> list[str]:
    """Each file as read (or why it is refused), the codes not matched, then what storing
    the days does."""
    lines = [line for path, parse in result.files for line in _file_lines(path, parse)]
    if not result.files_ok:
        return lines
    for code, rows in result.unknown:
        lines.append(f"unknown product code “{code}” ({rows} row(s)): no product of the plan "
                     "has it")
    for code, rows in result.ambiguous:
        lines.append(f"product code “{code}” ({rows} row(s)) is shared by several products "
                     "of the plan")
    if result.ok:
        lines.append(f"{len(result.days)} products' days: {result.new} new, "
                     f"{result.replaced} replaced, {result.unchanged} unchanged")
    return lines

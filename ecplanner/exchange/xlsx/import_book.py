"""Reading a team-edited workbook back into the plan: a preview of every change, as ops.

Only workbooks this program wrote are read: the hidden ``_ecplanner`` sheet must say so,
with a schema this version understands and the uuid of the plan being imported into.
The Events, Products, Clearance and Budget sheets are read (``xlsx_open``: cached values,
text exactly as written, formulas without a result refused); Overview, Calendar, Tasks
and Actuals are the app's output and are not. Any error refuses the whole import: nothing
half-applied. Reading writes nothing — the caller
applies ``ops`` in one step (``store.write`` or ``document.apply``).

The comparison is three-way (``xlsx_import_base``) against what the export recorded in
the hidden ``_ecplanner_base`` sheet (``xlsx_baseline``), so in-app work done since the
export is neither reverted nor removed. A workbook without it (exported by an earlier
version) is compared with the plan alone, with the warning ``no_baseline``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ecplanner.domain.languages import language_of
from ecplanner.domain.model import Product, StockPlan
from ecplanner.domain.ops import Delete, Op, Put
from ecplanner.exchange.import_result import Change, ImportIssue, ImportResult, refused
from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.progress import Progress
from ecplanner.exchange.xlsx.baseline import BaseSheet, read_baseline, restore_long_texts
from ecplanner.exchange.xlsx.export import META_SHEET, SCHEMA_VERSION, WORKBOOK_FORMAT
from ecplanner.exchange.xlsx.import_budget import read_budget
from ecplanner.exchange.xlsx.import_cells import read_text
from ecplanner.exchange.xlsx.import_clearance import read_clearance
from ecplanner.exchange.xlsx.import_events import read_events
from ecplanner.exchange.xlsx.import_open import CannotOpen, TeamWorkbook
from ecplanner.exchange.xlsx.import_products import read_products
from ecplanner.exchange.xlsx.import_sheet import SheetReader
from ecplanner.exchange.xlsx.text import CellText
from ecplanner.exchange.xlsx.words import Words

Reader = Callable[[SheetReader, PlanSnapshot, BaseSheet | None], tuple[list[Change], list[Op]]]
READERS: tuple[tuple[str, Reader], ...] = (
    ("events", read_events), ("products", read_products), ("clearance", read_clearance),
    ("budget", read_budget),
)


def read_workbook_import(path: Path, snapshot: PlanSnapshot,
                         progress: Progress | None = None) -> ImportResult:
    """What importing the workbook at ``path`` into ``snapshot``'s plan would change."""
    path = Path(path)
    try:
        book = TeamWorkbook(path)
    except CannotOpen as error:
        return refused([_cannot_open(path, error)])
    try:
        return _read(book, snapshot, progress)
    except CannotOpen as error:  # a sheet that could not be read to its end
        return refused([_cannot_open(path, error)])
    finally:
        book.close()


def _cannot_open(path: Path, error: CannotOpen) -> ImportIssue:
    """The file named when no part is (the whole file cannot be read), else the part."""
    return ImportIssue(error.code, sheet=error.sheet, header=error.part,
                       value="" if error.part else path.name, detail=error.detail)


def _meta(book: TeamWorkbook) -> dict[str, str] | None:
    if META_SHEET not in book.sheetnames:
        return None
    meta: dict[str, str] = {}
    for row in book.values(META_SHEET):
        if len(row) >= 2 and row[0] is not None:
            meta[read_text(row[0])] = read_text(row[1])
    return meta


def check_meta(meta: dict[str, str] | None, snapshot: PlanSnapshot) -> ImportIssue | None:
    """Why the workbook cannot be imported into this plan, or None."""
    if meta is None or meta.get("format") != WORKBOOK_FORMAT:
        return ImportIssue("not_our_workbook")
    schema = meta.get("schema", "")
    if not schema.isdigit():
        return ImportIssue("not_our_workbook")
    if int(schema) > SCHEMA_VERSION:
        return ImportIssue("newer_schema", value=schema)
    if meta.get("plan_uuid") != snapshot.info.uuid:
        return ImportIssue("other_plan", value=meta.get("plan_uuid", ""))
    return None


def _read(book: TeamWorkbook, snapshot: PlanSnapshot,
          progress: Progress | None) -> ImportResult:
    meta = _meta(book)
    refusal = check_meta(meta, snapshot)
    if refusal is not None or meta is None:
        return refused([refusal or ImportIssue("not_our_workbook")])
    words = Words(language_of(meta.get("locale", snapshot.info.locale)))
    base_name = meta.get("baseline", "")
    baseline = read_baseline(book.values(base_name), words) \
        if base_name in book.sheetnames else None
    texts = CellText(words.legend("shortened"))
    warnings = () if baseline is not None else ("no_baseline",)
    issues: list[ImportIssue] = []
    changes: list[Change] = []
    ops: list[Op] = []
    for n, (key, reader) in enumerate(READERS):
        if progress is not None:
            progress(n, len(READERS), key)
        name = meta.get(f"sheet.{key}", "")
        if name not in book.sheetnames:
            issues.append(ImportIssue("missing_sheet", sheet=name or words.sheet(key)))
            continue
        base = None if baseline is None else baseline.get(key)
        sheet = SheetReader(key, name, book.rows(name), words, issues)
        restore_long_texts(sheet, base, texts)
        found, found_ops = reader(sheet, snapshot, base)
        changes += found
        ops += found_ops
    if progress is not None:
        progress(len(READERS), len(READERS), "done")
    if issues:
        return refused(issues, warnings)
    return _without_orphans(changes, ops, snapshot, warnings)


def _without_orphans(changes: list[Change], ops: list[Op], snapshot: PlanSnapshot,
                     warnings: tuple[str, ...]) -> ImportResult:
    """Drop stock-plan edits of products being removed (their stock plans go with them)."""
    removed = {op.key for op in ops if isinstance(op, Delete) and op.kind is Product}
    orphans = {p.uuid for p in snapshot.stock_plans if p.product_uuid in removed}
    kept_ops = tuple(op for op in ops
                     if not (isinstance(op, Put) and op.kind is StockPlan and op.key in orphans))
    kept = tuple(c for c in changes if not (c.kind == "stock_plan" and c.key in orphans))
    return ImportResult(kept, (), kept_ops, warnings=warnings)

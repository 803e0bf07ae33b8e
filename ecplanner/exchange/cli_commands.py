"""``ecplanner export`` and ``ecplanner import``: the functions the command line calls.

``export_plan`` writes any of the workbook, the iCalendar file and the JSON file from one
read of the plan. ``import_plan`` reads a workbook or a JSON file and, unless
``dry_run``, writes every change in one transaction (``store.write``); with any error it
writes nothing — conflicts (a cell both the team and the app changed since the export)
included. ``result_lines`` says in English what an import found (the command line prints
it; the window has its own translated words).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from ecplanner.domain.validation import MAX_AMOUNT, MAX_UPLIFT, MIN_POSITIVE
from ecplanner.domain.value_rules import DATE_YEARS, MAX_TEXT
from ecplanner.exchange.ics import write_ics
from ecplanner.exchange.import_result import (
    Change,
    GoesWith,
    ImportIssue,
    ImportResult,
    checked,
)
from ecplanner.exchange.json_io import read_json_import, write_json
from ecplanner.exchange.plan_snapshot import compute_results, read_snapshot
from ecplanner.exchange.progress import Progress
from ecplanner.exchange.xlsx.export import write_workbook
from ecplanner.exchange.xlsx.import_book import read_workbook_import
from ecplanner.store.plan_store import PlanStore


def export_plan(store: PlanStore, xlsx: Path | None = None, ics: Path | None = None,
                json: Path | None = None, progress: Progress | None = None) -> None:
    """Write the requested files; raises ``OSError`` when one cannot be written."""
    snapshot = read_snapshot(store)
    results = compute_results(snapshot) if xlsx or json else None
    if xlsx is not None:
        write_workbook(snapshot, xlsx, progress, results)
    if ics is not None:
        write_ics(snapshot, ics)
    if json is not None:
        write_json(snapshot, json, results)


def import_plan(store: PlanStore, xlsx: Path | None = None, json: Path | None = None,
                dry_run: bool = False, progress: Progress | None = None) -> ImportResult:
    """Import exactly one of ``xlsx`` or ``json``; ``applied`` says whether it was written.

    The dry run is this very function: every check runs, the store's own included
    (``checked``), and only the write is left out. ``progress`` is told as each sheet of
    a workbook is read (and may cancel). Raises ``PlanWriteError`` when the plan file does
    not take the write (a full disk); the plan is then unchanged."""
    snapshot = read_snapshot(store)
    if xlsx is not None and json is None:
        result = read_workbook_import(xlsx, snapshot, progress)
    elif json is not None and xlsx is None:
        result = read_json_import(json, snapshot)
    else:
        raise ValueError("import_plan needs exactly one of xlsx or json")
    result = checked(result)
    if dry_run or not result.ok or not result.ops:
        return result
    store.write(list(result.ops))
    return replace(result, applied=True)


_ISSUES = {
    "unreadable_file": "the file cannot be read as an Excel workbook",
    "unreadable_part": "this part of the workbook cannot be read",
    "part_too_large": "this part of the workbook is larger than any workbook ecplanner "
                      "writes",
    "cannot_read": "the file cannot be read",
    "not_a_file": "is not a file (a folder, a pipe or a device)",
    "file_too_large": "the file is larger than any plan ecplanner writes",
    "json_too_deep": "the file nests deeper than any plan",
    "not_our_workbook": "the file was not exported by ecplanner",
    "newer_schema": "the file was written by a newer ecplanner; update ecplanner to import it",
    "other_plan": "the file was exported from another plan",
    "missing_sheet": "the sheet is missing",
    "missing_column": "the column is missing",
    "not_json": "the file is not JSON",
    "bad_shape": "is not shaped as docs/json-format.md describes",
    "required": "must not be empty",
    "not_a_date": "is not a date",
    "not_a_number": "is not a number",
    "not_a_whole_number": "is not a whole number",
    "negative": "must not be negative",
    "percent_over_100": "is a percentage over 100%",
    "unknown_platform": "is not a platform ecplanner knows",
    "unknown_kind": "is not an event kind ecplanner knows",
    "unknown_season": "is not a season ecplanner knows",
    "unknown_role": "is not a product role ecplanner knows",
    "unknown_status": "is not a product status ecplanner knows",
    "unknown_id": "is not the id of anything in this plan",
    "duplicate_id": "appears twice",
    "duplicate_code": "is the code of another product",
    "duplicate_row": "has no ID and is the same as another row (platform, title and start)",
    "ambiguous_row": "has no ID and matches several of the plan's rows: put its ID back",
    "unknown_phase": "is not a phase of this event",
    "bad_arrivals": "is not a list of arrivals like “2027-09-01 300; 2027-10-15 200”",
    "incomplete_step": "a markdown step needs both its date and its discount",
    "bad_value": "is not a value this field takes",
    "formula_not_calculated": "is a formula the file holds no result for (it was saved by a "
                              "program that does not calculate): open the workbook in Excel "
                              "to recalculate it, save it, and import again",
    "shortened_text_edited": "this text was longer than a cell holds and the workbook shows "
                             "only its beginning; its last line (the marker) was removed or "
                             "changed: keep that line to edit the beginning, or edit the "
                             "whole text in the app",
    "unknown_reference": "points at something the plan does not hold",
    "duplicate_month": "the budget holds this month twice",
    "duplicate_stock_plan": "is the product of another stock plan (a product has one)",
    "listed_twice": "lists the same item twice",
    "end_before_start": "ends before it starts",
    "delist_before_launch": "is before the launch date",
    "fraction_out_of_range": "must be between 0% and 100%",
    "growth_out_of_range": "must be between −90% and +500%",
    "must_be_positive": "must be greater than zero",
    "deadline_after_start": "is after the event starts",
    "elasticity_out_of_range": "must be between 0 and 10",
    "bad_color": "is not a colour like #FF5000",
    "not_finite": "is not a finite number",
    "too_large": "is too large to be stored",
    "amount_too_large": f"must not be more than {MAX_AMOUNT:,.0f}",
    "too_small": f"must be 0 or at least {MIN_POSITIVE:.6f}",
    "uplift_too_large": f"must not be more than ×{MAX_UPLIFT:g}",
    "text_too_long": f"is longer than {MAX_TEXT:,} characters",
    "bad_text": "holds a character that is not valid text (a lone surrogate)",
    "date_out_of_range": f"is not a date between {DATE_YEARS.start} and "
                         f"{DATE_YEARS.stop - 1}",
    "bad_days": "is not a number of days this field takes",
    "bad_year": "is not a year between 2000 and 2100",
    "bad_month": "is not a month",
    "conflict": "was changed both in the workbook and in the plan since the export",
    "conflict_plan_removed": "was edited in the workbook, but the plan removed it since "
                             "the export",
    "conflict_workbook_removed": "was removed from the workbook, but the plan changed it "
                                 "since the export",
}
_WARNINGS = {
    "no_baseline": "the workbook was exported by an earlier ecplanner and does not record "
                   "what it held: every difference from the plan counts as the team's edit "
                   "(in-app changes since the export are undone) and plan rows missing from "
                   "it are removed; export again to avoid this",
}
_RESOLVE = ("nothing was applied; for each conflict keep the plan's value by typing it into "
            "the cell, or keep the workbook's by setting the plan to it, then import again")


_LINE_BREAKING = {c: repr(chr(c))[1:-1] for c in (*range(32), 0x7F, 0x85, 0x2028, 0x2029)}


def _one_line(text: str) -> str:
    """``text`` with what would break or blank the line (control characters, line and
    paragraph separators) written as escapes."""
    return text.translate(_LINE_BREAKING)


def issue_text(issue: ImportIssue) -> str:
    """``Events!F12 (Start) “soon”: is not a date`` — where, the value, and what is wrong,
    on one line."""
    where = issue.sheet
    if issue.row:
        where += f"!{issue.column}{issue.row}" if issue.column else f" row {issue.row}"
    if issue.header:
        where += f" ({issue.header})" if where else issue.header
    value = f"“{issue.value}”" if issue.value else ""
    what = _ISSUES.get(issue.code, issue.code)
    if issue.code == "conflict":
        what += f"; the plan now holds “{issue.plan_value or '—'}”"
    elif issue.code in ("duplicate_code", "duplicate_row"):
        other = f"row {issue.other}" if issue.sheet and issue.other else issue.other
        what += f" ({other or issue.plan_value + ', in the plan'})"
    if issue.detail:
        what += f" ({issue.detail})"
    place = " ".join(part for part in (where, value) if part)
    return _one_line(f"{place}: {what}" if place else what)


def _plain(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, tuple):
        return "; ".join(_plain(v) for v in value) or "—"
    if value is None or value == "":
        return "—"
    return str(getattr(value, "value", value))


def _goes_with(item: GoesWith) -> str:
    if item.what == "stock_plan":
        return f"its stock plan ({item.count} on hand)"
    if item.what == "tasks":
        return f"{item.count} tasks ({item.done} done)"
    if item.what == "featured":
        return f"its place in {item.count} events"
    if item.what == "product_days":
        return f"{item.count} days of its real sales"
    text = item.text if len(item.text) <= 60 else item.text[:59] + "…"
    return f"its notes “{text}”"


def change_text(change: Change) -> str:
    head = f"{change.action.value} {change.kind.replace('_', ' ')} “{change.label}”"
    if change.goes_with:
        head += ", with " + ", ".join(_goes_with(item) for item in change.goes_with)
    details = ", ".join(f"{f.field}: {_plain(f.old)} → {_plain(f.new)}" for f in change.fields)
    return _one_line(f"{head}: {details}" if details else head)


def result_lines(result: ImportResult) -> list[str]:
    """What the import found, one line each: its warnings, then the errors and conflicts,
    or the changes."""
    warnings = [f"warning: {_WARNINGS.get(code, code)}" for code in result.warnings]
    if not result.ok:
        errors = [f"{'conflict' if issue.conflict else 'error'}: {issue_text(issue)}"
                  for issue in result.errors]
        if any(issue.conflict for issue in result.errors):
            errors.append(_RESOLVE)
        return warnings + errors
    follows = len(result.changes) - len(result.main_changes)
    lines = [change_text(change) for change in result.main_changes]
    if follows:
        lines.append(f"and {follows} task(s) follow their events")
    return warnings + (lines or ["nothing to change"])

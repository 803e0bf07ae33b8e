"""The words of export and import: progress stages, import problems, changes and values.

The exchange layer hands over codes and plain values; everything here goes through
``QCoreApplication.translate`` with English source strings.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

from ecplanner.domain.findings import Problem
from ecplanner.domain.model import (
    Arrival,
    MarkdownStep,
    Phase,
)
from ecplanner.exchange.import_result import Action, GoesWith, ImportIssue
from ecplanner.ui.budget.texts import row_label
from ecplanner.ui.common import labels
from ecplanner.ui.common.messages import field_name, problem_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def stage_text(stage: str, importing: bool) -> str:
    sheets = {
        "overview": _tr("the Overview sheet"), "calendar": _tr("the Calendar sheet"),
        "events": _tr("the Events sheet"), "products": _tr("the Products sheet"),
        "clearance": _tr("the Clearance sheet"), "budget": _tr("the Budget sheet"),
        "tasks": _tr("the Tasks sheet"), "actuals": _tr("the Actuals sheet"),
    }
    if stage in sheets:
        template = _tr("Reading %1…") if importing else _tr("Writing %1…")
        return template.replace("%1", sheets[stage])
    return {
        "read": _tr("Reading the plan…"), "compute": _tr("Computing the figures…"),
        "save": _tr("Saving the file…"), "done": _tr("Comparing with the plan…"),
    }.get(stage, _tr("Working…"))


def _issue_words() -> dict[str, str]:
    return {
        "unreadable_file": _tr("This file cannot be read as an Excel workbook."),
        "unreadable_part": _tr("This part of the workbook cannot be read."),
        "part_too_large": _tr("This part of the workbook is larger than any workbook "
                              "ecplanner writes."),
        "cannot_read": _tr("This file cannot be read."),
        "not_a_file": _tr("This is not a file but a folder, a pipe or a device."),
        "file_too_large": _tr("This file is larger than any plan ecplanner writes."),
        "json_too_deep": _tr("This file nests its data deeper than any plan does."),
        "not_our_workbook": _tr("This file was not exported by ecplanner, so it cannot be "
                                "imported. Import a workbook or JSON file that ecplanner "
                                "exported."),
        "newer_schema": _tr("This file was written by a newer version of ecplanner. "
                            "Please update ecplanner to import it."),
        "other_plan": _tr("This file was exported from another plan. "
                          "Open that plan to import it."),
        "missing_sheet": _tr("The sheet is missing."),
        "missing_column": _tr("The column is missing."),
        "not_json": _tr("This file is not a JSON file."),
        "bad_shape": _tr("This part is not shaped as the JSON format describes."),
        "required": _tr("must not be empty"),
        "not_a_date": _tr("is not a date"),
        "not_a_number": _tr("is not a number"),
        "not_a_whole_number": _tr("is not a whole number"),
        "negative": _tr("must not be negative"),
        "percent_over_100": _tr("is a percentage over 100%"),
        "unknown_platform": _tr("is not a platform ecplanner knows"),
        "unknown_kind": _tr("is not an event kind ecplanner knows"),
        "unknown_season": _tr("is not a season ecplanner knows"),
        "unknown_role": _tr("is not a product role ecplanner knows"),
        "unknown_status": _tr("is not a product status ecplanner knows"),
        "unknown_id": _tr("is not the id of anything in this plan"),
        "duplicate_id": _tr("appears twice"),
        "duplicate_row": _tr("has no ID and is the same event (platform, title and start) "
                             "as another row"),
        "ambiguous_row": _tr("has no ID and matches several rows of the plan: put its ID "
                             "back"),
        "unknown_phase": _tr("is not a phase of this event"),
        "bad_arrivals": _tr("is not a list of arrivals such as "
                            "“2027-09-01 300; 2027-10-15 200”"),
        "incomplete_step": _tr("needs both its date and its discount"),
        "bad_value": _tr("is not a value this field takes"),
        "formula_not_calculated": _tr("is a formula the file holds no result for (it was "
                                      "saved by a program that does not calculate). Open "
                                      "the workbook in Excel to recalculate it, save it, "
                                      "and import again."),
        "shortened_text_edited": _tr("this text is longer than a cell holds, so the workbook "
                                     "shows only its beginning, and the marker line at its "
                                     "end was removed or changed. Keep that line to edit "
                                     "the beginning, or edit the whole text in the app."),
        "unknown_reference": _tr("points at something the plan does not hold"),
        "duplicate_month": _tr("holds the same month twice"),
        "duplicate_stock_plan": _tr("is the product of other clearance inputs (a product "
                                    "has one set)"),
        "conflict": _tr("the workbook holds “%1”, the plan now holds “%2”"),
        "conflict_plan_removed": _tr("edited in the workbook, removed from the plan"),
        "conflict_workbook_removed": _tr("removed from the workbook, changed in the plan"),
    }


def warning_text(code: str) -> str:
    """What a warning of the import means for the user."""
    return {
        "no_baseline": _tr("This workbook was exported by an earlier version of ecplanner and "
                           "does not record what it held. Every difference from the plan is "
                           "shown as the team's edit — including changes made in the app "
                           "since the export, which importing would undo — and plan rows "
                           "missing from it are removed. Check the list, or export again."),
    }.get(code, code)


def issue_text(issue: ImportIssue) -> str:
    """Where the problem is and what is wrong with it, in one sentence; a conflict (both
    sides changed it since the export, as the preview's summary says) is marked as one."""
    text = _issue_text(issue)
    return _tr("Conflict — %1").replace("%1", text) if issue.conflict else text


def _issue_text(issue: ImportIssue) -> str:
    words = _issue_words()
    code_text = words[issue.code] if issue.code in words else _problem(issue.code)
    if issue.code == "conflict":  # both values in the sentence, the workbook's first
        code_text = (code_text.replace("%1", issue.value or "—")
                     .replace("%2", issue.plan_value or "—"))
        issue = replace(issue, value="")
    elif issue.code == "duplicate_code":
        code_text = _duplicate_code(issue)
    elif issue.code == "duplicate_row" and issue.other:
        code_text += " " + (_tr("(row %1)") if issue.sheet else "(%1)").replace("%1",
                                                                             issue.other)
    if issue.detail:  # what the parser said, in its own (English) words
        code_text += f" ({issue.detail})"
    if not issue.sheet and not issue.header:
        return code_text
    if issue.sheet and issue.row and issue.column:
        where = (_tr("Sheet “%1”, cell %2 (%3)").replace("%1", issue.sheet)
                 .replace("%2", f"{issue.column}{issue.row}").replace("%3", issue.header))
    elif issue.sheet and issue.row:
        where = (_tr("Sheet “%1”, row %2").replace("%1", issue.sheet)
                 .replace("%2", str(issue.row)))
        if issue.header:
            where += f" ({issue.header})"
    elif issue.sheet:
        where = _tr("Sheet “%1”").replace("%1", issue.sheet)
        if issue.header:  # the part that holds it
            where += f" ({issue.header})"
    else:
        where = issue.header
    value = f" “{issue.value}”" if issue.value else ""
    return f"{where}{value}: {code_text}"


def _duplicate_code(issue: ImportIssue) -> str:
    """Whose code it already is: a row of the sheet, an entry of the JSON file, or a
    product of the plan the file does not hold."""
    if issue.other and issue.sheet:
        return _tr("is already the code of the product on row %1").replace("%1", issue.other)
    if issue.other:
        return _tr("is already the code of %1").replace("%1", issue.other)
    return _tr("is already the code of “%1” in the plan").replace("%1", issue.plan_value)


def goes_with_text(item: GoesWith, locale: QLocale | None = None) -> str:
    """One thing a removal takes with it, as the preview lists it under the removal."""
    locale = locale or QLocale()
    if item.what == "stock_plan":
        what = _tr("its clearance inputs (%1 on hand)").replace("%1", locale.toString(
            item.count))
    elif item.what == "tasks":
        what = (_tr("%1 tasks, %2 of them done").replace("%1", locale.toString(item.count))
                .replace("%2", locale.toString(item.done)))
    elif item.what == "featured":
        what = _tr("its place in %1 events").replace("%1", locale.toString(item.count))
    elif item.what == "product_days":
        what = _tr("%1 days of its real sales").replace("%1", locale.toString(item.count))
    else:
        text = item.text if len(item.text) <= 80 else item.text[:79] + "…"
        what = _tr("its notes “%1”").replace("%1", text)
    return _tr("Goes with it: %1").replace("%1", what)


def _problem(code: str) -> str:
    """The domain's validation codes, in the words the editors use."""
    return problem_text(Problem("", code)).strip()


def kind_label(kind: str) -> str:
    return {
        "plan": _tr("Plan"), "event": _tr("Event"), "product": _tr("Product"),
        "stock_plan": _tr("Clearance inputs"), "budget_month": _tr("Budget month"),
        "task": _tr("Task"), "actual": _tr("Daily figures"),
        "channel_day": _tr("Ad channel's day"),
    }.get(kind, kind)


def action_label(action: Action) -> str:
    return {Action.ADDED: _tr("Added"), Action.CHANGED: _tr("Changed"),
            Action.REMOVED: _tr("Removed")}[action]


def field_label(field: str) -> str:
    extra = {
        "kind": _tr("Kind"), "platform": _tr("Platform"), "owner": _tr("Owner"),
        "notes": _tr("Notes"), "season": _tr("Season"), "category": _tr("Category"),
        "wave": _tr("Wave"), "role": _tr("Role"), "status": _tr("Status"),
        "season_end": _tr("Season end"), "due": _tr("Due"), "market": _tr("Market"),
    }
    if field in extra:
        return extra[field]
    label = row_label(field)
    return label if label != field else field_name(field)


_FRACTIONS = frozenset({"discount", "target_sell_through", "cvr", "weight", "affiliate_rate",
                        "affiliate_share", "cogs_rate", "commission_rate", "payment_fee_rate",
                        "refund_rate"})


def value_text(field: str, value: object, locale: QLocale | None = None) -> str:
    """A changed value as the preview shows it ("—" for none)."""
    locale = locale or QLocale()
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, tuple):
        return "; ".join(value_text(field, item, locale) for item in value)
    if isinstance(value, Phase):
        return (f"{value.name} {value.start:%Y-%m-%d %H:%M} – {value.end:%m-%d %H:%M}")
    if isinstance(value, MarkdownStep):
        return f"{value.start.isoformat()} −{locale.toString(value.discount * 100, 'f', 0)}%"
    if isinstance(value, Arrival):
        return f"{value.day.isoformat()} × {locale.toString(value.units)}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, float) and field in _FRACTIONS:
        return locale.toString(value * 100, "f", 1) + "%"
    if isinstance(value, float):
        return locale.toString(value, "f", 0 if value.is_integer() else 2)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, Enum):
        return labels.enum_label(value)
    if field == "platform" and isinstance(value, str):
        return labels.platform(value)
    return str(value)


"""User-visible words for the domain's codes (validation problems, refusals, fields)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ecplanner.domain.findings import Problem
from ecplanner.domain.validation import MAX_AMOUNT, MAX_UPLIFT, MIN_POSITIVE
from ecplanner.domain.value_rules import DATE_YEARS, MAX_TEXT
from ecplanner.store.errors import PlanFileError, ReadOnlyCause, Refusal


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def field_name(name: str) -> str:
    names = {
        "title": _tr("Title"), "end": _tr("End"), "start": _tr("Start"),
        "uplift": _tr("Traffic uplift"), "discount": _tr("Discount"), "color": _tr("Colour"),
        "registration_deadline": _tr("Registration deadline"), "phases": _tr("Phases"),
        "code": _tr("Code"), "name": _tr("Name"), "unit_cost": _tr("Unit cost"),
        "list_price": _tr("List price"), "delist": _tr("Delist date"),
        "launch": _tr("Launch date"), "first_order_qty": _tr("First order quantity"),
        "lead_time_days": _tr("Lead time"), "on_hand": _tr("Stock on hand"),
        "base_weekly_sales": _tr("Base weekly sales"), "elasticity": _tr("Elasticity"),
        "target_sell_through": _tr("Target sell-through"), "ladder": _tr("Markdown ladder"),
        "arrivals": _tr("Arrivals"), "store_name": _tr("Store name"), "year": _tr("Year"),
        "annual_target": _tr("Annual target"), "markets": _tr("Markets"),
        "expected_launch_months": _tr("Expected launch months"),
        "price_lock_days": _tr("Price-lock window"),
        "season_milestones": _tr("Season milestone defaults"),
        "inbound_buffer_days": _tr("Inbound buffer"),
        "milestone_offsets": _tr("Milestones"),
        "shipping_cutoff_days": _tr("Last day to ship before Spring Festival"),
        "shutdown_traffic": _tr("Traffic during the courier shutdown"),
        "forecast_growth": _tr("Growth on last year"),
        "allowed_discounts": _tr("Allowed discounts"), "notes": _tr("Notes"),
        "owner": _tr("Owner"), "due": _tr("Due"), "days": _tr("Days"),
        "featured_products": _tr("Featured products"),
    }
    return names.get(name, name)


def problem_text(problem: Problem) -> str:
    codes = {
        "required": _tr("must not be empty"),
        "end_before_start": _tr("ends before it starts"),
        "must_be_positive": _tr("must be greater than zero"),
        "fraction_out_of_range": _tr("must be between 0% and 100%"),
        "growth_out_of_range": _tr("must be between −90% and +500%"),
        "bad_color": _tr("is not a colour like #FF5000"),
        "deadline_after_start": _tr("is after the event starts"),
        "negative": _tr("must not be negative"),
        "delist_before_launch": _tr("is before the launch date"),
        "bad_month": _tr("is not a month"),
        "elasticity_out_of_range": _tr("must be between 0 and 10"),
        "bad_days": _tr("is not a number of days this field takes"),
        "bad_year": _tr("is not a year between 2000 and 2100"),
        "plan_read_only": _tr("This plan is read-only: nothing was changed. Save a copy "
                              "to edit it."),
        "not_finite": _tr("is not a finite number"),
        "listed_twice": _tr("lists the same item twice"),
        "too_large": _tr("is too large to be stored"),
        "amount_too_large": _tr("must not be more than %1").replace(
            "%1", QLocale().toString(int(MAX_AMOUNT))),
        "too_small": _tr("must be 0 or at least %1").replace(
            "%1", QLocale().toString(MIN_POSITIVE, "f", 6)),
        "uplift_too_large": _tr("must not be more than ×%1").replace(
            "%1", QLocale().toString(int(MAX_UPLIFT))),
        "text_too_long": _tr("is longer than %1 characters").replace(
            "%1", QLocale().toString(MAX_TEXT)),
        "bad_text": _tr("holds a character that is not valid text (a lone surrogate)"),
        "date_out_of_range": _tr("is not a date between %1 and %2").replace(
            "%1", str(DATE_YEARS.start)).replace("%2", str(DATE_YEARS.stop - 1)),
    }
    text = codes.get(problem.code, problem.code)
    extra = dict(problem.params).get("phase")
    where = field_name(problem.field) + (f" “{extra}”" if extra else "")
    return field_problem(where, text)


def field_problem(where: str, text: str) -> str:
    """"Title must not be empty": the field (``where``, may be empty), then what is wrong."""
    if not where:
        return text
    return (QCoreApplication.translate("Messages", "%1 %2", "a field, then what is wrong with it")
            .replace("%1", where).replace("%2", text))


def problems_text(problems: list[Problem]) -> str:
    return "\n".join(problem_text(p) for p in problems)


def refusal_text(error: PlanFileError) -> str:
    texts = {
        Refusal.MISSING: _tr("There is no file at this place."),
        Refusal.NOT_SQLITE: _tr("This file is not an ecplanner plan."),
        Refusal.NOT_A_PLAN: _tr("This database was not made by ecplanner."),
        Refusal.NEWER_VERSION: _tr("This plan was saved by a newer version of ecplanner. "
                                   "Please update ecplanner to open it."),
        Refusal.DAMAGED: _tr("This plan is damaged and cannot be read safely. "
                             "A backup copy may be in the backups folder."),
        Refusal.ALREADY_OPEN: _tr("This plan is already open in another window or program."),
        Refusal.MIGRATION_FAILED: _tr("This plan could not be upgraded; it was left unchanged."),
        Refusal.EXISTS: _tr("A file with this name already exists."),
        Refusal.UNWRITABLE: _tr("The plan cannot be saved in this place."),
        Refusal.READ_ONLY: _tr("This plan is in a place that cannot be written to, so it "
                               "cannot be changed there. Copy it to a folder you can write "
                               "to and open the copy."),
        Refusal.ROLLBACK_BLOCKED: _tr(
            "A save of this plan was cut short (the app or the computer stopped), and it must "
            "be undone before the plan is opened, but the plan's folder cannot be written to. "
            "The plan is not damaged: make the folder writable, or move the plan together "
            "with the file “%1” beside it, then open it again."),
        Refusal.UNFINISHED: _tr("Creating this plan was cut short, so it holds nothing. "
                                "Delete it and create the plan again."),
        Refusal.UNREADABLE: _tr("You do not have permission to read this file."),
        Refusal.NOT_A_FILE: _tr("This is not a plan file: it is a folder, a pipe or a "
                                "device."),
    }
    text = texts[error.refusal].replace("%1", error.detail)
    if error.refusal is Refusal.DAMAGED and error.detail:  # what was found, in SQLite's words
        text += f"\n\n({error.detail})"
    return f"{text}\n\n{error.path}"


def read_only_text(cause: ReadOnlyCause) -> str:
    """The bar above a read-only plan's tabs: that it is read-only, why, and what to do."""
    texts = {
        ReadOnlyCause.FILE: _tr("This plan is read-only (the file cannot be written): you can "
                                "look and export, not edit. Save a Copy to edit."),
        ReadOnlyCause.FOLDER: _tr("This plan is read-only (its folder cannot be written): you "
                                  "can look and export, not edit. Save a Copy to edit."),
        ReadOnlyCause.REQUESTED: _tr("This plan is open read-only: you can look and export, "
                                     "not edit. Save a Copy to edit."),
    }
    return texts[cause]

"""What an import found: the changes it would make, as ops, or the reasons it refuses.

Shared by the workbook and the JSON import. An import is all or nothing: when
``errors`` is not empty, ``ops`` is empty. The UI and the command line turn the codes
into words; values are kept as they are (dates, numbers, codes) for them to format.

Issue codes — file level: ``unreadable_file``, ``not_our_workbook``, ``newer_schema``,
``other_plan``, ``missing_sheet``, ``missing_column``, ``not_json``, ``bad_shape``;
cell level: ``required``, ``not_a_date``, ``not_a_number``, ``not_a_whole_number``,
``negative``, ``percent_over_100``, ``unknown_platform``, ``unknown_kind``,
``unknown_season``, ``unknown_role``, ``unknown_status``, ``unknown_id``, ``duplicate_id``,
``duplicate_code`` (a product code another product has, case and width aside, as the
app's own check; ``other`` says where), ``duplicate_row`` (a row without an id that is the
same event or stock plan as another: ``other``), ``ambiguous_row`` (a row without an id
that matches several of the plan's; see ``import_rows``), ``unknown_phase``,
``bad_arrivals``, ``incomplete_step``, ``bad_value``, ``formula_not_calculated`` (a formula
whose result the workbook does not hold), ``shortened_text_edited`` (a text the export
shortened to fit a cell, its marker line gone: ``xlsx_text``); and the domain's
validation codes (``end_before_start``, ``delist_before_launch``, ``fraction_out_of_range``,
``must_be_positive``, ``deadline_after_start``, …); conflicts of a three-way workbook
import (``xlsx_import_base``): ``conflict`` (a cell the team edited whose field the plan
changed too since the export; ``plan_value`` holds the plan's), ``conflict_plan_removed``
(a row the team edited whose entity the plan removed since), ``conflict_workbook_removed``
(a row the team deleted whose entity the plan changed since). Warning codes (the import
still works): ``no_baseline`` (a workbook exported before the export recorded what it
held: every difference from the plan counts as the team's edit).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, is_dataclass
from enum import StrEnum

from ecplanner.domain.findings import Problem
from ecplanner.domain.ops import Op, Put
from ecplanner.domain.validation import problems_in
from ecplanner.domain.value_rules import bad_value


@dataclass(frozen=True)
class ImportIssue:
    """Why an import is refused, and where: ``row`` as the spreadsheet numbers it (1 =
    header) and ``column`` its letter; for JSON, ``header`` is the path (``events[3].start``).
    ``value`` is the value as ``quoted`` shows it. ``other`` is where the other of a duplicate
    is: a row number on the same sheet, a JSON path, or "" for an entity of the plan the
    file does not hold (``plan_value`` names it). ``detail`` is what a parser said about a
    file or part it cannot read, in its own (English) words."""

    code: str
    sheet: str = ""
    row: int = 0
    column: str = ""
    header: str = ""
    value: str = ""
    plan_value: str = ""
    other: str = ""
    detail: str = ""

    @property
    def conflict(self) -> bool:
        """Both the team (in the workbook) and the plan changed the same thing."""
        return self.code.startswith("conflict")


class Action(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class GoesWith:
    """What a removal takes from the plan with it: ``what`` is ``stock_plan`` (``count``
    units on hand), ``tasks`` (``count`` tasks, ``done`` of them done), ``featured`` (the
    product is featured in ``count`` events), ``product_days`` (``count`` days of the
    product's real sales) or ``notes`` (``text``)."""

    what: str
    count: int = 0
    done: int = 0
    text: str = ""


@dataclass(frozen=True)
class Change:
    """One entity the import adds, changes or removes.

    ``kind`` is ``plan``, ``event``, ``product``, ``stock_plan``, ``budget_month``,
    ``task`` or ``actual``. ``follows`` marks a change the import makes because of another
    one (the open tasks of a moved event move with it, a new event brings its tasks).
    ``goes_with`` lists what a removal takes with it.
    """

    kind: str
    key: str
    label: str
    action: Action
    fields: tuple[FieldChange, ...] = ()
    follows: bool = False
    goes_with: tuple[GoesWith, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    changes: tuple[Change, ...]
    errors: tuple[ImportIssue, ...]
    ops: tuple[Op, ...]
    applied: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def main_changes(self) -> tuple[Change, ...]:
        """The changes the file itself asks for (without the ones that follow from them)."""
        return tuple(c for c in self.changes if not c.follows)


QUOTED_LENGTH = 200
_SURROGATE = re.compile("[\ud800-\udfff]")


def quoted(value: object) -> str:
    """A value as an issue quotes it: its text (a tuple's items joined by "; "), lone
    surrogates written as ``\\udXXX`` (nothing can print them), at most ``QUOTED_LENGTH``
    characters (cut with "…")."""
    try:
        text = "; ".join(map(str, value)) if isinstance(value, tuple) else str(value)
    except ValueError:  # an integer of more digits than Python writes out
        text = "a number of more than 4,300 digits"
    if len(text) > QUOTED_LENGTH:
        text = text[:QUOTED_LENGTH - 1] + "…"
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def refused(errors: Iterable[ImportIssue], warnings: tuple[str, ...] = ()) -> ImportResult:
    return ImportResult((), tuple(errors), (), warnings=warnings)


def checked(result: ImportResult) -> ImportResult:
    """``result`` refused when the store would refuse any of its ops (``problems_in``, the
    check ``store.write`` runs), each problem naming the entity and field; so a dry run
    refuses whatever the import would. The readers name the cells and paths of the fields
    they read; this catches what follows from them (the tasks an event moves along)."""
    if not result.ok:
        return result
    changes = {c.key: c for c in result.changes}
    issues: list[ImportIssue] = []
    for op in result.ops:
        if not isinstance(op, Put):
            continue
        change = changes.get(op.key)
        what = f"{change.kind} “{change.label}”" if change else op.key
        issues += [domain_issue(what, op.entity, p) for p in problems_in([op])]
    return refused(issues, result.warnings) if issues else result


def domain_issue(where: str, entity: object, problem: Problem) -> ImportIssue:
    """The domain's ``problem`` with ``entity`` (at ``where``: a JSON path, or the entity
    named) and the value — the part of a nested value (a phase's start) when the problem
    says where in it."""
    value = getattr(entity, problem.field, "")
    at = dict(problem.params).get("at", "")
    if at and (found := bad_value(value)) is not None:
        value = found[2]
    return ImportIssue(problem.code, header=f"{where}.{problem.field}{at}", value=quoted(value))


def same(old: object, new: object) -> bool:
    """Equal, with floats compared to 12 significant digits (spreadsheets keep 15–16);
    integers exactly (one beyond any float, as a refused import may hold, included)."""
    if isinstance(old, float | int) and isinstance(new, float | int) \
            and not isinstance(old, bool) and not isinstance(new, bool):
        if isinstance(old, int) and isinstance(new, int):
            return old == new
        try:
            return math.isclose(old, new, rel_tol=1e-12, abs_tol=1e-9)
        except OverflowError:  # an integer no float comes near
            return False
    return old == new


def alike(old: object, new: object) -> bool:
    """``same``, also inside tuples and frozen dataclasses (phases, ladders, arrivals)."""
    if isinstance(old, tuple) and isinstance(new, tuple):
        return len(old) == len(new) and all(alike(a, b) for a, b in zip(old, new, strict=True))
    if is_dataclass(old) and type(old) is type(new):
        return all(alike(getattr(old, f.name), getattr(new, f.name)) for f in fields(old))
    return same(old, new)


def field_changes(old: object, new: object, names: Iterable[str]) -> tuple[FieldChange, ...]:
    """The fields among ``names`` whose values differ between two entities."""
    return tuple(FieldChange(name, getattr(old, name), getattr(new, name)) for name in names
                 if not same(getattr(old, name), getattr(new, name)))

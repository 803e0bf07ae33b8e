"""The three-way comparison of a re-imported row: the workbook's values (the team's), the
values as exported (``xlsx_baseline``) and the plan's current values, each parsed by the
sheet's own reader from cells (the plan's rendered as the sheet would show them now), so
the three compare like for like.

Per field of a row the workbook matches by id:

- the workbook holds what was exported: the team did not touch it, and the plan's current
  value stays — even when the app changed it since the export;
- it differs: the team edited it. The edit is taken where the plan still holds the exported
  value; where the plan already holds the team's value nothing changes; where the plan holds
  a third value both sides changed the field: a ``conflict`` on the cell, naming the plan's
  value. A conflict is an error like any other: the whole import is refused and nothing is
  applied, so neither side's work is overwritten silently. The user keeps the plan's value
  by making the cell equal to it, or the team's by setting the plan to it, and imports again.

Per row: a plan row missing from the workbook is removed only when it was exported (rows
added in the app since are kept), and not when the app changed it since the export
(``conflict_workbook_removed``). A workbook row of an exported entity the app removed since
is ignored when untouched and a ``conflict_plan_removed`` when edited. Without a baseline
(a workbook exported before it was recorded, or a row it did not export) every value that
differs from the plan counts as the team's edit, as a two-way comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ecplanner.exchange.import_result import ImportIssue, alike
from ecplanner.exchange.xlsx.baseline import BaseSheet
from ecplanner.exchange.xlsx.import_cells import read_text
from ecplanner.exchange.xlsx.import_sheet import Record, SheetReader
from ecplanner.exchange.xlsx.text import text_of

Values = Mapping[str, object]
Parse = Callable[[Record], Values | None]


class Versions:
    """The exported rows of one sheet (``base``, None for a two-way import) and a reader of
    the plan's rows rendered as cells in ``keys`` order."""

    def __init__(self, sheet: SheetReader, base: BaseSheet | None, keys: Sequence[str]) -> None:
        self.sheet = sheet
        self.base = base
        self._plan = SheetReader.keyed(sheet.key, sheet.name, keys, (), sheet.words)

    def exported(self, ident: str, sub: int = 0) -> Record | None:
        """The row as exported; None for a two-way import or a row not exported."""
        return None if self.base is None else self.base.record(ident, sub)

    def plan(self, cells: Sequence[object]) -> Record:
        """The plan's row, rendered as ``cells``."""
        return self._plan.record_of(cells)

    def removable(self, ident: str) -> bool:
        """A plan row missing from the workbook counts as removed (it was exported)."""
        return self.base is None or ident in self.base.ids

    def gone(self, record: Record, ident: str, sub: int, parse: Parse) -> bool:
        """For a row whose id the plan no longer holds: True when it was exported (the
        app removed it since) — with a conflict on the row if the team edited it; False
        for an id that was never exported."""
        exported = self.exported(ident, sub)
        if exported is None:
            return False
        theirs, was = parse(record), parse(exported)
        if theirs is not None and was is not None and edited(theirs, was):
            record.fail("conflict_plan_removed", "id", ident)
        return True

    def kept_by_plan(self, ident: str, label: str, plan: Record, parse: Parse,
                     sub: int = 0) -> bool:
        """For a plan row the team deleted: True when the app changed it since the export
        (a conflict is reported, the row stays)."""
        exported = self.exported(ident, sub)
        if exported is None:
            return False
        was, now = parse(exported), parse(plan)
        if was is None or now is None or not edited(now, was):
            return False
        self.sheet.issues.append(ImportIssue("conflict_workbook_removed", self.sheet.name,
                                             value=label))
        return True


def edited(theirs: Values, was: Values) -> bool:
    """Some field of ``theirs`` differs from ``was``."""
    return any(not alike(value, was.get(name)) for name, value in theirs.items())


def rebase(record: Record, theirs: Values, exported: Record | None, current: object,
           plan: Callable[[], Record], parse: Parse,
           columns: Mapping[str, Sequence[str]] | None = None) -> dict[str, object]:
    """The fields of ``theirs`` (the workbook row, parsed) to write into ``current`` (the
    plan's entity; ``plan()`` renders it as a row), by the rules of the module doc;
    conflicts are reported on ``record``. ``columns`` names the cells of a field (default:
    its name)."""
    was = None if exported is None else parse(exported)
    if was is None:  # two-way: what differs from the plan is the team's
        return {name: value for name, value in theirs.items()
                if not alike(getattr(current, name), value)}
    edits = {name: value for name, value in theirs.items() if not alike(value, was.get(name))}
    if not edits:  # untouched: the plan's row is not even rendered
        return {}
    rendered = plan()
    now = parse(rendered)
    taken: dict[str, object] = {}
    for name, value in edits.items():
        if now is not None and alike(now.get(name), was.get(name)):
            taken[name] = value
        elif now is None or not alike(now.get(name), value):
            _conflict(record, rendered, (columns or {}).get(name, (name,)))
    return taken


def _conflict(record: Record, plan: Record, keys: Sequence[str]) -> None:
    """A conflict on the first of ``keys`` whose cell differs from the plan's."""
    present = [k for k in keys if record.has(k)] or list(keys)
    key = next((k for k in present if text_of(record.raw(k)) != text_of(plan.raw(k))),
               present[0])
    index = record.sheet.columns.get(key)
    record.fail_at("conflict", index, record.raw_at(index), read_text(plan.raw(key)))

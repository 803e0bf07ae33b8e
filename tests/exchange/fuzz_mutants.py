"""Hostile imports, for the fuzz suite (``test_import_fuzz.py``) and its longer run
(``tests/perf/fuzz_imports.py``): mutants of an exported JSON file and workbook, and the
property every import keeps.

A mutant changes one to three things: a number made extreme (NaN, ±Infinity, 1e999, 2⁶³,
a 5,000-digit integer, 5e-324 …), a text made hostile (a lone surrogate, 100,001
characters, NUL, a date that is none), a value made a structure or nested 100,000 deep, a
key dropped, the file cut short or a byte put in; in a workbook a cell (a number, a typed
text, a formula without its result, a string index that is not there), or a part cut
short, its bytes flipped, a DTD or an entity bomb put in, its encoding declared wrong, the
part left out.

The property (``Harness.outcome``): the dry run and the import, each through
``import_plan`` as the command line runs them, raise nothing and say the same; either the
import is applied whole and the plan still exports (workbook and JSON), or it is refused,
each problem on one line, and the plan holds what it held.
"""

from __future__ import annotations

import io
import json
import shutil
import traceback
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import Phase as HPhase
from hypothesis import strategies as st

from ecplanner import plans
from ecplanner.domain import demo
from ecplanner.domain.model import DailyActual
from ecplanner.domain.ops import Put
from ecplanner.exchange.cli_commands import export_plan, import_plan, result_lines
from ecplanner.exchange.plan_snapshot import read_snapshot
from ecplanner.store.plan_store import PlanStore
from tests.exchange.workbook_parts import (
    number,
    parts,
    replace_part,
    set_cell,
    set_value,
    typed_text,
)

TODAY = date(2026, 10, 1)
NUMBERS: tuple[object, ...] = (
    0, -1, -0.0, 0.5, 1, 100, 101, 3650, 3651, 1e15, 1.5e15, 1e20, 1e300, 1e308, -1e308,
    5e-324, 2**53 + 1, 2**63 - 1, 2**63, -(2**63) - 1, 2**64, float("nan"), float("inf"),
    float("-inf"))
RAW_NUMBERS = ("1e999", "-1e999", "9" * 5000, "1" + "0" * 400, "-0", "1E+2")
TEXTS = ("", " ", "\x00", "\ud800", "a\udfffb", "\ufffe\uffff", "x" * 100_001,
         "长" * 100_000, "2027-02-30", "0001-01-01", "9999-12-31", "2027-06-18T25:00",
         "2110-12-31", "inf", "NaN", "#GGGGGG", "tmall", "major_sale", "\u202e", "=1+1",
         "_xD800_", "_x0000_", "<r>x</r>")
ODD: tuple[object, ...] = (None, True, [], {}, [1, [2]], {"a": 1})
DEPTHS = (2, 63, 64, 65, 1000, 100_000)
FAR_REFS = ("A1048577", "XFE2", "A99999999999", "XFD1048576")
CELL_NUMBERS = ("0", "-1", "0.5", "1E20", "1E300", "1E400", "-1E400", "NaN", "INF",
                "9" * 5000, "1E-320", "46388", "2958466", "abc", "")
CELL_XML = (' t="s"><v>999999</v>', ' t="s"><v>-1</v>', ' t="b"><v>1</v>',
            ' t="e"><v>#REF!</v>', "><f>1+1</f>", "><f>1+1</f><v>2</v>",
            ' t="inlineStr"><is><t>x</t></is>', ' t="str"><v>x</v>', "/")
_BOMB = (b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
         + b"".join(b'<!ENTITY %c "%s">' % (98 + n, b"&%c;" % (97 + n) * 10)
                    for n in range(8)) + b"]>")


class Harness:
    """A demo plan (with a few days of actuals), its exports, and the plan file each
    example imports into (a fresh copy after an example that changed it)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pristine = folder / "pristine.ecplan"
        store = plans.create_plan(self.pristine, demo.demo_info(2027), with_demo=True)
        store.write([Put(DailyActual(date(2026, 3, 1) + timedelta(days=n), uv=1000 + n,
                                     buyers=30, orders=32, gmv=6400.0 + n, spend=800.0))
                     for n in range(5)])
        export_plan(store, xlsx=folder / "base.xlsx", json=folder / "base.json")
        store.close()
        self.book = (folder / "base.xlsx").read_bytes()
        self.data: dict[str, Any] = json.loads((folder / "base.json").read_text("utf-8"))
        self.leaves = list(_paths(self.data))
        self.grid = _grid(self.book)
        self.path = folder / "plan.ecplan"
        self.store = self._fresh()

    def _fresh(self) -> PlanStore:
        shutil.copy(self.pristine, self.path)
        return PlanStore.open(self.path)

    def outcome(self, kind: str, payload: bytes) -> str:
        """``applied``, ``unchanged`` or ``refused``; an AssertionError (or whatever the
        import raised) when the property does not hold."""
        source = self.folder / f"in.{kind}"
        source.write_bytes(payload)
        before = _entities(self.store)
        dry = import_plan(self.store, **{kind: source}, dry_run=True)  # type: ignore[arg-type]
        assert not dry.applied and _entities(self.store) == before, "the dry run wrote"
        real = import_plan(self.store, **{kind: source})  # type: ignore[arg-type]
        assert real.errors == dry.errors, (dry.errors, real.errors)
        assert _summary(real.changes) == _summary(dry.changes), "the dry run said otherwise"
        lines = result_lines(real)
        assert all("\n" not in line and "\r" not in line for line in lines), lines
        if not real.ok:
            assert not real.applied and _entities(self.store) == before, "refused, yet written"
            return "refused"
        export_plan(self.store, xlsx=self.folder / "out.xlsx", json=self.folder / "out.json")
        if not real.applied:
            return "unchanged"
        self.store.close()
        self.store = self._fresh()
        return "applied"

    def close(self) -> None:
        self.store.close()


def _entities(store: PlanStore) -> tuple[object, ...]:
    s = read_snapshot(store, TODAY)
    return (s.info, s.events, s.products, s.stock_plans, s.budget_months, s.actuals, s.tasks,
            s.task_templates, s.settings)


def _summary(changes: tuple[Any, ...]) -> list[tuple[str, str, str]]:
    """What the changes say, without the ids new entities draw afresh each time."""
    return [(c.kind, c.label, c.action.value) for c in changes]


def _paths(data: object, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in ``data`` a value can be put: each key and item, containers too."""
    if at:
        yield at
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*at, key))
    elif isinstance(data, list):
        for n, value in enumerate(data[:3]):  # the first few items of long lists suffice
            yield from _paths(value, (*at, n))


def _grid(book: bytes) -> list[tuple[str, int, int]]:
    """Each sheet's name and its rows and columns, as written; the sheets the import reads
    three times over (the rest are the app's output, which the import leaves alone)."""
    workbook = openpyxl.load_workbook(io.BytesIO(book), read_only=True)
    try:
        meta = {row[0]: row[1] for row in workbook["_ecplanner"].iter_rows(values_only=True)}
        read = {meta[f"sheet.{key}"] for key in ("events", "products", "clearance", "budget")}
        read |= {"_ecplanner", meta["baseline"]}
        return [(ws.title, ws.max_row or 1, min(ws.max_column or 1, 30))
                for ws in workbook.worksheets for _ in range(3 if ws.title in read else 1)]
    finally:
        workbook.close()


# -- JSON -------------------------------------------------------------------------------

@st.composite
def json_mutants(draw: st.DrawFn, harness: Harness) -> bytes:
    data = json.loads(json.dumps(harness.data))
    raw: dict[str, str] = {}
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(harness.leaves))
        parent = _at(data, path[:-1])
        if parent is None:
            continue
        how = draw(st.sampled_from(("number", "raw", "text", "odd", "deep", "drop")))
        if how == "drop":
            if isinstance(parent, dict):
                parent.pop(path[-1], None)
            continue
        if how == "number":
            value: object = draw(st.sampled_from(NUMBERS))
        elif how == "text":
            value = draw(st.sampled_from(TEXTS))
        elif how == "odd":
            value = draw(st.sampled_from(ODD))
        else:
            token = f"@raw{len(raw)}@"
            if how == "raw":
                raw[token] = draw(st.sampled_from(RAW_NUMBERS))
            else:
                depth = draw(st.sampled_from(DEPTHS))
                inner = json.dumps(_at(data, path), allow_nan=True)
                raw[token] = "[" * depth + inner + "]" * depth
            value = token
        _put(parent, path[-1], value)
    if draw(st.booleans()) and draw(st.booleans()):
        data["mode"] = "replace"
    text = json.dumps(data, allow_nan=True)  # ASCII: a lone surrogate stays \\udXXX
    for token, written in raw.items():
        text = text.replace(f'"{token}"', written)
    payload = text.encode("ascii")
    damage = draw(st.sampled_from(("none",) * 6 + ("cut", "byte")))
    where = draw(st.integers(0, len(payload)))
    if damage == "cut":
        payload = payload[:where]
    elif damage == "byte":
        payload = payload[:where] + draw(st.sampled_from((b"\xff", b"\x00", b"[", b'"',
                                                          b"}"))) + payload[where:]
    return payload


def _at(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        try:
            data = data[key]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _put(parent: Any, key: Any, value: object) -> None:
    if isinstance(parent, dict) or (isinstance(parent, list) and key < len(parent)):
        parent[key] = value


# -- workbook ---------------------------------------------------------------------------

@st.composite
def workbook_mutants(draw: st.DrawFn, harness: Harness) -> bytes:
    book = harness.book
    for _ in range(draw(st.integers(1, 2))):
        how = draw(st.sampled_from(("number", "value", "text", "cell", "cell", "text",
                                    "part", "zip")))
        if how == "part":
            book = _damaged_part(draw, book)
            continue
        if how == "zip":
            if book:
                cut = draw(st.integers(0, len(book) - 1))
                book = book[:cut] if draw(st.booleans()) else \
                    book[:cut] + bytes([book[cut] ^ 0x55]) + book[cut + 1:]
            continue
        sheet, rows, cols = draw(st.sampled_from(harness.grid))
        ref = (_letters(draw(st.integers(1, cols + 1)))
               + str(draw(st.integers(1, min(rows, 60) + 1))))
        if draw(st.integers(0, 9)) == 0:  # a cell no sheet has, now and then
            ref = draw(st.sampled_from(FAR_REFS))
        try:
            if how == "number":
                book = set_cell(book, sheet, ref, number(draw(st.sampled_from(CELL_NUMBERS))))
            elif how == "value":
                book = set_value(book, sheet, ref, draw(st.sampled_from(CELL_NUMBERS)))
            elif how == "text":
                book = typed_text(book, sheet, ref, draw(st.sampled_from(TEXTS)))
            else:
                book = set_cell(book, sheet, ref, draw(st.sampled_from(CELL_XML)))
        except _UNEDITABLE:
            continue  # an earlier edit left no such sheet or cell: nothing to change
    return book


# What editing a workbook an earlier edit damaged (a zip cut short) may raise.
_UNEDITABLE = (AssertionError, KeyError, zipfile.BadZipFile, zlib.error, EOFError,
               UnicodeDecodeError)
_PART_EDITS: dict[str, Callable[[bytes, int], bytes]] = {
    "cut": lambda body, at: body[:at],
    "byte": lambda body, at: body[:at] + b"\xff" + body[at:],
    "flip": lambda body, at: body[:at] + bytes([body[at] ^ 0x20]) + body[at + 1:]
    if at < len(body) else body,
    "bomb": lambda body, _: _BOMB + body.split(b"?>", 1)[-1].replace(
        b"<t", b"<t>&i;</t><t", 1),
    "external": lambda body, _: b'<!DOCTYPE x SYSTEM "file:///etc/passwd">'
    + body.split(b"?>", 1)[-1],
    "char": lambda body, at: body.replace(b"<v>", b"<v>&#1;", 1),
    "surrogate": lambda body, at: body.replace(b"<v>", b"<v>&#xD800;", 1),
    "encoding": lambda body, _: body.replace(b'encoding="UTF-8"', b'encoding="UTF-16"', 1),
    "empty": lambda body, _: b"",
}


def _damaged_part(draw: st.DrawFn, book: bytes) -> bytes:
    try:
        name = draw(st.sampled_from(parts(book)))
        how = draw(st.sampled_from((*sorted(_PART_EDITS), "drop")))
        if how == "drop":
            return replace_part(book, name, None)
        at = draw(st.integers(0, 1 << 20))
        return replace_part(book, name,
                            lambda body: _PART_EDITS[how](body, at % (len(body) + 1)))
    except _UNEDITABLE:
        return book


def _letters(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# -- running ----------------------------------------------------------------------------

@dataclass
class Tally:
    applied: int = 0
    unchanged: int = 0
    refused: int = 0
    failures: list[str] = field(default_factory=list)


def fuzz(harness: Harness, kind: str, examples: int, *, at: int | None = None) -> Tally:
    """Run ``examples`` mutants of ``kind`` (``json`` or ``xlsx``) through the property:
    the same ones each time (``at`` None), or those of the seed ``at``. A failure is
    counted with what it was, and the run goes on."""
    tally = Tally()
    mutants = json_mutants(harness) if kind == "json" else workbook_mutants(harness)

    @settings(max_examples=examples, derandomize=at is None, database=None, deadline=None,
              phases=(HPhase.generate,),
              suppress_health_check=list(HealthCheck))
    @given(payload=mutants)
    def run(payload: bytes) -> None:
        try:
            result = harness.outcome(kind, payload)
        except Exception as error:  # the failure is the finding: count it, keep going
            where = traceback.extract_tb(error.__traceback__)[-1]
            tally.failures.append(f"{type(error).__name__}: {str(error)[:300]} "
                                  f"({Path(where.filename).name}:{where.lineno})")
            harness.store.close()
            harness.store = harness._fresh()
            return
        setattr(tally, result, getattr(tally, result) + 1)

    (run if at is None else seed(at)(run))()
    return tally

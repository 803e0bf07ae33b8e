"""What each importable row held when it was exported, so that a re-import can tell the
team's edits from the app's (a three-way comparison, see ``xlsx_import_base``).

The export copies, for every row the import reads, the cells of its importable columns —
the very values written to the visible sheet — into the very hidden sheet
``_ecplanner_base``. It holds one block per data sheet: a row ``#`` | sheet key | column
keys (``xlsx_words`` header keys, so the team may move columns in the visible sheet), then
one row per exported row: its cells as a JSON list in column A (continued in B, C, … past
16,000 characters, which any text keeps within Excel's 32,767 UTF-16 units for a cell),
dates as ``{"d": iso}`` and date-times as ``{"t": iso}``. One text cell per row keeps the
export fast (a large plan has about 10,000 such rows). A block's rows are also the list of
the ids that were exported. Texts are recorded whole, also those the visible sheet shows
shortened (``xlsx_text``): ``restore_long_texts`` puts them back in the sheet read.

A workbook from before this sheet existed has no ``baseline`` entry in ``_ecplanner``; its
import falls back to comparing the workbook with the plan alone (and says so).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ecplanner.exchange.json_io_parse import load_bounded
from ecplanner.exchange.xlsx.import_cells import CellError, Unreadable, read_text, read_whole
from ecplanner.exchange.xlsx.import_sheet import Record, SheetReader
from ecplanner.exchange.xlsx.text import CellText, text_of, write_whole
from ecplanner.exchange.xlsx.words import Words

BASE_SHEET = "_ecplanner_base"
_BLOCK = "#"
_CHUNK = 16_000  # characters: at most 32,000 UTF-16 units, emoji and all


def _encoded(value: object) -> object:
    if isinstance(value, datetime):  # before date: a datetime is a date
        return {"t": value.replace(microsecond=0).isoformat()}  # as excel_date keeps it
    if isinstance(value, date):
        return {"d": value.isoformat()}
    return value


def _decoded(value: object) -> object:
    if isinstance(value, dict):
        if "t" in value:
            return datetime.fromisoformat(str(value["t"]))
        return date.fromisoformat(str(value.get("d")))
    return value


class BaseBlock:
    """The exported rows of one data sheet, as the cells of ``keys``."""

    def __init__(self, sheet_key: str, keys: Sequence[str], keep: Sequence[str]) -> None:
        self.sheet_key = sheet_key
        self.keys = tuple(keep)
        self._pick = tuple(list(keys).index(k) for k in self.keys)
        self.rows: list[tuple[object, ...]] = []

    def add(self, cells: Sequence[object]) -> None:
        """Record one written row (``cells`` in the order of the block's ``keys`` argument)."""
        self.rows.append(tuple(cells[i] for i in self._pick))


class BaselineWriter:
    """Collects the blocks while the sheets are written, then writes the base sheet."""

    def __init__(self) -> None:
        self.blocks: list[BaseBlock] = []

    def block(self, sheet_key: str, keys: Sequence[str],
              keep: Sequence[str] | None = None) -> BaseBlock:
        """A block for rows written as ``keys``; it keeps the cells of ``keep`` (all)."""
        block = BaseBlock(sheet_key, keys, keys if keep is None else keep)
        self.blocks.append(block)
        return block

    def write(self, workbook: Any) -> None:
        sheet = workbook.add_worksheet(BASE_SHEET)
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        r = 0
        for block in self.blocks:
            for c, text in enumerate((_BLOCK, block.sheet_key, *block.keys)):
                write_whole(sheet, r, c, text)
            r += 1
            for cells in block.rows:
                # "_" as JSON's \u005f: no text of the plan can then form OOXML escapes
                # (see xlsx_text) in the cells that carry it whole.
                text = dumps([_encoded(value) for value in cells]).replace("_", "\\u005f")
                for c, chunk in enumerate(_chunks(text)):
                    write_whole(sheet, r, c, chunk)
                r += 1
        sheet.very_hidden()


def _chunks(text: str) -> Iterator[str]:
    """``text`` in pieces of at most ``_CHUNK`` characters, none ending with ``</r>`` (so
    none needs the codec's rich-string wrapping, which could outgrow a cell)."""
    start = 0
    while start < len(text):
        end = start + _CHUNK
        if text.endswith("</r>", start, min(end, len(text))) and end < len(text):
            end -= 1
        yield text[start:end]
        start = end


@dataclass(frozen=True)
class BaseSheet:
    """One data sheet's rows as exported: records by (id, sub-row) — the event's phase
    number on the Events sheet, 0 elsewhere; the Budget sheet's rows by their key."""

    reader: SheetReader
    records: dict[tuple[str, int], Record]

    @property
    def ids(self) -> frozenset[str]:
        """The ids of the rows that were exported."""
        return frozenset(ident for ident, _ in self.records)

    def record(self, ident: str, sub: int = 0) -> Record | None:
        return self.records.get((ident, sub))


def read_baseline(rows: Iterable[Sequence[object]], words: Words) -> dict[str, BaseSheet]:
    """The base sheet's blocks by sheet key (rows as openpyxl yields them)."""
    blocks: dict[str, list[Sequence[object]]] = {}
    current: list[Sequence[object]] | None = None
    for row in rows:
        if row and row[0] == _BLOCK and len(row) > 1:
            current = blocks.setdefault(read_text(row[1]), [])
            current.append(tuple(read_text(cell) for cell in row[2:]))
        elif current is not None and row and isinstance(row[0], str):
            text = "".join(cell for cell in row if isinstance(cell, str))
            try:
                cells = load_bounded(text.encode("utf-8", "surrogatepass"))
                if isinstance(cells, list):
                    current.append(tuple(_decoded(cell) for cell in cells))
            except ValueError:
                continue  # not a row this program wrote: it counts as not exported
    return {key: _base_sheet(key, block, words) for key, block in blocks.items()}


def _base_sheet(key: str, rows: list[Sequence[object]], words: Words) -> BaseSheet:
    keys = [str(k) for k in rows[0] if k]
    reader = SheetReader.keyed(key, BASE_SHEET, keys, rows, words)
    ident_key = "key" if key == "budget" else "id"
    records: dict[tuple[str, int], Record] = {}
    for record in reader.records():
        ident = read_text(record.raw(ident_key))
        sub = record.read("phase_no", read_whole) if record.has("phase_no") else 0
        if ident:
            records.setdefault((ident, sub or 0), record)
    return BaseSheet(reader, records)


def restore_long_texts(sheet: SheetReader, base: BaseSheet | None, texts: CellText) -> None:
    """Put the whole texts back into the cells the export showed apart from them
    (``xlsx_text``: shortened, or with an underscore doubled), by ``xlsx_text``'s rule. A
    shortened cell that cannot be read back — its marker line removed or changed, or copied
    to a row of no such text — becomes ``Unreadable`` (``shortened_text_edited``), refused
    when its row is read."""
    keys = [key for key in (base.reader.columns if base else ()) if key in sheet.columns]
    apart = _shown_apart(base, keys, texts) if base else {}
    shown = {(key, texts.shown(text)): text for row in apart.values()
             for key, text in row.items()}
    ident_col, sub_col = sheet.columns.get("id"), sheet.columns.get("phase_no")
    rows = list(sheet.rows)
    for number in range(1, len(rows)):
        cells = list(rows[number])
        exported = apart.get((_cell_text(cells, ident_col), _sub(cells, sub_col)), {})
        changed = False
        for key in keys:
            col = sheet.columns[key]
            now = cells[col] if col < len(cells) else None
            whole: str | None
            if key in exported:
                whole = texts.whole(text_of(now), exported[key])
            elif isinstance(now, str) and (key, now) in shown:
                whole = shown[key, now]
            elif isinstance(now, str) and texts.is_shortened(now):
                whole = None
            else:
                continue
            cells += [None] * (col + 1 - len(cells))
            cells[col] = Unreadable("shortened_text_edited") if whole is None else whole
            changed = True
        if changed:
            rows[number] = tuple(cells)
    sheet.rows = rows


def _shown_apart(base: BaseSheet, keys: list[str],
                 texts: CellText) -> dict[tuple[str, int], dict[str, str]]:
    """By (id, sub-row): the texts of ``keys`` the sheet shows apart from them."""
    found: dict[tuple[str, int], dict[str, str]] = {}
    for where, record in base.records.items():
        for key in keys:
            value = record.raw(key)
            if isinstance(value, str) and texts.apart(value):
                found.setdefault(where, {})[key] = value
    return found


def _cell_text(cells: Sequence[object], col: int | None) -> str:
    return read_text(cells[col]) if col is not None and col < len(cells) else ""


def _sub(cells: Sequence[object], col: int | None) -> int:
    if col is None or col >= len(cells):
        return 0
    try:
        return read_whole(cells[col]) or 0
    except CellError:
        return 0  # the sheet's reader reports it

"""Reading a CSV/TSV daily export line by line: encoding, delimiter and header are read first.

Encoding: a byte-order mark decides (UTF-8, UTF-16: Excel's "Unicode text"). Otherwise the
first 64 KB are decoded as UTF-8, GB18030 (a superset of GBK: 生意参谋, Windows China) and
CP932 (Shift_JIS: Rakuten RMS); the one in which the header is best recognised wins, then the
one with fewest undecodable bytes, then that order. The rest is decoded in the winner with
undecodable bytes replaced (U+FFFD), so a stray byte in a column the import does not use costs
nothing, and one in a used cell is refused by the parser, naming its line.

Delimiter and header: each of the first lines is split on tab, semicolon and comma; the split
in which a line is best recognised as a header wins, so title lines above the header and
thousands separators in the data ("10,652" in a tab-separated file) cannot mislead it. When
no header is recognised (the user will map the columns), the first line with two or more
cells is taken, in the split where most lines below it have as many cells.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ecplanner.exchange.actuals.headers import locate_header
from ecplanner.exchange.actuals.rows import HEADER_SEARCH_ROWS, FileError, Row, RowError, Table

SAMPLE_BYTES = 64 * 1024
MAX_LINE = 1 << 20  # characters; a longer line is refused whole rather than held in memory
_LEGACY = ("utf-8", "gb18030", "cp932")
_DELIMITERS = ("\t", ";", ",")  # earlier wins a tie
_LINE_END = re.compile(r"\r\n|\r|\n")  # as TextIOWrapper(newline="") splits lines
# U+FFFD, and control characters no export writes: what a wrong code page makes of bytes.
_GARBLED = re.compile(r"[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_EXCERPT = 20


@dataclass(frozen=True)
class _Layout:
    encoding: str
    delimiter: str
    header: list[str]
    header_index: int  # 0-based line
    above: tuple[str, ...]  # the lines above the header


@contextmanager
def open_text(path: Path, mapped: Collection[str]) -> Iterator[Table]:
    """The open export; ``mapped`` headers count as recognised. Raises FileError."""
    try:
        with path.open("rb") as binary:
            sample = binary.read(SAMPLE_BYTES)
            size = binary.seek(0, 2)
    except OSError:
        raise FileError("unreadable_file") from None
    layout = _layout(sample, len(sample) < size, mapped)
    try:
        binary = path.open("rb")
    except OSError:
        raise FileError("unreadable_file") from None
    with io.TextIOWrapper(binary, layout.encoding, errors="replace", newline="") as stream:
        lines = _Lines(stream)
        for _ in range(layout.header_index + 1):
            next(lines, None)
        yield Table(layout.header, layout.header_index + 1, layout.encoding, size,
                    _rows(lines, layout.delimiter), binary.tell, layout.above)


def _layout(sample: bytes, cut: bool, mapped: Collection[str]) -> _Layout:
    """Encoding, delimiter and header line from the file's first bytes. Raises FileError."""
    if sample.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    elif b"\x00" in sample:
        raise FileError("not_text")
    else:
        encodings = _LEGACY
    best: tuple[tuple[int, ...], _Layout] | None = None
    garbled_everywhere = True
    for rank, encoding in enumerate(encodings):
        lines = _LINE_END.split(codecs.decode(sample, encoding, "replace"))
        if cut:
            lines.pop()  # the last line may be cut short, mid-character even
        garbled = sum(len(_GARBLED.findall(line)) for line in lines)
        garbled_everywhere = garbled_everywhere and garbled > 0
        head = lines[:HEADER_SEARCH_ROWS]
        for place, delimiter in enumerate(_DELIMITERS):
            rows = [_split(line, delimiter) for line in head]
            guess = locate_header(rows, mapped)
            if guess is None:
                continue
            key = (guess.score, -garbled, guess.steady, -rank, -place)
            if best is None or key > best[0]:
                above = tuple(" ".join(r) for r in rows[:guess.index])
                best = key, _Layout(encoding, delimiter, rows[guess.index], guess.index, above)
    if best is None:
        blank = not codecs.decode(sample, encodings[0], "replace").strip("\ufeff \t\r\n")
        raise FileError("empty" if blank else "no_table")
    if best[0][0] == 0 and garbled_everywhere:
        raise FileError("unknown_encoding")
    return best[1]


def _split(line: str, delimiter: str) -> list[str]:
    # A sample line is far below the csv module's field size limit.
    return [cell.strip() for cell in next(csv.reader([line], delimiter=delimiter), [])]


class _Lines:
    """The stream's lines for csv.reader, counted; a line over MAX_LINE is skipped whole."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.count = 0  # lines handed out, so the number of the last one
        self.last = ""
        self.too_long = 0  # the number of a line that was skipped, until the reader notes it

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self._stream.readline(MAX_LINE)
        if not line:
            raise StopIteration
        self.count += 1
        if len(line) == MAX_LINE and not line.endswith(("\n", "\r")):
            rest = line
            while len(rest) == MAX_LINE and not rest.endswith(("\n", "\r")):
                rest = self._stream.readline(MAX_LINE)
            self.too_long = self.count
            line = "\n"  # an empty row in its place
        self.last = line
        return line


def _rows(lines: _Lines, delimiter: str) -> Iterator[Row | RowError]:
    reader = csv.reader(lines, delimiter=delimiter)
    while True:
        line = lines.count + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:  # a cell over the csv module's field size limit
            yield RowError(line, "field_too_long", *_long_cell(lines.last, delimiter))
            continue
        if lines.too_long:
            yield RowError(lines.too_long, "line_too_long")
            lines.too_long = 0
            continue
        yield line, cells


def _long_cell(line: str, delimiter: str) -> tuple[int | None, str]:
    """Which cell of ``line`` is over the csv module's limit, and how it begins."""
    cell = re.compile(rf'"[^"]*(?:""[^"]*)*"|[^{re.escape(delimiter)}\r\n]*')
    limit = csv.field_size_limit()
    position = index = 0
    while True:
        match = cell.match(line, position)
        assert match is not None  # the second alternative matches the empty string
        if len(match.group()) > limit:
            return index, match.group().lstrip('"')[:_EXCERPT] + "…"
        position = match.end()
        if position >= len(line) or line[position] != delimiter:
            return None, ""
        position += 1
        index += 1

"""What the readers of daily exports hand the parser: the header, then the rows as a stream."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

HEADER_SEARCH_ROWS = 20  # exports may put a title and the date range above the header

Row = tuple[int, Sequence[object]]
"""A row's number as counted in the file (lines for text, rows for a sheet), and its cells."""


class FileError(Exception):
    """The file as a whole cannot be read; ``code`` is e.g. ``unsupported_format``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class RowError:
    """A line whose cells cannot be told apart: ``field_too_long`` or ``line_too_long``.

    ``column``: the index of the offending cell when it can be found, else None.
    """

    line: int
    code: str
    column: int | None = None
    value: str = ""


@dataclass(frozen=True)
class Table:
    """An open export, read as it is iterated: ``rows`` holds what follows the header.

    ``size`` (bytes, 0 when unknown) and ``done()`` (bytes read so far) measure progress.
    ``above``: the text above the header (title lines) and a workbook's sheet name, which may
    name the report (an ad report's channel: "直通车报表").
    """

    header: Sequence[object]
    header_line: int
    encoding: str | None
    size: int
    rows: Iterator[Row | RowError]
    done: Callable[[], int]
    above: tuple[str, ...] = ()

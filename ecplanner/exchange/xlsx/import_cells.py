"""Reading one cell of a team-edited workbook: what openpyxl hands back, made a value.

Each reader returns the value or raises ``CellError(code)``. Blank cells are None (the
caller decides whether a value is required). Free text is read by the text codec
(``xlsx_text.text_of``), exactly; ``read_text`` trims, for ids, keys and labels. Dates
accept real dates, ISO text (``2027-06-18``, also with ``/`` or ``.``) and Excel serial
numbers of 2000–2100; a date outside the years a plan reaches (``value_rules.DATE_YEARS``)
is refused in its cell, before any date arithmetic meets it.
Percent cells hold fractions (the sheet shows 35% for 0.35); 35 typed into one is
"over 100%", and the text ``35%`` reads as 0.35.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from ecplanner.domain.value_rules import date_problem
from ecplanner.exchange.xlsx.code_words import code_for
from ecplanner.exchange.xlsx.text import text_of
from ecplanner.exchange.xlsx.words import Entry

_EXCEL_EPOCH = datetime(1899, 12, 30)
_SERIALS = (36526.0, 73051.0)  # 2000-01-01 .. 2100-01-01
_DATE_TEXT = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?\s*$")
_NUMBER_JUNK = re.compile(r"[,\s¥￥$€£]")


class CellError(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Unreadable:
    """A cell that has no value to read, and why (the issue ``code``): a formula whose
    result the file does not hold (``xlsx_open``), a shortened text whose marker line the
    team removed (``xlsx_baseline``). ``text`` is what the cell shows, for the message."""

    __slots__ = ("code", "text")

    def __init__(self, code: str, text: str = "") -> None:
        self.code = code
        self.text = text

    def __str__(self) -> str:
        return self.text


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_text(value: object) -> str:
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))  # a whole number as typed; beyond 2⁵³ a double holds no digits
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    return str(value).strip()


def read_datetime(value: object) -> datetime | None:
    found = _datetime(value)
    if found is not None and date_problem(found):
        raise CellError("date_out_of_range")
    return found


def _datetime(value: object) -> datetime | None:
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(0))
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _SERIALS[0] <= value < _SERIALS[1]:
            return _EXCEL_EPOCH + timedelta(days=float(value))
        raise CellError("not_a_date")
    match = _DATE_TEXT.match(str(value))
    if match is None:
        raise CellError("not_a_date")
    year, month, day, hour, minute = (int(g) if g else 0 for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        raise CellError("not_a_date") from None


def read_date(value: object) -> date | None:
    found = read_datetime(value)
    return None if found is None else found.date()


def read_number(value: object, *, negative_ok: bool = False) -> float | None:
    if is_blank(value):
        return None
    if isinstance(value, bool | datetime | date):
        raise CellError("not_a_number")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = _NUMBER_JUNK.sub("", str(value)).replace("−", "-")
        try:
            number = float(text)
        except ValueError:
            raise CellError("not_a_number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise CellError("not_a_number")
    if number < 0 and not negative_ok:
        raise CellError("negative")
    return number


def read_whole(value: object) -> int | None:
    number = read_number(value)
    if number is None:
        return None
    if not number.is_integer():
        raise CellError("not_a_whole_number")
    return int(number)


def read_percent(value: object, *, below_one: bool = False) -> float | None:
    """A fraction 0..1 (``below_one``: 0..<1, for discounts)."""
    if isinstance(value, str) and value.strip().endswith("%"):
        number = read_number(value.strip()[:-1])
        fraction = None if number is None else number / 100
    else:
        fraction = read_number(value)
    if fraction is None:
        return None
    if fraction > 1 or (below_one and fraction >= 1):
        raise CellError("percent_over_100")
    return fraction


def read_choice(value: object, table: Mapping[str, Entry], unknown: str,
                current: str | None = None) -> str | None:
    """The code a label (in any language) or code names; ``current`` wins when the cell
    still shows it (two codes may share a label, e.g. the own store's; a code of no label
    is shown as it is)."""
    text = read_text(value)
    if current is not None:
        labels = table.get(current, ())
        if text_of(value) == current or text == current or any(
                text.casefold() == label.casefold() for label in labels):
            return current
    if not text:
        return None
    found = code_for(table, text)
    if found is None:
        raise CellError(unknown)
    return found

"""Reading one cell of a daily export: numbers, percentages and dates as platforms write them.

Each reader takes the raw cell (text from a CSV; str, int, float or datetime from a
workbook) and returns the value or raises ``CellError`` with a code the UI words. Values are
held to the rules the store applies to a day (``domain.validation``). Big files read most
cells a column at a time (``actuals_columns``); these read the rest.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta

from ecplanner.domain.validation import MAX_COUNT, count_problem, day_problem, money_problem

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01, with Lotus's 1900 leap-day bug
# Thousands separators, currency, spaces; Shift_JIS shows byte 0x5C as ¥, cp932 decodes
# it as a backslash.
_NOISE = re.compile(r"[\s¥$円元\\]")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_COUNT_DIGITS = len(str(MAX_COUNT))
_BLANKS = frozenset({"", "-", "--"})  # how exports write "nothing" on a quiet day
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
TOTAL_LABELS = frozenset({"合计", "总计", "汇总", "合計", "総計", "total", "sum"})


class CellError(ValueError):
    """A cell that cannot be read; ``code`` is e.g. ``not_a_number``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def cell_text(value: object) -> str:
    """The cell as the user sees it, for error messages and header matching."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _number(value: object) -> tuple[float, bool]:
    """The finite number in a cell, and whether it was written with a percent sign."""
    if isinstance(value, bool):
        raise CellError("not_a_number")
    if isinstance(value, int | float):
        try:
            return _finite(float(value), str(value)), False
        except OverflowError:  # an int beyond any float
            raise CellError("too_large") from None
    raw = cell_text(value)
    if _PLAIN.fullmatch(raw):  # most cells: skip the normalising below
        return _finite(float(raw), raw), False
    text = unicodedata.normalize("NFKC", raw)
    if text in _BLANKS:
        return 0.0, False
    percent = text.endswith("%")
    text = _NOISE.sub("", text.removesuffix("%"))
    scale = 10_000.0 if text.endswith("万") else 1.0
    text = text.removesuffix("万")
    if "," in text:
        # Only thousands groups: a decimal comma ("5000,50") must not read as 500050.
        if not _GROUPED.fullmatch(text):
            raise CellError("not_a_number")
        text = text.replace(",", "")
    try:
        number = float(text)
    except ValueError:
        raise CellError("not_a_number") from None
    return _finite(number * scale, text), percent


def _finite(number: float, text: str) -> float:
    """``number``, or CellError: "inf"/"nan" as written are not finite, "1e400" is too large."""
    if math.isfinite(number):
        return number
    written = text.lower()
    raise CellError("not_finite" if "inf" in written or "nan" in written else "too_large")


def read_amount(value: object) -> float:
    """Money: "1,234.50", "¥1234", 1234.5; blank or "-" is 0. As a day's money must be."""
    number, percent = _number(value)
    if percent:
        raise CellError("not_a_number")
    if code := money_problem(number):
        raise CellError(code)
    return number


def read_count(value: object) -> int:
    """Visitors, buyers, orders: a whole number, thousands separators allowed."""
    if isinstance(value, int) and not isinstance(value, bool):
        whole: float = value  # a workbook's integer, exactly
    elif isinstance(value, str) and value.isascii() and value.isdigit():
        digits = value.lstrip("0")  # exact, and never a 5,000-digit int() for a huge one
        if len(digits) > _COUNT_DIGITS:
            raise CellError("too_large")
        whole = int(digits or "0")
    else:
        number, percent = _number(value)
        if percent:
            raise CellError("not_a_number")
        # A workbook's computed cell may be a hair off a whole number.
        whole = round(number) if abs(number - round(number)) <= 1e-6 else number
    if code := count_problem(whole):
        raise CellError(code)
    return int(whole)


def read_fraction(value: object, *, points: bool) -> float:
    """A rate as a fraction: "3.5%" → 0.035, 0.035 → 0.035.

    ``points``: the header says "%", so a plain 3.5 means 3.5%. Above 100% is refused.
    """
    number, percent = _number(value)
    if percent or points:
        number /= 100.0
    if number < 0:
        raise CellError("negative")
    if number > 1:
        raise CellError("percent_over_100")
    return number


def read_date(value: object) -> date:
    """2026-01-05, 2026/1/5, 2026.1.5, 2026年1月5日, 20260105, an Excel date or serial.

    A day outside the years a plan may hold is refused (``bad_year``).
    """
    day = _date(value)
    if code := day_problem(day):
        raise CellError(code)
    return day


def _date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = unicodedata.normalize("NFKC", cell_text(value))
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    try:
        if match:
            year, month, day = (int(part) for part in match.groups())
            return date(year, month, day)
        serial = float(text)
        if 1 <= serial < 100_000:  # a fraction is the time of day
            return _EXCEL_EPOCH + timedelta(days=int(serial))
    except ValueError:
        pass
    raise CellError("not_a_date")

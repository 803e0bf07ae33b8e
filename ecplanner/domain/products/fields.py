"""The editable fields of a product, how their text is read, and one-field edits.

``FIELDS`` is the order of the products table and of pasted rows without a header. Text is
read as users type it in a spreadsheet (Chinese or English choice names, "¥1,299", "30天",
"2027/3/1", "3月1日", an Excel date serial); each reader raises ``FieldError`` with a code
the UI words. Nothing here checks the product as a whole: ``validation.validate_product``
does (negative cost, delist before launch).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from ecplanner.domain.model import Product, ProductRole, ProductStatus, Season

FIELDS: tuple[str, ...] = (
    "code", "name", "category", "season", "wave", "role", "unit_cost", "list_price",
    "launch", "delist", "planned_price_change", "status", "first_order_qty", "lead_time_days",
    "owner",
)
TEXT_FIELDS = frozenset({"code", "name", "category", "wave", "owner"})
MONEY_FIELDS = frozenset({"unit_cost", "list_price"})
COUNT_FIELDS = frozenset({"first_order_qty", "lead_time_days"})
DATE_FIELDS = frozenset({"launch", "delist", "planned_price_change"})
CHOICE_FIELDS: dict[str, type[StrEnum]] = {
    "season": Season, "role": ProductRole, "status": ProductStatus,
}
REQUIRED_FIELDS = frozenset({"code", "name"})

FieldValue = str | float | int | date | StrEnum | None

_CHOICE_WORDS: dict[StrEnum, tuple[str, ...]] = {
    Season.SPRING: ("春", "春季", "春装", "春款", "spring"),
    Season.SUMMER: ("夏", "夏季", "夏装", "夏款", "summer"),
    Season.AUTUMN: ("秋", "秋季", "秋装", "秋款", "autumn", "fall"),
    Season.WINTER: ("冬", "冬季", "冬装", "冬款", "winter"),
    Season.ALL_YEAR: ("四季", "全年", "常年", "四季款", "常青款", "allyear", "all"),
    ProductRole.TRAFFIC: ("引流款", "引流", "traffic", "trafficdriver"),
    ProductRole.PROFIT: ("利润款", "利润", "主推款", "profit", "profitmaker"),
    ProductRole.EVENT: ("活动款", "活动", "event", "eventitem"),
    ProductRole.IMAGE: ("形象款", "形象", "image", "imageitem"),
    ProductStatus.PLANNED: ("计划", "计划中", "待开发", "planned", "plan"),
    ProductStatus.SAMPLING: ("打样", "打样中", "sampling", "sample"),
    ProductStatus.SHOOTING: ("拍摄", "拍摄中", "shooting", "shoot"),
    ProductStatus.READY: ("就绪", "已就绪", "待上新", "ready"),
    ProductStatus.ON_SALE: ("在售", "已上新", "销售中", "上架", "onsale"),
    ProductStatus.DELISTED: ("下架", "已下架", "delisted"),
}


def _choice_table() -> dict[type[StrEnum], dict[str, StrEnum]]:
    table: dict[type[StrEnum], dict[str, StrEnum]] = {}
    for member, words in _CHOICE_WORDS.items():
        names = table.setdefault(type(member), {})
        for word in (*words, member.value):
            names[word.replace("_", "")] = member
    return table


_CHOICES = _choice_table()

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 (Lotus's leap-day bug included)
_SERIAL_RANGE = range(20_000, 80_000)  # 1954 … 2119: a bare number in a date column
_MONEY_NOISE = re.compile(r"[\s,¥$€£円元]|rmb|cny|jpy|usd", re.IGNORECASE)
_COUNT_UNIT = re.compile(r"(天|日|件|个|件数|pcs|days?|d)$", re.IGNORECASE)
_FULL_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_SPACES = re.compile(r"[\s_\-]+")


class FieldError(ValueError):
    """A value that cannot be read; ``code`` is e.g. ``bad_date``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def fold(text: str) -> str:
    """Full-width to half-width (NFKC), trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def read_money(text: str) -> float:
    """"¥1,299.00", "1299元", "RMB 89" → float; a sign is kept (validation refuses it)."""
    cleaned = _MONEY_NOISE.sub("", fold(text))
    try:
        return float(cleaned)
    except ValueError:
        raise FieldError("bad_number") from None


def read_count(text: str) -> int:
    """A whole number, a unit such as 天 or 件 allowed: "30天" → 30, "1,200" → 1200."""
    cleaned = _COUNT_UNIT.sub("", fold(text).replace(",", "").replace(" ", ""))
    try:
        number = float(cleaned)
    except ValueError:
        raise FieldError("bad_number") from None
    if not number.is_integer():
        raise FieldError("not_whole")
    return int(number)


def read_date(text: str, default_year: int) -> date:
    """ISO and Chinese forms, "2027/3/1", "20270301", "3月1日" (in ``default_year``) or an
    Excel serial such as 46447; a time after the date is ignored."""
    cleaned = fold(text)
    try:
        if found := _FULL_DATE.match(cleaned):
            return date(int(found[1]), int(found[2]), int(found[3]))
        if found := _COMPACT_DATE.match(cleaned):
            return date(int(found[1]), int(found[2]), int(found[3]))
        if found := _MONTH_DAY.match(cleaned):
            return date(default_year, int(found[1]), int(found[2]))
    except ValueError:
        raise FieldError("bad_date") from None
    if cleaned.isdigit() and int(cleaned) in _SERIAL_RANGE:
        return _EXCEL_EPOCH + timedelta(days=int(cleaned))
    raise FieldError("bad_date")


def read_choice(kind: type[StrEnum], text: str) -> StrEnum:
    """A season, role or status by its Chinese or English name or its stored value."""
    found = _CHOICES[kind].get(_SPACES.sub("", fold(text).lower()))
    if found is None:
        raise FieldError("bad_choice")
    return found


def read_field(field: str, text: str, default_year: int) -> FieldValue:
    """The value of ``field`` written as ``text``; blank gives the field's empty value
    (None for a date or choice, 0 for a number, "" for text)."""
    if not fold(text):
        if field in REQUIRED_FIELDS:
            raise FieldError("required")
        if field in MONEY_FIELDS:
            return 0.0
        if field in COUNT_FIELDS:
            return 0
        return None if field in DATE_FIELDS or field in CHOICE_FIELDS else ""
    if field in TEXT_FIELDS:
        return fold(text)
    if field in MONEY_FIELDS:
        return read_money(text)
    if field in COUNT_FIELDS:
        return read_count(text)
    if field in DATE_FIELDS:
        return read_date(text, default_year)
    return read_choice(CHOICE_FIELDS[field], text)


def with_value(product: Product, field: str, value: FieldValue) -> Product:
    """``product`` with one field replaced; text is trimmed, an empty choice is ignored.

    Raises ``KeyError`` for a name not in ``FIELDS``.
    """
    if field not in FIELDS:
        raise KeyError(field)
    if field in CHOICE_FIELDS and value is None:
        return product
    if isinstance(value, str) and field in TEXT_FIELDS:
        value = value.strip()
    changes: dict[str, Any] = {field: value}
    return replace(product, **changes)


def code_taken(code: str, products: Iterable[Product], except_uuid: str = "") -> Product | None:
    """The product other than ``except_uuid`` already using ``code`` (case-insensitive)."""
    wanted = fold(code).casefold()
    return next((p for p in products
                 if p.uuid != except_uuid and fold(p.code).casefold() == wanted), None)


def free_code(base: str, taken: Iterable[str]) -> str:
    """``base`` if unused, else ``base-2``, ``base-3`` … (for duplicates and new rows)."""
    used = {fold(code).casefold() for code in taken}
    if fold(base).casefold() not in used:
        return base
    n = 2
    while f"{base}-{n}".casefold() in used:
        n += 1
    return f"{base}-{n}"

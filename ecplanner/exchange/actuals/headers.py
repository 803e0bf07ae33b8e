"""Recognising the columns of a platform's daily export by their headers.

Headers are compared after normalising (``normalise_header``): NFKC (full-width → half-width),
lower case, a trailing unit in brackets such as "(元)" or "（%）" removed, spaces, underscores
and hyphens removed. Matching is exact on the normalised text, never by substring, so that
退款金额 (refunds) can never be mistaken for 支付金额 (GMV).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum


class ActualsField(StrEnum):
    """What a column of a daily export can mean; ``DailyActual`` is built from these, and
    ``ChannelDay`` from an ad report's date, spend, clicks and GMV (or ROI)."""

    DATE = "date"
    UV = "uv"
    BUYERS = "buyers"
    ORDERS = "orders"
    GMV = "gmv"
    CVR = "cvr"  # used to derive buyers when the export has no buyers column
    AOV = "aov"  # used to derive buyers, or GMV, when one of them is missing
    SPEND = "spend"
    REFUNDS = "refunds"
    CLICKS = "clicks"  # an ad report's
    ROI = "roi"  # an ad report's 投入产出比: works its GMV out when it has no GMV column
    CAMPAIGN = "campaign"  # an ad report's 推广计划: a day's rows, one per campaign, add up


_SYNONYMS: dict[ActualsField, tuple[str, ...]] = {
    ActualsField.DATE: (
        "统计日期", "日期", "时间", "统计时间", "日付", "年月日", "date", "day",
    ),
    ActualsField.UV: (
        "访客数", "店铺访客数", "访客", "uv", "アクセス人数", "訪問者数", "ユニークユーザー数",
        "セッション", "セッション合計", "visitors", "uniquevisitors", "sessions",
    ),
    ActualsField.BUYERS: (
        "支付买家数", "买家数", "成交人数", "成交买家数", "成交客户数", "購入者数", "buyers",
        "customers",
    ),
    ActualsField.ORDERS: (
        "支付子订单数", "子订单数", "支付订单数", "订单数", "成交订单数", "成交单量",
        "注文件数", "受注件数", "売上件数", "orders", "ordercount",
    ),
    ActualsField.GMV: (
        "支付金额", "成交金额", "销售额", "gmv", "売上金額", "売上", "売上高",
        "注文商品の売上額", "sales", "revenue", "orderedproductsales",
        # ad reports: the GMV the platform credits the ads with
        "总成交金额", "整体成交金额", "7daytotalsales", "14daytotalsales",
    ),
    ActualsField.CVR: (
        "支付转化率", "转化率", "成交转化率", "転換率", "コンバージョン率", "購入率",
        "conversionrate", "conversion", "cvr",
    ),
    ActualsField.AOV: (
        "客单价", "客単価", "aov", "averageordervalue", "avgordervalue",
    ),
    ActualsField.SPEND: (
        "推广花费", "花费", "广告花费", "推广费", "消耗", "広告費", "広告費用", "adspend",
        "spend", "adcost", "整体消耗", "実績額", "cpc実績額",
    ),
    ActualsField.REFUNDS: (
        "退款金额", "成功退款金额", "返金額", "返品金額", "refunds", "refund", "refundamount",
    ),
    ActualsField.CLICKS: (
        "点击量", "点击数", "点击次数", "クリック数", "clicks",
    ),
    ActualsField.ROI: (
        "投入产出比", "投产比", "roi", "roas", "整体支付roi",
    ),
    ActualsField.CAMPAIGN: (
        "计划名称", "推广计划", "计划名", "计划", "campaign", "campaignname", "キャンペーン名",
        "キャンペーン",
    ),
}

_TRAILING_UNIT = re.compile(r"\([^()]*\)$")
_SEPARATORS = re.compile(r"[\s_\-]+")


def normalise_header(text: str) -> str:
    """The comparable form of a header (see the module docstring)."""
    folded = unicodedata.normalize("NFKC", text).strip().lower()
    return _SEPARATORS.sub("", _TRAILING_UNIT.sub("", folded.strip()))


def header_says_percent(text: str) -> bool:
    """True for headers such as "支付转化率(%)": their plain numbers are percentage points."""
    return "%" in unicodedata.normalize("NFKC", text)


_LOOKUP: dict[str, ActualsField] = {
    normalise_header(name): field for field, names in _SYNONYMS.items() for name in names
}


def recognise(text: str) -> ActualsField | None:
    """The field a header names, if it is one the platforms are known to use."""
    return _LOOKUP.get(normalise_header(text))


def header_score(cells: Sequence[str], mapped: Collection[str]) -> int:
    """How many cells of a candidate header row are recognised, or ``mapped`` by the user
    (as written, or normalised: ``mapped`` may hold another report's normalised words)."""
    return sum(1 for c in cells if c and (c in mapped or recognise(c) is not None
                                          or normalise_header(c) in mapped))


def match_columns(
    headers: Sequence[str], mapping: Mapping[str, ActualsField | None]
) -> tuple[dict[int, ActualsField], list[str]]:
    """Column index → field, and the headers left unknown.

    ``mapping`` (header → field, or None to ignore the column) wins over recognition; a field
    claimed twice goes to the first column and the later ones are reported unknown.
    """
    matched: dict[int, ActualsField] = {}
    for index, header in enumerate(headers):
        field = mapping.get(header)
        if field is not None and field not in matched.values():
            matched[index] = field
    unknown: list[str] = []
    for index, header in enumerate(headers):
        if index in matched or not header or (header in mapping and mapping[header] is None):
            continue
        field = recognise(header)
        if field is not None and header not in mapping and field not in matched.values():
            matched[index] = field
        else:
            unknown.append(header)
    return matched, unknown


@dataclass(frozen=True)
class HeaderGuess:
    """Which of the first rows is the header, how well, and how many rows below match it.

    ``score``: cells recognised (0 when none is, and the row is only the first with two
    cells); ``steady``: rows below with as many cells, which tells delimiters apart.
    """

    index: int
    score: int
    steady: int


def locate_header(rows: Sequence[Sequence[str]], mapped: Collection[str]) -> HeaderGuess | None:
    """The best-recognised row, or else the first with two or more cells; None if none has."""
    scores = [header_score(row, mapped) for row in rows]
    index = max(range(len(rows)), key=lambda i: (scores[i], -i), default=None)
    if index is None or scores[index] == 0:
        index = next((i for i, row in enumerate(rows) if sum(1 for c in row if c) >= 2), None)
        if index is None:
            return None
    width = len(rows[index])
    return HeaderGuess(index, scores[index], sum(1 for r in rows[index + 1:] if len(r) == width))

"""The Review tab's words: chart titles, legend names, and a day's figures in a sentence
or two for the charts' hover box. The report's own words (completion, the effects, the
sentence) are the workbook's, in the plan's language (``exchange/report/text.py``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from ecplanner.domain.model import AdChannel, ChannelDay
from ecplanner.domain.review.rollup import buyers_of
from ecplanner.exchange.report.data import DayRow
from ecplanner.ui.common.dates import to_qdate
from ecplanner.ui.common.money import money


def _tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def chart_titles() -> list[str]:
    return [_tr("GMV by day"), _tr("Visitors"), _tr("Conversion rate (%)"),
            _tr("Order value"), _tr("Ad spend")]


def line_names() -> dict[str, str]:
    return {"plan": _tr("Plan"), "actual": _tr("Actual"), "average": _tr("7-day average"),
            "store_spend": _tr("Store (daily export)"), **channel_names()}


def channel_names() -> dict[str, str]:
    """The paid channels, keyed by ``AdChannel`` value."""
    return {AdChannel.SEARCH.value: _tr("Search ads"),
            AdChannel.DISPLAY.value: _tr("Display ads"),
            AdChannel.LIVE.value: _tr("Live / influencers"),
            AdChannel.OFFSITE.value: _tr("Off-site ads")}


def cvr_text(buyers: int, uv: int, locale: QLocale) -> str:
    return f"{locale.toString(100 * buyers / uv, 'f', 2)}%" if uv else "–"


def aov_text(gmv: float, buyers: int, currency: str, locale: QLocale) -> str:
    return money(gmv / buyers, currency, 2, locale) if buyers else "–"


def day_text(row: DayRow, currency: str, locale: QLocale,
             channels: Sequence[ChannelDay] = ()) -> str:
    """The hover box: the day, its plan and actual figures, each paid channel's spend and
    ROI from its ad report, the events running."""
    day = to_qdate(row.plan.day)

    def cash(value: float) -> str:
        return money(value, currency, 0, locale)

    lines = [locale.toString(day, QLocale.FormatType.LongFormat),
             _tr("Plan GMV: %1").replace("%1", cash(row.plan.gmv))]
    actual = row.actual
    if actual is None:
        lines.append(_tr("No actuals imported for this day"))
    else:
        buyers = buyers_of(actual)
        cvr = cvr_text(buyers, actual.uv, locale)
        aov = aov_text(actual.gmv, buyers, currency, locale)
        lines += [_tr("Actual GMV: %1").replace("%1", cash(actual.gmv)),
                  _tr("Visitors: %1 · Buyers: %2").replace("%1", locale.toString(actual.uv))
                  .replace("%2", locale.toString(buyers)),
                  _tr("Conversion: %1 · Order value: %2").replace("%1", cvr).replace("%2", aov),
                  _tr("Ad spend: %1 · Refunds: %2").replace("%1", cash(actual.spend))
                  .replace("%2", cash(actual.refunds))]
    names = channel_names()
    for ads in channels:
        roi = locale.toString(ads.gmv / ads.spend, "f", 2) if ads.spend else "–"
        lines.append(_tr("%1: spend %2 · ROI %3").replace("%1", names[ads.channel.value])
                     .replace("%2", cash(ads.spend)).replace("%3", roi))
    if row.events:
        cjk = locale.language() in (QLocale.Language.Chinese, QLocale.Language.Japanese)
        lines.append(_tr("Events: %1").replace("%1", ("、" if cjk else ", ").join(row.events)))
    return "\n".join(lines)


def zoom_names() -> list[str]:
    return [_tr("Week"), _tr("Month"), _tr("Year")]

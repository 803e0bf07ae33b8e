"""Reading a paid channel's ad report (直通车, 万相台, 引力魔方, 千川, RPP, Sponsored Products).

The same reader as the store's daily exports (encodings, title lines, headers in Chinese,
Japanese or English, streaming, the same checks of each cell); only the columns differ:
the date, spend (花费/消耗), clicks (点击量) and the GMV the platform credits the ads with
(总成交金额/成交金额), or, without that, ROI (投入产出比) to work it out as spend × ROI.
All or nothing, as ``parse_actuals``: any problem leaves ``rows`` empty. A report by
campaign (a 推广计划/Campaign column) has a row per campaign and day: the day is their sum.
A day on two rows of a report without one is refused, as in a daily export.

Which channel the report is for is the caller's ``channel`` when given, else read from the
report's own words: its title lines, its sheet's name, its file name ("直通车报表.csv").
A report naming no channel, or two, is refused until the user says which.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ecplanner.domain.model import AdChannel, ChannelDay
from ecplanner.exchange.actuals.days import ImportProblem, channel_day
from ecplanner.exchange.actuals.headers import ActualsField, match_columns, normalise_header
from ecplanner.exchange.actuals.parse import read_days
from ecplanner.exchange.actuals.read import open_table
from ecplanner.exchange.actuals.rows import FileError
from ecplanner.exchange.actuals.values import cell_text
from ecplanner.exchange.progress import Progress

AD_FIELDS = (ActualsField.DATE, ActualsField.SPEND, ActualsField.CLICKS, ActualsField.GMV,
             ActualsField.ROI, ActualsField.CAMPAIGN)
"""What an ad report's columns can mean; the others are not read from it."""

# Words that name a channel in a report's title or file name, compared as normalised
# headers are. 千川 mostly buys traffic for live rooms, so it is counted as live.
_CHANNEL_WORDS: tuple[tuple[str, AdChannel], ...] = (
    ("直通车", AdChannel.SEARCH), ("关键词推广", AdChannel.SEARCH),
    ("搜索推广", AdChannel.SEARCH), ("rpp", AdChannel.SEARCH),
    ("sponsoredproducts", AdChannel.SEARCH), ("検索連動型広告", AdChannel.SEARCH),
    ("万相台", AdChannel.DISPLAY), ("引力魔方", AdChannel.DISPLAY),
    ("超级推荐", AdChannel.DISPLAY), ("钻展", AdChannel.DISPLAY),
    ("千川", AdChannel.LIVE), ("直播推广", AdChannel.LIVE),
)


@dataclass(frozen=True)
class AdsParse:
    """An ad report as read. ``channel`` None: it names none (or two) and none was given."""

    rows: tuple[ChannelDay, ...]
    channel: AdChannel | None
    channel_given: bool  # the caller said it, rather than the report
    errors: tuple[ImportProblem, ...]  # the first hundred, in file order
    columns: tuple[tuple[str, ActualsField], ...]
    unknown_headers: tuple[str, ...]
    missing_fields: tuple[ActualsField, ...]  # DATE, SPEND; GMV + ROI when neither was found
    header_row: int
    data_rows: int
    encoding: str | None
    error_count: int

    @property
    def ok(self) -> bool:
        return not self.errors and not self.missing_fields and self.channel is not None


def channel_named(texts: Iterable[str]) -> AdChannel | None:
    """The one channel ``texts`` name, or None when they name none or several."""
    found = {channel for text in texts
             for word, channel in _CHANNEL_WORDS if word in _folded(text)}
    return found.pop() if len(found) == 1 else None


def _folded(text: str) -> str:
    return normalise_header(unicodedata.normalize("NFKC", text))


def parse_ads(path: Path, channel: AdChannel | None = None,
              progress: Progress | None = None) -> AdsParse:
    """Read ``path`` (.csv/.txt/.tsv or .xlsx/.xlsm) as ``channel``'s ad report (or the
    channel it names). ``progress`` as for ``parse_actuals``."""
    try:
        with open_table(path, ()) as table:
            headers = [cell_text(c) for c in table.header]
            matched, unknown = match_columns(headers, {})
            for index in [i for i, f in matched.items() if f not in AD_FIELDS]:
                del matched[index]  # visitors, buyers…: a store's export, not read here
                unknown.append(headers[index])
            found = set(matched.values())
            missing = [f for f in (ActualsField.DATE, ActualsField.SPEND) if f not in found]
            if not found & {ActualsField.GMV, ActualsField.ROI}:
                missing += [ActualsField.GMV, ActualsField.ROI]
            chosen = channel or channel_named((*table.above, path.stem))
            by_campaign = ActualsField.CAMPAIGN in found
            read = {i: f for i, f in matched.items() if f is not ActualsField.CAMPAIGN}
            days = None
            if not missing and chosen is not None:
                days = read_days(table, headers, read, channel_day(chosen), progress,
                                 repeats=by_campaign)
            return AdsParse(
                rows=_summed(days.days) if days else (), channel=chosen,
                channel_given=channel is not None,
                errors=tuple(days.problems) if days else (),
                columns=tuple((headers[i], f) for i, f in sorted(matched.items())),
                unknown_headers=tuple(unknown), missing_fields=tuple(missing),
                header_row=table.header_line, data_rows=days.count if days else 0,
                encoding=table.encoding, error_count=days.problem_count if days else 0)
    except FileError as error:
        return _refused(ImportProblem(error.code, 0, ""), channel)
    except OSError:  # the disk or the network failed part-way through
        return _refused(ImportProblem("unreadable_file", 0, ""), channel)


def _summed(rows: Iterable[ChannelDay]) -> tuple[ChannelDay, ...]:
    """One row per day, its campaigns' figures added up, in the days' order."""
    days: dict[date, ChannelDay] = {}
    for row in rows:
        held = days.get(row.day)
        days[row.day] = row if held is None else replace(
            held, spend=held.spend + row.spend, clicks=held.clicks + row.clicks,
            gmv=held.gmv + row.gmv)
    return tuple(days[d] for d in sorted(days))


def _refused(problem: ImportProblem, channel: AdChannel | None) -> AdsParse:
    return AdsParse((), channel, channel is not None, (problem,), (), (), (), 0, 0, None, 1)

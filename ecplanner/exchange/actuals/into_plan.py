"""``ecplanner import PLAN --actuals FILE...``: daily exports read and stored in one write;
``--ads FILE... [--channel C]``: paid channels' ad reports, the same way.

Each file is read by the wizard's reader (``parse_actuals``: encodings, title lines,
headers in Chinese, Japanese or English). All or nothing: when any file is refused (a
column it cannot map, a bad cell, no days) nothing is stored. Days are merged by date, a
later file winning (``review.actual_days``), and each stored day is replaced, so
re-importing a range never counts a day twice. ``actuals_lines`` says in English what was
found (the window has its own, translated words).

Ad reports are their own option rather than found among ``--actuals``: their 成交金额 is the
GMV the ads are credited with, a part of the store's day, and read as the store's it would
replace the day's real sales. Each (day, channel) is one row, replaced the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ecplanner.domain.model import AdChannel, ChannelDay, DailyActual
from ecplanner.domain.ops import Put
from ecplanner.domain.review.actual_days import (
    DayCounts,
    changed_days,
    count_days,
    day_key,
    merged,
)
from ecplanner.exchange.actuals.ads import AdsParse, parse_ads
from ecplanner.exchange.actuals.days import ImportProblem
from ecplanner.exchange.actuals.parse import ActualsField, ActualsParse, parse_actuals
from ecplanner.store.plan_store import PlanStore


@dataclass(frozen=True)
class ActualsImport:
    """The files as read, the days they hold together, and what storing them does."""

    files: tuple[tuple[Path, ActualsParse], ...]
    days: tuple[DailyActual, ...]
    counts: DayCounts
    applied: bool = False

    @property
    def ok(self) -> bool:
        return all(parse.ok and parse.rows for _, parse in self.files)


def import_actuals(store: PlanStore, paths: Sequence[Path],
                   dry_run: bool = False) -> ActualsImport:
    """Read ``paths`` and, unless ``dry_run`` or a file is refused, store their days.

    Raises ``PlanWriteError`` when the plan file does not take the write."""
    files = tuple((path, parse_actuals(path)) for path in paths)
    days = merged(parse.rows for _, parse in files)
    stored = {a.day: a for a in store.actuals()}
    result = ActualsImport(files, tuple(days), count_days(days, stored))
    if dry_run or not result.ok:
        return result
    ops = [Put(day) for day in changed_days(days, stored)]
    if ops:
        store.write(ops)
    return ActualsImport(files, result.days, result.counts, applied=bool(ops))


@dataclass(frozen=True)
class AdsImport:
    """The ad reports as read, their channels' days together, and what storing them does."""

    files: tuple[tuple[Path, AdsParse], ...]
    days: tuple[ChannelDay, ...]
    counts: DayCounts
    applied: bool = False

    @property
    def ok(self) -> bool:
        return all(parse.ok and parse.rows for _, parse in self.files)


def import_ads(store: PlanStore, paths: Sequence[Path], channel: AdChannel | None = None,
               dry_run: bool = False) -> AdsImport:
    """Read ``paths`` as ad reports (of ``channel``, or each of the channel it names) and,
    unless ``dry_run`` or a file is refused, store their days. Raises ``PlanWriteError``."""
    files = tuple((path, parse_ads(path, channel)) for path in paths)
    days = merged(parse.rows for _, parse in files)
    stored = {day_key(d): d for d in store.channel_days()}
    result = AdsImport(files, tuple(days), count_days(days, stored))
    if dry_run or not result.ok:
        return result
    ops = [Put(day) for day in changed_days(days, stored)]
    if ops:
        store.write(ops)
    return AdsImport(files, result.days, result.counts, applied=bool(ops))


_FIELDS = {
    ActualsField.DATE: "date", ActualsField.UV: "visitors (UV)", ActualsField.BUYERS: "buyers",
    ActualsField.ORDERS: "orders", ActualsField.GMV: "GMV (sales)",
    ActualsField.CVR: "conversion rate", ActualsField.AOV: "average order value",
    ActualsField.SPEND: "ad spend", ActualsField.REFUNDS: "refunds",
    ActualsField.CLICKS: "clicks", ActualsField.ROI: "ROI",
    ActualsField.CAMPAIGN: "campaign (its rows added up by day)",
}
_PROBLEMS = {
    "unsupported_format": "this kind of file cannot be read: save it as .xlsx or CSV "
                          "(.xls is not supported)",
    "unreadable_file": "the file cannot be opened or is damaged",
    "unknown_encoding": "the file's text encoding is not recognised (UTF-8, GBK and "
                        "Shift_JIS are)",
    "empty": "the file has no rows",
    "no_table": "no table was found near the top of the file",
    "not_text": "this is not a text (CSV) file: save the data as CSV or .xlsx",
    "not_a_date": "not a date",
    "not_a_number": "not a number",
    "not_a_whole_number": "not a whole number",
    "negative": "negative",
    "percent_over_100": "more than 100%",
    "duplicate_date": "this day appears twice",
    "duplicate_product_day": "this product's day appears twice",
    "not_finite": "not a finite number",
    "too_large": "too large for a day's figures",
    "bad_year": "not a day between 2000 and 2100",
    "bad_text": "holds characters in another encoding than the rest of the file",
    "derived_out_of_range": "the buyers or sales worked out from it are out of range",
    "field_too_long": "a cell on this line is longer than 131,072 characters",
    "line_too_long": "this line is longer than a million characters",
    "ad_report": "this is a channel's ad report (clicks or ROI, no visitors or buyers): "
                 "import it with --ads",
}


def problem_lines(path: Path, problems: Sequence[ImportProblem], count: int) -> list[str]:
    """Why a file is refused: how many problems, then each listed one's line, column and
    value."""
    lines = [f"{path}: refused: {count} problem(s)"]
    for problem in problems:
        where = f"line {problem.row}" if problem.row else "file"
        column = f" ({problem.column})" if problem.column else ""
        value = f" “{problem.value}”" if problem.value else ""
        what = _PROBLEMS.get(problem.code, problem.code)
        lines.append(f"  {where}{column}{value}: {what}")
    return lines


def _missing(parse: ActualsParse) -> str:
    named = ["date"] if ActualsField.DATE in parse.missing_fields else []
    if ActualsField.GMV in parse.missing_fields:
        named.append("GMV (sales) or visitors (UV)")
    headers = "; ".join(parse.unknown_headers) or "none"
    return (f"refused: no column for {' and no column for '.join(named)} (headers not "
            f"recognised: {headers})")


def _file_lines(path: Path, parse: ActualsParse) -> list[str]:
    if parse.missing_fields:
        return [f"{path}: {_missing(parse)}"]
    if parse.errors:
        return problem_lines(path, parse.errors, parse.error_count)
    if not parse.rows:
        return [f"{path}: refused: the file holds no days"]
    first, last = min(r.day for r in parse.rows), max(r.day for r in parse.rows)
    columns = ", ".join(f"{header} → {_FIELDS[field]}" for header, field in parse.columns)
    encoding = f"{parse.encoding}; " if parse.encoding else ""
    return [f"{path}: {len(parse.rows)} days, {first} to {last} ({encoding}{columns})"]


def actuals_lines(result: ActualsImport) -> list[str]:
    """Each file as read (or why it is refused), then what storing the days does."""
    lines = [line for path, parse in result.files for line in _file_lines(path, parse)]
    if result.ok:
        counts = result.counts
        lines.append(f"{len(result.days)} days: {counts.new} new, {counts.replaced} replaced, "
                     f"{counts.unchanged} unchanged")
    return lines


_CHANNELS = {AdChannel.SEARCH: "search (直通车)", AdChannel.DISPLAY: "display (引力魔方/万相台)",
             AdChannel.LIVE: "live (直播)", AdChannel.OFFSITE: "offsite (站外)"}


def _ads_file_lines(path: Path, parse: AdsParse) -> list[str]:
    if parse.missing_fields:
        named = [_FIELDS[f] for f in parse.missing_fields if f not in (ActualsField.GMV,
                                                                       ActualsField.ROI)]
        if ActualsField.GMV in parse.missing_fields:
            named.append("attributed GMV (成交金额) or ROI (投入产出比)")
        headers = "; ".join(parse.unknown_headers) or "none"
        return [f"{path}: refused: no column for {' and no column for '.join(named)} "
                f"(headers not recognised: {headers})"]
    if parse.errors:
        return problem_lines(path, parse.errors, parse.error_count)
    if parse.channel is None:
        return [f"{path}: refused: the report does not say which channel it is for "
                f"(say it with --channel {'|'.join(AdChannel)})"]
    if not parse.rows:
        return [f"{path}: refused: the file holds no days"]
    first, last = min(r.day for r in parse.rows), max(r.day for r in parse.rows)
    how = "as given" if parse.channel_given else "named in the report"
    fields = {**_FIELDS, ActualsField.GMV: "attributed GMV"}
    columns = ", ".join(f"{header} → {fields[field]}" for header, field in parse.columns)
    encoding = f"{parse.encoding}; " if parse.encoding else ""
    return [f"{path}: {_CHANNELS[parse.channel]} ({how}), {len(parse.rows)} days, {first} to "
            f"{last} ({encoding}{columns})"]


def ads_lines(result: AdsImport) -> list[str]:
    """Each ad report as read (or why it is refused), then what storing its days does."""
    lines = [line for path, parse in result.files for line in _ads_file_lines(path, parse)]
    if result.ok:
        counts = result.counts
        lines.append(f"{len(result.days)} channel days: {counts.new} new, {counts.replaced} "
                     f"replaced, {counts.unchanged} unchanged")
    return lines

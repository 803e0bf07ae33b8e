"""The report's first sheet: completion, the variance in numbers and words, and what the
calendar, the tasks and the products hold for this period and the next.

The sheet is a column of small tables on a shared grid of six columns: the first, wide,
holds labels and titles; the others numbers and dates. It prints on one page across.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from ecplanner.domain.review.periods import PeriodKind
from ecplanner.exchange.report.data import ReportData
from ecplanner.exchange.report.words import effects_sentence, report_title, report_word
from ecplanner.exchange.xlsx.code_words import (
    BUDGET_ROWS,
    PLATFORMS,
    TASK_STATUSES,
    TASK_TITLES,
    TEAM_ROLES,
)
from ecplanner.exchange.xlsx.style import Styles, excel_date, print_setup, safe_text
from ecplanner.exchange.xlsx.words import Words

WIDTHS = [34.0, 15.0, 15.0, 15.0, 13.0, 13.0]


class _Grid:
    """Writes the sheet top to bottom; ``row`` is the next row to write."""

    def __init__(self, sheet: Any, styles: Styles, words: Words) -> None:
        self.sheet, self.styles, self.words = sheet, styles, words
        self.row = 0
        self.indented = styles.get(indent=1)
        self.section_format = styles.get(bold=True, font_size=12, font_color="#1F4E79",
                                         bottom=2, bottom_color="#1F4E79")

    def w(self, key: str) -> str:
        return report_word(self.words, key)

    def text(self, col: int, text: str, fmt: Any = None) -> None:
        if fmt is None and col > 0:
            fmt = self.indented  # clear of a number right-aligned in the column before
        safe_text(self.sheet, self.row, col, text, fmt, self.styles)

    def value(self, col: int, value: object, kind: str, **extra: object) -> None:
        fmt = self.styles.cell(kind, None, **extra)
        if value is None:
            self.sheet.write_blank(self.row, col, None, fmt)
        elif isinstance(value, date):
            self.sheet.write_number(self.row, col, excel_date(value), fmt)
        elif isinstance(value, int | float):
            self.sheet.write_number(self.row, col, value, fmt)
        else:
            self.text(col, str(value), fmt)

    def section(self, key: str) -> None:
        self.row += 1
        for col in range(len(WIDTHS)):
            self.sheet.write_blank(self.row, col, None, self.section_format)
        self.text(0, self.w(key), self.section_format)
        self.row += 1

    def header(self, keys: Sequence[str], texts: Collection[int] = (0,)) -> None:
        """Headers of ``keys``; columns ``texts`` hold text, the others numbers or dates
        (their headers aligned with them, on the right)."""
        for col, key in enumerate(keys):
            fmt = self.styles.number_header if col not in texts else (
                self.styles.indented_header if col else self.styles.header)
            self.text(col, self.w(key), fmt)
        self.row += 1

    def sentence(self, text: str, **extra: object) -> None:
        fmt = self.styles.get(text_wrap=True, valign="top", **extra)
        self.sheet.merge_range(self.row, 0, self.row, len(WIDTHS) - 1, "", fmt)
        self.text(0, text, fmt)
        self.sheet.set_row(self.row, 15 * max(1, -(-len(text) // 80)))  # CJK wraps sooner
        self.row += 1

    def none(self) -> None:
        self.text(0, self.w("none"), self.styles.get(italic=True, font_color="#7F7F7F"))
        self.row += 1


def _ratio(actual: float, plan: float) -> float | None:
    return actual / plan if plan else None


def _completion(grid: _Grid, data: ReportData) -> None:
    grid.section("completion")
    grid.header(("figure", "value"))
    for key, value, kind in (
            ("target", data.target, "money"), ("plan", data.plan.gmv, "money"),
            ("plan_to_date", data.plan_to_date, "money"),
            ("actual", data.actual.gmv, "money"),
            ("vs_target", _ratio(data.actual.gmv, data.target), "percent"),
            ("vs_plan", _ratio(data.actual.gmv, data.plan.gmv), "percent"),
            ("vs_plan_to_date", _ratio(data.actual.gmv, data.plan_to_date), "percent")):
        grid.text(0, grid.w(key))
        grid.value(1, value, kind, bold=key == "actual")
        grid.row += 1


def _factors(grid: _Grid, data: ReportData) -> None:
    """The three factors, the plan of the days with data beside their actuals."""
    grid.row += 1
    grid.header(("factors", "planned", "actual_short", "change"))
    plan, actual = data.plan_of_data_days, data.actual
    for key, planned, real, kind in (("gmv", plan.gmv, actual.gmv, "money"),
                                     ("uv", plan.uv, actual.uv, "count"),
                                     ("cvr", plan.cvr, actual.cvr, "percent"),
                                     ("aov", plan.aov, actual.aov, "price")):
        grid.text(0, grid.w(key))
        grid.value(1, planned, kind)
        grid.value(2, real, kind)
        change = real / planned - 1 if planned and real is not None else None
        grid.value(3, change, "percent")
        grid.row += 1


def _variance(grid: _Grid, data: ReportData) -> None:
    grid.section("variance")
    effects = data.effects
    grid.header(("effect", "amount"))
    for key, value in (("gap", effects.gap), ("traffic", effects.traffic),
                       ("conversion", effects.conversion), ("order_value", effects.order_value)):
        label = grid.w(key)
        grid.text(0, label[:1].upper() + label[1:], grid.styles.bold if key == "gap" else None)
        grid.value(1, value, "money", bold=key == "gap")
        grid.row += 1
    grid.row += 1
    said = (effects_sentence(effects, data.period, data.info.currency, grid.words)
            if data.as_of is not None else grid.w("no_data"))
    grid.sentence(said, bold=True, font_size=12)
    grid.sentence(grid.w("method"), italic=True, font_color="#595959")


def _channels(grid: _Grid, data: ReportData) -> None:
    """Each paid channel's spend and attributed GMV, its ROI beside the plan's."""
    grid.section("channels")
    grid.header(("channel", "spend", "clicks", "channel_gmv", "actual_roi", "planned_roi"))
    if not data.channels:
        grid.none()
    for result in data.channels:
        grid.text(0, grid.words.t(BUDGET_ROWS, f"spend_{result.channel.value}"))
        grid.value(1, result.spend, "money")
        grid.value(2, result.clicks, "count")
        grid.value(3, result.gmv, "money")
        grid.value(4, result.roi, "ratio", bold=True)
        grid.value(5, result.planned_roi, "ratio")
        grid.row += 1
    grid.sentence(grid.w("channel_method"), italic=True, font_color="#595959")


def _events(grid: _Grid, key: str, events: Sequence[Any], deadlines: bool = False) -> None:
    grid.section(key)
    cols = ("title", "platform", "deadline", "registered") if deadlines else (
        "title", "platform", "start", "end", "uplift")
    grid.header(cols, texts=(0, 1))
    if not events:
        grid.none()
    for event in events:
        grid.text(0, event.title)
        grid.text(1, grid.words.t(PLATFORMS, event.platform))
        if deadlines:
            grid.value(2, event.registration_deadline, "date")
            grid.value(3, event.registered, "flag")
        else:
            grid.value(2, event.start, "date")
            grid.value(3, event.end, "date")
            grid.value(4, event.uplift, "ratio")
        grid.row += 1


def _reviews(grid: _Grid, data: ReportData) -> None:
    """How the period's events did: realised uplift beside the planned one."""
    grid.section("event_review")
    grid.header(("title", "event_gmv", "baseline", "realised", "planned_uplift", "event_roi"))
    if not data.reviews:
        grid.none()
    for review in data.reviews:
        grid.text(0, review.event.title)
        grid.value(1, review.whole.gmv, "money")
        grid.value(2, review.whole.baseline_gmv, "money")
        grid.value(3, review.whole.uplift, "ratio", bold=True)
        grid.value(4, review.event.uplift, "ratio")
        grid.value(5, review.whole.roi, "ratio")
        grid.row += 1
    grid.sentence(grid.w("review_method"), italic=True, font_color="#595959")


def _tasks(grid: _Grid, data: ReportData) -> None:
    """Each task with its event: a 复盘 is due after each of several events."""
    events = {e.uuid: e.title for e in data.all_events}
    grid.section("tasks")
    grid.header(("task", "due", "role", "owner", "status"), texts=(0, 2, 3, 4))
    if not data.tasks:
        grid.none()
    for task in data.tasks:
        title = task.title
        if task.template_key and title in TASK_TITLES:
            title = grid.words.t(TASK_TITLES, title)
        event = events.get(task.event_uuid or "")
        grid.text(0, f"{title} · {event}" if event else title)
        grid.value(1, task.due, "date")
        grid.text(2, grid.words.t(TEAM_ROLES, task.role))
        grid.text(3, task.owner)
        grid.text(4, grid.words.t(TASK_STATUSES, task.status.value))
        grid.row += 1


def _products(grid: _Grid, data: ReportData) -> None:
    grid.section("products")
    grid.header(("name", "what", "date"), texts=(0, 1))
    rows = sorted([(p.launch, "launch", p) for p in data.launched]
                  + [(p.delist, "delist", p) for p in data.delisted],
                  key=lambda r: (r[0], r[1], r[2].code))
    if not rows:
        grid.none()
    for day, what, product in rows:
        grid.text(0, f"{product.code} {product.name}")
        grid.text(1, grid.w(what))
        grid.value(2, day, "date")
        grid.row += 1


def write_summary(workbook: Any, styles: Styles, words: Words, data: ReportData) -> None:
    monthly = data.period.kind is PeriodKind.MONTH
    sheet = workbook.add_worksheet(
        report_word(words, "month_report" if monthly else "week_report"))
    grid = _Grid(sheet, styles, words)
    grid.text(0, f"{data.info.store_name} · {report_title(data.period, words)}", styles.title)
    sheet.set_row(0, 22)
    grid.row += 1
    span = f"{data.period.start.isoformat()} – {data.period.end.isoformat()}"
    if data.as_of is None:
        grid.text(0, f"{span} · {grid.w('no_data')}")
    else:
        grid.text(0, f"{span} · {grid.w('data_to')} {data.as_of.isoformat()} · "
                     f"{grid.w('days_with_data')} {data.actual.days}/{data.period.length}")
    grid.row += 1
    _completion(grid, data)
    _factors(grid, data)
    _variance(grid, data)
    _channels(grid, data)
    _events(grid, "events", data.events)
    _reviews(grid, data)
    _events(grid, "next_events", data.next_events)
    _events(grid, "deadlines", data.deadlines, deadlines=True)
    _tasks(grid, data)
    _products(grid, data)
    grid.section("warnings")
    grid.value(0, len(data.findings), "count", align="left", bold=True)
    grid.text(1, grid.w("warnings_note"))
    grid.row += 1
    for col, width in enumerate(WIDTHS):
        sheet.set_column(col, col, width)
    sheet.hide_gridlines(2)
    print_setup(sheet, WIDTHS, grid.row, header_rows=0)
    sheet.set_portrait()  # a report reads down the page; it is fitted one page wide

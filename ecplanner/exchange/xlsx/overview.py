"""The Overview sheet: the store and year, the year's key figures, a month-by-month table,
the plan's warnings, and the legend of the workbook's colours.

Key figures and the monthly GMV, spend and ROI are formulas over the Budget sheet (with
the app's figures cached), so they follow the team's edits of the budget inputs.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from ecplanner.domain.findings import Finding
from ecplanner.exchange.plan_snapshot import PlanResults, PlanSnapshot
from ecplanner.exchange.xlsx.budget_formulas import FIRST_MONTH_COL, TOTAL_COL, col_letter
from ecplanner.exchange.xlsx.clearance import MARKDOWN_FILLS
from ecplanner.exchange.xlsx.code_words import (
    FINDINGS,
    MILESTONES,
    PRODUCT_STATUSES,
    SEASONS,
)
from ecplanner.exchange.xlsx.products import PREP_FILL, SEASON_FILLS
from ecplanner.exchange.xlsx.style import (
    CALENDAR_FILL,
    COMPUTED_FILL,
    HOLIDAY_FILL,
    INPUT_FILL,
    MAKEUP_FILL,
    SHUTDOWN_FILL,
    WEEKEND_FILL,
    Styles,
    cell_width,
    excel_date,
    print_setup,
    safe_text,
)
from ecplanner.exchange.xlsx.words import Words, month_label

MAX_LISTED_WARNINGS = 1_000
"""The Overview lists this many warnings at most (a plan of thousands of overlapping events
can have hundreds of thousands); the JSON export carries them all."""
_FIGURES = (("annual_target", "annual_target", "money"), ("gmv", "gmv", "money"),
            ("spend", "spend_total", "money"), ("roi", "roi", "ratio"),
            ("net_profit", "net_profit", "money"))


def sheet_ref(name: str) -> str:
    return "'" + name.replace("'", "''") + "'!"


class _Widths:
    """The widest thing written in each of the sheet's columns A..H."""

    def __init__(self) -> None:
        self.cols = [6.0] * _COLUMNS

    def text(self, col: int, text: str, bold: bool = False) -> None:
        self.cols[col] = max(self.cols[col], cell_width(text) + (1.0 if bold else 0.0))


_COLUMNS = 8


def write_overview(workbook: Any, styles: Styles, words: Words, snapshot: PlanSnapshot,
                   results: PlanResults, budget_rows: dict[str, int]) -> None:
    sheet = workbook.add_worksheet(words.sheet("overview"))
    info = snapshot.info
    budget = sheet_ref(words.sheet("budget"))
    h = partial(words.header, "overview")
    widths = _Widths()
    sheet.merge_range(0, 0, 0, _COLUMNS - 1, "", styles.title)
    safe_text(sheet, 0, 0, f"{info.store_name} · {info.year}", styles.title, styles)
    label = styles.get(bold=True, bg_color=COMPUTED_FILL)
    value_fmt = styles.get(align="left")
    r = 2
    for key, value in (("store", info.store_name), ("year", str(info.year)),
                       ("currency", info.currency)):
        sheet.write_string(r, 0, h(key), label)
        widths.text(0, h(key), bold=True)
        sheet.merge_range(r, 1, r, 3, "", value_fmt)
        safe_text(sheet, r, 1, value, value_fmt, styles)
        r += 1
    total = {row.key: row for row in results.sheet.rows}
    for key, row_key, kind in _FIGURES:
        sheet.write_string(r, 0, h(key), label)
        widths.text(0, h(key), bold=True)
        ref = f"={budget}${col_letter(TOTAL_COL)}${budget_rows[row_key] + 1}"
        cached = total[row_key].total
        sheet.write_formula(r, 1, ref, styles.cell(kind), "" if cached is None else cached)
        widths.text(1, styles.shown(kind, cached or 0.0))
        r += 1
    r = _months(sheet, styles, words, snapshot, results, budget, budget_rows, r + 1, widths)
    r = _warnings(sheet, styles, words, snapshot, results.findings, r + 1, widths)
    r = _legend(sheet, styles, words, r + 1)
    for col, width in enumerate(widths.cols):
        sheet.set_column(col, col, width)
    print_setup(sheet, widths.cols, r, header_rows=0)


def _months(sheet: Any, styles: Styles, words: Words, snapshot: PlanSnapshot,
            results: PlanResults, budget: str, rows: dict[str, int], top: int,
            widths: _Widths) -> int:
    h = partial(words.header, "overview")
    sheet.write_string(top, 0, h("per_month"), styles.bold)
    heads = [h("month"), h("events"), h("launches"), h("delists"), h("gmv"), h("spend"),
             h("roi")]
    for col, text in enumerate(heads):
        sheet.write_string(top + 1, col, text, styles.number_header if col else styles.header)
        widths.text(col, text, bold=True)
    year = snapshot.info.year
    events = [0] * 12
    launches = [0] * 12
    delists = [0] * 12
    for event in snapshot.events:
        if event.start.year == year:
            events[event.start.month - 1] += 1
    for product in snapshot.products:
        if product.launch and product.launch.year == year:
            launches[product.launch.month - 1] += 1
        if product.delist and product.delist.year == year:
            delists[product.delist.month - 1] += 1
    sheet_rows = {row.key: row for row in results.sheet.rows}
    count = styles.cell("count")
    for m in range(12):
        r = top + 2 + m
        sheet.write_string(r, 0, month_label(m + 1, words.lang))
        for col, value in ((1, events[m]), (2, launches[m]), (3, delists[m])):
            sheet.write_number(r, col, value, count)
        letter = col_letter(FIRST_MONTH_COL + m)
        for col, key, kind in ((4, "gmv", "money"), (5, "spend_total", "money"),
                               (6, "roi", "ratio")):
            cached = sheet_rows[key].months[m]
            sheet.write_formula(r, col, f"={budget}${letter}${rows[key] + 1}",
                                styles.cell(kind), "" if cached is None else cached)
            widths.text(col, styles.shown(kind, cached or 0.0))
    return top + 14


def finding_text(finding: Finding, words: Words, names: dict[str, str]) -> str:
    """The warning in the plan's language; ``names`` (``plan_names``) replaces uuids."""
    params = dict(finding.params)
    for key in ("other", "event", "product"):
        if key in params:
            params[key] = names.get(params[key], params[key])
    if "milestone" in params:
        params["milestone"] = words.t(MILESTONES, params["milestone"])
    if "expected" in params:
        params["expected"] = words.t(PRODUCT_STATUSES, params["expected"])
    for key in ("sell_through", "target"):  # fractions, shown as whole percentages
        if key in params:
            params[key] = f"{float(params[key]):.0%}"
    template = words.t(FINDINGS, finding.code)
    for key, value in params.items():
        template = template.replace("{" + key + "}", value)
    return template


def plan_names(snapshot: PlanSnapshot) -> dict[str, str]:
    """Event titles and product codes with names, by uuid."""
    names = {e.uuid: e.title for e in snapshot.events}
    names.update({p.uuid: f"{p.code} {p.name}" for p in snapshot.products})
    return names


def _warnings(sheet: Any, styles: Styles, words: Words, snapshot: PlanSnapshot,
              findings: tuple[Finding, ...], top: int, widths: _Widths) -> int:
    """Day, subject and warning each in its own column; the warning's text spans C..H."""
    h = partial(words.header, "overview")
    sheet.write_string(top, 0, h("warnings"), styles.bold)
    if not findings:
        sheet.write_string(top + 1, 0, h("no_warnings"))
        return top + 2
    for col, key in ((0, "day"), (1, "subject")):
        sheet.write_string(top + 1, col, h(key), styles.header)
        widths.text(col, h(key), bold=True)
    sheet.merge_range(top + 1, 2, top + 1, _COLUMNS - 1, h("warning"), styles.header)
    names = plan_names(snapshot)
    date_fmt = styles.cell("date", align="left")
    widths.text(0, styles.shown("date", 0))
    listed = findings[:MAX_LISTED_WARNINGS]
    longest = ""
    for n, finding in enumerate(listed):
        r = top + 2 + n
        if finding.day is not None:
            sheet.write_number(r, 0, excel_date(finding.day), date_fmt)
        subject = names.get(finding.subject) or words.t(SEASONS, finding.subject)
        safe_text(sheet, r, 1, subject, None, styles)
        widths.text(1, subject)
        text = finding_text(finding, words, names)
        sheet.merge_range(r, 2, r, _COLUMNS - 1, "")
        safe_text(sheet, r, 2, text, None, styles)
        longest = max(longest, text, key=cell_width)
    end = top + 2 + len(listed)
    if len(findings) > len(listed):
        more = h("more_warnings").replace("{n}", str(len(findings) - len(listed)))
        sheet.merge_range(end, 2, end, _COLUMNS - 1, "")
        sheet.write_string(end, 2, more, styles.bold)
        longest = max(longest, more + "  ", key=cell_width)
        end += 1
    # the last column takes what the months' columns leave of the longest warning
    spanned = sum(widths.cols[2:_COLUMNS - 1])
    widths.cols[-1] = max(widths.cols[-1], min(cell_width(longest) - spanned + 1, 100))
    return end


def _legend(sheet: Any, styles: Styles, words: Words, top: int) -> int:
    sheet.write_string(top, 0, words.legend("legend"), styles.bold)
    entries = (("input", INPUT_FILL), ("read_only", COMPUTED_FILL),
               ("from_calendar", CALENDAR_FILL), ("weekend", WEEKEND_FILL),
               ("holiday", HOLIDAY_FILL), ("makeup_workday", MAKEUP_FILL),
               ("shutdown", SHUTDOWN_FILL), ("prep", PREP_FILL),
               ("on_sale", SEASON_FILLS["autumn"]), ("markdown", MARKDOWN_FILLS[1][1]))
    for n, (key, fill) in enumerate(entries, start=1):
        sheet.write_blank(top + n, 0, None, styles.get(bg_color=fill, border=1))
        sheet.merge_range(top + n, 1, top + n, _COLUMNS - 1, "")
        sheet.write_string(top + n, 1, words.legend(key))
    return top + len(entries) + 1

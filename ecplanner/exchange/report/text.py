"""The report's summary as text in the plan's language: the figures of the workbook's first
sheet as (label, value) rows, for the Review tab's variance panel, and the whole summary
as an HTML page, which the app previews and prints to PDF.

The words are the workbook's (``words.REPORT``) and the sentence is ``effects_sentence``,
so the sheet, the preview, the PDF and the tab say the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from ecplanner.domain.currency import money_prefix
from ecplanner.domain.languages import language_of
from ecplanner.exchange.report.data import ReportData
from ecplanner.exchange.report.words import (
    effects_sentence,
    report_title,
    report_word,
)
from ecplanner.exchange.xlsx.code_words import (
    BUDGET_ROWS,
    PLATFORMS,
    TASK_STATUSES,
    TASK_TITLES,
    TEAM_ROLES,
)
from ecplanner.exchange.xlsx.words import Words

Rows = list[tuple[str, ...]]
NONE = "–"
LISTED = 30
"""Rows a list (events, tasks…) shows in the preview and the PDF; the rest are counted.
A large plan's month can hold hundreds of tasks: the workbook lists them all, the page a
manager reads (and Qt lays out on the UI thread) names the first ones."""


def _money(value: float | None, currency: str, decimals: int = 0) -> str:
    if value is None:
        return NONE
    sign = "−" if round(value, decimals) < 0 else ""
    return f"{sign}{money_prefix(currency)}{abs(value):,.{decimals}f}"


def _percent(value: float | None) -> str:
    """``−19.7%`` with a true minus sign, as the money beside it."""
    return NONE if value is None else f"{value * 100:,.1f}%".replace("-", "−")


def _ratio(actual: float, plan: float) -> float | None:
    return actual / plan if plan else None


def _day(value: date | None) -> str:
    return value.isoformat() if value else NONE


@dataclass(frozen=True)
class Summary:
    """What the report's first sheet says, as strings; ``sections`` are (heading, header
    row, rows) tables: events, next events, deadlines, tasks, products."""

    title: str
    span: str
    completion: Rows
    factors: Rows  # header first
    effects: Rows
    sentence: str
    method: str
    sections: list[tuple[str, tuple[str, ...], Rows]]
    warnings: str


def completion_rows(data: ReportData, words: Words) -> Rows:
    cur, actual = data.info.currency, data.actual.gmv
    return [(report_word(words, key), text) for key, text in (
        ("target", _money(data.target, cur)), ("plan", _money(data.plan.gmv, cur)),
        ("plan_to_date", _money(data.plan_to_date, cur)), ("actual", _money(actual, cur)),
        ("vs_target", _percent(_ratio(actual, data.target))),
        ("vs_plan", _percent(_ratio(actual, data.plan.gmv))),
        ("vs_plan_to_date", _percent(_ratio(actual, data.plan_to_date))))]


def effect_rows(data: ReportData, words: Words) -> Rows:
    effects, cur = data.effects, data.info.currency
    rows: Rows = []
    for key, value in (("gap", effects.gap), ("traffic", effects.traffic),
                       ("conversion", effects.conversion), ("order_value", effects.order_value)):
        label = report_word(words, key)
        rows.append((label[:1].upper() + label[1:], _money(value, cur)))
    return rows


def sentence(data: ReportData, words: Words) -> str:
    """The variance in a sentence, or that the period has no actuals yet."""
    if data.as_of is None:
        return report_word(words, "no_data")
    return effects_sentence(data.effects, data.period, data.info.currency, words)


def _factor_rows(data: ReportData, words: Words) -> Rows:
    plan, actual, cur = data.plan_of_data_days, data.actual, data.info.currency
    rows: Rows = [tuple(report_word(words, k) for k in
                        ("factors", "planned", "actual_short", "change"))]
    for key, planned, real, show in (
            ("gmv", plan.gmv, actual.gmv, lambda v: _money(v, cur)),
            ("uv", plan.uv, actual.uv, lambda v: NONE if v is None else f"{v:,.0f}"),
            ("cvr", plan.cvr, actual.cvr, _percent),
            ("aov", plan.aov, actual.aov, lambda v: _money(v, cur, 2))):
        change = real / planned - 1 if planned and real is not None else None
        rows.append((report_word(words, key), show(planned), show(real), _percent(change)))
    return rows


def _ratio_text(value: float | None) -> str:
    return NONE if value is None else f"{value:.2f}"


def channel_rows(data: ReportData, words: Words) -> Rows:
    """Each paid channel: name, spend, clicks, attributed GMV, actual and planned ROI."""
    cur = data.info.currency
    return [(words.t(BUDGET_ROWS, f"spend_{r.channel.value}"), _money(r.spend, cur),
             f"{r.clicks:,}", _money(r.gmv, cur), _ratio_text(r.roi),
             _ratio_text(r.planned_roi)) for r in data.channels]


def _event_sections(data: ReportData, words: Words) -> list[tuple[str, tuple[str, ...], Rows]]:
    def w(key: str) -> str:
        return report_word(words, key)

    yes, no = ("✓", "") if words.lang != "en" else ("yes", "")
    sections: list[tuple[str, tuple[str, ...], Rows]] = []
    for key, events in (("events", data.events), ("next_events", data.next_events)):
        sections.append((w(key), tuple(map(w, ("title", "platform", "start", "end", "uplift"))),
                         [(e.title, words.t(PLATFORMS, e.platform), _day(e.start),
                           _day(e.end), f"{e.uplift:.2f}") for e in events]))
    sections.append((w("deadlines"), tuple(map(w, ("title", "platform", "deadline",
                                                   "registered"))),
                     [(e.title, words.t(PLATFORMS, e.platform), _day(e.registration_deadline),
                       yes if e.registered else no) for e in data.deadlines]))
    return sections


def _task_rows(data: ReportData, words: Words) -> Rows:
    events = {e.uuid: e.title for e in data.all_events}
    rows: Rows = []
    for task in data.tasks:
        title = task.title
        if task.template_key and title in TASK_TITLES:
            title = words.t(TASK_TITLES, title)
        event = events.get(task.event_uuid or "")
        rows.append((f"{title} · {event}" if event else title, _day(task.due),
                     words.t(TEAM_ROLES, task.role), task.owner,
                     words.t(TASK_STATUSES, task.status.value)))
    return rows


def _product_rows(data: ReportData, words: Words) -> Rows:
    rows = sorted([(p.launch, "launch", p) for p in data.launched]
                  + [(p.delist, "delist", p) for p in data.delisted],
                  key=lambda r: (r[0], r[1], r[2].code))
    return [(f"{p.code} {p.name}", report_word(words, what), _day(day))
            for day, what, p in rows]


def summary(data: ReportData) -> Summary:
    words = Words(language_of(data.info.locale))
    def w(key: str) -> str:
        return report_word(words, key)

    span = f"{data.period.start.isoformat()} – {data.period.end.isoformat()}"
    span += (f" · {w('no_data')}" if data.as_of is None else
             f" · {w('data_to')} {data.as_of.isoformat()} · {w('days_with_data')} "
             f"{data.actual.days}/{data.period.length}")
    sections = [(w("channels"), tuple(map(w, ("channel", "spend", "clicks", "channel_gmv",
                                              "actual_roi", "planned_roi"))),
                 channel_rows(data, words)), *_event_sections(data, words)]
    sections.append((w("tasks"), tuple(map(w, ("task", "due", "role", "owner", "status"))),
                     _task_rows(data, words)))
    sections.append((w("products"), tuple(map(w, ("name", "what", "date"))),
                     _product_rows(data, words)))
    return Summary(
        title=f"{data.info.store_name} · {report_title(data.period, words)}", span=span,
        completion=completion_rows(data, words), factors=_factor_rows(data, words),
        effects=effect_rows(data, words), sentence=sentence(data, words), method=w("method"),
        sections=sections, warnings=f"{len(data.findings)} {w('warnings_note')}")


def _table(rows: Sequence[tuple[str, ...]], header: tuple[str, ...] | None = None,
           none: str = "", more: str = "") -> str:
    """``rows`` as a table; with ``more`` (a text with {n}), the first ``LISTED`` only."""
    cells = []
    if header:
        cells.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>")
    if not rows and none:
        cells.append(f'<tr><td class="none">{escape(none)}</td></tr>')
    if more and len(rows) > LISTED:
        left = more.format(n=len(rows) - LISTED)
        rows = [*rows[:LISTED], (left,)]
    for row in rows:
        cells.append("<tr>" + "".join(
            f'<td{" class=num" if n else ""}>{escape(c)}</td>' for n, c in enumerate(row))
            + "</tr>")
    return '<table cellspacing="0" cellpadding="3">' + "".join(cells) + "</table>"


_STYLE = ("h1 { font-size: 15pt; color: #1F4E79; } h2 { font-size: 11.5pt; color: #1F4E79; "
          "margin-top: 12px; } th { text-align: left; background: #DCE6F1; } "
          "td.num { text-align: right; } td.none { color: #7F7F7F; font-style: italic; } "
          "p.said { font-size: 11.5pt; font-weight: bold; } p.note { color: #595959; }")


def summary_html(data: ReportData) -> str:
    """The summary as one HTML page (Qt's rich-text subset: tables, headings, classes)."""
    s = summary(data)
    words = Words(language_of(data.info.locale))
    def w(key: str) -> str:
        return report_word(words, key)

    parts = [f"<html><head><style>{_STYLE}</style></head><body>",
             f"<h1>{escape(s.title)}</h1><p>{escape(s.span)}</p>",
             f"<h2>{escape(w('completion'))}</h2>", _table(s.completion),
             "<p></p>", _table(s.factors[1:], s.factors[0]),
             f"<h2>{escape(w('variance'))}</h2>", _table(s.effects),
             f'<p class="said">{escape(s.sentence)}</p><p class="note">{escape(s.method)}</p>']
    for heading, header, rows in s.sections:
        parts += [f"<h2>{escape(heading)}</h2>", _table(rows, header, w("none"), w("more"))]
    parts += [f"<h2>{escape(w('warnings'))}</h2><p>{escape(s.warnings)}</p></body></html>"]
    return "".join(parts)

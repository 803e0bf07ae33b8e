"""Words for the Products tab: column titles, milestones, warnings and refusals.

A large plan has tens of thousands of product warnings and writing them all out takes most
of a second; the table, the timeline and a tooltip ask for a few products' at a time, so
``WarningTexts`` writes each product's the first time they are asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from ecplanner.domain.findings import Finding, Problem
from ecplanner.domain.model import Event, ProductRole, ProductStatus, Season
from ecplanner.domain.products.fields import CHOICE_FIELDS
from ecplanner.domain.products.rules import DELIST, LAUNCH
from ecplanner.domain.products.timeline import PRICE_CHANGE, REORDER_BY
from ecplanner.ui.common import labels
from ecplanner.ui.common.dates import iso_text, to_qdate
from ecplanner.ui.common.messages import field_problem
from ecplanner.ui.common.money import money


def _tr(text: str) -> str:
    return QCoreApplication.translate("Products", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("Products", text, None, n)


def column_title(field: str) -> str:
    return {
        "code": _tr("Code"), "name": _tr("Name"), "category": _tr("Category"),
        "season": _tr("Season"), "wave": _tr("Wave"), "role": _tr("Role"),
        "unit_cost": _tr("Unit cost"), "list_price": _tr("List price"),
        "launch": _tr("Launch"), "delist": _tr("Delist"),
        "planned_price_change": _tr("Price change"), "status": _tr("Status"),
        "first_order_qty": _tr("First order"), "lead_time_days": _tr("Lead time (days)"),
        "owner": _tr("Owner"), "milestone_offsets": _tr("Milestones"),
        "inbound_buffer_days": _tr("Inbound buffer (days)"),
    }[field]


def choice_label(value: object) -> str:
    if isinstance(value, Season):
        return labels.season(value)
    if isinstance(value, ProductRole):
        return labels.role(value)
    if isinstance(value, ProductStatus):
        return labels.status(value)
    return str(value)


def marker_name(name: str) -> str:
    """A milestone (``MilestoneKind`` value), launch, delist or reorder-by."""
    return {
        "sample": _tr("Sample ready"), "shoot": _tr("Photo shoot"),
        "detail_page": _tr("Detail page"), "stock_in": _tr("Stock-in"),
        LAUNCH: _tr("Launch"), DELIST: _tr("Delist"), REORDER_BY: _tr("Reorder by"),
        PRICE_CHANGE: _tr("Price change"),
    }.get(name, name)


def day_text(day: date | None) -> str:
    if day is None:
        return ""
    return iso_text(day)


def long_day_text(day: date) -> str:
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


def price(value: float, currency: str) -> str:
    """A price or a cost, to the cent."""
    return money(value, currency, 2)


def days(n: int) -> str:
    return QCoreApplication.translate("Products", "%n days", "", n).replace("%n", str(n))


def count(value: int) -> str:
    return QLocale().toString(value)


def month_name(month: int) -> str:
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def finding_text(finding: Finding, events: Mapping[str, Event]) -> str:
    """What a product or wave warning means, in a sentence (the product is named
    elsewhere)."""
    code = finding.code
    if code == "season.wave_gap":
        return (_tr("%1 has no launch planned in %2")
                .replace("%1", labels.season(Season(finding.subject)))
                .replace("%2", month_name(int(finding.param("month")))))
    event = events.get(finding.param("event"))
    title = event.title if event is not None else _tr("an event")
    day = day_text(finding.day)
    if code == "product.milestone_lagging":
        expected = labels.status(ProductStatus(finding.param("expected")))
        return (_tr("%1 was due on %2: the status should be at least “%3”")
                .replace("%1", marker_name(finding.param("milestone")))
                .replace("%2", day).replace("%3", expected))
    if code == "product.stock_in_after_launch":
        return _tr("Stock-in is %1 days after launch").replace("%1", finding.param("days"))
    if code == "product.reorder_passed":
        return _tr("Reorder-by date %1 has passed and the status is below “Ready”").replace(
            "%1", day)
    more = int(finding.param("count") or 1) - 1
    if code == "product.launch_in_price_lock":
        text = (_tr("Launches %1 days before “%2”, in its price-lock window") if not more
                else _trn("Launches %1 days before “%2”, in its price-lock window, and in "
                          "those of %n more sale(s): %3", more))
        return (text.replace("%1", finding.param("days_before")).replace("%2", title)
                .replace("%3", _later_sales(finding, events)))
    if code == "product.price_change_in_lock":
        text = (_tr("Price change on %1 is %2 days before “%3”, in its price-lock window")
                if not more else
                _trn("Price change on %1 is %2 days before “%3”, in its price-lock window, "
                     "and in those of %n more sale(s): %4", more))
        return (text.replace("%1", day).replace("%2", finding.param("days_before"))
                .replace("%3", title).replace("%4", _later_sales(finding, events)))
    if code == "product.featured_not_on_sale":
        reason = finding.param("reason")
        text = {
            "no_launch": _tr("Featured in “%1” but has no launch date"),
            "not_launched": _tr("Featured in “%1” but launches after it starts"),
            "delisted": _tr("Featured in “%1” but is delisted before it ends"),
        }.get(reason, _tr("Featured in “%1” but not on sale"))
        return text.replace("%1", title)
    return code


def _later_sales(finding: Finding, events: Mapping[str, Event]) -> str:
    """The titles of the sales a finding lists after the first, … when it lists fewer
    than it counts."""
    listed = finding.param_list("events")
    titles = [_tr("“%1”").replace("%1", events[uuid].title) for uuid in listed[1:]
              if uuid in events]
    if int(finding.param("count") or 0) > len(listed):
        titles.append("…")
    return _tr(", ").join(titles)


def problem_text(problem: Problem) -> str:
    """What is wrong with one value, without saying where (the caller does)."""
    params = dict(problem.params)
    code = problem.code
    if code == "bad_choice":
        kind = CHOICE_FIELDS[problem.field]
        return _tr("is not one of: %1").replace(
            "%1", "、".join(choice_label(member) for member in kind))
    if code == "duplicate_code":
        line = params.get("line", "")
        return (_tr("is already used by row %1").replace("%1", line) if line
                else _tr("is already used in the plan"))
    if code == "code_taken":
        return _tr("is already used by “%1”").replace("%1", params.get("other", ""))
    return {
        "required": _tr("must not be empty"),
        "negative": _tr("must not be negative"),
        "delist_before_launch": _tr("is before the launch date"),
        "bad_number": _tr("is not a number"),
        "not_whole": _tr("is not a whole number"),
        "bad_date": _tr("is not a date such as 2027-03-01"),
        "bad_days": _tr("must be between 60 days after and 365 days before launch"),
    }.get(code, code)


def cell_problem_text(problem: Problem) -> str:
    """"List price “abc” is not a number": the column, the value as typed, the problem."""
    typed = dict(problem.params).get("text", "")
    where = column_title(problem.field) if problem.field else ""
    if typed:
        where += f" “{typed}”"
    return field_problem(where, problem_text(problem))


class WarningTexts:
    """The sentences for ``by_product`` (findings by product uuid), naming ``events``.

    Holds the mappings given, not copies, and keeps what it wrote: make a new one whenever
    the findings or the events change.
    """

    def __init__(self, by_product: Mapping[str, Sequence[Finding]] | None = None,
                 events: Mapping[str, Event] | None = None) -> None:
        self._by_product: Mapping[str, Sequence[Finding]] = by_product or {}
        self._events: Mapping[str, Event] = events or {}
        self._written: dict[str, list[str]] = {}

    def __contains__(self, uuid: object) -> bool:
        """Whether the product ``uuid`` has any warning."""
        return bool(self._by_product.get(uuid)) if isinstance(uuid, str) else False

    def of(self, uuid: str) -> list[str]:
        """The product's warnings, one sentence each, in the order found."""
        written = self._written.get(uuid)
        if written is None:
            written = [finding_text(finding, self._events)
                       for finding in self._by_product.get(uuid, ())]
            self._written[uuid] = written
        return list(written)

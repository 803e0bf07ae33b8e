"""The Budget tab's user actions, each one ``document.apply`` (one undo step).

Months the plan does not hold yet (a new plan shows the default curve) are written in the
same step as the first change, so the sheet the user saw is the sheet that is stored.
May raise ``ValidationError`` with nothing changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.budget.fees import FeeProfile, apply_fee_profile
from ecplanner.domain.budget.solve import (
    solve_channel_spend,
    solve_cogs_rate,
    solve_search_spend,
    solve_uv,
)
from ecplanner.domain.model import BudgetMonth, ChannelDay, DailyActual
from ecplanner.domain.ops import Op, Put
from ecplanner.ui.budget import texts
from ecplanner.ui.budget.feed import SheetInputs
from ecplanner.ui.document import PlanDocument

_MONTH_INPUTS = frozenset(f.name for f in fields(BudgetMonth)) - {"month", "uuid"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BudgetCommands", text)


def _month_ops(inputs: SheetInputs, new: Sequence[BudgetMonth]) -> list[Op]:
    """Puts for the months that differ from ``inputs`` and for every unsaved month."""
    return [Put(b) for old, b in zip(inputs.months, new, strict=True)
            if b != old or b.month in inputs.unsaved]


def set_month_input(document: PlanDocument, inputs: SheetInputs, key: str, month: int,
                    value: float) -> None:
    """Set the input ``key`` (a ``BudgetMonth`` field) of ``month`` to ``value``."""
    if key not in _MONTH_INPUTS:
        raise KeyError(key)
    changes: dict[str, Any] = {key: value}
    new = [replace(b, **changes) if b.month == month else b for b in inputs.months]
    text = (_tr("Edit %1, %2").replace("%1", texts.row_label(key))
            .replace("%2", texts.month_name(month)))
    document.apply(text, _month_ops(inputs, new))


def set_every_month(document: PlanDocument, inputs: SheetInputs, key: str,
                    value: float) -> None:
    """Set the input ``key`` of all twelve months to ``value`` (a rate typed for the year)."""
    if key not in _MONTH_INPUTS:
        raise KeyError(key)
    changes: dict[str, Any] = {key: value}
    new = [replace(b, **changes) for b in inputs.months]
    document.apply(_tr("Edit %1, every month").replace("%1", texts.row_label(key)),
                   _month_ops(inputs, new))


def set_annual_target(document: PlanDocument, inputs: SheetInputs, value: float) -> None:
    document.apply(_tr("Edit annual target"), [Put(replace(inputs.info, annual_target=value))])


def fill_uv(document: PlanDocument, inputs: SheetInputs) -> int:
    """Base UV each month needs to meet its target; returns how many months changed."""
    ops = _month_ops(inputs, solve_uv(inputs.info, inputs.months, inputs.events, inputs.pause))
    document.apply(_tr("Fill visitors from targets"), ops)
    return len(ops)


def fill_search_spend(document: PlanDocument, inputs: SheetInputs, search_share: float) -> int:
    """Search spend from planned UV × ``search_share`` × CPC; months without CPC keep theirs."""
    solved = solve_search_spend(inputs.info, inputs.months, inputs.events, search_share,
                                inputs.pause)
    ops = _month_ops(inputs, solved)
    document.apply(_tr("Fill search spend from cost per click"), ops)
    return len(ops)


def fill_channel_spend(document: PlanDocument, inputs: SheetInputs, channel: str,
                       gmv_share: float) -> int:
    """``channel``'s spend from its share of planned GMV at its expected ROI; returns the
    months changed (months without an expected ROI keep theirs)."""
    solved = solve_channel_spend(inputs.info, inputs.months, inputs.events, channel,
                                 gmv_share, inputs.pause)
    ops = _month_ops(inputs, solved)
    document.apply(_tr("Fill %1 spend from its ROI").replace("%1", texts.row_label(
        f"spend_{channel}")), ops)
    return len(ops)


def fill_cogs_rate(document: PlanDocument, inputs: SheetInputs) -> int:
    """Cost-of-goods rate per month from the products on sale; returns months changed."""
    solved = solve_cogs_rate(inputs.months, document.store.products(), inputs.info.year)
    ops = _month_ops(inputs, solved)
    if ops:
        document.apply(_tr("Cost of goods rate from the product mix"), ops)
    return len(ops)


def fill_fees(document: PlanDocument, inputs: SheetInputs, profile: FeeProfile,
              name: str) -> int:
    """Every month's fee inputs from ``profile`` (shown as ``name``); returns months changed."""
    ops = _month_ops(inputs, apply_fee_profile(inputs.months, profile))
    if ops:
        document.apply(_tr("Fees from %1").replace("%1", name), ops)
    return len(ops)


def set_weights(document: PlanDocument, inputs: SheetInputs, weights: Sequence[float]) -> None:
    """Replace the twelve seasonality weights (with those learned from last year)."""
    new = [replace(b, weight=w) for b, w in zip(inputs.months, weights, strict=True)]
    document.apply(_tr("Seasonality from last year"), _month_ops(inputs, new))


def import_ads(document: PlanDocument, rows: Sequence[ChannelDay]) -> None:
    """Store an ad report's channel days; a channel's day already in the plan is replaced
    (undo brings it back)."""
    text = _tr("Import %n days of ad reports").replace("%n", str(len(rows)))
    document.apply(text, [Put(row) for row in rows])


def import_actuals(document: PlanDocument, rows: Sequence[DailyActual]) -> None:
    """Store imported days; a day already in the plan is replaced (undo brings it back)."""
    text = _tr("Import %n days of actuals").replace("%n", str(len(rows)))
    document.apply(text, [Put(row) for row in rows])

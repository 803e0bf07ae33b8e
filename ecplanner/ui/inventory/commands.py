"""The Inventory tab's user actions, each one ``document.apply`` (one undo step).

Each raises ``ValidationError`` with nothing stored when the plan would be invalid.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.model import MarkdownStep, Product, ProductDay, StockPlan
from ecplanner.domain.ops import Delete, Op, Put
from ecplanner.ui.common.messages import field_name
from ecplanner.ui.document import PlanDocument


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("InventoryCommands", text, None, n)


def edit_plan(document: PlanDocument, plan: StockPlan, field: str, product: Product) -> None:
    """Store ``plan`` with one input changed (``field`` names it in the undo text)."""
    name = _tr("Allowed discounts") if field == "allowed_discounts" else field_name(field)
    text = _tr("Edit %1 of “%2”").replace("%1", name).replace("%2", product.name)
    document.apply(text, [Put(plan)])


def new_plan_for(product: Product, year: int) -> StockPlan:
    """A stock plan to start from: the first order on hand, the season ending at delisting."""
    return StockPlan(product.uuid, on_hand=product.first_order_qty,
                     season_end=product.delist or date(year, 12, 31))


def plan_clearance(document: PlanDocument, product: Product, year: int) -> StockPlan:
    plan = new_plan_for(product, year)
    document.apply(_tr("Plan clearance for “%1”").replace("%1", product.name), [Put(plan)])
    return plan


def remove_plans(document: PlanDocument, plans: Sequence[tuple[StockPlan, Product]]) -> None:
    if not plans:
        return
    text = (_tr("Remove the clearance plan of “%1”").replace("%1", plans[0][1].name)
            if len(plans) == 1
            else _tr("Remove %n clearance plans").replace("%n", str(len(plans))))
    document.apply(text, [Delete(StockPlan, plan.uuid) for plan, _ in plans])


def import_product_days(document: PlanDocument, days: Sequence[ProductDay]
                        ) -> Iterator[float]:
    """Store imported products' days in steps (a year of 2,000 products is 730,000 rows),
    each yielding the share done; a day already stored is replaced (undo brings it back)."""
    text = _tr("Import %n days of product sales", len(days))
    ops: list[Op] = []
    for i in range(0, len(days), 10_000):  # ~10 ms a step
        ops += [Put(day) for day in days[i:i + 10_000]]
        yield 0.0
    yield from document.apply_in_steps(text, ops)


def accept_ladder(document: PlanDocument, plan: StockPlan, ladder: Sequence[MarkdownStep],
                  product: Product) -> None:
    """Replace the markdown ladder with a suggested one."""
    document.apply(_tr("Accept the suggested ladder for “%1”").replace("%1", product.name),
                   [Put(replace(plan, ladder=tuple(ladder)))])

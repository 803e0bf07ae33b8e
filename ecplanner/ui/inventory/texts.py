"""Words the Inventory tab shows about a snapshot: where the projection starts, and the
totals of the products shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ecplanner.ui.inventory.feed import InventorySnapshot
from ecplanner.ui.inventory.formats import Formats


def _tr(text: str) -> str:
    return QCoreApplication.translate("InventoryTab", text)


def start_text(snapshot: InventorySnapshot, formats: Formats) -> str:
    if snapshot.start > snapshot.today:
        return (_tr("Projected weekly from %1, the first day of the plan year (today, %2, is "
                    "before it).").replace("%1", formats.day(snapshot.start))
                .replace("%2", formats.day(snapshot.today)))
    return _tr("Projected weekly from today, %1.").replace("%1", formats.day(snapshot.start))


def summary_text(snapshot: InventorySnapshot, items: Sequence[int], missed_by_item: list[bool],
                 formats: Formats) -> str:
    """Totals of the shown items: stock, leftover, revenue, margin and targets missed."""
    batch = snapshot.batch
    picked = list(items)
    on_hand = float(batch.on_hand[picked].sum()) if picked else 0.0
    leftover = float(batch.leftover[picked].sum()) if picked else 0.0
    at_cost = float(batch.leftover_cost[picked].sum()) if picked else 0.0
    revenue = float(batch.revenue_total[picked].sum()) if picked else 0.0
    margin = float(batch.gross_margin[picked].sum()) if picked else 0.0
    missed = sum(1 for item in picked if missed_by_item[item])
    return (_tr("%1 products shown · on hand %2 · projected leftover %3 units (%4 at cost) · "
                "revenue %5 · gross margin %6 · %7 miss their sell-through target")
            .replace("%1", str(len(picked))).replace("%2", formats.units(on_hand))
            .replace("%3", formats.units(leftover)).replace("%4", formats.money(at_cost))
            .replace("%5", formats.money(revenue)).replace("%6", formats.money(margin))
            .replace("%7", str(missed)))

"""Words and chart data the Inventory tab derives from a snapshot: the start line, the group
filter's entries, the summary of the shown rows, and what the chart draws."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.clearance.projection import markdown_weeks
from ecplanner.domain.model import Season
from ecplanner.ui.common import labels
from ecplanner.ui.inventory.chart import ChartData
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


def group_entries(snapshot: InventorySnapshot) -> list[tuple[str, str]]:
    """The group filter's entries: everything, then each season and each of its waves.

    The data is ``""``, ``"<season>|"`` or ``"<season>|<wave>"`` (see ``parse_group``).
    """
    waves: dict[Season, set[str]] = {}
    for _, product in snapshot.items:
        waves.setdefault(product.season, set()).add(product.wave)
    entries = [(_tr("All seasons and waves"), "")]
    for season in Season:
        if season not in waves:
            continue
        name = labels.season(season)
        entries.append((name, f"{season.value}|"))
        entries += [(f"{name} · {wave}", f"{season.value}|{wave}")
                    for wave in sorted(waves[season]) if wave]
    return entries


def parse_group(data: str) -> tuple[str | None, str | None]:
    """(season, wave) of a group entry's data; None matches any."""
    if not data:
        return None, None
    season, _, wave = data.partition("|")
    return season, wave or None


def items_in_group(snapshot: InventorySnapshot, season: str | None,
                   wave: str | None) -> list[int]:
    """Items of ``season`` and ``wave`` (None matches any), as the table's filter shows."""
    return [row for row, (_, product) in enumerate(snapshot.items)
            if season in (None, product.season.value) and wave in (None, product.wave)]


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


def chart_data(snapshot: InventorySnapshot, item: int, shown: Sequence[int],
               group: str) -> ChartData:
    """The chart for the product ``item`` (-1: none) and the ``shown`` items' sum."""
    batch = snapshot.batch
    picked = list(shown)
    if picked:
        season_stock = tuple(batch.closing[picked].sum(axis=0).tolist())
        season_opening = float(batch.on_hand[picked].sum())
    else:
        season_stock, season_opening = (), 0.0
    season_title = (_tr("%1: stock of the %2 shown products together")
                    .replace("%1", group).replace("%2", str(len(picked))))
    # Start the x axis two weeks before the first week any shown product is on sale.
    on_sale = batch.uplift[sorted({*picked, item} - {-1})] > 0
    first = int(on_sale.any(axis=0).argmax()) if on_sale.size else 0
    first_week = max(first - 2, 0)
    if item < 0:
        return ChartData(snapshot.start, _tr("Select a product to see its projected stock"),
                         (), season_title, season_opening, season_stock, None, (), first_week)
    plan, product = snapshot.items[item]
    projection = batch.projection(item)
    ladder = sorted(plan.ladder, key=lambda step: step.start)
    weeks = markdown_weeks(snapshot.start, [step.start for step in ladder]).tolist()
    steps = tuple((week, step.discount) for week, step in zip(weeks, ladder, strict=True))
    title = _tr("%1 %2: projected stock").replace("%1", product.code).replace("%2", product.name)
    return ChartData(snapshot.start, title, projection.weeks, season_title, season_opening,
                     season_stock, plan.season_end, steps, first_week)

"""The Inventory tab's group filter: everything, a season, or one of its waves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.model import Season
from ecplanner.ui.common import labels
from ecplanner.ui.inventory.feed import InventorySnapshot


def _tr(text: str) -> str:
    return QCoreApplication.translate("InventoryTab", text)


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

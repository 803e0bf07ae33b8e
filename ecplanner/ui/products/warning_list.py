"""Which product warnings the list shows, in what order and words: the launch-wave gaps
first, then each product's warnings together, a product where its first warning falls in
``listed_order``; at most ``MAX_SHOWN``, the rest counted."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.findings import Finding
from ecplanner.domain.model import Event, Product
from ecplanner.ui.common.warnings_panel import WarningsPanel
from ecplanner.ui.products import texts

MAX_SHOWN = 120  # a list of thousands helps no one, and listing them costs each edit


def products_warnings_panel() -> WarningsPanel:
    """The tab's list: two lines a row (it is narrow), and a hint to filter past the cut."""
    more = QCoreApplication.translate(
        "WarningsPanel", "… and %1 more. Filter the products to see fewer at a time.")
    return WarningsPanel(lines=2, more_text=more)


def show_warnings(panel: WarningsPanel, listed: Callable[[int], Sequence[Finding]],
                  count: int, product_of: Callable[[str], Product | None],
                  events: Mapping[str, Event], gaps: Sequence[Finding] = ()) -> None:
    """Show the ``season.wave_gap`` findings ``gaps``, then the findings about products;
    ``listed(n)`` gives the first ``n`` of those, ``count`` says how many there are, and
    ``product_of`` finds their products by uuid (only those listed are looked up: a dict
    of 20,000 products took ~10 ms at each listing)."""
    grouped: dict[str, list[Finding]] = {}
    for finding in listed(MAX_SHOWN - len(gaps)):
        grouped.setdefault(finding.subject, []).append(finding)
    findings = [*gaps, *(finding for found in grouped.values() for finding in found)]

    def describe(finding: Finding) -> str:
        text = texts.finding_text(finding, events)
        product = product_of(finding.subject)
        return f"{product.code} {product.name}: {text}" if product else text

    panel.set_findings(findings, len(gaps) + count, describe)

"""Words for the Overview: each of the plan's warnings as one line, named by its subject."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.findings import Finding
from ecplanner.domain.model import Event, Product


def clearance_text(finding: Finding) -> str:
    if finding.code == "stock.step_after_delist":
        return _late_steps_text(finding)
    if finding.code == "stock.will_miss_delist":
        text = QCoreApplication.translate(
            "Warnings", "Sells %1 a week (planned %2, from %3 days of product data): %4 units "
                        "left when delisted")
        return (text.replace("%1", finding.param("observed"))
                .replace("%2", finding.param("planned")).replace("%3", finding.param("days"))
                .replace("%4", finding.param("leftover")))
    text = QCoreApplication.translate(
        "Warnings", "Projected sell-through %1 misses the %2 target; %3 units left at season end")
    return (text.replace("%1", f"{float(finding.param('sell_through') or 0):.0%}")
            .replace("%2", f"{float(finding.param('target') or 0):.0%}")
            .replace("%3", finding.param("leftover")))


def _late_steps_text(finding: Finding) -> str:
    from ecplanner.ui.calendar.style import short_date

    count = int(finding.param("count") or 0)
    text = QCoreApplication.translate("Warnings", "%n markdown step(s) fall after the delist "
                                      "date %1 (the first on %2) and will never apply", "", count)
    return (text.replace("%1", short_date(date.fromisoformat(finding.param("delist"))))
            .replace("%2", short_date(date.fromisoformat(finding.param("step")))))


def finding_line(finding: Finding, events: Mapping[str, Event],
                 products: Mapping[str, Product]) -> str:
    """What the finding is about, then what is wrong: "天猫618: Register by …"."""
    # The tabs' wordings load with the first row shown, not at start-up.
    from ecplanner.ui.calendar import texts as event_texts
    from ecplanner.ui.products import texts as product_texts

    if finding.code.startswith("event."):
        event = events.get(finding.subject)
        subject = event.title if event else "?"
        text = event_texts.finding_text(finding, events, products)
    elif finding.code.startswith("season."):
        subject = QCoreApplication.translate("WarningsPanel", "Launch waves")
        text = product_texts.finding_text(finding, events)
    else:
        product = products.get(finding.subject)
        subject = f"{product.code} {product.name}" if product else "?"
        text = (clearance_text(finding) if finding.code.startswith("stock.")
                else product_texts.finding_text(finding, events))
    return f"{subject}: {text}"

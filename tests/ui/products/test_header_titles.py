"""The timeline header names every major sale in view, however many one-day events the year
holds (a store's weekly members' day used to take the title lanes first)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Event, EventKind
from ecplanner.domain.ops import Put
from ecplanner.domain.products import label_lanes
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.products import timeline_margins
from ecplanner.ui.products.view import ProductsTab
from tests.ui.products.helpers import settle


def _shown(qtbot: QtBot, document: PlanDocument, width: int, height: int) -> ProductsTab:
    """The tab shown at ``width`` × ``height``, read and filled."""
    tab = ProductsTab(document, today=date(2027, 1, 10))
    qtbot.addWidget(tab)
    tab.resize(width, height)
    tab.show()
    qtbot.waitExposed(tab)
    settle(qtbot, tab)
    return tab


def test_every_major_sale_in_view_is_named(qtbot: QtBot, demo_document: PlanDocument,
                                           drawn: list[str]) -> None:
    weekly = [Event("会员日", EventKind.STORE_PROMO, day, day, color="#1A9E77",
                    uuid=f"members-{day.isoformat()}")
              for day in (date(2027, 1, 1) + timedelta(days=d) for d in range(0, 365, 7))]
    demo_document.store.write([Put(e) for e in weekly])
    tab = _shown(qtbot, demo_document, 1600, 1000)
    view = tab.timeline
    g = view.timeline.geometry
    view.set_day_width((view.viewport().width() - 4) / ((g.last - g.first).days + 1))
    first, last = date(2027, 1, 1), date(2027, 12, 31)
    majors = {e.title for e in view.timeline.events
              if e.kind is EventKind.MAJOR_SALE and e.start <= last and e.end >= first}
    assert {"天猫3.8节", "天猫618", "99划算节", "天猫双11"} <= majors
    drawn.clear()
    view.axis.grab()
    assert majors - set(drawn) == set()


def test_titles_are_placed_again_only_when_what_they_depend_on_changes(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = _shown(qtbot, demo_document, 1400, 900)
    axis = tab.timeline.axis
    before = axis.titles()  # placed for the view as it stands (or as the last paint did)
    placings: list[int] = []

    class Counted(label_lanes.TitleLanes):
        def __init__(self, lanes: int, width: float) -> None:
            placings.append(1)
            super().__init__(lanes, width)

    monkeypatch.setattr(timeline_margins, "TitleLanes", Counted)
    for _ in range(3):
        axis.grab()  # a repaint as the bars come in: nothing the titles depend on changed
    assert axis.titles() == before and placings == []
    tab.timeline.horizontalScrollBar().setValue(tab.timeline.horizontalScrollBar().value() + 50)
    axis.titles()
    assert len(placings) == 1
    sale = next(e for e in tab.timeline.timeline.events if e.title == "天猫618")
    demo_document.apply("move", [Put(replace(sale, start=sale.start - timedelta(days=1)))])
    axis.titles()
    assert len(placings) == 2

"""Title lanes: the most important event gets a lane first; a title without room for its
text still shows its chip; one with room for neither is left out."""

from __future__ import annotations

from datetime import date

from ecplanner.domain.model import Event, EventKind
from ecplanner.domain.products.label_lanes import TitleSpan, place_titles

DAY = date(2027, 6, 1)


def _span(title: str, kind: EventKind, days: int, x0: int, text: float) -> TitleSpan:
    """An event starting ``x0`` days after June 1, at one pixel a day."""
    start = date.fromordinal(DAY.toordinal() + x0)
    event = Event(title, kind, start, date.fromordinal(start.toordinal() + days - 1), uuid=title)
    return TitleSpan(event, float(x0), float(x0 + days), x0 + days + text)


def test_major_sales_first_then_chips_then_nothing() -> None:
    members = _span("会员日", EventKind.STORE_PROMO, 1, 0, 40.0)
    sale = _span("天猫618", EventKind.MAJOR_SALE, 20, 10, 50.0)
    qixi = _span("七夕", EventKind.FESTIVAL, 1, 50, 40.0)
    one_lane = {p.span.event.title: (p.lane, p.with_text)
                for p in place_titles([members, qixi, sale], lanes=1)}
    assert one_lane == {"天猫618": (0, True), "会员日": (0, False)}  # 七夕's chip is under 618
    two_lanes = {p.span.event.title: (p.lane, p.with_text)
                 for p in place_titles([members, qixi, sale], lanes=2)}
    assert two_lanes == {"天猫618": (0, True), "会员日": (1, True), "七夕": (1, True)}

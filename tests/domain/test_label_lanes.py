"""Title lanes: the most important event gets a lane first; a title without room for its
text still shows its chip; one with room for neither is left out."""

from __future__ import annotations

import random
from datetime import date

from ecplanner.domain.model import Event, EventKind
from ecplanner.domain.products.label_lanes import (
    GAP,
    PlacedTitle,
    TitleLanes,
    TitleSpan,
    by_importance,
    importance,
)

DAY = date(2027, 6, 1)


def _span(title: str, kind: EventKind, days: int, x0: int, text: float) -> TitleSpan:
    """An event starting ``x0`` days after June 1, at one pixel a day."""
    start = date.fromordinal(DAY.toordinal() + x0)
    event = Event(title, kind, start, date.fromordinal(start.toordinal() + days - 1), uuid=title)
    return TitleSpan(event, float(x0), float(x0 + days), x0 + days + text)


def _ordered(spans: list[TitleSpan]) -> list[TitleSpan]:
    by_event = {span.event.uuid: span for span in spans}
    return [by_event[event.uuid] for event in by_importance(span.event for span in spans)]


def place_titles(spans: list[TitleSpan], lanes: int, width: float) -> list[PlacedTitle]:
    """As the header places them: in this order, until no lane has room."""
    placing = TitleLanes(lanes, width)
    for span in spans:
        placing.add(span)
        if placing.full:
            break
    return placing.placed


def test_major_sales_first_then_chips_then_nothing() -> None:
    members = _span("会员日", EventKind.STORE_PROMO, 1, 0, 40.0)
    sale = _span("天猫618", EventKind.MAJOR_SALE, 20, 10, 50.0)
    qixi = _span("七夕", EventKind.FESTIVAL, 1, 50, 40.0)
    spans = _ordered([members, qixi, sale])
    assert [s.event.title for s in spans] == ["天猫618", "会员日", "七夕"]  # sale, then by start
    one_lane = {p.span.event.title: (p.lane, p.with_text)
                for p in place_titles(spans, lanes=1, width=400.0)}
    assert one_lane == {"天猫618": (0, True), "会员日": (0, False)}  # 七夕's chip is under 618
    two_lanes = {p.span.event.title: (p.lane, p.with_text)
                 for p in place_titles(spans, lanes=2, width=400.0)}
    assert two_lanes == {"天猫618": (0, True), "会员日": (1, True), "七夕": (1, True)}


def test_a_lane_taken_from_edge_to_edge_is_full() -> None:
    # One lane 100 px wide: the sale's text takes 0 … 130, so a chip starting anywhere in
    # 0 … 100 would touch it: no other title need be read.
    placing = TitleLanes(1, 100.0)
    assert not placing.full and placing.has_room(50.0, 53.0)
    placing.add(_span("双11", EventKind.MAJOR_SALE, 30, 0, 100.0))
    assert placing.full and not placing.has_room(99.0, 102.0)
    assert [(p.span.event.title, p.with_text) for p in placing.placed] == [("双11", True)]


def test_a_gap_just_wide_enough_for_a_chip_keeps_the_lane_open() -> None:
    # Lane of 100 px: a title over 0 … 40 and one over 55 … 100 leave 40 … 55 between
    # them: a chip needs GAP (8) before it and GAP after its 3 px: 40 + 8 + 3 + 8 = 59 > 55,
    # so the lane is full. With the second at 59 … 100 the chip 48 … 51 still fits.
    assert GAP == 8.0
    first = _span("a", EventKind.MAJOR_SALE, 40, 0, 0.0)
    for start, expected in ((55, ["b", "a"]), (59, ["b", "a", "c"])):
        second = _span("b", EventKind.MAJOR_SALE, 100 - start, start, 0.0)  # longer: first
        chip = _span("c", EventKind.STORE_PROMO, 3, 48, 30.0)  # no room for its text
        placed = place_titles(_ordered([first, second, chip]), lanes=1, width=100.0)
        assert [(p.span.event.title, p.with_text) for p in placed] == [
            (title, title != "c") for title in expected]


def _placed_one_by_one(spans: list[TitleSpan], lanes: int) -> list[tuple[str, int, bool]]:
    """The rule read plainly: every span, most important first, against every stretch
    taken in every lane."""
    taken: list[list[tuple[float, float]]] = [[] for _ in range(lanes)]
    placed = []
    for span in sorted(spans, key=lambda s: importance(s.event)):
        for end, with_text in ((span.text_end, True), (span.chip_end, False)):
            free = [i for i, used in enumerate(taken)
                    if all(end + GAP <= a or span.x0 >= b + GAP for a, b in used)]
            if free:
                taken[free[0]].append((span.x0, end))
                placed.append((span.event.title, free[0], with_text))
                break
    return placed


def test_the_same_places_as_every_span_against_every_stretch() -> None:
    kinds = list(EventKind)
    for seed in range(40):
        rng = random.Random(seed)
        width = 300
        spans = [_span(f"e{n}", rng.choice(kinds), rng.randint(3, 60), rng.randint(0, width),
                       rng.choice([0.0, rng.uniform(5, 80)])) for n in range(rng.randint(1, 400))]
        got = [(p.span.event.title, p.lane, p.with_text)
               for p in place_titles(_ordered(spans), lanes=3, width=float(width))]
        assert got == _placed_one_by_one(spans, 3), seed

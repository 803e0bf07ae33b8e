from __future__ import annotations

import random
import time
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecplanner.domain.lanes import pack_segments, row_lane_counts

D = date(2025, 1, 1)
Span = tuple[str, date, date]


def pack_lanes(spans: list[Span]) -> dict[str, int]:
    """The lanes of ``spans`` packed in one row, by id."""
    packed = pack_segments([(ident, 0, start, end) for ident, start, end in spans])
    return {ident: lane for (ident, _row), lane in packed.items()}


def lane_count(lanes: dict[str, int]) -> int:
    return row_lane_counts({(ident, 0): lane for ident, lane in lanes.items()}).get(0, 0)


def day(n: int) -> date:
    return D + timedelta(days=n)


def overlaps(a: Span, b: Span) -> bool:
    return a[1] <= b[2] and b[1] <= a[2]


def max_overlap(spans: list[Span]) -> int:
    if not spans:
        return 0
    first = min(s[1] for s in spans)
    last = max(s[2] for s in spans)
    return max(
        sum(1 for s in spans if s[1] <= first + timedelta(days=i) <= s[2])
        for i in range((last - first).days + 1)
    )


def test_empty() -> None:
    assert pack_lanes([]) == {}
    assert lane_count({}) == 0


def test_disjoint_items_share_lane_zero() -> None:
    lanes = pack_lanes([("a", day(0), day(2)), ("b", day(3), day(5))])
    assert lanes == {"a": 0, "b": 0}


def test_touching_days_overlap_because_dates_are_inclusive() -> None:
    lanes = pack_lanes([("a", day(0), day(2)), ("b", day(2), day(4))])
    assert lanes == {"a": 0, "b": 1}


def test_longer_item_first_on_equal_start_then_id() -> None:
    lanes = pack_lanes([("short", day(0), day(1)), ("long", day(0), day(9)),
                        ("b", day(0), day(1))])
    assert lanes == {"long": 0, "b": 1, "short": 2}


def test_freed_lane_is_reused_lowest_first() -> None:
    spans = [("a", day(0), day(1)), ("b", day(0), day(5)), ("c", day(0), day(2)),
             ("d", day(3), day(4))]
    lanes = pack_lanes(spans)
    # a (lane 2) and c (lane 1) have ended when d starts: d takes the lower, lane 1.
    assert lanes == {"b": 0, "c": 1, "a": 2, "d": 1}


def test_result_does_not_depend_on_input_order() -> None:
    rng = random.Random(7)
    spans = [(f"e{i}", day(rng.randrange(300)), day(0)) for i in range(200)]
    spans = [(i, s, s + timedelta(days=rng.randrange(20))) for i, s, _ in spans]
    shuffled = spans[:]
    rng.shuffle(shuffled)
    assert pack_lanes(spans) == pack_lanes(shuffled)


def test_rejects_bad_spans() -> None:
    with pytest.raises(ValueError, match="ends before"):
        pack_lanes([("a", day(3), day(1))])
    with pytest.raises(ValueError, match="repeated"):
        pack_lanes([("a", day(0), day(1)), ("a", day(5), day(6))])


spans_strategy = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 15)), max_size=40
).map(lambda xs: [(f"i{n}", day(s), day(s + length)) for n, (s, length) in enumerate(xs)])


@settings(max_examples=200, deadline=None)
@given(spans_strategy)
def test_property_no_shared_lane_and_optimal(spans: list[Span]) -> None:
    lanes = pack_lanes(spans)
    assert set(lanes) == {s[0] for s in spans}
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if overlaps(a, b):
                assert lanes[a[0]] != lanes[b[0]]
    assert lane_count(lanes) == max_overlap(spans)


def test_pack_segments_packs_each_row_on_its_own() -> None:
    # "x" spans Jan 28 – Feb 3: one segment in the January row and one in February.
    segments = [
        ("x", 0, date(2025, 1, 28), date(2025, 1, 31)),
        ("x", 1, date(2025, 2, 1), date(2025, 2, 3)),
        ("y", 0, date(2025, 1, 20), date(2025, 1, 30)),
        ("z", 1, date(2025, 2, 5), date(2025, 2, 6)),
    ]
    packed = pack_segments(segments)
    assert packed == {("y", 0): 0, ("x", 0): 1, ("x", 1): 0, ("z", 1): 0}
    assert row_lane_counts(packed) == {0: 2, 1: 1}


def test_pack_segments_rejects_a_repeated_id_within_a_row() -> None:
    with pytest.raises(ValueError, match="repeated"):
        pack_segments([("x", 0, day(0), day(1)), ("x", 0, day(3), day(4))])


def test_two_thousand_events_pack_fast() -> None:
    rng = random.Random(1)
    spans = []
    for i in range(2000):
        start = day(rng.randrange(365))
        spans.append((f"event-{i:04d}", start, start + timedelta(days=rng.randrange(30))))
    best = float("inf")
    for _ in range(5):
        began = time.perf_counter()
        lanes = pack_lanes(spans)
        best = min(best, time.perf_counter() - began)
    assert best < 0.020
    assert lane_count(lanes) == max_overlap(spans)

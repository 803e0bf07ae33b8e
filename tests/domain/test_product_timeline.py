from __future__ import annotations

from datetime import date

import pytest

from ecplanner.domain.calendar.layout import DragMode
from ecplanner.domain.model import Event, EventKind, MilestoneKind, Product, Season
from ecplanner.domain.products import timeline
from ecplanner.domain.products.timeline import (
    PRICE_CHANGE,
    REORDER_BY,
    AxisUnit,
    TimelineRow,
    bar_days,
    dragged_dates,
    markers,
    month_starts,
    product_extent,
    ticks,
    timeline_rows,
    timeline_span,
    unit_for,
    year_starts,
)

END = date(2027, 12, 31)


def item(code: str, season: Season, wave: str, launch: date | None = date(2027, 3, 1),
         delist: date | None = date(2027, 6, 30)) -> Product:
    return Product(code, code, season=season, wave=wave, launch=launch, delist=delist,
                   uuid=code)


def test_rows_grouped_by_season_and_wave_with_counts() -> None:
    products = [item("b", Season.WINTER, "W10"), item("a", Season.WINTER, "W2"),
                item("z", Season.SPRING, ""), item("c", Season.WINTER, "W2")]
    assert timeline_rows(products) == [
        TimelineRow(Season.SPRING, "", count=1), TimelineRow(Season.SPRING, "", "z"),
        TimelineRow(Season.WINTER, "W2", count=2), TimelineRow(Season.WINTER, "W2", "a"),
        TimelineRow(Season.WINTER, "W2", "c"),
        TimelineRow(Season.WINTER, "W10", count=1), TimelineRow(Season.WINTER, "W10", "b"),
    ]
    assert timeline_rows([]) == []


def test_each_row_is_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A group's header is made once with its count, not again for each of its products
    # (on a plan of 20,000 products that was 20,000 rows made and thrown away).
    made: list[TimelineRow] = []

    class Counted(TimelineRow):
        def __init__(self, season: Season, wave: str, uuid: str = "", count: int = 0) -> None:
            super().__init__(season, wave, uuid, count)
            made.append(self)

    monkeypatch.setattr(timeline, "TimelineRow", Counted)
    products = [item(f"S{n}", Season.SUMMER, "W1") for n in range(5)]
    products += [item(f"W{n}", Season.WINTER, "W1") for n in range(3)]
    rows = timeline_rows(products)
    assert [(r.uuid, r.count) for r in rows if r.is_group] == [("", 5), ("", 3)]
    assert len(made) == len(rows) == 2 + 5 + 3


def test_the_waves_are_ordered_per_group_and_a_wave_is_one_group(
        monkeypatch: pytest.MonkeyPatch) -> None:
    keyed: list[str] = []
    real = timeline._wave_key

    def counted(wave: str) -> tuple[tuple[int, int | str], ...]:
        keyed.append(wave)
        return real(wave)

    monkeypatch.setattr(timeline, "_wave_key", counted)
    # "W1" and "w1" order alike (case aside) but are two waves: S1, S3, S5 in W1 and
    # S0, S2, S4 in w1; "W1" < "w1" as text, so W1 comes first.
    products = [item(f"S{n}", Season.SUMMER, "W1" if n % 2 else "w1") for n in range(6)]
    rows = timeline_rows(products)
    assert [(r.wave, r.uuid, r.count) for r in rows] == [
        ("W1", "", 3), ("W1", "S1", 0), ("W1", "S3", 0), ("W1", "S5", 0),
        ("w1", "", 3), ("w1", "S0", 0), ("w1", "S2", 0), ("w1", "S4", 0),
    ]
    assert sorted(keyed) == ["W1", "w1"]  # once a group, not once a product


def test_markers_include_milestones_and_reorder_by() -> None:
    product = Product("a", "a", launch=date(2027, 3, 1), lead_time_days=30)
    assert markers(product) == [
        ("sample", date(2027, 1, 15)), (REORDER_BY, date(2027, 1, 23)),
        ("shoot", date(2027, 2, 4)), ("detail_page", date(2027, 2, 15)),
        ("stock_in", date(2027, 2, 22)),
    ]
    assert markers(Product("a", "a")) == []


def test_markers_follow_season_defaults_and_show_the_price_change() -> None:
    product = Product("a", "a", season=Season.SUMMER, launch=date(2027, 3, 1),
                      planned_price_change=date(2027, 5, 1))
    defaults = {Season.SUMMER: {MilestoneKind.SAMPLE: 59}}
    points = dict(markers(product, defaults))
    assert points["sample"] == date(2027, 1, 1)
    assert points[PRICE_CHANGE] == date(2027, 5, 1)
    assert product_extent(Product("p", "p", planned_price_change=date(2027, 9, 1))) == (
        date(2027, 9, 1), date(2027, 9, 1))


def test_span_covers_markers_events_and_is_bounded() -> None:
    early = Product("a", "a", launch=date(2027, 1, 10), delist=date(2028, 2, 1))
    sale = Event("sale", EventKind.MAJOR_SALE, date(2026, 12, 1), date(2026, 12, 3))
    assert product_extent(early) == (date(2026, 11, 26), date(2028, 2, 1))  # sample 45 days
    assert product_extent(Product("n", "n")) is None
    first, last = timeline_span([product_extent(early), None], [sale], 2027, margin_days=0)
    assert (first, last) == (date(2026, 11, 26), date(2028, 2, 1))
    far = Product("f", "f", launch=date(2040, 1, 1))
    assert timeline_span([product_extent(far)], [], 2027)[1] == date(2029, 12, 31)
    assert timeline_span([], [], 2027, margin_days=7) == (date(2026, 12, 25), date(2028, 1, 7))


def test_bar_days_and_drags() -> None:
    product = item("a", Season.SPRING, "")
    assert bar_days(product, END) == (date(2027, 3, 1), date(2027, 6, 30))
    assert bar_days(item("b", Season.SPRING, "", launch=None), END) is None
    assert bar_days(item("c", Season.SPRING, "", delist=None), END) == (date(2027, 3, 1), END)
    assert dragged_dates(product, DragMode.MOVE, 5, END) == (date(2027, 3, 6), date(2027, 7, 5))
    assert dragged_dates(product, DragMode.RESIZE_START, -3, END) == (
        date(2027, 2, 26), date(2027, 6, 30))
    assert dragged_dates(product, DragMode.RESIZE_END, -200, END) == (
        date(2027, 3, 1), date(2027, 3, 1))
    open_end = item("c", Season.SPRING, "", delist=None)
    assert dragged_dates(open_end, DragMode.MOVE, 2, END) == (date(2027, 3, 3), None)
    assert dragged_dates(open_end, DragMode.RESIZE_END, -1, END) == (
        date(2027, 3, 1), date(2027, 12, 30))
    no_launch = item("d", Season.SPRING, "", launch=None)
    assert dragged_dates(no_launch, DragMode.MOVE, 2, END) == (None, date(2027, 6, 30))


def test_axis_units_and_ticks() -> None:
    assert [unit_for(w) for w in (30, 16, 8, 5, 4.9, 1)] == [
        AxisUnit.DAY, AxisUnit.DAY, AxisUnit.WEEK, AxisUnit.WEEK, AxisUnit.MONTH, AxisUnit.MONTH]
    assert ticks(date(2027, 3, 1), date(2027, 3, 3), AxisUnit.DAY) == [
        date(2027, 3, 1), date(2027, 3, 2), date(2027, 3, 3)]
    assert ticks(date(2027, 3, 2), date(2027, 3, 15), AxisUnit.WEEK) == [
        date(2027, 3, 8), date(2027, 3, 15)]
    assert ticks(date(2027, 1, 2), date(2027, 3, 1), AxisUnit.MONTH) == [
        date(2027, 2, 1), date(2027, 3, 1)]
    assert month_starts(date(2027, 12, 1), date(2028, 1, 31)) == [
        date(2027, 12, 1), date(2028, 1, 1)]
    assert year_starts(date(2026, 12, 1), date(2028, 1, 1)) == [
        date(2027, 1, 1), date(2028, 1, 1)]

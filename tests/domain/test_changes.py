"""A write's ``Changes``: per kind, the keys put and deleted; a later write of a key wins."""

from __future__ import annotations

from ecplanner.domain.model import Event, PlanInfo, Product, StockPlan, Task
from ecplanner.domain.ops import Changes, Topic


def test_keys_are_kept_by_kind_and_verb() -> None:
    changes = Changes.of([(Product, "p1", False), (StockPlan, "s1", True),
                          (Event, "e1", False)])
    assert changes.put(Product) == {"p1"} and changes.deleted(Product) == frozenset()
    assert changes.deleted(StockPlan) == {"s1"} and changes.put(StockPlan) == frozenset()
    assert changes.of_kind(Event) == {"e1"} and changes.of_kind(Task) == frozenset()
    assert changes.kinds == {Product, StockPlan, Event} and changes.count == 3
    assert changes.topics == {Topic.PRODUCTS, Topic.STOCK, Topic.EVENTS}
    assert changes.touches(Topic.STOCK, Topic.PLAN) and not changes.touches(Topic.TASKS)


def test_a_key_written_twice_is_what_the_later_write_left() -> None:
    deleted_then_put = Changes.of([(Event, "e1", True), (Event, "e1", False)])
    assert deleted_then_put.put(Event) == {"e1"} and not deleted_then_put.deleted(Event)
    put_then_deleted = Changes.of([(Event, "e1", False), (Event, "e1", True)])
    assert put_then_deleted.deleted(Event) == {"e1"} and not put_then_deleted.put(Event)


def test_changes_united_are_the_later_over_the_earlier() -> None:
    first = Changes.of([(Product, "p1", False), (Product, "p2", True), (PlanInfo, "i", False)])
    later = Changes.of([(Product, "p1", True), (Product, "p2", False), (Task, "t", True)])
    both = first | later
    assert both.deleted(Product) == {"p1"} and both.put(Product) == {"p2"}
    assert both.put(PlanInfo) == {"i"} and both.deleted(Task) == {"t"}
    assert Changes() | first == first and (first | Changes()) == first

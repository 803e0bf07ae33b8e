"""What deleting a row takes with it: the plan's cascading relations, declared once.

The store deletes and restores (for undo) by these, announces the rows they reach in its
``Changes``, and the imports list them under a removal; the plan file's foreign keys do
the same (a store test holds the two equal).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ecplanner.domain.model import Event, Product, ProductDay, StockPlan, Task


@dataclass(frozen=True)
class Cascade:
    """Deleting a ``parent`` reaches each ``child`` whose field ``field`` names the parent
    (holds its key, or, for a tuple field, holds it among others). The child is deleted
    with it when ``deletes``; otherwise it only loses the parent from that field."""

    parent: type
    child: type
    field: str
    deletes: bool

    def parents_named(self, child: object) -> tuple[str, ...]:
        """The parents' keys ``child`` (of kind ``child``) names in ``field``."""
        value = getattr(child, self.field)
        if isinstance(value, tuple):
            return value
        return () if value is None else (value,)


CASCADES: tuple[Cascade, ...] = (
    Cascade(Event, Task, "event_uuid", deletes=True),
    Cascade(Product, StockPlan, "product_uuid", deletes=True),
    Cascade(Product, Event, "featured_products", deletes=False),
    Cascade(Product, ProductDay, "product_uuid", deletes=True),
)


def cascades_of(parent: type) -> tuple[Cascade, ...]:
    """The relations a delete of a ``parent`` row follows."""
    return tuple(c for c in CASCADES if c.parent is parent)


def kinds_reached(parents: Iterable[type]) -> frozenset[type]:
    """Every kind a delete of these kinds can delete or change, following deletes on."""
    reached: set[type] = set()
    todo = list(parents)
    while todo:
        for cascade in cascades_of(todo.pop()):
            if cascade.child not in reached:
                reached.add(cascade.child)
                if cascade.deletes:
                    todo.append(cascade.child)
    return frozenset(reached)

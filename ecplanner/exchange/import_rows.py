"""One rule for matching an imported row with the plan's entity, for the workbook and the
JSON import alike, and what removing an entity takes with it.

A row is the plan's entity of its id. A row without an id is matched by its natural key:

- a product by its code (款号), compared as the app compares codes: full-width folded,
  trimmed, case ignored (``code_key``);
- an event by its platform, its title (compared as codes are) and its start day;
- a stock plan by its product (on the Clearance sheet, by the product's code);
- a budget month by its month.

It is the plan's entity with that key of which the file holds no row by id — so a row
whose id cell was cleared is still its entity, and a file imported twice adds its new rows
once. No such entity: the row is new. Several: the row is refused as ambiguous
(``ambiguous_row``); two rows without an id with the same key: the second is refused
(``duplicate_code`` for products, ``duplicate_row`` otherwise). After matching, codes stay
unique (``code_clashes``): a new product, or one whose code the file changes, may not take
a code another product keeps; codes the plan already shares are left as they are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from datetime import date
from typing import Generic, TypeVar

from ecplanner.domain.cascades import Cascade, cascades_of
from ecplanner.domain.model import (
    BudgetMonth,
    Event,
    Product,
    ProductDay,
    StockPlan,
    Task,
    TaskStatus,
)
from ecplanner.domain.products.fields import fold
from ecplanner.exchange.import_result import GoesWith
from ecplanner.exchange.plan_snapshot import PlanSnapshot

E = TypeVar("E")
W = TypeVar("W")


def code_key(code: str) -> str:
    """A product code as the app compares codes (``product_fields.code_taken``)."""
    return fold(code).casefold()


def event_key(platform: str, title: str, start: date) -> Hashable:
    return (platform, code_key(title), start)


def natural_key(entity: object) -> Hashable | None:
    """The key a row of ``entity``'s kind without an id is matched by; None: no such key
    (the row is always new)."""
    if isinstance(entity, Product):
        return code_key(entity.code)
    if isinstance(entity, Event):
        return event_key(entity.platform, entity.title, entity.start)
    if isinstance(entity, StockPlan):
        return entity.product_uuid
    if isinstance(entity, BudgetMonth):
        return entity.month
    return None


class RowClash(Exception):
    """A row without an id that cannot be matched: ``code`` and where the other is
    (``other``: the clashing row's place; None for ambiguity within the plan)."""

    def __init__(self, code: str, other: object = None) -> None:
        super().__init__(code)
        self.code = code
        self.other = other


class Matcher(Generic[E, W]):
    """The plan's entities of one kind (``key``: their natural key) for the rows without
    an id; ``held`` are the ids the file's rows carry."""

    def __init__(self, entities: Iterable[E], key: Callable[[E], Hashable],
                 ident: Callable[[E], str], held: Collection[str], duplicate: str) -> None:
        self._free: dict[Hashable, list[E]] = defaultdict(list)
        for entity in entities:
            if ident(entity) not in held:
                self._free[key(entity)].append(entity)
        self._seen: dict[Hashable, W] = {}
        self._duplicate = duplicate

    def match(self, key: Hashable, where: W) -> E | None:
        """The plan's entity the row at ``where`` of natural ``key`` is, or None for a new
        row; raises ``RowClash``."""
        if key in self._seen:
            raise RowClash(self._duplicate, self._seen[key])
        self._seen[key] = where
        found = self._free.get(key, [])
        if len(found) > 1:
            raise RowClash("ambiguous_row")
        return found[0] if found else None


def code_clashes(final: Sequence[tuple[Product, W | None, bool]]
                 ) -> list[tuple[W, Product, W | None]]:
    """The products the import would leave with another's code: for each ``(product,
    where, checked)`` of the plan after the import (``where`` None for the plan's products
    the file does not hold; ``checked`` for new products and changed codes) that shares its
    code: (where, the other product, where the other is). Of two checked rows the later
    one is reported."""
    groups: dict[str, list[int]] = defaultdict(list)
    for n, (product, _, _) in enumerate(final):
        groups[code_key(product.code)].append(n)
    clashes: list[tuple[W, Product, W | None]] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        for n in members:
            product, where, checked = final[n]
            if not checked or where is None:
                continue
            others = [m for m in members if m != n and (not final[m][2] or m < n)]
            if others:
                other, other_where, _ = final[others[0]]
                clashes.append((where, other, other_where))
    return clashes


class Dependents:
    """What removing an entity takes from ``snapshot``'s plan with it, by the plan's
    cascades (``domain.cascades``)."""

    def __init__(self, snapshot: PlanSnapshot) -> None:
        self.snapshot = snapshot
        self._of_kind: dict[type, Sequence[object]] = {
            Event: snapshot.events, StockPlan: snapshot.stock_plans, Task: snapshot.tasks}
        self._naming: dict[Cascade, dict[str, list[object]]] = {}
        # A product's days of real sales are counted, not read one by one.
        self._sales = {s.product_uuid: s.days for s in snapshot.product_sales}

    def goes_with(self, entity: object) -> tuple[GoesWith, ...]:
        found: list[GoesWith] = []
        for cascade in cascades_of(type(entity)):
            if cascade.child is ProductDay:
                days = self._sales.get(getattr(entity, "uuid", ""), 0)
                if days:
                    found.append(GoesWith("product_days", days))
                continue
            children = self._children(cascade).get(getattr(entity, "uuid", ""), [])
            if children:
                found.append(_goes_with(cascade.child, children))
        notes = getattr(entity, "notes", "")
        if isinstance(notes, str) and notes.strip():
            found.append(GoesWith("notes", text=notes))
        return tuple(found)

    def _children(self, cascade: Cascade) -> dict[str, list[object]]:
        """The ``cascade``'s children in the plan by the parent they name, read once."""
        naming = self._naming.get(cascade)
        if naming is None:
            naming = self._naming[cascade] = defaultdict(list)
            for child in self._of_kind[cascade.child]:
                for parent in cascade.parents_named(child):
                    naming[parent].append(child)
        return naming


def _goes_with(kind: type, children: Sequence[object]) -> GoesWith:
    if kind is StockPlan:
        return GoesWith("stock_plan", sum(p.on_hand for p in children
                                          if isinstance(p, StockPlan)))
    if kind is Task:
        done = sum(1 for t in children if isinstance(t, Task) and t.status is TaskStatus.DONE)
        return GoesWith("tasks", len(children), done=done)
    return GoesWith("featured", len(children))  # the events that feature a product

"""The store's remembered collections equal a fresh read after every kind of write."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from ecplanner.domain.model import (
    Arrival,
    BudgetMonth,
    Event,
    EventKind,
    MarkdownStep,
    MilestoneKind,
    Phase,
    PhaseKind,
    PlanInfo,
    Product,
    Season,
    StockPlan,
    Task,
    TaskStatus,
)
from ecplanner.domain.ops import Delete, Op, Put
from ecplanner.store.mappers import mapper_for
from ecplanner.store.plan_store import PlanStore

KINDS = (Event, Product, StockPlan, Task, BudgetMonth, PlanInfo)
DAY0 = date(2027, 1, 1)


def fresh(store: PlanStore, kind: type) -> list[Any]:
    """What the file holds now, read past the memo."""
    with store.engine.connect() as conn:
        return list(mapper_for(kind).load(conn))


def remembered(store: PlanStore) -> dict[type, list[Any]]:
    return {Event: store.events(), Product: store.products(), StockPlan: store.stock_plans(),
            Task: store.tasks(), BudgetMonth: store.budget_months(), PlanInfo: [store.info()]}


class Walk:
    """Random but valid edits: references always point at rows that exist."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.events: dict[str, Event] = {}
        self.products: dict[str, Product] = {}
        self.stock: dict[str, StockPlan] = {}
        self.tasks: dict[str, Task] = {}
        self.months: dict[int, str] = {}
        self.batched = False

    def expected(self) -> tuple[object, ...]:
        return ({k: (p.code, p.launch, p.season) for k, p in self.products.items()},
                {k: (e.title, e.start, e.end) for k, e in self.events.items()},
                {k: (t.due, t.status) for k, t in self.tasks.items()},
                {k: s.on_hand for k, s in self.stock.items()})

    @staticmethod
    def actual(store: PlanStore) -> tuple[object, ...]:
        return ({p.uuid: (p.code, p.launch, p.season) for p in fresh(store, Product)},
                {e.uuid: (e.title, e.start, e.end) for e in fresh(store, Event)},
                {t.uuid: (t.due, t.status) for t in fresh(store, Task)},
                {s.uuid: s.on_hand for s in fresh(store, StockPlan)})

    def day(self) -> date:
        return DAY0 + timedelta(days=self.rng.randrange(60))

    def event(self, old: Event | None = None) -> Event:
        start = self.day()
        end = start + timedelta(days=self.rng.randrange(4))
        at = datetime.combine(start, datetime.min.time())
        # Phases and featured products deliberately out of any order.
        phases = tuple(Phase(self.rng.choice(list(PhaseKind)), f"p{i}",
                             at + timedelta(hours=self.rng.randrange(48)),
                             at + timedelta(hours=50))
                       for i in range(self.rng.randrange(3)))
        featured = tuple(self.rng.sample(sorted(self.products), min(len(self.products),
                                                                     self.rng.randrange(3))))
        fields: dict[str, Any] = dict(title=f"活动{self.rng.randrange(99)}",
                                      kind=self.rng.choice(list(EventKind)), start=start,
                                      end=end, phases=phases, featured_products=featured)
        return Event(**fields, uuid=old.uuid) if old else Event(**fields)

    def product(self, old: Product | None = None) -> Product:
        code = self.rng.choice(("B1", "A2", "款3", "a4", "Z5", "A2"))  # codes repeat
        offsets = tuple((k, self.rng.randrange(1, 40))
                        for k in self.rng.sample(list(MilestoneKind), 2))
        fields: dict[str, Any] = dict(code=code, name="商品", season=self.rng.choice(list(Season)),
                                      launch=self.day(), milestone_offsets=offsets)
        return Product(**fields, uuid=old.uuid) if old else Product(**fields)

    def step(self) -> list[Op]:
        choice = self.rng.randrange(10)
        if choice == 0 or not self.products:
            p = self.product()
            self.products[p.uuid] = p
            return [Put(p)]
        if choice == 1:
            p = self.product(self.products[self.rng.choice(sorted(self.products))])
            self.products[p.uuid] = p
            return [Put(p)]
        if choice == 2 and len(self.products) > 1:
            key = self.rng.choice(sorted(self.products))
            del self.products[key]
            self.stock = {k: s for k, s in self.stock.items() if s.product_uuid != key}
            self.events = {k: replace(e, featured_products=tuple(
                u for u in e.featured_products if u != key)) for k, e in self.events.items()}
            return [Delete(Product, key)]
        if choice == 3:
            product = self.rng.choice(sorted(self.products))
            old = next((s for s in self.stock.values() if s.product_uuid == product), None)
            plan = StockPlan(product, on_hand=self.rng.randrange(500),
                             arrivals=(Arrival(self.day(), 10), Arrival(DAY0, 5)),
                             ladder=(MarkdownStep(self.day(), 0.3), MarkdownStep(DAY0, 0.1)),
                             **({"uuid": old.uuid} if old else {}))
            self.stock[plan.uuid] = plan
            return [Put(plan)]
        if choice in (4, 5) or not self.events:
            old_event = (self.events[self.rng.choice(sorted(self.events))]
                         if choice == 5 and self.events else None)
            event = self.event(old_event)
            self.events[event.uuid] = event
            task = Task("备货", "warehouse", event.start - timedelta(days=3), event.uuid)
            self.tasks[task.uuid] = task
            return [Put(event), Put(task)]
        if choice == 6:
            key = self.rng.choice(sorted(self.events))
            del self.events[key]
            self.tasks = {k: t for k, t in self.tasks.items() if t.event_uuid != key}
            return [Delete(Event, key)]
        if choice == 7 and self.tasks:
            task = self.tasks[self.rng.choice(sorted(self.tasks))]
            moved = Task(task.title, task.role, self.day(), task.event_uuid,
                         status=TaskStatus.DONE, uuid=task.uuid)
            self.tasks[task.uuid] = moved
            return [Put(moved)]
        if choice == 8:
            month = self.rng.randrange(1, 13)
            uuid = self.months.setdefault(month, BudgetMonth(month).uuid)
            return [Put(BudgetMonth(month, uv=self.rng.randrange(9999), uuid=uuid))]
        if self.batched:  # several existing rows changed at once: one batched update
            changed = [self.product(self.products[k])
                       for k in self.rng.sample(sorted(self.products), min(12, len(self.products)))]
            self.products.update((p.uuid, p) for p in changed)
            return [Put(p) for p in changed]
        # Many rows of one kind at once: the memo reads the whole kind again instead.
        self.batched = True
        batch = [self.product() for _ in range(501)]
        self.products.update((p.uuid, p) for p in batch)
        return [Put(p) for p in batch]


@pytest.mark.parametrize("seed", range(3))
def test_the_memo_equals_a_fresh_read_after_each_write_and_undo(plan_path: Path,
                                                                 seed: int) -> None:
    store = PlanStore.create(plan_path, PlanInfo("店", 2027))
    walk = Walk(random.Random(seed))
    try:
        for _ in range(40):
            remembered(store)  # every kind is remembered before the next write
            ops = walk.step()
            undo = store.inverse(ops)
            store.write(ops)
            assert remembered(store) == {kind: fresh(store, kind) for kind in KINDS}
            assert walk.expected() == walk.actual(store)  # and the file holds what was written
            if walk.rng.random() < 0.15:  # now and then undo, then redo
                store.write(undo)
                assert remembered(store) == {kind: fresh(store, kind) for kind in KINDS}
                store.write(ops)
                assert remembered(store) == {kind: fresh(store, kind) for kind in KINDS}
    finally:
        store.close()


def test_a_failed_write_leaves_the_memo_as_the_file_is(plan_path: Path) -> None:
    store = PlanStore.create(plan_path, PlanInfo("店", 2027))
    try:
        event = Event("双11", EventKind.MAJOR_SALE, DAY0, DAY0)
        store.write([Put(event)])
        assert store.events() == [event]
        orphan = Task("备货", "warehouse", DAY0, event_uuid="no-such-event")
        moved = Event("双11", EventKind.MAJOR_SALE, DAY0, DAY0 + timedelta(days=1),
                      uuid=event.uuid)
        with pytest.raises(IntegrityError):  # the orphan's foreign key fails at commit
            store.write([Put(moved), Put(orphan)])
        assert store.events() == [event] == fresh(store, Event)
        assert store.tasks() == [] == fresh(store, Task)
    finally:
        store.close()


@pytest.mark.parametrize("kind", [Event, Product, StockPlan, Task])
def test_a_read_in_steps_is_a_whole_read_cut_in_steps(plan_path: Path, kind: type) -> None:
    store = PlanStore.create(plan_path, PlanInfo("店", 2027))
    walk = Walk(random.Random(7))
    try:
        for _ in range(60):
            store.write(walk.step())
        steps = list(store.read_in_steps(kind, rows=3))
        whole = fresh(store, kind)
        assert len(steps) == -(-len(whole) // 3)  # ceil: three rows a step
        assert [e for step in steps for e in step] == whole  # in the store's order
        assert list(store.read_in_steps(kind)) == [whole]  # remembered: one step
    finally:
        store.close()


def test_a_read_in_steps_with_a_write_between_is_not_remembered(plan_path: Path) -> None:
    store = PlanStore.create(plan_path, PlanInfo("店", 2027))
    sales = [Event(f"活动{n}", EventKind.MAJOR_SALE, DAY0, DAY0 + timedelta(days=n))
             for n in range(3)]
    try:
        store.write([Put(e) for e in sales])
        reading = store.read_in_steps(Event, rows=1)
        [first] = next(reading)
        store.write([Put(replace(first, title="改过"))])  # the user edits while it reads
        assert [e.title for step in reading for e in step] != []
        assert store.events() == fresh(store, Event)
        assert "改过" in {e.title for e in store.events()}
    finally:
        store.close()


def test_the_fast_key_of_each_kind_is_its_key(plan_path: Path) -> None:
    """The memo splices by ``key_getter``: for every kind it gives what ``key_of`` gives."""
    from ecplanner import plans
    from ecplanner.domain import demo
    from ecplanner.domain.model import ChannelDay, DailyActual, ProductDay
    from ecplanner.domain.ops import TOPIC_OF, key_getter, key_of

    store = plans.create_plan(plan_path, demo.demo_info(2027), with_demo=True)
    try:
        product = store.products()[0]
        found: list[Any] = [
            *store.events(), *store.products(), *store.stock_plans(), *store.budget_months(),
            *store.tasks(), store.info(), *store.task_templates(),
            store.settings(), DailyActual(date(2027, 6, 1), gmv=1.0),
            ChannelDay(date(2027, 6, 1), "search", spend=1.0),
            ProductDay(product.uuid, date(2027, 6, 1), uv=1, units=1, gmv=1.0)]
    finally:
        store.close()
    assert {type(e) for e in found} == set(TOPIC_OF)  # every kind the store holds
    for entity in found:
        assert key_getter(type(entity))(entity) == key_of(entity), entity


def test_a_splice_finds_the_rows_it_replaces_without_walking_them_all(
        plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A drag on a plan of 100,000 tasks spent ~10 ms reading the key of every remembered
    # task to find the five it moved.
    import ecplanner.store.read_memo as read_memo

    store = PlanStore.create(plan_path, PlanInfo("店", 2027))
    event = Event("双11", EventKind.MAJOR_SALE, DAY0, DAY0)
    tasks = [Task(f"任务{n}", "ops", DAY0 + timedelta(days=n % 300), event.uuid)
             for n in range(1500)]
    store.write([Put(event), *(Put(t) for t in tasks)])
    calls = [0]
    getter = read_memo.key_getter

    def counted(kind: type) -> Any:
        key = getter(kind)

        def count(entity: Any) -> str:
            calls[0] += 1
            return key(entity)
        return count

    monkeypatch.setattr(read_memo, "key_getter", counted)
    try:
        store.tasks()
        moved = [replace(t, due=t.due + timedelta(days=1)) for t in tasks[:5]]
        for ops in ([Put(t) for t in moved], [Put(t) for t in tasks[:5]]):  # and back
            calls[0] = 0
            store.write(ops)
            assert store.tasks() == fresh(store, Task)
            assert calls[0] <= 10  # each of the five found once; none of the 1,495 others
    finally:
        store.close()

"""One mapper per entity kind a plan stores: its rows in the schema's tables and back
(``mapper`` holds what they share)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from ecplanner.domain.model import (
    AdChannel,
    Arrival,
    BudgetMonth,
    ChannelDay,
    DailyActual,
    Event,
    EventKind,
    MarkdownStep,
    MilestoneKind,
    Phase,
    PhaseKind,
    PlanInfo,
    PlanSettings,
    Product,
    ProductDay,
    ProductRole,
    ProductStatus,
    Role,
    Season,
    StockPlan,
    Task,
    TaskAnchor,
    TaskStatus,
    TaskTemplate,
)
from ecplanner.domain.ops import Entity, key_of
from ecplanner.store import tables
from ecplanner.store.history_json import event_from_json, event_json
from ecplanner.store.mapper import (
    Child,
    Mapper,
    Row,
    as_date,
    as_datetime,
    member,
    plain_row,
)


class PlanInfoMapper(Mapper):
    kind = PlanInfo
    table = tables.PLAN

    def rows(self, entity: PlanInfo) -> tuple[Row, dict[Child, list[Row]]]:
        row = plain_row(entity)
        row["markets"] = json.dumps(list(entity.markets))
        row["platforms"] = json.dumps(list(entity.platforms))
        return row, {}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> PlanInfo:
        row = dict(row)
        row["markets"] = tuple(json.loads(row["markets"]))
        row["platforms"] = tuple(json.loads(row["platforms"]))
        return PlanInfo(**row)


_PHASES = Child(tables.EVENT_PHASE, "event_uuid", ("position", "start", "kind"))
_FEATURED = Child(tables.EVENT_PRODUCT, "event_uuid", ("position",))


class EventMapper(Mapper):
    kind = Event
    table = tables.EVENT
    order_by = ("start", "uuid")
    children = (_PHASES, _FEATURED)
    child_fields = ("phases", "featured_products")

    def sort_key(self, entity: Event) -> Any:
        return (entity.start, entity.uuid)

    def rows(self, entity: Event) -> tuple[Row, dict[Child, list[Row]]]:
        row = plain_row(entity, skip=self.child_fields)
        phases = [
            {"uuid": f"{entity.uuid}/{i}", "event_uuid": entity.uuid, "position": i,
             "kind": p.kind.value, "name": p.name, "start": p.start, "end": p.end}
            for i, p in enumerate(entity.phases)
        ]
        featured = [
            {"event_uuid": entity.uuid, "product_uuid": u, "position": i}
            for i, u in enumerate(entity.featured_products)
        ]
        return row, {_PHASES: phases, _FEATURED: featured}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> Event:
        phases = tuple(
            Phase(member(PhaseKind, p["kind"]), p["name"], as_datetime(p["start"]),
                  as_datetime(p["end"]))
            for p in children.get(_PHASES, [])
        )
        featured = tuple(f["product_uuid"] for f in children.get(_FEATURED, []))
        return Event(**{**row, "kind": member(EventKind, row["kind"]),
                        "start": as_date(row["start"]), "end": as_date(row["end"]),
                        "edited": bool(row["edited"]),
                        "registered": bool(row["registered"]),
                        "count_uplift_anyway": bool(row["count_uplift_anyway"]),
                        "registration_deadline": as_date(row["registration_deadline"]),
                        "phases": phases, "featured_products": featured})


_OFFSETS = Child(tables.PRODUCT_MILESTONE, "product_uuid", ("kind",))


class ProductMapper(Mapper):
    kind = Product
    table = tables.PRODUCT
    order_by = ("code", "uuid")
    children = (_OFFSETS,)
    child_fields = ("milestone_offsets",)

    def sort_key(self, entity: Product) -> Any:
        return (entity.code, entity.uuid)

    def rows(self, entity: Product) -> tuple[Row, dict[Child, list[Row]]]:
        row = plain_row(entity, skip=self.child_fields)
        offsets = [{"product_uuid": entity.uuid, "kind": k.value, "days_before_launch": d}
                   for k, d in entity.milestone_offsets]
        return row, {_OFFSETS: offsets}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> Product:
        offsets = tuple((member(MilestoneKind, o["kind"]), int(o["days_before_launch"]))
                        for o in children.get(_OFFSETS, []))
        return Product(**{**row, "season": member(Season, row["season"]),
                          "role": member(ProductRole, row["role"]),
                          "status": member(ProductStatus, row["status"]),
                          "launch": as_date(row["launch"]), "delist": as_date(row["delist"]),
                          "planned_price_change": as_date(row["planned_price_change"]),
                          "milestone_offsets": offsets})


class BudgetMonthMapper(Mapper):
    kind = BudgetMonth
    table = tables.BUDGET_MONTH
    order_by = ("month",)

    def sort_key(self, entity: BudgetMonth) -> Any:
        return entity.month

    def rows(self, entity: BudgetMonth) -> tuple[Row, dict[Child, list[Row]]]:
        return plain_row(entity), {}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> BudgetMonth:
        return BudgetMonth(**row)


class TaskMapper(Mapper):
    kind = Task
    table = tables.TASK
    order_by = ("due", "uuid")

    def sort_key(self, entity: Task) -> Any:
        return (entity.due, entity.uuid)

    def rows(self, entity: Task) -> tuple[Row, dict[Child, list[Row]]]:
        return plain_row(entity), {}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> Task:
        return Task(**{**row, "due": as_date(row["due"]),
                       "status": member(TaskStatus, row["status"])})


_ARRIVALS = Child(tables.STOCK_ARRIVAL, "stock_uuid", ("day",))
_STEPS = Child(tables.MARKDOWN_STEP, "stock_uuid", ("start",))


class StockPlanMapper(Mapper):
    kind = StockPlan
    table = tables.STOCK_PLAN
    children = (_ARRIVALS, _STEPS)
    child_fields = ("arrivals", "ladder")

    def rows(self, entity: StockPlan) -> tuple[Row, dict[Child, list[Row]]]:
        row = plain_row(entity, skip=self.child_fields)
        row["allowed_discounts"] = json.dumps(list(entity.allowed_discounts))
        arrivals = [{"stock_uuid": entity.uuid, "day": a.day, "units": a.units}
                    for a in entity.arrivals]
        steps = [{"stock_uuid": entity.uuid, "start": s.start, "discount": s.discount}
                 for s in entity.ladder]
        return row, {_ARRIVALS: arrivals, _STEPS: steps}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> StockPlan:
        arrivals = tuple(Arrival(as_date(a["day"]) or date.min, int(a["units"]))
                         for a in children.get(_ARRIVALS, []))
        ladder = tuple(MarkdownStep(as_date(s["start"]) or date.min, float(s["discount"]))
                       for s in children.get(_STEPS, []))
        return StockPlan(**{**row, "season_end": as_date(row["season_end"]),
                            "allowed_discounts": tuple(json.loads(row["allowed_discounts"])),
                            "arrivals": arrivals, "ladder": ladder})


class DailyActualMapper(Mapper):
    kind = DailyActual
    table = tables.DAILY_ACTUAL
    key_column = "day"
    order_by = ("day",)

    def rows(self, entity: DailyActual) -> tuple[Row, dict[Child, list[Row]]]:
        return plain_row(entity), {}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> DailyActual:
        return DailyActual(**{**row, "day": as_date(row["day"])})

    def put(self, conn: Connection, entity: Any) -> None:
        col = self.table.c.day
        conn.execute(delete(self.table).where(col == entity.day))
        conn.execute(insert(self.table).values(**plain_row(entity)))

    def key_values(self, keys: Iterable[str]) -> list[Any]:
        return [date.fromisoformat(key) for key in keys]

    def put_many(self, conn: Connection, entities: Sequence[Any]) -> None:
        entities = list({e.day: e for e in entities}.values())  # the last of a day wins
        days = [e.day for e in entities]
        for i in range(0, len(days), 500):
            conn.execute(delete(self.table).where(self.table.c.day.in_(days[i:i + 500])))
        if entities:
            conn.execute(insert(self.table), [plain_row(e) for e in entities])


class ChannelDayMapper(Mapper):
    """Keyed by "day/channel" (``key_of``), a column the entity does not hold as a field."""

    kind = ChannelDay
    table = tables.CHANNEL_DAY
    key_column = "key"
    extra_columns = ("key",)

    def rows(self, entity: ChannelDay) -> tuple[Row, dict[Child, list[Row]]]:
        return {**plain_row(entity), "key": key_of(entity)}, {}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> ChannelDay:
        return ChannelDay(as_date(row["day"]) or date.min, member(AdChannel, row["channel"]),
                          float(row["spend"]), int(row["clicks"]), float(row["gmv"]))


class ProductDayMapper(Mapper):
    kind = ProductDay
    table = tables.PRODUCT_DAY
    key_column = "key"
    extra_columns = ("key",)
    order_by = ("product_uuid", "day")

    def rows(self, entity: ProductDay) -> tuple[Row, dict[Child, list[Row]]]:
        return {**plain_row(entity), "key": key_of(entity)}, {}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> ProductDay:
        return ProductDay(product_uuid=row["product_uuid"], day=as_date(row["day"]) or date.min,
                          uv=int(row["uv"]), units=int(row["units"]), gmv=float(row["gmv"]))


class TaskTemplateMapper(Mapper):
    """The plan's own copy of the task templates; ``position`` keeps the catalog's order."""

    kind = TaskTemplate
    table = tables.TASK_TEMPLATE
    extra_columns = ("position",)
    key_column = "key"
    order_by = ("position", "key")
    ordered_by_entity = False

    def rows(self, entity: TaskTemplate) -> tuple[Row, dict[Child, list[Row]]]:
        return plain_row(entity), {}

    def put(self, conn: Connection, entity: Any) -> None:
        col = self.table.c.key
        found = conn.execute(select(self.table.c.position).where(col == entity.key)).first()
        if found is None:
            last = conn.execute(select(self.table.c.position).order_by(
                self.table.c.position.desc())).first()
            position = 0 if last is None else int(last[0]) + 1
            conn.execute(insert(self.table).values(**plain_row(entity), position=position))
        else:
            conn.execute(update(self.table).where(col == entity.key).values(**plain_row(entity)))

    def put_many(self, conn: Connection, entities: Sequence[Any]) -> None:
        for entity in entities:
            self.put(conn, entity)

    def build(self, row: Row, children: dict[Child, list[Row]]) -> TaskTemplate:
        return TaskTemplate(key=row["key"], kind=EventKind(row["kind"]), title=row["title"],
                            role=Role(row["role"]), due_from=TaskAnchor(row["due_from"]),
                            days=int(row["days"]))


_SETTINGS_VERSION = 2  # 2: last year's events (history_events)


class PlanSettingsMapper(Mapper):
    """The plan's settings as one versioned JSON value in the ``setting`` table."""

    kind = PlanSettings
    table = tables.SETTING
    key_column = "key"

    @cached_property
    def columns(self) -> tuple[str, ...]:
        return ("key", "value")  # the settings are one JSON value

    def rows(self, entity: PlanSettings) -> tuple[Row, dict[Child, list[Row]]]:
        value = {
            "version": _SETTINGS_VERSION,
            "season_milestones": {s.value: {k.value: d for k, d in offsets}
                                  for s, offsets in entity.season_milestones},
            "expected_launch_months": {s.value: list(m)
                                       for s, m in entity.expected_launch_months},
            "price_lock_days": entity.price_lock_days,
            "shutdown_traffic": entity.shutdown_traffic,
            "forecast_growth": entity.forecast_growth,
            "history_events": [event_json(e) for e in entity.history_events],
        }
        return {"key": entity.key, "value": json.dumps(value)}, {}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> PlanSettings:
        value = json.loads(row["value"])
        return PlanSettings(
            season_milestones=tuple(
                (Season(s), tuple((MilestoneKind(k), int(d)) for k, d in offsets.items()))
                for s, offsets in value.get("season_milestones", {}).items()),
            expected_launch_months=tuple(
                (Season(s), tuple(int(m) for m in months))
                for s, months in value.get("expected_launch_months", {}).items()),
            price_lock_days=int(value.get("price_lock_days", 30)),
            # Plans written before the setting count the default, as the catalog's one-day
            # Spring Festival dip moved onto the shutdown's days.
            shutdown_traffic=float(value.get("shutdown_traffic", 0.7)),
            forecast_growth=float(value.get("forecast_growth", 0.0)),
            history_events=tuple(event_from_json(e) for e in value.get("history_events", [])),
            key=row["key"],
        )


MAPPERS: dict[type, Mapper] = {
    m.kind: m
    for m in (PlanInfoMapper(), EventMapper(), ProductMapper(), BudgetMonthMapper(),
              TaskMapper(), StockPlanMapper(), DailyActualMapper(), ChannelDayMapper(),
              TaskTemplateMapper(), PlanSettingsMapper(), ProductDayMapper())
}


def every_kind() -> tuple[type, ...]:
    """Every kind a plan stores."""
    return tuple(MAPPERS)


def mapper_for(entity_or_kind: Entity | type) -> Mapper:
    kind = entity_or_kind if isinstance(entity_or_kind, type) else type(entity_or_kind)
    return MAPPERS[kind]

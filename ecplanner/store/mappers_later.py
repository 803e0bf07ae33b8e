"""Mappers of the kinds the first screen does not read (stock plans, daily actuals, task
templates, settings): they load on first use (see ``mapper_for``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, Date, delete, insert, select, update

from ecplanner.domain.model import (
    Arrival,
    DailyActual,
    EventKind,
    MarkdownStep,
    MilestoneKind,
    PlanSettings,
    Role,
    Season,
    StockPlan,
    TaskAnchor,
    TaskTemplate,
)
from ecplanner.store.mappers import MAPPERS, Child, Mapper, as_date, plain_row
from ecplanner.store.sql_reads import Row

_ARRIVALS = Child("stock_arrival", ("id", "stock_uuid", "day", "units"), "stock_uuid",
                  ("day",))
_STEPS = Child("markdown_step", ("id", "stock_uuid", "start", "discount"), "stock_uuid",
               ("start",))


class StockPlanMapper(Mapper):
    kind = StockPlan
    table_name = "stock_plan"
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
    table_name = "daily_actual"
    key_column = "day"
    key_type = Date()
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


class TaskTemplateMapper(Mapper):
    """The plan's own copy of the task templates; ``position`` keeps the catalog's order."""

    kind = TaskTemplate
    table_name = "task_template"
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


_SETTINGS_VERSION = 1


class PlanSettingsMapper(Mapper):
    """The plan's settings as one versioned JSON value in the ``setting`` table."""

    kind = PlanSettings
    table_name = "setting"
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
            key=row["key"],
        )


MAPPERS.update({m.kind: m for m in (StockPlanMapper(), DailyActualMapper(),
                                    TaskTemplateMapper(), PlanSettingsMapper())})

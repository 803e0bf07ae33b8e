"""Mappers of the kinds start-up does not read (stock plans, daily actuals, task templates,
settings): they and their tables load on first use (see ``mapper_for``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

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
from ecplanner.store import tables_later as tl
from ecplanner.store.mappers import MAPPERS, Mapper, Row, as_date, plain_row, table_of

_ARRIVALS = table_of(tl.ArrivalRow)
_STEPS = table_of(tl.MarkdownStepRow)


class StockPlanMapper(Mapper):
    kind = StockPlan
    table = table_of(tl.StockPlanRow)
    children = (_ARRIVALS, _STEPS)

    def rows(self, entity: StockPlan) -> tuple[Row, dict[Table, list[Row]]]:
        row = plain_row(entity, skip=("arrivals", "ladder"))
        row["allowed_discounts"] = json.dumps(list(entity.allowed_discounts))
        arrivals = [{"stock_uuid": entity.uuid, "day": a.day, "units": a.units}
                    for a in entity.arrivals]
        steps = [{"stock_uuid": entity.uuid, "start": s.start, "discount": s.discount}
                 for s in entity.ladder]
        return row, {_ARRIVALS: arrivals, _STEPS: steps}

    def build(self, row: Row, children: dict[Table, list[Row]]) -> StockPlan:
        arrivals = tuple(Arrival(as_date(a["day"]) or date.min, int(a["units"]))
                         for a in children.get(_ARRIVALS, []))
        ladder = tuple(MarkdownStep(as_date(s["start"]) or date.min, float(s["discount"]))
                       for s in children.get(_STEPS, []))
        return StockPlan(**{**row, "season_end": as_date(row["season_end"]),
                            "allowed_discounts": tuple(json.loads(row["allowed_discounts"])),
                            "arrivals": arrivals, "ladder": ladder})


class DailyActualMapper(Mapper):
    kind = DailyActual
    table = table_of(tl.DailyActualRow)
    key_column = "day"

    def rows(self, entity: DailyActual) -> tuple[Row, dict[Table, list[Row]]]:
        return plain_row(entity), {}

    def build(self, row: Row, children: dict[Table, list[Row]]) -> DailyActual:
        return DailyActual(**{**row, "day": as_date(row["day"])})

    def exists(self, conn: Connection, key: str) -> bool:
        col = self.table.c.day
        return conn.execute(select(col).where(col == date.fromisoformat(key))).first() is not None

    def put(self, conn: Connection, entity: Any) -> None:
        col = self.table.c.day
        conn.execute(delete(self.table).where(col == entity.day))
        conn.execute(insert(self.table).values(**plain_row(entity)))

    def delete(self, conn: Connection, key: str) -> None:
        conn.execute(delete(self.table).where(self.table.c.day == date.fromisoformat(key)))

    def put_many(self, conn: Connection, entities: Sequence[Any]) -> None:
        entities = list({e.day: e for e in entities}.values())  # the last of a day wins
        days = [e.day for e in entities]
        for i in range(0, len(days), 500):
            conn.execute(delete(self.table).where(self.table.c.day.in_(days[i:i + 500])))
        if entities:
            conn.execute(insert(self.table), [plain_row(e) for e in entities])

    def load(self, conn: Connection, keys: Iterable[str] | None = None) -> list[Any]:
        query = select(self.table).order_by(self.table.c.day)
        if keys is not None:
            query = query.where(self.table.c.day.in_([date.fromisoformat(k) for k in keys]))
        return [self.build(dict(r._mapping), {}) for r in conn.execute(query)]


class TaskTemplateMapper(Mapper):
    """The plan's own copy of the task templates; ``position`` keeps the catalog's order."""

    kind = TaskTemplate
    table = table_of(tl.TaskTemplateRow)
    key_column = "key"
    ordered_by_entity = False

    def order(self) -> Sequence[Any]:
        return [self.table.c.position, self.table.c.key]

    def rows(self, entity: TaskTemplate) -> tuple[Row, dict[Table, list[Row]]]:
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

    def build(self, row: Row, children: dict[Table, list[Row]]) -> TaskTemplate:
        return TaskTemplate(key=row["key"], kind=EventKind(row["kind"]), title=row["title"],
                            role=Role(row["role"]), due_from=TaskAnchor(row["due_from"]),
                            days=int(row["days"]))


_SETTINGS_VERSION = 1


class PlanSettingsMapper(Mapper):
    """The plan's settings as one versioned JSON value in the ``setting`` table."""

    kind = PlanSettings
    table = table_of(tl.SettingRow)
    key_column = "key"

    def rows(self, entity: PlanSettings) -> tuple[Row, dict[Table, list[Row]]]:
        value = {
            "version": _SETTINGS_VERSION,
            "season_milestones": {s.value: {k.value: d for k, d in offsets}
                                  for s, offsets in entity.season_milestones},
            "expected_launch_months": {s.value: list(m)
                                       for s, m in entity.expected_launch_months},
            "price_lock_days": entity.price_lock_days,
        }
        return {"key": entity.key, "value": json.dumps(value)}, {}

    def build(self, row: Row, children: dict[Table, list[Row]]) -> PlanSettings:
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

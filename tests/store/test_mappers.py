"""The mappers read the entities' fields by name: they must be the schema's columns, exactly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ecplanner.domain.model import (
    EventKind,
    PlanInfo,
    PlanSettings,
    Role,
    TaskAnchor,
    TaskTemplate,
)
from ecplanner.domain.ops import Put
from ecplanner.store.mappers import MAPPERS
from ecplanner.store.plan_store import PlanStore
from ecplanner.store.tables import SCHEMA


def test_every_mapper_names_the_schemas_columns() -> None:
    named = set()
    for mapper in MAPPERS.values():
        assert sorted(mapper.columns) == sorted(mapper.table.columns.keys())
        named.add(mapper.table.name)
        named.update(child.table.name for child in mapper.children)
    assert named == set(SCHEMA.tables)  # no table goes unread


def test_a_column_added_by_another_tool_is_left_alone(plan_path: Path) -> None:
    """As before reads named their columns: a file someone added a column to still opens,
    and the column is kept."""
    info = PlanInfo("店", 2027)
    template = TaskTemplate("618/visuals", EventKind.MAJOR_SALE, "Visuals", Role.DESIGN,
                            TaskAnchor.START, -10)
    store = PlanStore.create(plan_path, info)
    store.write([Put(template), Put(PlanSettings(price_lock_days=21))])
    store.close()
    with sqlite3.connect(plan_path) as conn:
        for table in ("plan", "task_template", "setting"):
            conn.execute(f"ALTER TABLE {table} ADD COLUMN remark TEXT DEFAULT 'x'")
    conn.close()
    reopened = PlanStore.open(plan_path)
    try:
        assert reopened.info() == info and reopened.get(PlanInfo, info.uuid) == info
        assert reopened.task_templates() == [template]
        assert reopened.get(TaskTemplate, template.key) == template
        assert reopened.settings().price_lock_days == 21
        reopened.write([Put(PlanSettings(price_lock_days=30))])
        assert reopened.settings().price_lock_days == 30
    finally:
        reopened.close()
    with sqlite3.connect(plan_path) as conn:
        assert conn.execute("SELECT remark FROM setting").fetchall() == [("x",)]
    conn.close()

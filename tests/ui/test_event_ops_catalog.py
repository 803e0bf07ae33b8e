"""An event edit in a plan without its own task templates reads the shipped catalog once
for the program, not on every edit (parsing it took ~30 ms of a drag's turn)."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from ecplanner.domain.model import Event, EventKind, PlanInfo
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.event_ops import event_update_ops, new_event_ops


def test_edits_read_the_catalog_once(plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = PlanStore.create(plan_path, PlanInfo("店", 2027))  # no task templates of its own
    document = PlanDocument(store)
    try:
        assert store.task_templates() == []
        event = Event("大促", EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 18))
        document.apply("add", new_event_ops(document, event))  # the catalog read (once)
        parsed: list[Any] = []
        real = tomllib.loads
        monkeypatch.setattr(tomllib, "loads", lambda *a, **k: parsed.append(1) or real(*a, **k))
        for days in (1, 2, 3):
            moved = replace(event, start=event.start + timedelta(days=days),
                            end=event.end + timedelta(days=days))
            ops = event_update_ops(document, document.store.events()[0], moved)
            document.apply("move", ops)
        assert parsed == []
        assert document.store.tasks()  # the catalog's templates still gave the tasks
    finally:
        document.close()

"""Creating and opening plans: shared by the command line and the window (no Qt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ecplanner import paths
from ecplanner.domain import demo
from ecplanner.domain.catalog import load_catalog, tasks_for_event
from ecplanner.domain.catalog.sync import calendar_additions
from ecplanner.domain.model import PlanInfo
from ecplanner.domain.ops import Op, Put
from ecplanner.store.plan_store import PlanStore


def planning_year(today: date) -> int:
    """The year a planner is working on: next year from September on (旺季 planning)."""
    return today.year + 1 if today.month >= 9 else today.year


def demo_ops(year: int) -> list[Op]:
    """Everything the demo plan holds besides its store information."""
    products = demo.demo_products(year)
    promotions = demo.demo_store_promotions(year)
    templates = load_catalog().tasks
    entities: list[object] = [
        *products,
        *demo.demo_stock(products, year),
        *demo.demo_budget(),
        *promotions,
        *(task for event in promotions for task in tasks_for_event(event, templates)),
    ]
    return [Put(e) for e in entities]  # type: ignore[arg-type]


def platform_calendar_ops(store: PlanStore, year: int | None = None) -> list[Op]:
    """Put ops adding the year's platform events the plan lacks, with their tasks."""
    info = store.info()
    catalog = load_catalog()
    lang = info.locale.split("_")[0] if info.locale[:2] in ("zh", "ja", "en") else "zh"
    generated = catalog.events_for(year or info.year, list(info.markets),
                                   [*info.platforms, "all"], lang=lang)
    templates = store.task_templates() or list(catalog.tasks)
    return [Put(e) for e in calendar_additions(store.events(), generated, templates)]


def create_plan(path: Path, info: PlanInfo, with_demo: bool = False) -> PlanStore:
    """A new plan file holding ``info``, its task templates and its platform calendar."""
    store = PlanStore.create(path, info)
    try:
        store.write([Put(t) for t in load_catalog().tasks])
        store.write(platform_calendar_ops(store))
        if with_demo:
            store.write(demo_ops(info.year))
    except Exception:
        store.close()
        path.unlink(missing_ok=True)
        raise
    return store


def open_plan(path: Path, to_write: bool = False) -> PlanStore:
    """Open an existing plan, taking a backup copy first; read-only where it cannot be
    written, or refused there with ``to_write``."""
    return PlanStore.open(path, paths.backup_dir(), to_write)


def ensure_demo_plan(year: int) -> Path:
    """The demo plan in the user data folder, created on first run."""
    path = paths.demo_plan_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        create_plan(path, demo.demo_info(year), with_demo=True).close()
    return path

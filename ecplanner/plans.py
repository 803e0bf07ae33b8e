"""Creating and opening plans: shared by the command line and the window (no Qt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ecplanner import paths
from ecplanner.domain import demo
from ecplanner.domain.model import PlanInfo
from ecplanner.domain.ops import Op, Put
from ecplanner.store.plan_store import PlanStore


def planning_year(today: date) -> int:
    """The year a planner is working on: next year from September on (旺季 planning)."""
    return today.year + 1 if today.month >= 9 else today.year


def demo_ops(year: int) -> list[Op]:
    """Everything the demo plan holds besides its store information."""
    products = demo.demo_products(year)
    entities: list[object] = [
        *products,
        *demo.demo_stock(products, year),
        *demo.demo_budget(),
        *demo.demo_store_promotions(year),
    ]
    return [Put(e) for e in entities]  # type: ignore[arg-type]


def create_plan(path: Path, info: PlanInfo, with_demo: bool = False) -> PlanStore:
    """A new plan file holding ``info`` (and the demo content when asked)."""
    store = PlanStore.create(path, info)
    try:
        if with_demo:
            store.write(demo_ops(info.year))
    except Exception:
        store.close()
        path.unlink(missing_ok=True)
        raise
    return store


def open_plan(path: Path) -> PlanStore:
    """Open an existing plan, taking a backup copy first."""
    return PlanStore.open(path, paths.backup_dir())


def ensure_demo_plan(year: int) -> Path:
    """The demo plan in the user data folder, created on first run."""
    path = paths.demo_plan_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        create_plan(path, demo.demo_info(year), with_demo=True).close()
    return path

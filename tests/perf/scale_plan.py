"""The scale benchmark's plan: the demo plan grown to 20,000 events and 20,000 products.

Made through the normal write path: ``create_plan(..., with_demo=True)``, then copies of the
demo's events (each moved by a random number of days within the year, with the tasks its
kind's templates give) and of its products (launch and delist moved alike), with the
demo's clearance inputs for the autumn and winter lines (``demo_stock``), and a planned
price change for one product in four (the demo has none; the price-lock check should have
some to find). Made in about 7 s; the file is kept in the temp folder for the next run,
named by ``VERSION`` (bump it when the recipe changes) and the plan schema's version.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from ecplanner.domain import demo
from ecplanner.domain.catalog import tasks_for_event
from ecplanner.domain.model import Event, Product, new_uuid
from ecplanner.domain.ops import Put
from ecplanner.plans import create_plan
from ecplanner.store.migrations import SCHEMA_VERSION

VERSION = 1
YEAR = 2027
EVENTS = PRODUCTS = 20_000
BATCH = 2_000


def cached_plan(folder: Path) -> Path:
    """A copy, in ``folder``, of the scale plan (made first if it is not cached yet)."""
    name = f"ecplanner-bench-scale-v{VERSION}-schema{SCHEMA_VERSION}.ecplan"
    cache = Path(tempfile.gettempdir()) / name
    if not cache.exists():
        making = cache.with_suffix(".making")
        making.unlink(missing_ok=True)
        make_plan(making)
        making.rename(cache)
    copy = folder / "scale.ecplan"
    shutil.copyfile(cache, copy)
    return copy


def make_plan(path: Path) -> None:
    rng = random.Random(17)
    store = create_plan(path, demo.demo_info(YEAR), with_demo=True)
    try:
        templates = store.task_templates()
        seeds_e, seeds_p = store.events(), store.products()
        events = [_moved_event(seeds_e[n % len(seeds_e)], n, rng) for n in range(EVENTS)]
        products = [_moved_product(seeds_p[n % len(seeds_p)], n, rng) for n in range(PRODUCTS)]
        for i in range(0, EVENTS, BATCH):
            some_events = events[i:i + BATCH]
            store.write([Put(e) for e in some_events]
                        + [Put(t) for e in some_events for t in tasks_for_event(e, templates)])
        for i in range(0, PRODUCTS, BATCH):
            some_products = products[i:i + BATCH]
            store.write([Put(p) for p in some_products]
                        + [Put(s) for s in demo.demo_stock(some_products, YEAR)])
    finally:
        store.close()


def _moved_event(seed: Event, n: int, rng: random.Random) -> Event:
    first, last = date(YEAR, 1, 1), date(YEAR, 12, 31)
    earliest = max((first - seed.start).days, -180)
    latest = min((last - seed.end).days, 180)
    days = rng.randint(earliest, latest) if earliest <= latest else 0
    return replace(seed.shifted(days), title=f"{seed.title} #{n}", template_key=None,
                   occurrence=None, uuid=new_uuid())


def _moved_product(seed: Product, n: int, rng: random.Random) -> Product:
    step = timedelta(days=rng.randint(-60, 60))
    launch = seed.launch + step if seed.launch else None
    if launch is not None and launch.year != YEAR:
        launch, step = seed.launch, timedelta(0)
    change = launch + timedelta(days=45) if launch is not None and n % 4 == 0 else None
    return replace(seed, code=f"{seed.code}-{n:05}", launch=launch,
                   delist=seed.delist + step if seed.delist else None,
                   planned_price_change=change, uuid=new_uuid())


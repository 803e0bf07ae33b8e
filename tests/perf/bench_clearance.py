"""Time the clearance projection and the ladder search; run with
``uv run python tests/perf/bench_clearance.py``.

Each time is the best of several runs, printed beside a floor measured in the same run (a bare
Python loop doing one multiply per cell of the 2,000 × 26 grid), so a slower machine shows as
a slower floor, not as a regression. Exits 1 when the projection misses its 100 ms budget.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from ecplanner.domain.clearance.ladder import suggest_ladder
from ecplanner.domain.clearance.projection import project_many
from ecplanner.domain.model import Arrival, Event, EventKind, MarkdownStep, Product, StockPlan

START = date(2025, 9, 1)
SEASON_END = START + timedelta(days=181)  # 26 weeks
PRODUCTS = 2_000
WEEKS = 26
BUDGET_MS = 100.0
REPEATS = 20


def day(offset: int) -> date:
    return START + timedelta(days=offset)


def make_items(rng: random.Random) -> list[tuple[StockPlan, Product]]:
    items = []
    for n in range(PRODUCTS):
        product = Product(f"P{n:04}", "item", unit_cost=rng.uniform(10, 60), list_price=99.0)
        plan = StockPlan(
            product.uuid,
            on_hand=rng.randint(0, 500),
            base_weekly_sales=rng.uniform(0, 30),
            season_end=SEASON_END,
            elasticity=rng.uniform(1.0, 3.0),
            arrivals=tuple(Arrival(day(rng.randint(0, 150)), rng.randint(0, 100)) for _ in "ab"),
            ladder=tuple(MarkdownStep(day(rng.randint(0, 180)), d) for d in (0.1, 0.3, 0.5)),
        )
        items.append((plan, product))
    return items


def best_ms(run: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times) * 1000


def floor_loop() -> float:
    total = 0.0
    for cell in range(PRODUCTS * WEEKS):
        total += cell * 1.5
    return total


def main() -> int:
    items = make_items(random.Random(6))
    events = [
        Event("sale", EventKind.MAJOR_SALE, day(k * 20), day(k * 20 + 3), uplift=2.5)
        for k in range(9)
    ]
    began = time.perf_counter()
    project_many(items, events, START)
    first_ms = (time.perf_counter() - began) * 1000

    floor = best_ms(floor_loop)
    projection = best_ms(lambda: project_many(items, events, START))

    def with_totals() -> None:
        batch = project_many(items, events, START)
        for item in range(len(batch)):
            batch.totals(item)

    table = best_ms(with_totals)
    plan, product = items[0]
    plan = StockPlan(plan.product_uuid, on_hand=600, base_weekly_sales=12, season_end=SEASON_END)
    discounts = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]

    def search(n_dates: int) -> Callable[[], object]:
        dates = [day(14 * k) for k in range(1, n_dates + 1)]
        return lambda: suggest_ladder(plan, product, events, START, dates, discounts)

    ladder_924 = best_ms(search(6))
    ladder_3003 = best_ms(search(8))

    rows = [
        (f"floor: bare loop, one multiply x {PRODUCTS * WEEKS:,} cells", floor),
        (f"project_many {PRODUCTS:,} x {WEEKS} weeks", projection),
        ("  + Totals for every product", table),
        ("ladder search, 6 dates x 6 discounts (924)", ladder_924),
        ("ladder search, 8 dates x 6 discounts (3,003)", ladder_3003),
    ]
    for name, ms in rows:
        print(f"{name:<48} {ms:8.2f} ms  {ms / floor:.2f}x floor")
    print(f"{'first project_many call (imports numpy)':<48} {first_ms:8.2f} ms")
    within = projection < BUDGET_MS
    print(f"projection budget {BUDGET_MS:.0f} ms: {'met' if within else 'MISSED'}")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())

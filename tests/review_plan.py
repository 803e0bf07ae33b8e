"""A plan for the review and the report, built as a user would: budget, events, products and
tasks written through the store, a June export of daily actuals imported by the command
line (``ecplanner import --actuals``)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from ecplanner.cli import main
from ecplanner.domain.model import BudgetMonth, Event, EventKind, PlanInfo, Product, Task
from ecplanner.domain.ops import Put
from ecplanner.store.plan_store import PlanStore

# June: 30,000 visitors × 5% × ¥200 = ¥300,000 planned, ¥10,000 a day (no events lift it,
# no last year to shape the weekdays); target ¥1,200,000 × 1/12 = ¥100,000.
INFO = PlanInfo(store_name="素锦女装", year=2027, platforms=("tmall",),
                annual_target=1_200_000.0)
MONTHS = [BudgetMonth(month=m, weight=1.0, uv=30_000.0 if m == 6 else 0.0, cvr=0.05,
                      aov=200.0) for m in range(1, 13)]
EVENTS = [
    Event("店庆", EventKind.STORE_PROMO, date(2027, 6, 20), date(2027, 6, 22)),
    Event("年中大促", EventKind.MAJOR_SALE, date(2027, 7, 10), date(2027, 7, 12),
          platform="tmall", registration_deadline=date(2027, 7, 1)),
]
PRODUCTS = [Product("SJ-101", "真丝衬衫", launch=date(2027, 6, 15)),
            Product("SJ-090", "亚麻长裙", launch=date(2027, 3, 1), delist=date(2027, 6, 30))]
TASKS = [Task("备货清单", "warehouse", date(2027, 7, 5))]
# June 1st–10th imported: 800 visitors, 48 buyers (6%), ¥9,120 (¥190 a buyer) a day.
ACTUALS = "统计日期,访客数,支付买家数,支付金额\n" + "".join(
    f"{date(2027, 6, 1) + timedelta(days=n)},800,48,9120\n" for n in range(10))
JUNE_SENTENCE = "6月比计划少¥8,800：流量 −¥2.1万，转化 +¥1.7万，客单价 −¥4,900"


def make_plan(folder: Path) -> Path:
    """The plan file in ``folder``, with June 1st–10th imported."""
    path = folder / "p.ecplan"
    store = PlanStore.create(path, INFO)
    store.write([*map(Put, MONTHS), *map(Put, EVENTS), *map(Put, PRODUCTS), *map(Put, TASKS)])
    store.close()
    export = folder / "june.csv"
    export.write_text(ACTUALS, encoding="utf-8")
    assert main(["import", str(path), "--actuals", str(export)]) == 0
    return path

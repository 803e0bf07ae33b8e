"""Time the Excel export of a large plan against bare XlsxWriter writing as many cells.

Run: ``uv run python tests/perf/bench_export.py``. The plan: 2,000 events (two phases
each, five tasks each), 2,000 products with stock plans, a year of daily actuals. The
floor, measured in the same run: a workbook with the same sheets, each holding as many
cells as ours of each kind (text, number, blank; with a format or without) in as many
rows, with as many distinct strings, written with bare ``write_string`` / ``write_number``
/ ``write_blank`` and one format. The same cells without any format are timed too, for
reference. Printed: the workbook alone (from a read snapshot: computing
and writing) and the whole export (reading the plan, computing, writing) against the
floor. Goal (issue #8): the whole export ≤ 1.5 × the floor; exits 1 when it misses.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ecplanner.domain.budget.uplift import default_months
from ecplanner.domain.model import (
    Arrival,
    DailyActual,
    Event,
    EventKind,
    MarkdownStep,
    Phase,
    PhaseKind,
    PlanInfo,
    Product,
    Season,
    StockPlan,
    Task,
)
from ecplanner.domain.ops import Put
from ecplanner.exchange.cli_commands import export_plan
from ecplanner.exchange.plan_snapshot import read_snapshot
from ecplanner.exchange.xlsx.export import write_workbook
from ecplanner.store.plan_store import PlanStore

YEAR = 2027
EVENTS = PRODUCTS = 2_000
GOAL = 1.5
RUNS = 5
_PLATFORMS = ("tmall", "taobao", "jd", "douyin", "pdd", "rakuten", "amazon_jp", "yahoo_jp",
              "amazon")
_CELL = re.compile(rb'<c r="[A-Z]+\d+"(?: s="(\d+)")?(?: t="(\w+)")?(/?)>')


def large_plan(path: Path) -> PlanStore:
    rng = random.Random(8)
    store = PlanStore.create(path, PlanInfo("大促旗舰店", YEAR, annual_target=1.2e8))
    entities: list[object] = []
    for n in range(EVENTS):
        start = date(YEAR, 1, 1) + timedelta(days=rng.randrange(358))
        end = start + timedelta(days=rng.randrange(7))
        first = datetime.combine(start, datetime.min.time())
        last = datetime.combine(end, datetime.min.time())
        kind = EventKind.MAJOR_SALE if n % 10 == 0 else EventKind.STORE_PROMO
        event = Event(f"活动 {n} 大促", kind, start, end, platform=_PLATFORMS[n % 9],
                      phases=(Phase(PhaseKind.WARMUP, "预热", first, first + timedelta(hours=20)),
                              Phase(PhaseKind.MAIN, "正式", last, last + timedelta(hours=23))),
                      registration_deadline=start - timedelta(days=14), uplift=1.5,
                      owner="小林", notes="满300减30")
        entities.append(event)
        entities += [Task(f"任务 {k}", "design", start - timedelta(days=3 * k),
                          event_uuid=event.uuid) for k in range(5)]
    for n in range(PRODUCTS):
        launch = date(YEAR, 1, 1) + timedelta(days=rng.randrange(300))
        product = Product(f"P{n:05}", f"商品 {n}", Season.AUTUMN, "外套", "AU1",
                          unit_cost=60.0, list_price=199.0, launch=launch,
                          delist=launch + timedelta(days=90), first_order_qty=300,
                          lead_time_days=30, owner="阿美")
        entities.append(product)
        entities.append(StockPlan(product.uuid, on_hand=500, base_weekly_sales=20.0,
                                  season_end=date(YEAR, 12, 31),
                                  arrivals=(Arrival(launch + timedelta(days=20), 100),),
                                  ladder=(MarkdownStep(date(YEAR, 11, 1), 0.2),
                                          MarkdownStep(date(YEAR, 12, 1), 0.4))))
    entities += default_months()
    entities += [DailyActual(date(YEAR - 1, 1, 1) + timedelta(days=d), uv=12_000, buyers=380,
                             orders=400, gmv=95_000.0, spend=8_000.0, refunds=9_000.0)
                 for d in range(365)]
    store.write([Put(e) for e in entities])  # type: ignore[arg-type]
    return store


Counts = dict[tuple[str, bool], int]
"""(text | number | blank, formatted) → how many such cells."""


@dataclass(frozen=True)
class Shape:
    """What a workbook holds: per sheet its cell counts and rows; distinct strings."""

    sheets: list[tuple[Counts, int]]
    distinct_strings: int

    @property
    def cells(self) -> int:
        return sum(sum(counts.values()) for counts, _ in self.sheets)

    @property
    def formatted(self) -> int:
        return sum(n for counts, _ in self.sheets for (_, styled), n in counts.items()
                   if styled)


def shape_of(path: Path) -> Shape:
    sheets: list[tuple[Counts, int]] = []
    with zipfile.ZipFile(path) as archive:
        names = sorted((n for n in archive.namelist()
                        if re.match(r"xl/worksheets/sheet\d+\.xml", n)),
                       key=lambda n: int(re.findall(r"\d+", n)[0]))
        for name in names:
            xml = archive.read(name)
            counts: Counts = {}
            for style, kind, empty in _CELL.findall(xml):
                what = "blank" if empty else "text" if kind in (b"s", b"inlineStr") else "number"
                key = (what, bool(style))
                counts[key] = counts.get(key, 0) + 1
            sheets.append((counts, max(xml.count(b"<row "), 1)))
        strings = re.search(rb'uniqueCount="(\d+)"', archive.read("xl/sharedStrings.xml"))
    return Shape(sheets, int(strings.group(1)) if strings else 1)


def bare_xlsxwriter(path: Path, shape: Shape, formatted: bool) -> None:
    """The floor: the same cells as ``shape`` (kind, format or not, rows, distinct strings),
    written row after row with bare XlsxWriter calls and one format."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path))
    fmt = workbook.add_format({"num_format": "#,##0.00", "bg_color": "#FFF2CC"})
    n = 0
    for number, (counts, rows) in enumerate(shape.sheets):
        sheet = workbook.add_worksheet(f"s{number}")
        width = -(-sum(counts.values()) // rows)
        i = 0
        for (what, styled), count in sorted(counts.items()):
            cell_fmt = fmt if styled and formatted else None
            for _ in range(count):
                row, col = divmod(i, width)
                if what == "text":
                    sheet.write_string(row, col, f"文本 {n % shape.distinct_strings}", cell_fmt)
                    n += 1
                elif what == "number":
                    sheet.write_number(row, col, i * 1.5, cell_fmt)
                else:
                    sheet.write_blank(row, col, None, cell_fmt or fmt)
                i += 1
    workbook.close()


def best_of(runs: dict[str, Callable[[], None]]) -> dict[str, float]:
    """The best time of each run over ``RUNS`` rounds, interleaved so that a busy spell of
    the machine slows all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(RUNS):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    return {name: min(found) for name, found in times.items()}


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        print("building the plan …", flush=True)
        store = large_plan(root / "large.ecplan")
        ours, floor_path = root / "ours.xlsx", root / "floor.xlsx"
        snapshot = read_snapshot(store)
        write_workbook(snapshot, ours)  # warm-up: imports, caches
        shape = shape_of(ours)
        timed = best_of({
            "floor": lambda: bare_xlsxwriter(floor_path, shape, formatted=True),
            "plain": lambda: bare_xlsxwriter(floor_path, shape, formatted=False),
            "writing": lambda: write_workbook(snapshot, ours),
            "reading": lambda: read_snapshot(store) and None,
            "whole": lambda: export_plan(store, xlsx=ours),
        })
        store.close()
    floor, plain, writing, whole = (timed[k] for k in ("floor", "plain", "writing", "whole"))
    print(f"cells written: {shape.cells:,} in {len(shape.sheets)} sheets, "
          f"{shape.formatted:,} of them formatted, {shape.distinct_strings:,} distinct strings")
    print(f"floor: bare XlsxWriter, same cells and formatted cells: {floor:5.2f} s")
    print(f"  (the same cells without any format:                  {plain:5.2f} s)")
    print(f"workbook from a read snapshot (compute + write): {writing:5.2f} s"
          f"  ratio {writing / floor:.2f}  (to unformatted {writing / plain:.2f})")
    print(f"reading the plan from the store:                 {timed['reading']:5.2f} s")
    print(f"whole export (read + compute + write):           {whole:5.2f} s"
          f"  ratio {whole / floor:.2f}  (to unformatted {whole / plain:.2f})")
    print(f"goal: ≤ {GOAL:.1f}× the floor")
    return 0 if whole / floor <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())

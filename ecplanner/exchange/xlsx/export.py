"""Writing the team workbook: one sheet per part of the plan, a hidden sheet saying the
workbook is ours (format, schema version, plan uuid, sheet names, where the baseline is)
and a hidden sheet recording what each importable row held (``xlsx_baseline``), for
re-import. Both are very hidden: the team does not see them in Excel.

XlsxWriter is imported on first use. The workbook is built in memory and written with
``write_atomically``, so a cancelled or failed export leaves the target as it was.
``progress(done, total, stage)`` is called before each stage; it may raise
``ExportCancelled`` to stop.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from ecplanner import __version__
from ecplanner.exchange.atomic import write_atomically
from ecplanner.exchange.plan_snapshot import PlanResults, PlanSnapshot, compute_results
from ecplanner.exchange.progress import Progress
from ecplanner.exchange.xlsx.baseline import BASE_SHEET, BaselineWriter
from ecplanner.exchange.xlsx.budget import budget_rows, write_budget
from ecplanner.exchange.xlsx.calendar import write_calendar
from ecplanner.exchange.xlsx.clearance import write_clearance
from ecplanner.exchange.xlsx.events import write_events
from ecplanner.exchange.xlsx.overview import write_overview
from ecplanner.exchange.xlsx.products import write_products
from ecplanner.exchange.xlsx.style import Styles
from ecplanner.exchange.xlsx.tasks import write_actuals, write_tasks
from ecplanner.exchange.xlsx.text import one_line
from ecplanner.exchange.xlsx.words import SHEETS, Words

WORKBOOK_FORMAT = "ecplanner-workbook"
SCHEMA_VERSION = 1
META_SHEET = "_ecplanner"

def _no_progress(done: int, total: int, stage: str) -> None:
    return None



def write_workbook(snapshot: PlanSnapshot, path: Path, progress: Progress | None = None,
                   results: PlanResults | None = None) -> None:
    """Write ``snapshot`` as the team workbook at ``path`` (replacing it).

    Raises ``OSError`` when the file cannot be written, ``ExportCancelled`` when cancelled.
    """
    import xlsxwriter  # heavy (~45 ms to import): only this export needs it

    report = progress or _no_progress
    stages = ("compute", *SHEETS, "save")
    total = len(stages)
    report(0, total, "compute")
    results = results or compute_results(snapshot)
    # Zipped into memory: a full disk can then fail only our own write, never the zip
    # writer's (which leaves an open ZipFile complaining when it is collected).
    book = io.BytesIO()
    workbook = xlsxwriter.Workbook(book, {  # in memory: no temporary files
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        "in_memory": True,
    })
    _write_sheets(workbook, snapshot, results, lambda n, stage: report(n, total, stage))
    report(total - 1, total, "save")
    workbook.close()
    write_atomically(Path(path), book.getvalue())
    report(total, total, "save")


def _write_sheets(workbook: Any, snapshot: PlanSnapshot, results: PlanResults,
                  report: Callable[[int, str], None]) -> None:
    info = snapshot.info
    words = Words(snapshot.lang)
    styles = Styles(workbook, info.currency, words)
    rows = budget_rows()
    base = BaselineWriter()
    writers: dict[str, Callable[[], object]] = {
        "overview": lambda: write_overview(workbook, styles, words, snapshot, results, rows),
        "calendar": lambda: write_calendar(workbook, styles, words, snapshot, results),
        "events": lambda: write_events(workbook, styles, words, snapshot, base),
        "products": lambda: write_products(workbook, styles, words, snapshot, base),
        "clearance": lambda: write_clearance(workbook, styles, words, snapshot, results, base),
        "budget": lambda: write_budget(workbook, styles, words, snapshot, results, base),
        "tasks": lambda: write_tasks(workbook, styles, words, snapshot),
        "actuals": lambda: write_actuals(workbook, styles, words, snapshot),
    }
    for n, key in enumerate(SHEETS, start=1):
        report(n, key)
        writers[key]()
    _write_meta(workbook, snapshot, words)
    base.write(workbook)
    store = one_line(info.store_name, 200)
    workbook.set_properties({"title": f"{store} {info.year}",
                             "subject": "ecplanner plan", "company": store,
                             "comments": f"ecplanner {__version__}"})
    workbook.set_custom_property("ecplanner_schema", SCHEMA_VERSION)
    workbook.set_custom_property("ecplanner_plan", info.uuid)


def _write_meta(workbook: Any, snapshot: PlanSnapshot, words: Words) -> None:
    sheet = workbook.add_worksheet(META_SHEET)
    entries = [("format", WORKBOOK_FORMAT), ("schema", str(SCHEMA_VERSION)),
               ("plan_uuid", snapshot.info.uuid), ("app_version", __version__),
               ("exported", datetime.now().isoformat(timespec="seconds")),
               ("locale", snapshot.info.locale), ("baseline", BASE_SHEET),
               *((f"sheet.{key}", words.sheet(key)) for key in SHEETS)]
    for r, (key, value) in enumerate(entries):
        sheet.write_string(r, 0, key)
        sheet.write_string(r, 1, value)
    sheet.very_hidden()

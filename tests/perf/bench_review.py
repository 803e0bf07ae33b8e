"""The Review tab and the month report on a large plan, without freezing the window.

Run: ``uv run python tests/perf/bench_review.py``. The plan is the export benchmark's
(2,000 events with five tasks each, 2,000 products, a year of actuals). Printed: the UI
thread's longest pause while the Review tab opens and shows its figures and charts, while
it zooms to the year and back, and while the report dialog works out and previews June;
and how long the worker took. Goal: no pause over 100 ms; exits 1 when one is.

The times are also given as ratios to reading the same data with pandas alone: a fresh
process that imports pandas, reads the plan file's daily actuals (``read_sql``) and rolls
them up by month — the floor any review built on pandas would pay before it showed a
figure. pandas is a dev dependency only: the app does not import it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_export import large_plan  # type: ignore[import-not-found]
from bench_window import BUDGET_MS, PauseWatch  # type: ignore[import-not-found]
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from ecplanner.domain.review.periods import PeriodKind
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.review.dialogs import ReportDialog
from ecplanner.ui.review.view import ReviewTab, Zoom


def _wait(signal: object, timeout_ms: int = 60_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


_PANDAS_ALONE = """
import sqlite3, sys, time
began = time.perf_counter()
import pandas
imported = time.perf_counter()
with sqlite3.connect(sys.argv[1]) as connection:
    days = pandas.read_sql("SELECT * FROM daily_actual", connection, parse_dates=["day"])
months = days.resample("MS", on="day")[["uv", "buyers", "gmv", "spend", "refunds"]].sum()
assert len(days) == 365 and len(months) == 12, (len(days), len(months))
done = time.perf_counter()
print(imported - began, done - imported)
"""


def pandas_alone(plan: Path) -> tuple[float, float]:
    """Seconds a fresh process takes to import pandas, then to read and roll up the days."""
    done = subprocess.run([sys.executable, "-c", _PANDAS_ALONE, str(plan)],
                          capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"pandas alone failed: {done.stderr}")
    out = done.stdout.split()
    return float(out[0]), float(out[1])


def main() -> int:
    app = QApplication.instance() or QApplication([])
    if not os.environ.get("BENCH_DEFAULT_SWITCH"):  # the application's policy
        from ecplanner.ui.interpreter import share_with_workers

        share_with_workers()
    assert app is not None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.ecplan"
        large_plan(path).close()
        imported, read = pandas_alone(path)  # before the plan is open: its lock is exclusive
        document = PlanDocument(PlanStore.open(path, Path(folder) / "backups"))
        watch = PauseWatch()
        pauses: dict[str, int] = {}
        tab = ReviewTab(document)
        tab.resize(1600, 1000)
        watch.start()
        began = time.perf_counter()
        tab.show()
        _wait(tab.figuresShown)
        worked = time.perf_counter() - began
        _settle(3000)  # the charts: pyqtgraph imported in a worker, then built
        pauses["open the tab, figures and charts"] = watch.stop()
        watch.start()
        tab.zoom.setCurrentIndex(Zoom.YEAR)
        _settle(300)
        tab.zoom.setCurrentIndex(Zoom.WEEK)
        _wait(tab.figuresShown)
        pauses["zoom to the year, then a week"] = watch.stop()
        watch.start()
        began = time.perf_counter()
        dialog = ReportDialog(document, PeriodKind.MONTH)
        dialog.show()
        _wait(dialog.previewShown)
        report = time.perf_counter() - began
        pauses["open the month report and preview it"] = watch.stop()
        floor = imported + read
        print(f"pandas alone: import {imported * 1000:5.0f} ms + read and roll up a year "
              f"{read * 1000:5.0f} ms = {floor * 1000:5.0f} ms")
        print(f"review figures shown after {worked * 1000:7.0f} ms = {worked / floor:5.2f} × "
              f"pandas alone")
        print(f"month report previewed after {report * 1000:7.0f} ms = {report / floor:5.2f} × "
              f"pandas alone")
        for what, ms in pauses.items():
            print(f"  longest UI pause: {what:40} {ms:5d} ms (budget {BUDGET_MS:.0f} ms)")
        dialog.close()
        tab.close()
        document.close()
    return 0 if max(pauses.values()) <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())

"""The Review tab and the month report on a large plan, without freezing the window.

Run: ``uv run python tests/perf/bench_review.py``. The plan is the export benchmark's
(2,000 events with five tasks each, 2,000 products, a year of actuals). Printed: the UI
thread's longest pause while the Review tab opens and shows its figures and charts, while
it zooms to the year and back, and while the report dialog works out and previews June;
and how long the worker took. Goal: no pause over 100 ms; exits 1 when one is.
"""

from __future__ import annotations

import os
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


def main() -> int:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    with tempfile.TemporaryDirectory() as folder:
        document = PlanDocument(large_plan(Path(folder) / "large.ecplan"))
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
        print(f"review figures shown after {worked * 1000:7.0f} ms; month report previewed "
              f"after {report * 1000:7.0f} ms")
        for what, ms in pauses.items():
            print(f"  longest UI pause: {what:40} {ms:5d} ms (budget {BUDGET_MS:.0f} ms)")
        dialog.close()
        tab.close()
        document.close()
    return 0 if max(pauses.values()) <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())

"""Starting the window: what the first screen does not need is not loaded yet, and Python's
cyclic collector is left as it is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ecplanner import plans
from ecplanner.domain.model import PlanInfo

_SCRIPT = """
import gc, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
seen = []
LATER = ("pandas", "numpy", "pyqtgraph", "openpyxl", "xlsxwriter", "icalendar", "holidays",
         "sqlalchemy.orm",
         "ecplanner.ui.overview.dialogs", "ecplanner.ui.calendar.view",
         "ecplanner.ui.exchange.actions")
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and not seen:
            seen.append(gc.isenabled())
            print("loaded", sorted(m for m in LATER if m in sys.modules))
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch()
app.installEventFilter(watch)
from ecplanner.cli import main
code = main([sys.argv[1]])
print("painted", seen, "exit", code, "enabled", gc.isenabled())
"""


def test_the_window_paints_with_the_collector_on_and_nothing_loaded_early(
        tmp_path: Path) -> None:
    plan = tmp_path / "p.ecplan"
    plans.create_plan(plan, PlanInfo("店", 2027)).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(plan)], env=env, timeout=60,
                          capture_output=True, text=True, check=True)
    assert "painted [True] exit 0 enabled True" in done.stdout
    assert "loaded []" in done.stdout

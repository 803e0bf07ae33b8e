"""Shown before the warm-up has loaded numpy and pyqtgraph, Inventory loads them in a worker
thread: a first visit right after start-up does not freeze the window for half a second."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ecplanner import plans
from ecplanner.domain import demo

_SCRIPT = """
import sys, threading, time
first_import = {}

class Watch:  # notes which thread first imports each heavy module
    def find_spec(self, name, path=None, target=None):
        if name in ("numpy", "pyqtgraph"):
            first_import.setdefault(name, threading.current_thread().name)
        return None

sys.meta_path.insert(0, Watch())
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ecplanner import plans
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory.view import InventoryTab
tab = InventoryTab(PlanDocument(plans.open_plan(Path(sys.argv[1]))))
tab.show()
app.processEvents()
print("loading shown", tab.start_label.text() != "" and not tab.model.rowCount())
deadline = time.monotonic() + 30
while not (tab.model.rowCount() and tab.chart.built) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print("loaded", tab.model.rowCount() > 0, tab.chart.built)
print("first imported on", sorted(first_import.items()))
"""


def test_a_first_visit_before_the_warm_up_loads_numpy_in_a_worker(tmp_path: Path) -> None:
    plan = tmp_path / "demo.ecplan"
    plans.create_plan(plan, demo.demo_info(2027), with_demo=True).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(plan)], env=env, timeout=90,
                          capture_output=True, text=True, check=True)
    assert "loading shown True" in done.stdout
    assert "loaded True True" in done.stdout
    line = next(s for s in done.stdout.splitlines() if s.startswith("first imported on"))
    assert "numpy" in line and "pyqtgraph" in line and "MainThread" not in line

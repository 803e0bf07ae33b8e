"""Starting the window: what the first screen does not need is not loaded yet, and Python's
cyclic collector is left as it is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


def _run_on_a_new_plan(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``script`` in a fresh process, offscreen, on a new plan (its path in ``argv[1]``)
    and with the user's folders in ``tmp_path``."""
    plan = tmp_path / "p.ecplan"
    plans.create_plan(plan, PlanInfo("店", 2027)).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-c", script, str(plan)], env=env, timeout=60,
                          capture_output=True, text=True, check=True)


def test_the_window_paints_with_the_collector_on_and_nothing_loaded_early(
        tmp_path: Path) -> None:
    done = _run_on_a_new_plan(_SCRIPT, tmp_path)
    assert "painted [True] exit 0 enabled True" in done.stdout
    assert "loaded []" in done.stdout


_PARTS_SCRIPT = """
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ecplanner.ui.main_window import MainWindow
from ecplanner.ui.tab_slot import TabSlot
app = QApplication(sys.argv)
states = []
def watch():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    slots = [window.tabs.widget(i) for i in range(window.tabs.count())]
    def on_part():
        states.append({s.spec.key: (s.spec.is_loaded, s.is_built) for s in slots
                       if isinstance(s, TabSlot)})
    def on_built():
        print("frozen", gc.get_freeze_count() > 0)
        for key in states[-1]:
            print(key, "loaded before built:",
                  any(state[key] == (True, False) for state in states))
        app.quit()
    window.part_built.connect(on_part)
    window.tabs_built.connect(on_built)
QTimer.singleShot(0, watch)
from ecplanner.cli import main
main([sys.argv[1]])
"""


@pytest.mark.slow
def test_each_tab_loads_its_code_and_is_built_in_turns_of_their_own(tmp_path: Path) -> None:
    # Importing a tab's code and building it took 100-300 ms in one turn on a busy
    # machine; and once a part is built, the collector leaves it out (``collector``).
    done = _run_on_a_new_plan(_PARTS_SCRIPT, tmp_path)
    assert "frozen True" in done.stdout
    for key in ("calendar", "products", "inventory", "budget", "review"):
        assert f"{key} loaded before built: True" in done.stdout, done.stdout


def test_the_review_tab_loads_without_the_export_and_import_code() -> None:
    # The Review tab's code is imported at idle after the first paint; the exchange
    # layer's commands (the workbook and JSON readers and writers, ~100 ms) load on first
    # export or import.
    script = ("import sys; import ecplanner.ui.review.view; "
              "print(sorted(m for m in ('ecplanner.exchange.cli_commands', "
              "'ecplanner.ui.exchange.jobs') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script], timeout=60, capture_output=True,
                          text=True, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "[]"


_HEAVY_SCRIPT = """
import sys, threading
first = {}
lazy = []
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in ("numpy", "pyqtgraph"):
            first.setdefault(name, threading.current_thread().name)
        if name == "pyqtgraph":  # the Qt classes it touches, all made by now?
            for qt in ("QtCore", "QtGui", "QtWidgets"):
                module = sys.modules["PySide6." + qt]
                lazy.extend(qt for n in dir(module) if n not in vars(module))
sys.meta_path.insert(0, Watch())
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ecplanner.ui.common import heavy
from ecplanner.ui.main_window import MainWindow
app = QApplication(sys.argv)
def watch():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    def on_checked(_shown):
        print("pyqtgraph before the first check ended", "pyqtgraph" in first)
    def on_built():
        print("pyqtgraph before built", "pyqtgraph" in first)
        window.tab("overview").warnings.checked.connect(on_checked)
        def poll():
            if heavy.imported():
                print("imported in", sorted(set(first.values())))
                print("lazy then", sorted(set(lazy)))
                app.quit()
            else:
                QTimer.singleShot(20, poll)
        poll()
    window.tabs_built.connect(on_built)
QTimer.singleShot(0, watch)
from ecplanner.cli import main
main([sys.argv[1]])
"""


@pytest.mark.slow
def test_numpy_and_pyqtgraph_load_in_a_worker_once_the_window_is_idle_and_qt_whole(
        tmp_path: Path) -> None:
    # Idle: its tabs built and the plan's first check ended. Loaded at a chart's first show
    # instead, their ~0.3–0.5 s of Python took turns at the interpreter with its paint.
    done = _run_on_a_new_plan(_HEAVY_SCRIPT, tmp_path)
    assert "pyqtgraph before built False" in done.stdout, done.stdout
    # Nor beside the first check's reading of the plan (SQLite gives the interpreter up
    # at every row: a turn of 71 ms took 194).
    assert "pyqtgraph before the first check ended False" in done.stdout, done.stdout
    assert "imported in" in done.stdout and "MainThread" not in done.stdout, done.stdout
    # pyqtgraph touches every class of these: made by a worker while the window used Qt,
    # they crashed it (PySide6 makes them on first use).
    assert "lazy then []" in done.stdout, done.stdout

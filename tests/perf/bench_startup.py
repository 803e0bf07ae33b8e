"""Start-up time: ``ecplanner`` on the demo plan against LibreOffice opening its workbook.

Each ecplanner run is a fresh process, timed from launch until its main window is first
drawn (the process then quits, untimed). The yardstick, measured in the same run and
interleaved with it: LibreOffice, a whole process, opening the same plan's exported
workbook (``soffice --headless --convert-to csv``, with a profile folder of its own that
the first, untimed run creates). A bare PySide6 window with four empty tabs is timed too,
as the floor no Qt application goes under.
Goal (DESIGN.md): ecplanner ≤ 0.5 × LibreOffice.
Run: ``uv run python tests/perf/bench_startup.py [runs]``; LibreOffice must be installed
(``apt-get install -y libreoffice-calc-nogui``), which CI does not do.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 21

# The probe stays out of the way of what it measures. It loads nothing itself: when the
# measured code imports QtWidgets, it wraps QMainWindow.show to watch that one window.
# Importing PySide6 up front would change the import order (once PySide6 is in, it reads
# the source of every module imported after it), and watching the whole application would
# run Python for every event of every widget and make PySide create every class of QtCore,
# QtGui and QtWidgets. The window gets its Paint event before its children paint, so the
# clock stops at the next turn of the event loop: when the whole window has been drawn.
_PROBE = """
import sys
import time
from importlib.util import find_spec

def _watch_main_windows(widgets):
    from PySide6.QtCore import QEvent, QObject, QTimer

    def painted():
        print("first paint at", time.perf_counter(), flush=True)
        widgets.QApplication.instance().quit()

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, painted)
            return False

    watch = FirstPaint()
    watch.seen = False
    show = widgets.QMainWindow.show
    def show_watched(window):
        window.installEventFilter(watch)
        show(window)
    widgets.QMainWindow.show = show_watched

class _WhenWidgetsLoad:
    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = find_spec(name)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            _watch_main_windows(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, _WhenWidgetsLoad())
"""

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv)
w = QMainWindow(); tabs = QTabWidget(); w.setCentralWidget(tabs)
for name in ("a", "b", "c", "d"):
    tabs.addTab(QWidget(), name)
w.show(); app.exec()
"""

ECPLANNER = """
from ecplanner.cli import main
main([sys.argv[1]])
"""

GOAL = 0.5


def _time_window(code: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from launching the process until its window is first drawn whole.

    Quitting afterwards (saving settings, closing the plan) is not start-up: the clock
    stops at the paint, read by the child from ``perf_counter``, which on Linux, macOS and
    Windows is one system-wide clock (``monotonic`` ticks in 16 ms steps on Windows).
    """
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], check=True, env=env,
                          capture_output=True, text=True)
    painted = [line for line in done.stdout.splitlines() if line.startswith("first paint at")]
    if not painted:
        raise RuntimeError(f"no first paint reported: {done.stderr[-500:]}")
    return float(painted[-1].split()[-1]) - start


def _time_libreoffice(soffice: str, workbook: Path, profile: Path, out: Path,
                      env: dict[str, str]) -> float:
    """Seconds for a whole LibreOffice process to open ``workbook`` and write it as CSV."""
    start = time.perf_counter()
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "csv", "--outdir", str(out), str(workbook)],
                   check=True, env=env, capture_output=True)
    seconds = time.perf_counter() - start
    if not (out / f"{workbook.stem}.csv").exists():
        raise RuntimeError("LibreOffice wrote no CSV")
    return seconds


def _median_interval(values: list[float], draws: int = 2000) -> tuple[float, float]:
    """A 90% bootstrap interval for the median of ``values``: how sure this run is of it."""
    rng = random.Random(0)
    medians = sorted(statistics.median(rng.choices(values, k=len(values)))
                     for _ in range(draws))
    return medians[draws // 20], medians[draws - draws // 20 - 1]


def main(runs: int = RUNS) -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice is not installed: apt-get install -y libreoffice-calc-nogui")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": folder,
               "XDG_STATE_HOME": folder, "XDG_CONFIG_HOME": folder}
        # A user's second start finds compiled bytecode: let the warm-up runs write it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        plan, workbook = tmp / "demo.ecplan", tmp / "demo.xlsx"
        ecplanner = [sys.executable, "-m", "ecplanner"]
        subprocess.run([*ecplanner, "new", str(plan), "--year", "2027", "--demo"],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        subprocess.run([*ecplanner, "export", str(plan), "--xlsx", str(workbook)],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        profile, out = tmp / "libreoffice-profile", tmp / "csv"
        cases = {
            "bare window": lambda: _time_window(_PROBE + BARE, env=env),
            "ecplanner": lambda: _time_window(_PROBE + ECPLANNER, str(plan), env=env),
            "LibreOffice": lambda: _time_libreoffice(soffice, workbook, profile, out, env),
        }
        for measure in cases.values():
            measure()  # warm-up: bytecode, LibreOffice's profile and the OS file cache
        times: dict[str, list[float]] = {name: [] for name in cases}
        names = list(cases)
        for round_ in range(runs):  # interleaved, so drift in machine load hits all alike
            for name in names[round_ % 3:] + names[:round_ % 3]:  # and no case always first
                times[name].append(cases[name]())
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, value in median.items():
        print(f"{name:>12}: {value * 1000:6.0f} ms (median of {runs})")
    ratio = median["ecplanner"] / median["LibreOffice"]
    print(f"ecplanner / LibreOffice = {ratio:.2f}   (goal ≤ {GOAL})")
    print(f"ecplanner / bare window = {median['ecplanner'] / median['bare window']:.2f}")
    # Each round runs the cases back to back, so a round's own ratio is the least
    # disturbed by load that comes and goes on a shared machine.
    rounds = sorted(o / b for o, b in zip(times["ecplanner"], times["LibreOffice"],
                                          strict=True))
    low, high = _median_interval(rounds)
    print(f"per-round ecplanner / LibreOffice: median {statistics.median(rounds):.2f} "
          f"(90% interval {low:.2f}–{high:.2f})")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main(*(int(arg) for arg in sys.argv[1:2])))

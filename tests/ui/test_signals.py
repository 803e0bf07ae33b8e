"""SIGTERM (logout, ``kill``) and SIGINT close the window as Ctrl+Q does: the plan is closed
cleanly, no journal is left beside it, and the exit status is 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ecplanner import plans
from ecplanner.domain.model import PlanInfo

_SCRIPT = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class Watch(QObject):
    shown = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and not self.shown:
            self.shown = True
            print("shown", flush=True)
        return False
watch = Watch()
app.installEventFilter(watch)
from ecplanner.cli import main
sys.exit(main([sys.argv[1]]))
"""


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_plan_cleanly(signum: signal.Signals, tmp_path: Path) -> None:
    plan = tmp_path / "p.ecplan"
    plans.create_plan(plan, PlanInfo("店", 2027)).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path)}
    with subprocess.Popen([sys.executable, "-c", _SCRIPT, str(plan)], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as app:
        assert app.stdout is not None and app.stderr is not None
        try:
            assert app.stdout.readline().strip() == "shown"
            app.send_signal(signum)
            code = app.wait(timeout=20)
        finally:
            if app.poll() is None:
                app.kill()
        errors = app.stderr.read()
    assert code == 0, errors
    assert sorted(p.name for p in tmp_path.glob("p.ecplan*")) == ["p.ecplan"]

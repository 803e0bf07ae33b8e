"""Every file dialog the app has leaves the open plan locked.

Qt's file dialog reads the files of the folder it shows to guess their types, so it opens
and closes the plan; a POSIX lock held by the process vanished with that (issue 16). Each
dialog is opened through the app's own action, shown the plan's folder with the plan
selected, and cancelled; then a second program must still be refused.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from ecplanner import plans
from ecplanner.domain.model import PlanInfo
from ecplanner.store.errors import PlanFileError, Refusal
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui.actions import ActionId
from ecplanner.ui.budget.dialogs import ImportActualsDialog
from ecplanner.ui.common.messages import refusal_text
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.main_window import MainWindow
from ecplanner.ui.new_plan_dialog import ask_new_plan_path

# A second program, started once: for each plan path on its input it runs
# ``ecplanner import PLAN --json SOURCE`` and prints the exit code and the error line.
_SECOND_PROGRAM = """
import contextlib, io, sys
from ecplanner.cli import main
import ecplanner.exchange.cli_commands  # loaded while the window is being built
for line in sys.stdin:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["import", line.strip(), "--json", sys.argv[1]])
    print(code, err.getvalue().strip().replace(chr(10), " "), flush=True)
"""


class SecondProgram:
    def __init__(self, source: Path) -> None:
        self._process = subprocess.Popen([sys.executable, "-c", _SECOND_PROGRAM, str(source)],
                                         text=True, stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                         cwd=source.parent)

    def imports(self, plan: Path) -> str:
        """What ``ecplanner import`` on ``plan`` says in the other process: its exit code
        and error line."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(f"{plan}\n")
        self._process.stdin.flush()
        return self._process.stdout.readline().strip()

    def close(self) -> None:
        self._process.communicate(timeout=60)


@pytest.fixture
def second_program(tmp_path: Path) -> Iterator[SecondProgram]:
    source = tmp_path / "team.json"
    source.write_text("{}")
    program = SecondProgram(source)
    yield program
    program.close()


class FileDialogs:
    """Whenever a file dialog is modal, shows it the plan selected in its folder, lets it
    read the folder, and cancels it. ``seen`` lists their titles."""

    def __init__(self, plan: Path) -> None:
        self.plan = plan
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()

    def _on_tick(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            return
        self._timer.stop()
        try:
            self.seen.append(dialog.windowTitle())
            dialog.setDirectory(str(self.plan.parent))
            dialog.selectFile(str(self.plan))
            QTest.qWait(100)  # the folder is read, the plan's type guessed, icons drawn
        finally:
            dialog.reject()
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


def _file_menu_dialogs(window: MainWindow) -> list[QAction]:
    """The File menu's actions that ask for a file: all but New (its own dialog first),
    the recent files and Quit."""
    skipped = {window.action_map[ActionId.NEW], window.action_map[ActionId.QUIT]}
    return [a for a in window.file_menu.actions()
            if a not in skipped and not a.isSeparator() and a.menu() is None]


@pytest.mark.slow
def test_no_file_dialog_unlocks_the_open_plan(qtbot: QtBot, plan_path: Path, tmp_path: Path,
                                              second_program: SecondProgram) -> None:
    PlanStore.create(plan_path, PlanInfo("锁店", 2027, platforms=("tmall",))).close()
    document = PlanDocument(plans.open_plan(plan_path))
    window = MainWindow(document, lambda path: PlanDocument(plans.open_plan(path)), tmp_path)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.tabs_built, timeout=20_000):
        pass
    actions = _file_menu_dialogs(window)
    assert len(actions) >= 9  # open, save a copy, 3 exports, 3 imports, calendar image
    opening: list[tuple[str, Callable[[], object]]] = [
        (action.text(), action.trigger) for action in actions]
    opening.append(("new plan", lambda: ask_new_plan_path(window)))
    refused = f"3 ecplanner: {plan_path}: this plan is already open in another window or program"
    assert second_program.imports(plan_path) == refused  # before any dialog
    dialogs = FileDialogs(plan_path)
    try:
        for name, open_dialog in opening:
            shown = len(dialogs.seen)
            open_dialog()
            for actuals in window.findChildren(ImportActualsDialog):  # asks in a step of its own
                if actuals.isVisible():
                    actuals.choose_button.click()
                    actuals.reject()
            assert len(dialogs.seen) == shown + 1, f"{name} showed no file dialog"
            assert second_program.imports(plan_path) == refused, f"{name} unlocked the plan"
    finally:
        dialogs.stop()
    assert window.document is document and document.store.is_open
    window.close()


def test_every_refusal_has_words_and_a_stuck_save_is_not_called_damage(tmp_path: Path) -> None:
    plan = tmp_path / "plan.ecplan"
    for refusal in Refusal:
        assert refusal_text(PlanFileError(refusal, plan, "detail")).endswith(f"\n\n{plan}")
    stuck = refusal_text(PlanFileError(Refusal.ROLLBACK_BLOCKED, plan, "plan.ecplan-journal"))
    assert "“plan.ecplan-journal”" in stuck
    assert "backup" not in stuck and "not damaged" in stuck
    read_only = refusal_text(PlanFileError(Refusal.READ_ONLY, plan, "its folder is read-only"))
    assert "backup" not in read_only and "damaged" not in read_only

"""Where an export is offered: the user's Documents for the demo plan (kept in the hidden
data folder), the plan's own folder for a user's plan, and the folder of the last export
once there was one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ecplanner import paths, plans
from ecplanner.domain.model import PlanInfo
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.exchange.actions import ExchangeActions
from ecplanner.ui.exchange.file_kinds import Format


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The user's Documents folder, and no export remembered (Qt keeps QSettings' folder
    for the whole process, so another test's export would be)."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    folder.mkdir(parents=True)
    QSettings().remove("export/folder")
    yield folder
    QSettings().remove("export/folder")


def _actions(qtbot: QtBot, document: PlanDocument) -> ExchangeActions:
    window = QMainWindow()
    qtbot.addWidget(window)
    return ExchangeActions(document, window)


def test_the_demo_plan_exports_to_documents(qtbot: QtBot, documents: Path) -> None:
    document = PlanDocument(plans.open_plan(plans.ensure_demo_plan(2027)))
    try:
        assert document.path is not None and paths.data_dir() in document.path.parents
        offered = _actions(qtbot, document).suggested(Format.XLSX)
        assert offered.parent == documents and offered.suffix == ".xlsx"
    finally:
        document.close()


def test_a_user_plan_exports_beside_itself_then_where_the_last_export_went(
        qtbot: QtBot, documents: Path, tmp_path: Path) -> None:
    plan = tmp_path / "shop" / "2027.ecplan"
    plan.parent.mkdir()
    document = PlanDocument(plans.create_plan(plan, PlanInfo("小店", 2027)))
    try:
        actions = _actions(qtbot, document)
        assert actions.suggested(Format.JSON).parent == plan.parent
        elsewhere = tmp_path / "for the team"
        elsewhere.mkdir()
        with qtbot.waitSignal(actions.finished, timeout=20_000):
            actions.export_to(Format.JSON, elsewhere / "plan.json")
        assert _actions(qtbot, document).suggested(Format.XLSX).parent == elsewhere
    finally:
        document.close()

"""The window during a large undo or redo written in slices: a window-modal dialog says what
and how far, Undo and Redo are disabled until it ends, and its Cancel rolls it back."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import RootTransaction

from ecplanner.domain.model import Product, ProductDay
from ecplanner.domain.ops import Put
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui import document as ui_document
from ecplanner.ui.actions import ActionId
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.main_window import MainWindow

START = date(2027, 1, 1)


def _window(qtbot: QtBot, document: PlanDocument, monkeypatch: pytest.MonkeyPatch,
            tmp_path: Path) -> MainWindow:
    """The window over a plan with an import of 3,000 days, a large step from 1,000 ops."""
    monkeypatch.setattr(ui_document, "_SLICE_S", 0.0)
    document.undo_stack.stepped_from = 1_000
    product = Product("27AU001", "羊毛大衣")
    document.apply("product", [Put(product)])
    days = [ProductDay(product.uuid, START + timedelta(days=d), units=1) for d in range(3_000)]
    for _ in document.apply_in_steps("导入 3,000 天商品数据", [Put(day) for day in days]):
        pass
    window = MainWindow(document, lambda path: PlanDocument(PlanStore.open(path)), tmp_path)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_large_undo_shows_its_progress_and_disables_undo_and_redo_until_it_ends(
        qtbot: QtBot, document: PlanDocument, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window = _window(qtbot, document, monkeypatch, tmp_path)
    undo, redo = window.action_map[ActionId.UNDO], window.action_map[ActionId.REDO]
    dialog = window.step_progress
    assert dialog is not None
    undo.trigger()
    assert dialog.isVisible() and dialog.isModal()
    assert "导入 3,000 天商品数据" in dialog.label.text()
    assert not undo.isEnabled() and not redo.isEnabled()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert document.undo_stack.index() == 1
    assert undo.isEnabled() and redo.isEnabled()
    assert document.store.product_days() == []
    redo.trigger()
    assert dialog.isVisible() and not undo.isEnabled()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert document.undo_stack.index() == 2
    assert len(document.store.product_days()) == 3_000


def test_cancel_rolls_the_undo_back_and_leaves_the_stack_where_it_was(
        qtbot: QtBot, document: PlanDocument, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window = _window(qtbot, document, monkeypatch, tmp_path)
    dialog = window.step_progress
    assert dialog is not None
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)

    def click_cancel(share: float) -> None:  # the first 1,000 days taken back
        if share > 0.5:
            document.undo_stack.step_progressed.disconnect(click_cancel)
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    document.undo_stack.step_progressed.connect(click_cancel)
    window.action_map[ActionId.UNDO].trigger()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert not document.undo_stack.stepping
    assert document.undo_stack.index() == 2
    assert len(document.store.product_units()) == 3_000
    assert window.action_map[ActionId.UNDO].isEnabled()


def test_once_all_is_written_cancel_is_disabled_and_the_undo_ends_written(
        qtbot: QtBot, document: PlanDocument, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window = _window(qtbot, document, monkeypatch, tmp_path)
    dialog = window.step_progress
    assert dialog is not None
    real = RootTransaction.commit

    def slow_commit(self: RootTransaction) -> None:  # a year of days synced to disk
        time.sleep(0.3)
        real(self)

    monkeypatch.setattr(RootTransaction, "commit", slow_commit)
    seen: list[bool] = []

    def escape(share: float) -> None:  # Esc once the commit is under way
        if document.store.committing and not seen:
            seen.append(dialog.cancel_button.isEnabled())
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    document.undo_stack.step_progressed.connect(escape)
    window.action_map[ActionId.UNDO].trigger()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert seen == [False]
    assert document.undo_stack.index() == 1  # the undo ended written: the stack moved
    assert document.store.product_days() == []
    assert window.action_map[ActionId.REDO].isEnabled()

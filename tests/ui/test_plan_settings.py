"""Store and plan settings: one undo step, refused input keeps the dialog open."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Season
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.plan_settings_dialog import PlanSettingsDialog, parse_months


def test_parse_months() -> None:
    assert parse_months("3, 2、2") == (2, 3)
    assert parse_months("") == ()
    assert parse_months("13") is None
    assert parse_months("三月") is None


def test_settings_saved_in_one_step(qtbot: QtBot, document: PlanDocument) -> None:
    dialog = PlanSettingsDialog(document)
    qtbot.addWidget(dialog)
    dialog.store_name.setText("新店名")
    dialog.cutoff.setValue(8)
    dialog.price_lock.setValue(15)
    dialog.shutdown_traffic.setValue(55)
    dialog.months[Season.SPRING].setText("1, 2")
    dialog.accept()
    assert document.store.info().store_name == "新店名"
    assert document.store.info().shipping_cutoff_days == 8
    settings = document.store.settings()
    assert settings.price_lock_days == 15
    assert settings.shutdown_traffic == 0.55
    assert settings.expected_months()[Season.SPRING] == {1, 2}
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.store.info().store_name == "测试旗舰店"
    assert document.store.settings().price_lock_days == 30
    assert document.store.settings().shutdown_traffic == 0.7


def test_bad_input_is_refused(qtbot: QtBot, document: PlanDocument) -> None:
    dialog = PlanSettingsDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.months[Season.WINTER].setText("十月")
    dialog.store_name.setText("")
    dialog.accept()
    assert dialog.isVisible()
    assert "Store name" in dialog.error.text()
    assert "Expected launch months" in dialog.error.text()
    assert document.undo_stack.count() == 0

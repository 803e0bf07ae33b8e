"""Milestones per product and per season: the dialogs, what they store, the timeline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import MilestoneKind, PlanSettings, Product, Season
from ecplanner.ui.products.milestone_dialogs import MilestonesDialog, SeasonDefaultsDialog
from ecplanner.ui.products.view import ProductsTab
from tests.ui.products.helpers import marker_at, settle


def _stored(tab: ProductsTab, uuid: str) -> Product:
    product = tab.document.store.get(Product, uuid)
    assert product is not None
    return product


def _open_milestones(tab: ProductsTab, qtbot: QtBot, uuid: str) -> MilestonesDialog:
    tab.select_products([uuid])
    assert tab.milestones_button.isEnabled()
    qtbot.mouseClick(tab.milestones_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChildren(MilestonesDialog)[-1]
    assert dialog.isVisible()
    return dialog


def test_a_product_s_own_milestone_is_stored_and_its_marker_moves(tab: ProductsTab,
                                                                  qtbot: QtBot) -> None:
    assert marker_at(tab, "shirt", date(2027, 2, 15)).startswith("Sample ready: ")
    dialog = _open_milestones(tab, qtbot, "shirt")
    sample, use_default = dialog.spins[MilestoneKind.SAMPLE], dialog.use_default[
        MilestoneKind.SAMPLE]
    assert use_default.isChecked() and not sample.isEnabled()
    assert dialog.dates[MilestoneKind.SAMPLE].text() == "2027-02-15"  # launch 04-01 − 45
    use_default.click()
    sample.setValue(60)
    assert dialog.dates[MilestoneKind.SAMPLE].text() == "2027-01-31"
    dialog.use_default[MilestoneKind.STOCK_IN].click()
    dialog.spins[MilestoneKind.STOCK_IN].setValue(-2)  # after launch: allowed, warned
    assert "after launch" in dialog.dates[MilestoneKind.STOCK_IN].text()
    dialog.buffer.setValue(10)
    assert dialog.reorder.text() == "Reorder by 2027-02-20"  # 04-01 − 30 lead − 10 buffer
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    stored = _stored(tab, "shirt")
    assert stored.milestone_offsets == ((MilestoneKind.SAMPLE, 60), (MilestoneKind.STOCK_IN, -2))
    assert stored.inbound_buffer_days == 10
    assert tab.document.undo_stack.count() == 1
    assert marker_at(tab, "shirt", date(2027, 1, 31)).startswith("Sample ready: ")
    assert "Stock-in is 2 days after launch" in " ".join(tab.warnings.lines())

    tab.document.undo_stack.undo()
    assert _stored(tab, "shirt").milestone_offsets == ()
    assert marker_at(tab, "shirt", date(2027, 2, 15)).startswith("Sample ready: ")
    assert "Stock-in is 2 days after launch" not in " ".join(tab.warnings.lines())
    tab.document.undo_stack.redo()
    assert marker_at(tab, "shirt", date(2027, 1, 31)).startswith("Sample ready: ")

    dialog = _open_milestones(tab, qtbot, "shirt")  # tick the default again: removed
    assert not dialog.use_default[MilestoneKind.SAMPLE].isChecked()
    dialog.use_default[MilestoneKind.SAMPLE].click()
    assert dialog.spins[MilestoneKind.SAMPLE].value() == 45
    dialog.accept()
    assert _stored(tab, "shirt").milestone_offsets == ((MilestoneKind.STOCK_IN, -2),)


def test_an_unchanged_dialog_writes_nothing(tab: ProductsTab, qtbot: QtBot) -> None:
    _open_milestones(tab, qtbot, "coat").accept()
    assert tab.document.undo_stack.count() == 0


def test_season_defaults_are_stored_and_move_products_without_their_own(
        tab: ProductsTab, qtbot: QtBot) -> None:
    tab.select_products(["shirt"])
    dialog = _open_milestones(tab, qtbot, "shirt")
    dialog.use_default[MilestoneKind.SAMPLE].click()
    dialog.spins[MilestoneKind.SAMPLE].setValue(50)  # the shirt keeps 50 days: 02-10
    dialog.accept()

    qtbot.mouseClick(tab.season_defaults_button, Qt.MouseButton.LeftButton)
    defaults = tab.findChild(SeasonDefaultsDialog)
    assert defaults is not None and defaults.isVisible()
    spin = defaults.spins[(Season.SUMMER, MilestoneKind.SAMPLE)]
    assert spin.value() == 45 and not spin.font().bold()
    spin.setValue(70)
    assert spin.font().bold()
    defaults.spins[(Season.WINTER, MilestoneKind.STOCK_IN)].setValue(-3)
    qtbot.mouseClick(defaults.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)  # the plan's settings changed: every product is checked again

    settings = tab.document.store.settings()
    assert settings.season_milestones == (
        (Season.SUMMER, ((MilestoneKind.SAMPLE, 70),)),
        (Season.WINTER, ((MilestoneKind.STOCK_IN, -3),)),
    )
    assert marker_at(tab, "dress", date(2027, 2, 20)).startswith("Sample ready: ")  # 05-01 − 70
    assert marker_at(tab, "shirt", date(2027, 2, 10)).startswith("Sample ready: ")  # its own
    assert "B1 羊绒大衣: Stock-in is 3 days after launch" in tab.warnings.lines()

    tab.document.undo_stack.undo()
    settle(qtbot, tab)
    assert tab.document.store.settings() == PlanSettings()
    assert marker_at(tab, "dress", date(2027, 3, 17)).startswith("Sample ready: ")
    assert not any("Stock-in is 3 days" in line for line in tab.warnings.lines())
    tab.document.undo_stack.redo()
    settle(qtbot, tab)
    assert marker_at(tab, "dress", date(2027, 2, 20)).startswith("Sample ready: ")

    defaults = tab.dialogs.edit_season_defaults()  # the dialog shows what is stored
    assert defaults.spins[(Season.SUMMER, MilestoneKind.SAMPLE)].value() == 70
    defaults.restore_shipped()
    defaults.accept()
    assert tab.document.store.settings().season_milestones == ()

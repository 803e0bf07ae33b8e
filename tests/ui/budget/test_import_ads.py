"""The import wizard takes a paid channel's ad report too: previewed, stored in one undo
step as the channel's days, a re-import replacing them; a report naming no channel waits
for the user to choose it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import AdChannel, ChannelDay
from ecplanner.ui.budget.dialogs import ImportActualsDialog
from ecplanner.ui.document import PlanDocument
from tests.ui.budget.helpers import make_tab
from tests.ui.budget.test_import import click, open_wizard, read


def _report(path: Path, title: str, spend: int) -> Path:
    # 直通车 as 阿里妈妈 exports it: GBK, a title line, then the header.
    lines = [title, "日期,展现量,点击量,花费(元),总成交金额(元)"] + [
        f'2027-03-0{d},"5,000",{100 + d},"{spend:,}.00","{4 * spend:,}.00"' for d in (1, 2, 3)]
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    return path


def _choose(dialog: ImportActualsDialog, data: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(data))


def test_an_ad_report_is_previewed_imported_in_one_step_replaced_and_undone(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    tab = make_tab(qtbot, demo_document)
    dialog = open_wizard(qtbot, tab)
    _choose(dialog, "named")
    read(qtbot, dialog, _report(tmp_path / "report.csv", "直通车 账户报表", 1_000))
    assert dialog.ads_table.isVisible() and not dialog.preview_table.isVisible()
    assert dialog.ads_model.rowCount() == 3
    assert dialog.ads_model.data(dialog.ads_model.index(0, 4)) == "4.00"  # 4,000 ÷ 1,000
    assert "3 days" in dialog.summary.text() and "花费(元) → Ad spend" in dialog.summary.text()
    assert demo_document.store.channel_days() == []  # a preview stores nothing
    click(qtbot, dialog.import_button)
    assert demo_document.store.channel_days() == [
        ChannelDay(date(2027, 3, d), AdChannel.SEARCH, 1_000.0, 100 + d, 4_000.0)
        for d in (1, 2, 3)]
    assert demo_document.undo_stack.count() == 1

    again = tab.open_import()
    _choose(again, "named")
    read(qtbot, again, _report(tmp_path / "again.csv", "直通车 账户报表", 1_200))
    assert "replaced: 3" in again.summary.text()
    assert again.ads_model.data(again.ads_model.index(0, 1),
                                Qt.ItemDataRole.BackgroundRole) is not None  # tinted
    click(qtbot, again.import_button)
    assert [d.spend for d in demo_document.store.channel_days()] == [1_200.0] * 3  # not 6 rows
    demo_document.undo_stack.undo()
    assert [d.spend for d in demo_document.store.channel_days()] == [1_000.0] * 3
    demo_document.undo_stack.undo()
    assert demo_document.store.channel_days() == []


def test_a_report_naming_no_channel_waits_for_the_choice(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    tab = make_tab(qtbot, demo_document)
    dialog = open_wizard(qtbot, tab)
    _choose(dialog, "named")
    read(qtbot, dialog, _report(tmp_path / "export.csv", "账户报表", 500))
    assert not dialog.import_button.isEnabled()
    assert "which channel" in dialog.error_label.text()
    with qtbot.waitSignal(dialog.parsed, timeout=10_000):
        _choose(dialog, AdChannel.DISPLAY.value)  # read again as the user says
    assert dialog.import_button.isEnabled() and dialog.error_label.text() == ""
    assert "Display ads" in dialog.summary.text()
    dialog.resize(900, 600)
    dialog.grab().save(str(tmp_path / "ads_wizard.png"))
    click(qtbot, dialog.import_button)
    assert {d.channel for d in demo_document.store.channel_days()} == {AdChannel.DISPLAY}


def test_a_file_without_spend_is_refused_naming_it(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    tab = make_tab(qtbot, demo_document)
    dialog = open_wizard(qtbot, tab)
    _choose(dialog, AdChannel.SEARCH.value)
    path = tmp_path / "clicks.csv"
    path.write_text("日期,点击量,成交金额\n2027-03-01,100,400\n", encoding="utf-8")
    read(qtbot, dialog, path)
    assert not dialog.import_button.isEnabled()
    assert "no column for Ad spend" in dialog.error_label.text()
    dialog.reject()
    assert demo_document.store.channel_days() == []

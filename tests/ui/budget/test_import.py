"""The actuals import wizard, driven on files the tests write, asserting what was stored."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import DailyActual
from ecplanner.exchange.actuals.parse import ActualsField
from ecplanner.ui.budget.dialogs import ImportActualsDialog
from ecplanner.ui.budget.view import BudgetTab
from ecplanner.ui.document import PlanDocument
from tests.ui.budget.helpers import make_tab

CN_HEADER = "统计日期,访客数,支付买家数,支付转化率,客单价,支付金额,支付子订单数,推广花费"


def cn_csv(path: Path, rows: list[str], encoding: str = "gbk") -> Path:
    text = "生意参谋 店铺整体日报\n" + CN_HEADER + "\n" + "\n".join(rows) + "\n"
    path.write_bytes(text.encode(encoding))
    return path


GOOD_ROWS = [
    '2027-03-01,"12,000",360,3.00%,250,"90,000.00",380,"6,000"',
    "2027/3/2,11000,330,3%,250,82500,340,5500",
    "2027-03-03,10000,300,3.00%,250,75000,310,-",
]


def read(qtbot: QtBot, dialog: ImportActualsDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.parsed, timeout=10_000):
        dialog.load(path)


def open_wizard(qtbot: QtBot, tab: BudgetTab) -> ImportActualsDialog:
    actions = dict(tab.menu_actions())
    actions["file"].trigger()
    dialog = tab.findChild(ImportActualsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_a_gbk_export_is_previewed_imported_in_one_step_and_undone(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    tab = make_tab(qtbot, demo_document)
    dialog = open_wizard(qtbot, tab)
    read(qtbot, dialog, cn_csv(tmp_path / "sycm.csv", GOOD_ROWS))

    assert dialog.pages.currentWidget() is dialog.preview_page
    assert dialog.preview_model.rowCount() == 3
    assert dialog.import_button.isEnabled()
    assert "3 days" in dialog.summary.text() and "支付金额 → GMV" in dialog.summary.text()
    assert demo_document.store.actuals() == []  # a preview stores nothing

    click(qtbot, dialog.import_button)

    stored = demo_document.store.actuals()
    assert [a.day for a in stored] == [date(2027, 3, d) for d in (1, 2, 3)]
    assert stored[0] == DailyActual(date(2027, 3, 1), uv=12_000, buyers=360, orders=380,
                                    gmv=90_000.0, spend=6_000.0)
    assert demo_document.undo_stack.count() == 1
    march = tab.review_model.review.months[2]  # type: ignore[union-attr]
    assert march.actual_gmv == 247_500 and march.days_with_data == 3
    assert tab.pages.currentIndex() == 1
    demo_document.undo_stack.undo()
    assert demo_document.store.actuals() == []
    assert tab.review_model.review.months[2].days_with_data == 0  # type: ignore[union-attr]


def test_cancel_stores_nothing(qtbot: QtBot, demo_document: PlanDocument,
                               tmp_path: Path) -> None:
    tab = make_tab(qtbot, demo_document)
    dialog = tab.open_import()
    read(qtbot, dialog, cn_csv(tmp_path / "sycm.csv", GOOD_ROWS, "utf-8-sig"))
    assert dialog.import_button.isEnabled()
    dialog.reject()
    assert demo_document.store.actuals() == []
    assert demo_document.undo_stack.count() == 0


def test_a_bad_row_blocks_the_import_and_names_row_and_column(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    tab = make_tab(qtbot, demo_document)
    dialog = tab.open_import()
    rows = [GOOD_ROWS[0], "2027-03-02,11000,330,150%,250,82500,340,5500",
            "2027-03-03,10000,300,3%,250,lots,310,0"]
    read(qtbot, dialog, cn_csv(tmp_path / "bad.csv", rows))

    assert not dialog.import_button.isEnabled()
    assert dialog.problems_table.isVisible()
    problems = [[dialog.problems_model.index(r, c).data() for c in range(4)]
                for r in range(dialog.problems_model.rowCount())]
    assert problems == [["4", "支付转化率", "150%", "more than 100%"],
                        ["5", "支付金额", "lots", "not a number"]]
    assert "2 problem(s)" in dialog.error_label.text()
    click(qtbot, dialog.import_button)
    dialog.accept()
    assert dialog.isVisible()
    assert demo_document.store.actuals() == []
    assert demo_document.undo_stack.count() == 0


def test_unknown_headers_go_through_the_mapping_step(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    tab = make_tab(qtbot, demo_document)
    dialog = tab.open_import()
    path = tmp_path / "shop.csv"
    path.write_text("Tag,Besucher,Umsatz,Notiz\n2027-05-01,800,24000,x\n2027-05-02,900,27000,y\n",
                    encoding="utf-8")
    read(qtbot, dialog, path)
    assert dialog.pages.currentWidget() is dialog.mapping_page
    assert not dialog.import_button.isEnabled()
    assert set(dialog.mapping_combos) == {"Tag", "Besucher", "Umsatz", "Notiz"}
    for header, field in (("Tag", ActualsField.DATE), ("Besucher", ActualsField.UV),
                          ("Umsatz", ActualsField.GMV)):
        combo = dialog.mapping_combos[header]
        combo.setCurrentIndex(combo.findData(field.value))

    with qtbot.waitSignal(dialog.parsed, timeout=10_000):
        click(qtbot, dialog.reread_button)

    assert dialog.pages.currentWidget() is dialog.preview_page
    assert dialog.import_button.isEnabled()
    click(qtbot, dialog.import_button)
    assert [(a.day, a.uv, a.gmv) for a in demo_document.store.actuals()] == [
        (date(2027, 5, 1), 800, 24_000.0), (date(2027, 5, 2), 900, 27_000.0)]


def test_an_xlsx_with_percentages_as_text(qtbot: QtBot, demo_document: PlanDocument,
                                          tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["统计日期", "访客数", "支付转化率", "客单价", "支付金额"])
    sheet.append([date(2027, 6, 18), 20_000, "4.5%", 300, 270_000])
    workbook.save(tmp_path / "day.xlsx")
    tab = make_tab(qtbot, demo_document)
    dialog = tab.open_import()
    read(qtbot, dialog, tmp_path / "day.xlsx")
    click(qtbot, dialog.import_button)
    assert demo_document.store.actuals() == [
        DailyActual(date(2027, 6, 18), uv=20_000, buyers=900, gmv=270_000.0)]


def test_a_big_file_is_read_in_the_background(qtbot: QtBot, demo_document: PlanDocument,
                                              tmp_path: Path) -> None:
    start = date(2012, 1, 1)
    rows = [f"{start + timedelta(days=i)},{1000 + i},{30},3%,200,6000,31,100"
            for i in range(6000)]
    path = cn_csv(tmp_path / "years.csv", rows, "utf-8")
    tab = make_tab(qtbot, demo_document)
    dialog = tab.open_import()
    with qtbot.waitSignal(dialog.parsed, timeout=20_000):
        began = time.perf_counter()
        dialog.load(path)
        returned = time.perf_counter() - began
        assert dialog.pages.currentWidget() is dialog.busy_page
        assert dialog.reader.busy and not dialog.import_button.isEnabled()
    assert returned < 0.15  # parsing 6,000 rows in place would take several times this
    assert dialog.preview_model.rowCount() == 6000 and dialog.import_button.isEnabled()


def test_days_already_in_the_plan_are_pointed_out(qtbot: QtBot, demo_document: PlanDocument,
                                                  tmp_path: Path, qtmodeltester: object) -> None:
    tab = make_tab(qtbot, demo_document)
    path = cn_csv(tmp_path / "sycm.csv", GOOD_ROWS)
    dialog = tab.open_import()
    read(qtbot, dialog, path)
    click(qtbot, dialog.import_button)
    again = tab.open_import()
    read(qtbot, again, path)
    assert "New days: 0; replaced: 0" in again.summary.text()
    assert "unchanged: 3" in again.summary.text()
    changed = cn_csv(tmp_path / "changed.csv", [GOOD_ROWS[0].replace("90,000.00", "91,000.00"),
                                                "2027-03-04,9000,270,3%,250,67500,280,-"])
    read(qtbot, again, changed)
    summary = again.summary.text()
    assert "New days: 1; replaced: 1" in summary and "unchanged: 0" in summary
    tint = again.preview_model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole)
    assert tint is not None and again.preview_model.index(1, 4).data(
        Qt.ItemDataRole.BackgroundRole) is None
    read(qtbot, again, path)
    qtmodeltester.check(again.preview_model)  # type: ignore[attr-defined]
    qtmodeltester.check(again.problems_model)  # type: ignore[attr-defined]
    click(qtbot, again.import_button)
    assert len(demo_document.store.actuals()) == 3
    demo_document.undo_stack.undo()
    assert len(demo_document.store.actuals()) == 3  # the first import's days are back


def test_a_non_finite_sale_is_refused_on_its_line_and_nothing_is_stored(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    tab = make_tab(qtbot, demo_document)
    dialog = tab.open_import()
    rows = [GOOD_ROWS[0], "2027/3/2,11000,330,3%,250,inf,340,5500"]
    read(qtbot, dialog, cn_csv(tmp_path / "inf.csv", rows))
    problems = [[dialog.problems_model.index(r, c).data() for c in range(4)]
                for r in range(dialog.problems_model.rowCount())]
    assert problems == [["4", "支付金额", "inf", "not a finite number"]]
    assert not dialog.import_button.isEnabled()
    dialog.accept()
    assert demo_document.store.actuals() == []


def test_many_problems_list_the_first_hundred_and_say_how_many(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    rows = [f"2027-03-{d:02},-1,1,1%,1,1,1,1" for d in range(1, 29)] * 5
    tab = make_tab(qtbot, demo_document)
    dialog = tab.open_import()
    read(qtbot, dialog, cn_csv(tmp_path / "many.csv", rows))
    assert dialog.problems_model.rowCount() == 100
    assert "252 problems" in dialog.error_label.text()  # 140 negative, 112 days seen again
    assert "first 100" in dialog.error_label.text()


def test_a_tab_separated_sycm_text_file_is_imported(
        qtbot: QtBot, demo_document: PlanDocument, tmp_path: Path) -> None:
    text = ("生意参谋 | 店铺整体 | 日报\n统计时间：2027-03-01 ~ 2027-03-02\n"
            + CN_HEADER.replace(",", "\t") + "\n"
            + "2027-03-01\t12,000\t360\t3.00%\t250\t90,000.00\t380\t6,000\n")
    path = tmp_path / "sycm.txt"
    path.write_bytes(text.encode("gbk"))
    tab = make_tab(qtbot, demo_document)
    dialog = tab.open_import()
    read(qtbot, dialog, path)
    click(qtbot, dialog.import_button)
    assert demo_document.store.actuals() == [
        DailyActual(date(2027, 3, 1), uv=12_000, buyers=360, orders=380, gmv=90_000.0,
                    spend=6_000.0)]


def test_reading_shows_how_far_it_has_got(qtbot: QtBot, demo_document: PlanDocument,
                                          tmp_path: Path) -> None:
    start = date(2012, 1, 1)
    rows = [f"{start + timedelta(days=i)},{1000 + i},30,3%,200,6000,31,100" for i in range(6000)]
    path = cn_csv(tmp_path / "years.csv", rows, "utf-8")
    tab = make_tab(qtbot, demo_document)
    dialog = tab.open_import()
    shown: list[tuple[int, int]] = []
    dialog.reader.progressed.connect(
        lambda: shown.append((dialog.progress.value(), dialog.progress.maximum())))
    read(qtbot, dialog, path)
    assert len(shown) >= 2
    assert all(0 <= value <= maximum and maximum > 0 for value, maximum in shown)
    assert shown[0][0] < shown[-1][0] == shown[-1][1]  # it moved, and ended full

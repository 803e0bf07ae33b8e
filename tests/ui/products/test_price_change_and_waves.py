"""The price-change column, empty dates' editors, and launch-wave gaps in the panel."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Product, Season
from ecplanner.domain.ops import Put
from ecplanner.domain.products.fields import FIELDS
from ecplanner.ui.products.delegates import NO_DATE, ClearableDateEdit
from ecplanner.ui.products.view import ProductsTab
from tests.ui.products.helpers import marker_at, settle


def _editor(tab: ProductsTab, uuid: str, field: str) -> ClearableDateEdit:
    index = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(uuid), FIELDS.index(field)))
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.focusWidget()
    assert isinstance(editor, ClearableDateEdit)
    return editor


def _commit(editor: ClearableDateEdit) -> None:
    QTest.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    QApplication.processEvents()


def _stored(tab: ProductsTab, uuid: str) -> Product:
    product = tab.document.store.get(Product, uuid)
    assert product is not None
    return product


def test_price_change_is_stored_marked_warned_and_clearable(tab: ProductsTab,
                                                            qtbot: QtBot) -> None:
    sale = next(e for e in tab.document.store.events() if e.title == "天猫618")
    change = sale.start - timedelta(days=5)
    editor = _editor(tab, "shirt", "planned_price_change")
    assert editor.date() == NO_DATE and editor.text() == "—"
    # The empty date's calendar opens at the launch month, not in the year 2000.
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton,
                     pos=QPoint(editor.width() - 6, editor.height() // 2))
    calendar = editor.calendarWidget()
    assert calendar.isVisible()
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 4)
    calendar.parentWidget().hide()
    editor.setDate(QDate(change.year, change.month, change.day))
    _commit(editor)
    assert _stored(tab, "shirt").planned_price_change == change
    row = tab.model.row_of("shirt")
    assert tab.model.index(row, FIELDS.index("planned_price_change")).data() == \
        change.isoformat()
    assert marker_at(tab, "shirt", change).startswith("Price change: ")
    assert (f"A1 亚麻衬衫: Price change on {change.isoformat()} is 5 days before “天猫618”, "
            "in its price-lock window") in tab.warnings.lines()

    editor = _editor(tab, "shirt", "planned_price_change")
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.date() == NO_DATE
    _commit(editor)
    assert _stored(tab, "shirt").planned_price_change is None
    assert not any("Price change on" in line for line in tab.warnings.lines())
    assert tab.document.undo_stack.count() == 2
    tab.document.undo_stack.undo()
    assert _stored(tab, "shirt").planned_price_change == change
    tab.document.undo_stack.undo()
    assert _stored(tab, "shirt").planned_price_change is None
    tab.document.undo_stack.redo()
    assert marker_at(tab, "shirt", change).startswith("Price change: ")


def test_a_price_change_before_two_sales_is_one_warning_naming_both(tab: ProductsTab,
                                                                    qtbot: QtBot) -> None:
    sale = next(e for e in tab.document.store.events() if e.title == "天猫618")
    second = replace(sale, title="第二场", start=sale.start + timedelta(days=3),
                     end=sale.end + timedelta(days=3), uuid="second-sale")
    change = sale.start - timedelta(days=5)
    tab.document.apply("add", [Put(second), Put(replace(_stored(tab, "shirt"),
                                                        planned_price_change=change))])
    settle(qtbot, tab)
    said = [line for line in tab.warnings.lines() if "Price change on" in line]
    assert said == [f"A1 亚麻衬衫: Price change on {change.isoformat()} is 5 days before "
                    "“天猫618”, in its price-lock window, and in those of 1 more sale(s): "
                    "“第二场”"]


def test_an_empty_launch_opens_and_steps_from_the_plan_year(tab: ProductsTab) -> None:
    tab.document.apply("clear", [Put(replace(_stored(tab, "coat"), launch=None))])
    editor = _editor(tab, "coat", "launch")
    assert editor.hint == QDate(2027, 1, 1)
    editor.stepBy(1)
    assert editor.date() == QDate(2027, 1, 1)


def test_a_wave_gap_shows_until_a_launch_fills_it(tab: ProductsTab, qtbot: QtBot) -> None:
    settings = tab.document.store.settings()
    expected = replace(settings, expected_launch_months=((Season.SUMMER, (4, 5, 6)),))
    gap = "Summer has no launch planned in June"
    assert gap not in tab.warnings.lines()
    tab.document.apply("expect June", [Put(expected)])
    settle(qtbot, tab)
    assert tab.warnings.lines() == [gap] + [line for line in tab.warnings.lines()
                                            if line != gap]
    tab.filters.set_value("season", Season.WINTER)
    assert gap not in tab.warnings.lines()  # a gap shows with its season
    tab.filters.set_value("season", None)

    tab.select_products(["dress"])
    tab.duplicate_selected()
    [copy] = tab.selected_uuids()
    editor = _editor(tab, copy, "launch")
    editor.setDate(QDate(2027, 6, 12))
    _commit(editor)
    assert _stored(tab, copy).launch == date(2027, 6, 12)
    assert gap not in tab.warnings.lines()
    tab.document.undo_stack.undo()
    assert gap in tab.warnings.lines()


def test_context_menus_offer_the_milestones(tab: ProductsTab) -> None:
    scene = tab.timeline.timeline
    top = scene.row_top("coat")
    assert top is not None
    tab.timeline.bring_into_view("coat")
    at = tab.timeline.mapFromScene(10.0, top + 10)
    tab.timeline.viewport().customContextMenuRequested.emit(at)
    assert tab.selected_uuids() == ["coat"]
    assert _menu_texts(tab) == ["Milestones…", "Duplicate", "Delete", "Season defaults…"]
    below_rows = QPoint(20, tab.table.viewport().height() - 5)
    tab.table.customContextMenuRequested.emit(below_rows)
    assert _menu_texts(tab) == ["Season defaults…"]


def _menu_texts(tab: ProductsTab) -> list[str]:
    """The texts of the context menu shown last, which is then closed."""
    menu = [m for m in tab.findChildren(QMenu) if m.isVisible()][-1]
    menu.close()
    return [action.text() for action in menu.actions() if action.text()]

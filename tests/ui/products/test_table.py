"""The products table: editing cells through their editors, refusals, filters, the model."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QDoubleSpinBox, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Product, ProductStatus, Season
from ecplanner.domain.products.fields import FIELDS
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.products.model import BELOW_COST, ProductsTableModel
from ecplanner.ui.products.view import ProductsTab
from tests.ui.products.helpers import settle


def _index(tab: ProductsTab, uuid: str, field: str) -> QModelIndex:
    source = tab.model.index(tab.model.row_of(uuid), FIELDS.index(field))
    return tab.proxy.mapFromSource(source)


def _open_editor(tab: ProductsTab, uuid: str, field: str) -> QWidget:
    index = _index(tab, uuid, field)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.focusWidget()
    assert editor is not None and editor is not tab.table
    return editor


def _commit(editor: QWidget) -> None:
    target = editor.lineEdit() if isinstance(editor, QDoubleSpinBox | QDateEdit) else editor
    QTest.keyClick(target, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on a queued call


def _stored(tab: ProductsTab, uuid: str) -> Product:
    product = tab.document.store.get(Product, uuid)
    assert product is not None
    return product


def test_edit_each_kind_of_cell_is_one_undo_step(tab: ProductsTab) -> None:
    editor = _open_editor(tab, "shirt", "name")
    assert isinstance(editor, QLineEdit)
    editor.setText("亚麻衬衫（白）")
    _commit(editor)
    assert _stored(tab, "shirt").name == "亚麻衬衫（白）"

    editor = _open_editor(tab, "shirt", "status")
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(ProductStatus.SAMPLING.value))
    _commit(editor)
    assert _stored(tab, "shirt").status is ProductStatus.SAMPLING

    editor = _open_editor(tab, "shirt", "launch")
    assert isinstance(editor, QDateEdit)
    editor.setDate(QDate(2027, 3, 20))
    _commit(editor)
    assert _stored(tab, "shirt").launch == date(2027, 3, 20)

    editor = _open_editor(tab, "shirt", "unit_cost")
    assert isinstance(editor, QDoubleSpinBox)
    editor.setValue(45.5)
    _commit(editor)
    assert _stored(tab, "shirt").unit_cost == 45.5
    assert tab.document.undo_stack.count() == 4
    tab.document.undo_stack.undo()
    assert _stored(tab, "shirt").unit_cost == 40.0
    assert tab.model.product_at(tab.model.row_of("shirt")).unit_cost == 40.0


def test_negative_cost_is_refused_and_the_old_value_kept(tab: ProductsTab) -> None:
    editor = _open_editor(tab, "shirt", "unit_cost")
    assert isinstance(editor, QDoubleSpinBox)
    editor.lineEdit().selectAll()
    QTest.keyClicks(editor.lineEdit(), "-5")
    _commit(editor)
    assert _stored(tab, "shirt").unit_cost == 40.0
    assert tab.document.undo_stack.count() == 0
    assert not tab.message.isHidden()
    text = tab.message.text()
    assert "A1 亚麻衬衫" in text and "Unit cost" in text and "must not be negative" in text
    assert _index(tab, "shirt", "unit_cost").data() == "¥40.00"


def test_delist_before_launch_is_refused(tab: ProductsTab) -> None:
    editor = _open_editor(tab, "dress", "delist")
    assert isinstance(editor, QDateEdit)
    editor.setDate(QDate(2027, 4, 1))
    _commit(editor)
    assert _stored(tab, "dress").delist == date(2027, 8, 31)
    assert tab.document.undo_stack.count() == 0
    text = tab.message.text()
    assert "A2 真丝长裙" in text and "2027-04-01" in text and "before the launch date" in text
    # The next accepted edit clears the message.
    editor = _open_editor(tab, "dress", "delist")
    assert isinstance(editor, QDateEdit)
    editor.setDate(QDate(2027, 9, 1))
    _commit(editor)
    assert _stored(tab, "dress").delist == date(2027, 9, 1)
    assert tab.message.isHidden()


def test_duplicate_code_is_refused(tab: ProductsTab) -> None:
    editor = _open_editor(tab, "dress", "code")
    assert isinstance(editor, QLineEdit)
    editor.setText("a1")
    _commit(editor)
    assert _stored(tab, "dress").code == "A2"
    assert "already used by “亚麻衬衫”" in tab.message.text()


def test_price_below_cost_is_stored_and_flagged(tab: ProductsTab) -> None:
    editor = _open_editor(tab, "coat", "list_price")
    assert isinstance(editor, QDoubleSpinBox)
    editor.setValue(399.0)
    _commit(editor)
    assert _stored(tab, "coat").list_price == 399.0
    index = _index(tab, "coat", "list_price")
    assert index.data(Qt.ItemDataRole.BackgroundRole) == BELOW_COST
    assert "below the unit cost" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert _index(tab, "shirt", "list_price").data(Qt.ItemDataRole.BackgroundRole) is None


def test_filters_narrow_the_table_and_the_timeline(tab: ProductsTab) -> None:
    scene = tab.timeline.timeline
    tab.filters.set_value("season", Season.SUMMER)
    assert tab.proxy.rowCount() == 2
    assert scene.item_for("coat") is None and scene.item_for("shirt") is not None
    tab.filters.set_value("wave", "W2")
    assert tab.proxy.rowCount() == 1
    assert [row.uuid for row in scene.rows if not row.is_group] == ["dress"]
    tab.filters.set_value("season", None)
    tab.filters.set_value("wave", None)
    assert tab.proxy.rowCount() == 3


def test_sorting_by_a_column(tab: ProductsTab) -> None:
    tab.table.sortByColumn(FIELDS.index("unit_cost"), Qt.SortOrder.DescendingOrder)
    codes = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    assert codes == ["B1", "A2", "A1"]


def test_selection_follows_between_table_and_timeline(tab: ProductsTab) -> None:
    tab.select_products(["dress"])
    assert tab.timeline.selected_uuids() == ["dress"]
    item = tab.timeline.timeline.item_for("coat")
    assert item is not None
    tab.timeline.timeline.clearSelection()
    item.setSelected(True)
    assert tab.selected_uuids() == ["coat"]


def test_model_passes_the_model_tester(qtmodeltester: ModelTester,
                                       demo_document: PlanDocument) -> None:
    model = ProductsTableModel()
    qtmodeltester.check(model, force_py=True)
    products = demo_document.store.products()
    model.set_products(products)
    changed = [replace(p, list_price=1.0) for p in products[:3]]
    model.set_products([*changed, *products[3:]])
    assert model.product_at(0).list_price == 1.0
    model.set_products([*products[5:10], *products[12:], Product("X", "新款")])
    assert model.rowCount() == len(products) - 6
    assert model.product_at(model.row_of(products[12].uuid)) == products[12]
    model.set_products([])
    assert model.rowCount() == 0


def test_filtered_proxy_passes_the_model_tester(qtmodeltester: ModelTester, qtbot: QtBot,
                                               demo_document: PlanDocument) -> None:
    tab = ProductsTab(demo_document)
    qtbot.addWidget(tab)
    tab.show()
    settle(qtbot, tab)
    qtmodeltester.check(tab.proxy, force_py=True)
    tab.filters.set_value("season", Season.WINTER)
    assert tab.proxy.rowCount() == 10
    tab.filters.set_value("season", None)

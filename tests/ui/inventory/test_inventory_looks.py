"""How the Inventory tab looks: no meaningless chart or disabled fields before a product is
picked, markdown labels inside the chart and the Show combo wide enough for its
choices."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ecplanner.ui.inventory.view import InventoryTab


def test_before_a_product_is_picked_a_hint_shows_instead(tab: InventoryTab) -> None:
    tab.table.clearSelection()
    assert not tab.chart.plots["product"].isVisible()
    assert not tab.suggest.first.isVisible() and not tab.suggest.every.isVisible()
    assert tab.suggest.dates_label.isVisible() and tab.suggest.dates_label.text()
    tab.table.selectRow(0)
    assert tab.chart.plots["product"].isVisible() and tab.suggest.first.isVisible()


def test_markdown_labels_are_inside_the_chart(tab: InventoryTab, qtbot: QtBot) -> None:
    view = tab.chart.plots["product"].vb
    seen = 0
    for row in range(tab.proxy.rowCount()):
        tab.table.selectRow(row)
        qtbot.wait(20)  # the labels follow the view's range when it is next drawn
        area = view.sceneBoundingRect()
        for label in tab.chart.plots["labels"]:
            seen += 1
            assert area.contains(label.sceneBoundingRect()), (row, label.toPlainText())
    assert seen


def test_the_show_combo_fits_its_longest_choice(tab: InventoryTab) -> None:
    combo = tab.group
    widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                 for i in range(combo.count()))
    assert combo.width() > widest + 20  # and the arrow

"""The finance rows of the sheet: each channel judged against break-even, channel ROI and VAT
typed like any input, and the months' fees filled from a platform's fee profile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecplanner.ui.budget.channel_spend_dialog import ChannelSpendDialog
from ecplanner.ui.budget.model import TOTAL_COLUMN, WARN_BACKGROUND, row_of
from ecplanner.ui.document import PlanDocument
from tests.ui.budget.helpers import make_tab, type_into

MARCH, OCTOBER = 2, 9
BACKGROUND = Qt.ItemDataRole.BackgroundRole


def _months(document: PlanDocument) -> dict[int, object]:
    return {b.month: b for b in document.store.budget_months()}


def test_a_channel_below_break_even_is_marked_and_says_why(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    tab = make_tab(qtbot, demo_document)
    sheet = tab.sheet_model.sheet
    assert sheet is not None
    march = sheet.months[MARCH]
    assert march.break_even_roi is not None and march.roi_display is not None
    assert march.roi_display < march.break_even_roi < march.roi_search  # 2.2 < 2.7 < 3.0
    display = tab.sheet_model.index(row_of("roi_display"), MARCH)
    search = tab.sheet_model.index(row_of("roi_search"), MARCH)
    assert display.data(BACKGROUND) == WARN_BACKGROUND
    assert search.data(BACKGROUND) != WARN_BACKGROUND
    assert "Below break-even" in display.data(Qt.ItemDataRole.ToolTipRole)
    affiliate = tab.sheet_model.index(row_of("roi_affiliate"), OCTOBER)
    assert affiliate.data(BACKGROUND) != WARN_BACKGROUND  # 5.8 on the commission paid


def test_typing_a_channel_roi_and_a_vat_rate_is_stored_and_undone(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    tab = make_tab(qtbot, demo_document)
    spend = tab.sheet_model.value("spend_display", MARCH)
    assert spend is not None
    type_into(qtbot, tab, "roi_display", MARCH, "3.5")
    assert _months(demo_document)[3].roi_display == pytest.approx(3.5)  # type: ignore[attr-defined]
    assert tab.sheet_model.value("gmv_display", MARCH) == pytest.approx(spend * 3.5)
    assert tab.sheet_model.index(row_of("roi_display"), MARCH).data(BACKGROUND) \
        != WARN_BACKGROUND
    before = tab.sheet_model.value("net_profit_after_vat", MARCH)
    type_into(qtbot, tab, "vat_rate", MARCH, "1%")
    assert _months(demo_document)[3].vat_rate == pytest.approx(0.01)  # type: ignore[attr-defined]
    assert tab.sheet_model.value("net_profit_after_vat", MARCH) > before  # type: ignore[operator]
    demo_document.undo_stack.undo()
    demo_document.undo_stack.undo()
    assert _months(demo_document)[3].roi_display == pytest.approx(2.2)  # type: ignore[attr-defined]
    assert _months(demo_document)[3].vat_rate == pytest.approx(0.13)  # type: ignore[attr-defined]


def test_fees_from_a_platform_profile_fill_every_month_in_one_undo_step(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    tab = make_tab(qtbot, demo_document)
    tab.fees_menu.aboutToShow.emit()
    actions = {a.data(): a for a in tab.fees_menu.actions()}
    assert set(actions) == {"tmall.apparel", "tmall.beauty", "taobao.all"}  # the store's
    assert "2025" in actions["tmall.apparel"].text()  # the rates' date
    assert "技术服务费" in actions["tmall.apparel"].toolTip()  # and their source
    actions["tmall.apparel"].trigger()
    assert demo_document.undo_stack.count() == 1
    for month in _months(demo_document).values():
        assert month.commission_rate == pytest.approx(0.055)  # type: ignore[attr-defined]
        assert month.payment_fee_rate == pytest.approx(0.008)  # type: ignore[attr-defined]
    type_into(qtbot, tab, "commission_rate", MARCH, "4%")  # the user overrides one month
    assert _months(demo_document)[3].commission_rate == pytest.approx(0.04)  # type: ignore[attr-defined]
    demo_document.undo_stack.undo()
    demo_document.undo_stack.undo()
    assert all(m.commission_rate == pytest.approx(0.05)  # type: ignore[attr-defined]
               for m in _months(demo_document).values())


def test_a_rate_typed_in_the_year_column_sets_every_month(
        qtbot: QtBot, document: PlanDocument) -> None:
    """VAT is the store's tax status: typed once for the year, as a plan setting."""
    tab = make_tab(qtbot, document)
    type_into(qtbot, tab, "vat_rate", TOTAL_COLUMN, "13%")
    months = _months(document)
    assert len(months) == 12  # a new plan's defaults saved whole, as with any first edit
    assert all(m.vat_rate == pytest.approx(0.13) for m in months.values())  # type: ignore[attr-defined]
    assert document.undo_stack.count() == 1
    assert "every month" in document.undo_stack.text(0)
    # a summed row's year is the sum of its months: it stays computed
    spend = tab.sheet_model.index(row_of("spend_search"), TOTAL_COLUMN)
    assert not spend.flags() & Qt.ItemFlag.ItemIsEditable
    weight = tab.sheet_model.index(row_of("weight"), TOTAL_COLUMN)
    assert not weight.flags() & Qt.ItemFlag.ItemIsEditable
    document.undo_stack.undo()
    assert document.store.budget_months() == []


def test_a_channels_spend_is_filled_from_its_share_of_gmv_and_undone(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    tab = make_tab(qtbot, demo_document)
    before = _months(demo_document)
    [live] = [a for a in tab.channel_menu.actions() if a.text().startswith("Live")]
    live.trigger()  # as the toolbar's menu does
    dialog = tab.findChild(ChannelSpendDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.share_box.setValue(30.0)
    dialog.accept()
    sheet = tab.sheet_model.sheet
    assert sheet is not None
    for figures, stored in zip(sheet.months, sorted(demo_document.store.budget_months(),
                                                    key=lambda b: b.month), strict=True):
        # spend × expected ROI brings 30% of the month's planned GMV
        assert stored.spend_live * stored.roi_live == pytest.approx(0.3 * figures.gmv)
        assert stored.spend_search == before[stored.month].spend_search  # only live
    demo_document.undo_stack.undo()
    assert _months(demo_document) == before

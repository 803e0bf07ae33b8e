"""The Inventory tab: will this season's stock be sold by the season's end, and how?

A table of stock plans (inputs edited in place, projected figures read-only), the selected
product's markdown ladder and arrivals, a ladder suggestion, and the projected-stock chart.
The plan is read and projected the first time the tab is shown (so building it at start-up
costs nothing) and re-projected on every change to stock, products, events or the plan; a
plan of more than ``feed.PIECE`` stock plans over several turns (``_show_snapshot``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import MarkdownStep, Product, StockPlan
from ecplanner.domain.ops import Changes
from ecplanner.ui.common import heavy
from ecplanner.ui.common.columns import fit_columns
from ecplanner.ui.common.messages import problems_text
from ecplanner.ui.common.slices import Slices
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory import commands
from ecplanner.ui.inventory.chart import StockChart, chart_data
from ecplanner.ui.inventory.delegates import DateDelegate, NumberDelegate
from ecplanner.ui.inventory.dialogs import PlanClearanceDialog
from ecplanner.ui.inventory.feed import PIECE, InventoryFeed, InventorySnapshot
from ecplanner.ui.inventory.formats import Formats
from ecplanner.ui.inventory.groups import group_entries, items_in_group, parse_group
from ecplanner.ui.inventory.import_dialog import ImportProductsDialog
from ecplanner.ui.inventory.ladder_editor import LadderEditor
from ecplanner.ui.inventory.model import InventoryFilterProxy, StockTableModel
from ecplanner.ui.inventory.suggest_panel import SuggestPanel
from ecplanner.ui.inventory.texts import start_text, summary_text

# A step of showing a large plan a turn: each is about a turn's worth (``_show_snapshot``).
_SHOW_SLICE_S = 0.0
_DELEGATES = {"on_hand": (0, ""), "base_weekly_sales": (1, ""), "elasticity": (2, ""),
              "target_sell_through": (1, " %")}


class InventoryTab(QWidget):
    """Clearance planning for the plan in ``document``; ``today`` dates the projection."""

    def __init__(self, document: PlanDocument, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.feed = InventoryFeed(document, self, today)
        self._showing = Slices(_SHOW_SLICE_S, self)
        self._projecting = False  # a show is under way (``_project``)
        self._again = False  # the feed changed while a large plan was being shown
        self._fit = False  # the columns are to be fitted to the next snapshot shown
        document.closed.connect(self._showing.stop)
        self._formats = Formats(QLocale(), "CNY")
        self._heavy = heavy.Loader(self)
        self._selected: str | None = None
        self.model = StockTableModel(self._formats, editable=not document.read_only)
        self.proxy = InventoryFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.start_label = QLabel()
        self.start_label.setWordWrap(True)  # two lines rather than a wider window
        self.group = QComboBox()
        self.group.setMinimumContentsLength(14)
        # Filled after the first show: a combo sized then would cut its longest choice.
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_button = QPushButton(self.tr("Plan clearance for…"))
        self.remove_button = QPushButton(self.tr("Remove clearance plan"))
        self.import_button = QPushButton(self.tr("Import product data…"))
        self.import_button.setToolTip(self.tr(
            "Product reports (生意参谋 商品效果 and the like): from 14 days of a product's "
            "real sales on, its projection runs from its real stock and rate"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #A61B1B; font-weight: 600;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.ladder = LadderEditor(self._formats)
        self.suggest = SuggestPanel(self._formats)
        self.chart = StockChart(self._formats)
        self.plan_action = QAction(self.tr("Plan clearance for…"), self)
        # A read-only plan: the ladder and the suggestion show what is planned, greyed, and
        # take no edit (a disabled widget keeps every child disabled).
        for control in (self.add_button, self.plan_action, self.ladder, self.suggest,
                        self.import_button):
            control.setEnabled(not document.read_only)
        self._build_layout()
        self.model.plan_edited.connect(self._on_plan_edited)
        self.ladder.plan_edited.connect(self._on_plan_edited)
        self.ladder.refused.connect(self._refuse)
        self.suggest.ladder_accepted.connect(self._on_ladder_accepted)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.group.currentIndexChanged.connect(self._on_group_changed)
        self.add_button.clicked.connect(self.open_plan_dialog)
        self.plan_action.triggered.connect(self.open_plan_dialog)
        self.remove_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.open_import)
        self.feed.updated.connect(self._on_feed_updated)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        # The products that will be left with the most stock when delisted first.
        table.sortByColumn(StockTableModel.COLUMNS.index("leftover_at_delist"),
                           Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(60)
        # No stretched last column: on a wide screen its figure would sit far from
        # its header; the room left over stays blank, as in a spreadsheet.
        columns = StockTableModel.COLUMNS
        for name, (decimals, suffix) in _DELEGATES.items():
            table.setItemDelegateForColumn(columns.index(name),
                                           NumberDelegate(decimals, suffix, table))
        table.setItemDelegateForColumn(columns.index("season_end"), DateDelegate(table))
        return table

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.start_label, 1)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.group)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        top.addWidget(self.import_button)
        editors = QWidget()
        column = QVBoxLayout(editors)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.ladder, 1)
        column.addWidget(self.suggest)
        # The editors scroll rather than hold the window tall: on a 640-pixel-high screen
        # the table above keeps its rows.
        editors_area = QScrollArea()
        editors_area.setWidget(editors)
        editors_area.setWidgetResizable(True)
        editors_area.setFrameShape(QFrame.Shape.NoFrame)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(editors_area)
        bottom.addWidget(self.chart)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([560, 840])
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(bottom)
        split.setSizes([400, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

    # -- reading and projecting --------------------------------------------------------
    @property
    def settled(self) -> bool:
        """Nothing is being read or worked out: the tab shows the plan as it is."""
        return self.feed.loaded and not (self._projecting or self.feed.reading_sales)

    def showEvent(self, event: QShowEvent) -> None:
        if not heavy.imported():  # shown before the warm-up: numpy loads off the UI thread
            self.start_label.setText(self.tr("Loading…"))
            self._heavy.then(self._load_once_imported)
        elif not self.feed.loaded:
            # The first visit in two turns, each ~50 ms on 2,000 products: reading now
            # fills the store's memo (which stays equal to the file), so the next turn's
            # load is cheap and still sees any edit made in between.
            self.feed.prefetch()
            QTimer.singleShot(0, self, self._load_once_imported)
        super().showEvent(event)

    def _load_once_imported(self) -> None:
        if self.isVisible():
            self.feed.catch_up()
            # The chart in a turn of its own: each of the two takes up to ~100 ms.
            QTimer.singleShot(0, self.chart, self.chart.ensure_built)

    def _on_feed_updated(self, changes: Changes | None) -> None:
        self._fit = self._fit or changes is None  # the first read: fit the columns too
        if self._projecting:
            # A large plan's show under way: it goes on from where it is, and then shows
            # again (starting over would throw its pieces away, and again at each change).
            self._again = True
            return
        # A large plan from the next turn on (this one read it), a smaller one at once.
        self._showing.start(self._project(), first_s=0.0)

    def _project(self) -> Iterator[None]:
        """Show the feed's snapshot, and again while a change came meanwhile."""
        # Not ``self._showing.busy``: a step that raised would leave the job there for good.
        self._projecting = self._again = True
        try:
            while self._again:
                self._again = False
                yield from self._show_snapshot()
        finally:
            self._projecting = False

    def _show_snapshot(self) -> Iterator[None]:
        """On a plan of more than ``PIECE`` stock plans over several turns (~50 ms each):
        the projection a piece at a time, the table's figures, the table, and each of the
        rest; a smaller plan in one go, as the turns would only show it half done."""
        snapshot = yield from self.feed.snapshot_in_steps()
        large = len(snapshot.items) > PIECE
        if large:
            yield
        figures = snapshot.figures()
        if large:
            yield
        formats = Formats(QLocale(), snapshot.info.currency)
        if formats != self._formats:
            self._formats = formats
            for user in (self.model, self.ladder, self.suggest, self.chart):
                user.set_formats(formats)
        self.model.set_snapshot(snapshot, figures)
        self.start_label.setText(start_text(snapshot, self._formats))
        rest: list[Callable[[], None]] = [
            partial(self._fill_groups, snapshot), self._reselect, self._show_selected,
            self._update_summary]
        if self._fit:  # resizeColumnsToContents, ~45 ms on 2,000 rows
            self._fit = False
            rest.append(partial(fit_columns, self.table))
        for step in rest:
            if large:
                yield
            step()

    def _fill_groups(self, snapshot: InventorySnapshot) -> None:
        entries = group_entries(snapshot)
        shown = [(self.group.itemText(i), self.group.itemData(i))
                 for i in range(self.group.count())]
        if shown == entries:
            return
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        for text, data in entries:
            self.group.addItem(text, data)
        index = max(self.group.findData(current), 0)
        self.group.setCurrentIndex(index)
        self.group.blockSignals(False)
        self._apply_group()

    def _on_group_changed(self) -> None:
        self._apply_group()
        self._show_selected()
        self._update_summary()

    def _apply_group(self) -> None:
        self.proxy.set_group(*parse_group(self.group.currentData() or ""))

    def _update_summary(self) -> None:
        snapshot = self.model.snapshot
        if snapshot is not None:
            self.summary.setText(summary_text(snapshot, self.shown_items(),
                                              self.model.missed_by_item, self._formats))

    def shown_items(self) -> list[int]:
        """Snapshot indices of the rows the group filter shows."""
        snapshot = self.model.snapshot
        if snapshot is None:
            return []
        return items_in_group(snapshot, *parse_group(self.group.currentData() or ""))

    # -- selection and the detail panes --------------------------------------------------
    def _reselect(self) -> None:
        row = self.model.row_of(self._selected) if self._selected else -1
        current = self.selected_rows()
        if row >= 0 and current == [row]:
            return
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                             | QItemSelectionModel.SelectionFlag.Rows)

    def selected_rows(self) -> list[int]:
        """Selected rows of the model (not of the filter in front of it)."""
        return sorted({self.proxy.mapToSource(i).row()
                       for i in self.table.selectionModel().selectedRows()})

    def selected_items(self) -> list[int]:
        """Selected rows as indices into the model's snapshot."""
        return [self.model.item_of(row) for row in self.selected_rows()]

    def select_plan(self, plan_uuid: str) -> None:
        self._selected = plan_uuid
        self._reselect()
        row = self.model.row_of(plan_uuid)
        if row >= 0:
            self.table.scrollTo(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _on_selection_changed(self) -> None:
        rows = self.selected_rows()
        if rows:
            self._selected = self.model.plan_at(rows[0]).uuid
        self._show_selected()

    def _show_selected(self) -> None:
        snapshot = self.model.snapshot
        items = self.selected_items()
        self.remove_button.setEnabled(bool(items) and not self.document.read_only)
        if snapshot is None:
            return
        item = items[0] if items else -1
        if item < 0:
            self.ladder.set_plan(None, None, snapshot.start)
            self.suggest.set_context(None, None, (), snapshot.start)
        else:
            plan, product = snapshot.items[item]
            self.ladder.set_plan(plan, product, snapshot.start)
            # A re-forecast product's suggestion starts from its real stock and rate.
            projected, moved = (snapshot.projected or snapshot.items)[item]
            self.suggest.set_context(projected, moved, snapshot.events_of[item],
                                     snapshot.start)
        self.chart.set_data(chart_data(snapshot, item, self.shown_items(),
                                       self.group.currentText()))

    # -- edits --------------------------------------------------------------------------
    def _product_of(self, plan: StockPlan) -> Product | None:
        snapshot = self.model.snapshot
        if snapshot is None:
            return None
        row = snapshot.row_of(plan.uuid)
        return snapshot.items[row][1] if row >= 0 else None

    def _on_plan_edited(self, plan: StockPlan, field: str) -> None:
        product = self._product_of(plan)
        if product is None:
            return
        try:
            commands.edit_plan(self.document, plan, field, product)
        except ValidationError as error:
            self._refuse(self.tr("Not saved — %1 %2: %3").replace("%1", product.code)
                         .replace("%2", product.name)
                         .replace("%3", problems_text(error.problems)))
            return
        self._clear_message()

    def _on_ladder_accepted(self, plan: StockPlan, ladder: Sequence[MarkdownStep]) -> None:
        snapshot = self.model.snapshot
        item = snapshot.row_of(plan.uuid) if snapshot is not None else -1
        if snapshot is not None and item >= 0:
            # Only the ladder changes: the suggestion may have run on the re-forecast plan.
            stored, product = snapshot.items[item]
            commands.accept_ladder(self.document, stored, ladder, product)
            self._clear_message()

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def open_plan_dialog(self) -> PlanClearanceDialog:
        """Opens the product picker window-modally; accepting it adds a stock plan."""
        self.feed.catch_up()
        planned = self.feed.planned_products()
        products = [p for p in self.feed.products() if p.uuid not in planned]
        dialog = PlanClearanceDialog(products, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._on_plan_dialog_accepted(dialog))
        dialog.open()
        return dialog

    def open_import(self) -> ImportProductsDialog:
        """Opens the product-report import window-modally; its Import stores the days."""
        self.feed.catch_up()
        dialog = ImportProductsDialog(
            self.feed.products(), lambda days: commands.import_product_days(self.document, days),
            self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def _on_plan_dialog_accepted(self, dialog: PlanClearanceDialog) -> None:
        product = dialog.chosen()
        if product is None:
            return
        year = self.document.store.info().year
        plan = commands.plan_clearance(self.document, product, year)
        self._showing.finish()  # the plan just added is selected: on a large plan too
        if self.group.currentIndex() > 0 and self.model.row_of(plan.uuid) >= 0:
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(plan.uuid), 0))
            if not index.isValid():
                self.group.setCurrentIndex(0)
        self.select_plan(plan.uuid)

    def delete_selected(self) -> None:
        snapshot = self.model.snapshot
        if snapshot is not None:
            commands.remove_plans(self.document,
                                  [snapshot.items[item] for item in self.selected_items()])

    def menu_actions(self) -> list[tuple[str, QAction]]:
        return [("plan", self.plan_action)]

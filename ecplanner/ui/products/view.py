"""The Products tab: the launch timeline above the products table, warnings beside it.

What the tab shows is read and kept up to date by its feed (``ProductsFeed``): from the
first time the tab shows, and while it shows (changes made while it is hidden are taken in
when it shows again). Every edit — a cell, a dragged bar, add, duplicate, delete, paste, a product's
milestones, the season defaults — is one ``document.apply`` through ``commands``; a refused
edit shows what and where in the message line and changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.findings import Problem, ValidationError
from ecplanner.domain.model import Product
from ecplanner.domain.products.fields import FIELDS, FieldValue
from ecplanner.ui.common import labels
from ecplanner.ui.common.columns import fit_columns, fit_columns_to
from ecplanner.ui.common.messages import field_problem
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.products import commands, texts
from ecplanner.ui.products.delegates import ProductDelegate
from ecplanner.ui.products.dialog_edits import DialogEdits
from ecplanner.ui.products.feed import ProductsFeed
from ecplanner.ui.products.filters import FilterBar
from ecplanner.ui.products.model import ProductsFilterProxy, ProductsTableModel
from ecplanner.ui.products.timeline import TimelineView
from ecplanner.ui.products.timeline_toolbar import TimelineToolbar
from ecplanner.ui.products.warning_list import products_warnings_panel


class ProductsTab(QWidget):
    """Plans launches and delistings; ``today`` is for tests (default: the real day)."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.today = today or date.today()
        self._syncing = False
        info = document.store.info()
        editable = not document.read_only
        self.model = ProductsTableModel(self._on_cell_edited if editable else None,
                                        info.currency, self)
        self.proxy = ProductsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table(info.year)
        self.timeline = TimelineView(draggable=editable)
        self.timeline_toolbar = TimelineToolbar(self.timeline)
        self.warnings = products_warnings_panel()
        self.filters = FilterBar()
        self.message = QLabel()
        self.message.setObjectName("productsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9B1C1C; background: #FDECEA; padding: 4px 8px;"
                                   " border-radius: 3px;")
        self.message.hide()
        self.add_button = QPushButton(self.tr("Add product"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.paste_button = QPushButton(self.tr("Paste from Excel…"))
        self.paste_button.setToolTip(self.tr("Copy rows in Excel (with or without the header "
                                             "row), then click here or press Ctrl+V in the "
                                             "table"))
        self.milestones_button = QPushButton(self.tr("Milestones…"))
        self.milestones_button.setToolTip(self.tr("Days before launch of the selected "
                                                  "product's milestones, and its inbound buffer"))
        self.season_defaults_button = QPushButton(self.tr("Season defaults…"))
        self.season_defaults_button.setToolTip(self.tr("Milestone days before launch for each "
                                                       "season, for products without their own"))
        self.feed = ProductsFeed(document, self, lambda: self.today, self.model, self.proxy,
                                 self.filters, self.delegate, self.timeline.timeline,
                                 self.warnings)
        self.dialogs = DialogEdits(document, self.selected_products, self)
        self._columns_fitted = False  # to the rows, when first read
        self._fit_pending = True  # fit the columns again when the first warnings arrive
        self._lay_out()
        self._connect()
        self._update_buttons()

    # -- building ----------------------------------------------------------------------
    def _build_table(self, year: int) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        self.delegate = ProductDelegate(table, year)
        table.setItemDelegate(self.delegate)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.setSortingEnabled(True)
        table.sortByColumn(FIELDS.index("launch"), Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(50)  # fit columns to the first rows, not all
        # No stretched last column: on a wide screen its figure would sit far from
        # its header; the room left over stays blank, as in a spreadsheet.
        return table

    def _lay_out(self) -> None:
        # The buttons sit in a tool bar, which moves those without room into its » menu:
        # with the filters beside them they are wider than a small laptop's window.
        buttons = QToolBar()
        for button in (self.add_button, self.duplicate_button, self.delete_button,
                       self.paste_button, self.milestones_button, self.season_defaults_button):
            buttons.addWidget(button)
        tools = QHBoxLayout()
        tools.addWidget(buttons, 1)
        tools.addWidget(self.filters)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.timeline_toolbar)
        top_layout.addWidget(self.timeline, 1)
        bottom = QSplitter()
        bottom.addWidget(self.table)
        bottom.addWidget(self.warnings)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([1000, 340])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([480, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_product)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.dialogs.added.connect(self.select_products)
        self.dialogs.saved.connect(self.message.hide)
        self.dialogs.refused.connect(self.refuse)
        self.paste_button.clicked.connect(self.dialogs.paste_from_clipboard)
        self.milestones_button.clicked.connect(self.dialogs.edit_milestones)
        self.season_defaults_button.clicked.connect(self.dialogs.edit_season_defaults)
        self.table.customContextMenuRequested.connect(self._on_table_menu)
        viewport = self.timeline.viewport()
        viewport.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        viewport.customContextMenuRequested.connect(self._on_timeline_menu)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.table)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.setEnabled(not self.document.read_only)
        paste.activated.connect(self.dialogs.paste_from_clipboard)
        self.filters.changed.connect(self._on_filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.timeline.selection_changed.connect(self._on_timeline_selection)
        self.timeline.timeline.bar_dragged.connect(self._on_bar_dragged)
        self.warnings.subject_picked.connect(self._on_warning_picked)
        self.feed.filled.connect(self._on_filled)
        self.feed.checked.connect(self._on_checked)
        self.feed.rows_read.connect(self._on_rows_read)

    # -- reading the plan --------------------------------------------------------------
    def _on_rows_read(self, products: list[Product]) -> None:
        if not self._columns_fitted:  # the first read, before its rows show
            self._columns_fitted = True
            fit_columns_to(self.table, (self.model.row_texts(p) for p in products))

    def refresh(self) -> None:
        """Read everything again (the plan, its settings, events and products)."""
        self.feed.load()

    @property
    def busy(self) -> bool:
        """Whether warnings are being worked out or the timeline is still filling."""
        return self.feed.busy

    def _on_filters_changed(self) -> None:
        for field, value in self.filters.values().items():
            self.proxy.set_filter(field, value)
        self.feed.show_filtered()

    def _on_checked(self) -> None:
        if self._fit_pending:  # the code column now has its warning icons
            self._fit_pending = False
            QTimer.singleShot(0, self, self._fit_columns)  # in a turn of its own: ~20 ms

    def _fit_columns(self) -> None:
        fit_columns(self.table)

    def _on_filled(self) -> None:
        self.timeline.select_products(self.selected_uuids(), reveal=False)
        self._update_buttons()

    # -- selection ----------------------------------------------------------------------
    def selected_uuids(self) -> list[str]:
        rows = sorted({self.proxy.mapToSource(i).row()
                       for i in self.table.selectionModel().selectedRows()})
        return [self.model.product_at(row).uuid for row in rows]

    def selected_products(self) -> list[Product]:
        return [self.model.product_at(self.model.row_of(uuid)) for uuid in self.selected_uuids()]

    def select_products(self, uuids: Sequence[str]) -> None:
        """Select these products in the table (and so on the timeline)."""
        selection = QItemSelection()
        for uuid in uuids:
            row = self.model.row_of(uuid)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if index is not None and index.isValid():
                selection.select(index, index)
        model = self.table.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
        if not selection.isEmpty():
            first = selection.indexes()[0]
            model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    def _on_warning_picked(self, subject: str) -> None:
        if self.model.row_of(subject) >= 0:  # not a launch-wave gap, whose subject is a season
            self.select_products([subject])

    def _on_table_selection(self) -> None:
        self._update_buttons()
        if not self._syncing:
            self.timeline.select_products(self.selected_uuids())

    def _on_timeline_selection(self, uuids: list[str]) -> None:
        self._syncing = True
        try:
            self.select_products(uuids)
        finally:
            self._syncing = False

    def _update_buttons(self) -> None:
        editable = not self.document.read_only
        selected = len(self.table.selectionModel().selectedRows()) if editable else 0
        for button in (self.add_button, self.paste_button, self.season_defaults_button):
            button.setEnabled(editable)
        self.duplicate_button.setEnabled(selected > 0)
        self.delete_button.setEnabled(selected > 0)
        self.milestones_button.setEnabled(selected == 1)

    # -- edits ---------------------------------------------------------------------------
    def _on_cell_edited(self, product: Product, field: str, value: FieldValue) -> bool:
        try:
            commands.set_field(self.document, product, field, value, self.model.products())
        except ValidationError as error:
            self.refuse(product, error.problems, field, value)
            return False
        self.message.hide()
        return True

    def _on_bar_dragged(self, uuid: str, launch: date | None, delist: date | None) -> None:
        row = self.model.row_of(uuid)
        if row < 0:
            return
        product = self.model.product_at(row)
        try:
            commands.set_dates(self.document, product, launch, delist)
        except ValidationError as error:
            self.refuse(product, error.problems)
            return
        self.message.hide()

    def refuse(self, product: Product, problems: Sequence[Problem], field: str = "",
               value: FieldValue = None) -> None:
        """Say in the message line that an edit of ``product`` was not saved, and why."""
        where = f"{product.code} {product.name}".strip()
        if field:
            typed = (texts.day_text(value) if isinstance(value, date)
                     else labels.enum_label(value) if value is not None else "—")
            where += f" · {texts.column_title(field)} “{typed}”"
        what = "; ".join(field_problem(texts.column_title(p.field), texts.problem_text(p))
                         for p in problems)
        self.message.setText(self.tr("Not saved — %1: %2. The old value is kept.")
                             .replace("%1", where).replace("%2", what))
        self.message.show()

    def add_product(self) -> None:
        """Add a product (matching the active filters, so it shows) and edit its name."""
        product = commands.new_product(self.feed.year, self.today,
                                       [p.code for p in self.model.products()],
                                       self.tr("New product"))
        chosen: dict[str, Any] = {field: value for field, value in self.filters.values().items()
                  if value is not None}
        product = replace(product, **chosen)
        commands.add_product(self.document, product)
        self.select_products([product.uuid])
        current = self.table.currentIndex()
        if current.isValid():
            self.table.edit(current.siblingAtColumn(FIELDS.index("name")))

    def duplicate_selected(self) -> None:
        copies = commands.duplicate_products(self.document, self.selected_products(),
                                             [p.code for p in self.model.products()])
        self.select_products([copy.uuid for copy in copies])

    def delete_selected(self) -> None:
        commands.delete_products(self.document, self.selected_products())

    # -- context menus -------------------------------------------------------------------
    def _on_table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        uuid = (self.model.product_at(self.proxy.mapToSource(index).row()).uuid
                if index.isValid() else None)
        self._show_menu(uuid, self.table.viewport().mapToGlobal(pos))

    def _on_timeline_menu(self, pos: QPoint) -> None:
        row = self.timeline.timeline.row_at(self.timeline.mapToScene(pos).y())
        uuid = row.uuid if row is not None and not row.is_group else None
        self._show_menu(uuid, self.timeline.viewport().mapToGlobal(pos))

    def _show_menu(self, uuid: str | None, at: QPoint) -> QMenu:
        """The context menu for the product ``uuid`` (selected first), or for none."""
        if uuid is not None and uuid not in self.selected_uuids():
            self.select_products([uuid])
        menu = QMenu(self)
        if uuid is not None:
            menu.addAction(self.milestones_button.text(), self.dialogs.edit_milestones)
            menu.addAction(self.duplicate_button.text(), self.duplicate_selected)
            menu.addAction(self.delete_button.text(), self.delete_selected)
            menu.addSeparator()
        menu.addAction(self.season_defaults_button.text(), self.dialogs.edit_season_defaults)
        for action in menu.actions():  # every entry edits
            action.setEnabled(not self.document.read_only)
        menu.popup(at)
        return menu

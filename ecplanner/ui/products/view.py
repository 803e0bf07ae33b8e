"""The Products tab: the launch timeline above the products table, warnings beside it.

The tab reads products, events and the plan's settings from ``document.store`` and re-reads
on ``changed`` (only the changed products when few changed). Every edit — a cell, a dragged
bar, add, duplicate, delete, paste, a product's milestones, the season defaults — is one
``document.apply`` through ``commands``; a refused edit shows what and where in the message
line and changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.findings import Problem, ValidationError
from ecplanner.domain.model import Event, Product
from ecplanner.domain.ops import Changes, Topic
from ecplanner.domain.product_checks import ProductChecks
from ecplanner.domain.product_fields import FIELDS, FieldValue
from ecplanner.domain.product_paste import parse_products
from ecplanner.ui.common.messages import field_problem
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.products import commands, texts
from ecplanner.ui.products.delegates import ProductDelegate
from ecplanner.ui.products.dialogs import PastePreviewDialog
from ecplanner.ui.products.filters import FilterBar
from ecplanner.ui.products.milestone_dialogs import MilestonesDialog, SeasonDefaultsDialog
from ecplanner.ui.products.model import ProductsFilterProxy, ProductsTableModel
from ecplanner.ui.products.timeline import TimelineView
from ecplanner.ui.products.timeline_bar import TimelineBar
from ecplanner.ui.products.warnings_panel import WarningsPanel

_FEW_CHANGES = 64  # more changed keys than this: read all products again


class ProductsTab(QWidget):
    """Plans launches and delistings; ``today`` is for tests (default: the real day)."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.today = today or date.today()
        self._events: list[Event] = []
        self._checks = ProductChecks()
        self._warning_texts: dict[str, list[str]] = {}
        self._syncing = False
        info = document.store.info()
        self._year = info.year
        self._settings = document.store.settings()
        self.model = ProductsTableModel(self._on_cell_edited, info.currency, self)
        self.proxy = ProductsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.timeline = TimelineView()
        self.timeline_bar = TimelineBar(self.timeline)
        self.warnings = WarningsPanel()
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
        self._lay_out()
        self._connect()
        self.refresh()
        self.table.resizeColumnsToContents()

    # -- building ----------------------------------------------------------------------
    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        self.delegate = ProductDelegate(table, self._year)
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
        header.setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.delete_button,
                       self.paste_button, self.milestones_button, self.season_defaults_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.filters)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.timeline_bar)
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
        self.paste_button.clicked.connect(self.paste_from_clipboard)
        self.milestones_button.clicked.connect(self.edit_milestones)
        self.season_defaults_button.clicked.connect(self.edit_season_defaults)
        self.table.customContextMenuRequested.connect(self._on_table_menu)
        viewport = self.timeline.viewport()
        viewport.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        viewport.customContextMenuRequested.connect(self._on_timeline_menu)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.table)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste_from_clipboard)
        self.filters.changed.connect(self._on_filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.timeline.selection_changed.connect(self._on_timeline_selection)
        self.timeline.timeline.bar_dragged.connect(self._on_bar_dragged)
        self.warnings.product_clicked.connect(lambda uuid: self.select_products([uuid]))
        self.document.changed.connect(self._on_changed)

    # -- reading the plan --------------------------------------------------------------
    def refresh(self) -> None:
        """Read everything again (the plan, its settings, events and products)."""
        info = self.document.store.info()
        self._year = self.delegate.plan_year = info.year
        self._settings = self.document.store.settings()
        self.model.set_currency(info.currency)
        self._events = self.document.store.events()
        self._show(self.document.store.products())

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Topic.PLAN):
            self.refresh()
            return
        if not changes.touches(Topic.PRODUCTS, Topic.EVENTS):
            return
        products = self.model.products()
        few = len(changes.keys) <= _FEW_CHANGES
        if changes.touches(Topic.PRODUCTS):
            products = (self._reread(products, changes.keys) if few
                        else self.document.store.products())
        if changes.touches(Topic.EVENTS):
            self._events = self.document.store.events()
            self._show(products)
        else:
            self._show(products, set(changes.keys) if few else None)

    def _reread(self, products: list[Product], keys: Iterable[str]) -> list[Product]:
        current = {p.uuid: p for p in products}
        for key in keys:
            found = self.document.store.get(Product, key)
            if found is not None:
                current[key] = found
            else:
                current.pop(key, None)
        return list(current.values())

    def _show(self, products: Sequence[Product], changed: set[str] | None = None) -> None:
        """Show ``products``; warnings are worked out again for ``changed`` only (a set of
        keys, not all of them products) or, when None, for all."""
        self._update_findings(products, changed)
        self.model.set_products(products)
        self.model.set_warnings(self._warning_texts)
        self.filters.set_waves(p.wave for p in products)
        self._show_filtered()
        self._update_buttons()

    def _update_findings(self, products: Sequence[Product], changed: set[str] | None) -> None:
        events = {e.uuid: e for e in self._events}
        redone = self._checks.update(products, self._events, self.today, self._year,
                                     self._settings, changed)
        if changed is None:
            self._warning_texts = {}
        else:
            for key in changed:
                self._warning_texts.pop(key, None)
        for uuid in redone:
            if found := self._checks.by_product.get(uuid):
                self._warning_texts[uuid] = [texts.finding_text(f, events) for f in found]

    def _show_filtered(self) -> None:
        """The timeline and the warnings list show the products the filters let through."""
        shown = [p for p in self.model.products() if self.proxy.accepts(p)]
        self.timeline.timeline.set_content(shown, self._events, self._warning_texts,
                                           self._year, self.today,
                                           self._settings.season_offsets())
        self.timeline.select_products(self.selected_uuids(), reveal=False)
        findings = sorted((f for p in shown for f in self._checks.by_product.get(p.uuid, ())),
                          key=lambda f: (f.day or date.min, f.code, f.subject))
        season = self.filters.values()["season"]
        gaps = [gap for gap in self._checks.gaps if season is None or gap.subject == season]
        self.warnings.set_findings(findings, {p.uuid: p for p in shown},
                                   {e.uuid: e for e in self._events}, gaps)

    def _on_filters_changed(self) -> None:
        for field, value in self.filters.values().items():
            self.proxy.set_filter(field, value)
        self._show_filtered()

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
        selected = len(self.table.selectionModel().selectedRows())
        self.duplicate_button.setEnabled(selected > 0)
        self.delete_button.setEnabled(selected > 0)
        self.milestones_button.setEnabled(selected == 1)

    # -- edits ---------------------------------------------------------------------------
    def _on_cell_edited(self, product: Product, field: str, value: FieldValue) -> bool:
        try:
            commands.set_field(self.document, product, field, value, self.model.products())
        except ValidationError as error:
            self._refuse(product, error.problems, field, value)
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
            self._refuse(product, error.problems)
            return
        self.message.hide()

    def _refuse(self, product: Product, problems: Sequence[Problem], field: str = "",
                value: FieldValue = None) -> None:
        where = f"{product.code} {product.name}".strip()
        if field:
            typed = (texts.day_text(value) if isinstance(value, date)
                     else texts.choice_label(value) if value is not None else "—")
            where += f" · {texts.column_title(field)} “{typed}”"
        what = "; ".join(field_problem(texts.column_title(p.field), texts.problem_text(p))
                         for p in problems)
        self.message.setText(self.tr("Not saved — %1: %2. The old value is kept.")
                             .replace("%1", where).replace("%2", what))
        self.message.show()

    def add_product(self) -> None:
        """Add a product (matching the active filters, so it shows) and edit its name."""
        product = commands.new_product(self._year, self.today,
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

    # -- paste from Excel ----------------------------------------------------------------
    def paste_from_clipboard(self) -> PastePreviewDialog:
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> PastePreviewDialog:
        """Preview the rows in ``text``; they are imported when the preview is accepted."""
        result = parse_products(text, default_year=self._year, existing=self.model.products())
        dialog = PastePreviewDialog(result, self.document.store.info().currency, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._on_paste_accepted(dialog))
        dialog.open()
        return dialog

    def _on_paste_accepted(self, dialog: PastePreviewDialog) -> None:
        products = dialog.valid_products()
        commands.import_products(self.document, products)
        self.select_products([p.uuid for p in products])

    # -- milestones ----------------------------------------------------------------------
    def edit_milestones(self) -> MilestonesDialog | None:
        """Open the selected product's milestones; they are written when accepted."""
        chosen = self.selected_products()
        if len(chosen) != 1:
            return None
        dialog = MilestonesDialog(chosen[0], self._settings.season_offsets(), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._on_milestones_accepted(dialog))
        dialog.open()
        return dialog

    def _on_milestones_accepted(self, dialog: MilestonesDialog) -> None:
        product = self.document.store.get(Product, dialog.product.uuid)
        if product is None:
            return
        try:
            commands.set_milestones(self.document, product, dialog.own_offsets(),
                                    dialog.buffer.value())
        except ValidationError as error:
            self._refuse(product, error.problems)
            return
        self.message.hide()

    def edit_season_defaults(self) -> SeasonDefaultsDialog:
        """Open the plan's milestone defaults per season; written when accepted."""
        dialog = SeasonDefaultsDialog(self._settings.season_offsets(), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(
            lambda: commands.set_season_milestones(self.document, dialog.offsets()))
        dialog.open()
        return dialog

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
            menu.addAction(self.milestones_button.text(), self.edit_milestones)
            menu.addAction(self.duplicate_button.text(), self.duplicate_selected)
            menu.addAction(self.delete_button.text(), self.delete_selected)
            menu.addSeparator()
        menu.addAction(self.season_defaults_button.text(), self.edit_season_defaults)
        menu.popup(at)
        return menu

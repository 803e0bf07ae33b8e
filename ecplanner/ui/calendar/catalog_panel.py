"""The catalog panel: platform event templates by market and platform, to drag onto a day."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from ecplanner.domain.catalog import Catalog, Confidence, EventTemplate
from ecplanner.ui.calendar.canvas import TEMPLATE_MIME
from ecplanner.ui.common import labels

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplatesModel(QStandardItemModel):
    """Market → platform → template. Templates drag as ``TEMPLATE_MIME`` (their key)."""

    def __init__(self, catalog: Catalog, markets: Sequence[str], lang: str) -> None:
        super().__init__()
        self.setHorizontalHeaderLabels([self.tr("Event"), self.tr("Days")])
        ordered = [*markets, *(t.market for t in catalog.templates if t.market not in markets)]
        for market in dict.fromkeys(ordered):
            templates = [t for t in catalog.templates if t.market == market]
            if not templates:
                continue
            market_item = self._group(labels.market(market))
            for platform in dict.fromkeys(t.platform for t in templates):
                platform_item = self._group(labels.platform(platform))
                for template in (t for t in templates if t.platform == platform):
                    platform_item.appendRow(self._template_row(template, lang))
                market_item.appendRow([platform_item, self._group("")])
            self.appendRow([market_item, self._group("")])

    def _group(self, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setDragEnabled(False)
        return item

    def _template_row(self, template: EventTemplate, lang: str) -> list[QStandardItem]:
        item = QStandardItem(template.names.get(lang))
        item.setEditable(False)
        item.setData(template.key, KEY_ROLE)
        item.setData(QColor(template.color), Qt.ItemDataRole.DecorationRole)
        item.setToolTip(self._tooltip(template))
        days = QStandardItem(str(template.span[1] - template.span[0] + 1))
        days.setEditable(False)
        days.setData(template.key, KEY_ROLE)
        days.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return [item, days]

    def _tooltip(self, template: EventTemplate) -> str:
        sure = {Confidence.FIXED: self.tr("Dates are fixed"),
                Confidence.TYPICAL: self.tr("Dates follow the usual pattern"),
                Confidence.ESTIMATED: self.tr("Dates are estimated: confirm with the platform")
                }[template.confidence]
        phases = " · ".join(p.label for p in template.phases)
        lines = [labels.event_kind(template.kind), sure, template.source]
        if phases:
            lines.insert(1, phases)
        return "\n".join(lines)

    def mimeTypes(self) -> list[str]:
        return [TEMPLATE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        keys = [i.data(KEY_ROLE) for i in indexes if i.data(KEY_ROLE)]
        if keys:
            data.setData(TEMPLATE_MIME, str(keys[0]).encode("utf-8"))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class CatalogPanel(QWidget):
    """A searchable tree of templates; drag one onto the calendar to add the event."""

    def __init__(self, catalog: Catalog, markets: Sequence[str], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TemplatesModel(catalog, markets, lang)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find an event…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        hint = QLabel(self.tr("Drag an event onto the day it should start."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6672;")
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.expandToDepth(0)
        for row in range(self.proxy.rowCount()):  # the plan's own markets fully open
            market = self.proxy.index(row, 0)
            if row < len(markets):
                self.tree.expandRecursively(market)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)

    def _on_search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

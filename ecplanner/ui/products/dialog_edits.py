"""The Products tab's edits made through a dialog: paste from Excel, a product's
milestones, the season defaults. Each opens window-modally over the tab and writes when
accepted; what the tab shows in turn (a selection, a refusal) it learns through signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import Product
from ecplanner.domain.products.paste import parse_products
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.products import commands
from ecplanner.ui.products.dialogs import PastePreviewDialog
from ecplanner.ui.products.milestone_dialogs import MilestonesDialog, SeasonDefaultsDialog


class DialogEdits(QObject):
    """Opens the dialogs over ``tab`` and applies what they give to ``document``;
    ``selected`` gives the products the tab has selected."""

    added = Signal(list)
    """Products were added from a paste; the argument is their uuids."""
    saved = Signal()
    """A product's milestones were written."""
    refused = Signal(object, list)
    """A product's milestones were not written: the product, and the problems found."""

    def __init__(self, document: PlanDocument, selected: Callable[[], list[Product]],
                 tab: QWidget) -> None:
        super().__init__(tab)
        self._document = document
        self._selected = selected
        self._tab = tab

    # -- paste from Excel ----------------------------------------------------------------
    def paste_from_clipboard(self) -> PastePreviewDialog:
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> PastePreviewDialog:
        """Preview the rows in ``text``; they are imported when the preview is accepted."""
        store = self._document.store
        info = store.info()
        result = parse_products(text, default_year=info.year, existing=store.products())
        dialog = PastePreviewDialog(result, info.currency, self._tab)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._on_paste_accepted(dialog))
        dialog.open()
        return dialog

    def _on_paste_accepted(self, dialog: PastePreviewDialog) -> None:
        products = dialog.valid_products()
        commands.import_products(self._document, products)
        self.added.emit([p.uuid for p in products])

    # -- milestones ----------------------------------------------------------------------
    def edit_milestones(self) -> MilestonesDialog | None:
        """Open the selected product's milestones; they are written when accepted."""
        chosen = self._selected()
        if len(chosen) != 1:
            return None
        offsets = self._document.store.settings().season_offsets()
        dialog = MilestonesDialog(chosen[0], offsets, self._tab)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._on_milestones_accepted(dialog))
        dialog.open()
        return dialog

    def _on_milestones_accepted(self, dialog: MilestonesDialog) -> None:
        product = self._document.store.get(Product, dialog.product.uuid)
        if product is None:
            return
        try:
            commands.set_milestones(self._document, product, dialog.own_offsets(),
                                    dialog.buffer.value())
        except ValidationError as error:
            self.refused.emit(product, list(error.problems))
            return
        self.saved.emit()

    def edit_season_defaults(self) -> SeasonDefaultsDialog:
        """Open the plan's milestone defaults per season; written when accepted."""
        dialog = SeasonDefaultsDialog(self._document.store.settings().season_offsets(),
                                      self._tab)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(
            lambda: commands.set_season_milestones(self._document, dialog.offsets()))
        dialog.open()
        return dialog

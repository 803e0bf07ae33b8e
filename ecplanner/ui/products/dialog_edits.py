"""The Products tab's edits made through a dialog: paste from Excel, a product's
milestones, the season defaults. Each opens window-modally and writes when accepted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import Product
from ecplanner.domain.products.paste import parse_products
from ecplanner.ui.products import commands
from ecplanner.ui.products.dialogs import PastePreviewDialog
from ecplanner.ui.products.milestone_dialogs import MilestonesDialog, SeasonDefaultsDialog

if TYPE_CHECKING:
    from ecplanner.ui.products.view import ProductsTab


class DialogEdits(QObject):
    """Opens the dialogs over ``tab`` and applies what they give to its document."""

    def __init__(self, tab: ProductsTab) -> None:
        super().__init__(tab)
        self._tab = tab

    # -- paste from Excel ----------------------------------------------------------------
    def paste_from_clipboard(self) -> PastePreviewDialog:
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> PastePreviewDialog:
        """Preview the rows in ``text``; they are imported when the preview is accepted."""
        tab = self._tab
        result = parse_products(text, default_year=tab.feed.year,
                                existing=tab.model.products())
        dialog = PastePreviewDialog(result, tab.document.store.info().currency, tab)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._on_paste_accepted(dialog))
        dialog.open()
        return dialog

    def _on_paste_accepted(self, dialog: PastePreviewDialog) -> None:
        products = dialog.valid_products()
        commands.import_products(self._tab.document, products)
        self._tab.select_products([p.uuid for p in products])

    # -- milestones ----------------------------------------------------------------------
    def edit_milestones(self) -> MilestonesDialog | None:
        """Open the selected product's milestones; they are written when accepted."""
        tab = self._tab
        chosen = tab.selected_products()
        if len(chosen) != 1:
            return None
        dialog = MilestonesDialog(chosen[0], tab.feed.settings.season_offsets(), tab)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._on_milestones_accepted(dialog))
        dialog.open()
        return dialog

    def _on_milestones_accepted(self, dialog: MilestonesDialog) -> None:
        tab = self._tab
        product = tab.document.store.get(Product, dialog.product.uuid)
        if product is None:
            return
        try:
            commands.set_milestones(tab.document, product, dialog.own_offsets(),
                                    dialog.buffer.value())
        except ValidationError as error:
            tab.refuse(product, error.problems)
            return
        tab.message.hide()

    def edit_season_defaults(self) -> SeasonDefaultsDialog:
        """Open the plan's milestone defaults per season; written when accepted."""
        tab = self._tab
        dialog = SeasonDefaultsDialog(tab.feed.settings.season_offsets(), tab)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(
            lambda: commands.set_season_milestones(tab.document, dialog.offsets()))
        dialog.open()
        return dialog

"""The product warnings beside the table: the launch-wave gaps first, then the warnings
grouped by product; clicking a product selects it. The title says when they are being
worked out."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ecplanner.domain.findings import Finding
from ecplanner.domain.model import Event, Product
from ecplanner.ui.products import texts

_SCHEME = "product"
MAX_SHOWN = 120  # warnings listed; more are counted (a list of thousands helps no one)


class WarningsPanel(QWidget):
    product_clicked = Signal(str)
    """A product's name in the list was clicked; the argument is its uuid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.browser, 1)
        self._lines: list[str] = []
        self._page = "-"
        self._total = 0
        self.checking = False
        self.set_findings(lambda _: [], 0, {}, {})

    def set_findings(self, listed: Callable[[int], Sequence[Finding]], count: int,
                     products: Mapping[str, Product], events: Mapping[str, Event],
                     gaps: Sequence[Finding] = ()) -> None:
        """Show the ``season.wave_gap`` findings ``gaps``, then the findings about
        ``products`` by product, each product where its first finding falls in the order to
        list them; ``listed(n)`` gives the first ``n`` of them, ``count`` says how many
        there are. Past ``MAX_SHOWN`` the rest are counted, not listed."""
        self._total = len(gaps) + count
        grouped: dict[str, list[Finding]] = {}
        for finding in listed(MAX_SHOWN - len(gaps)):
            grouped.setdefault(finding.subject, []).append(finding)
        self._lines = [texts.finding_text(gap, events) for gap in gaps]
        parts = []
        if gaps:
            items = "".join(f"<li>{html.escape(text)}</li>" for text in self._lines)
            heading = html.escape(self.tr("Launch waves"))  # lupdate cannot see into f-strings
            parts.append(f"<p style='margin:4px 0 0 0'><span style='color:#1F6FB2'>ⓘ</span> "
                         f"<b>{heading}</b></p>"
                         f"<ul style='margin:0 0 0 -24px'>{items}</ul>")
        for uuid, found in grouped.items():
            product = products[uuid]
            name = f"{product.code} {product.name}"
            said = [texts.finding_text(finding, events) for finding in found]
            self._lines += [f"{name}: {text}" for text in said]
            items = "".join(f"<li>{html.escape(text)}</li>" for text in said)
            parts.append(f"<p style='margin:4px 0 0 0'><span style='color:#F08C00'>⚠</span> "
                         f"<a href='{_SCHEME}:{uuid}' style='color:#1B2A41; font-weight:600;"
                         f" text-decoration:none'>{html.escape(name)}</a></p>"
                         f"<ul style='margin:0 0 0 -24px'>{items}</ul>")
        if self._total > MAX_SHOWN:
            more = self.tr("… and %1 more. Filter the products to see fewer at a time.")
            parts.append(f"<p><i>{html.escape(more.replace('%1', str(self._total - MAX_SHOWN)))}"
                         f"</i></p>")
        page = "".join(parts)
        if page != self._page:  # setting the same page again costs ~15 ms for 200 lines
            self._page = page
            self.browser.setHtml(page)
        self._show_title()

    def set_checking(self, checking: bool) -> None:
        """Say in the title that the warnings are being worked out again (the list shown
        stays until the new one arrives)."""
        self.checking = checking
        self._show_title()

    def _show_title(self) -> None:
        if self.checking:
            self.title.setText(self.tr("Warnings (checking…)"))
        elif self._total:
            self.title.setText(self.tr("Warnings (%1)").replace("%1", str(self._total)))
        else:
            self.title.setText(self.tr("No warnings"))

    def lines(self) -> list[str]:
        """Each wave gap's text, then each warning as "code name: text", in the order
        shown."""
        return list(self._lines)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == _SCHEME:
            self.product_clicked.emit(url.path())

"""A tab's place in the main window, built the first time it is needed.

Only the tab on screen is built at start-up; the others are built one per idle moment
after the window shows, or at once when the user opens them. Start-up pays for one tab.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ecplanner.ui.document import PlanDocument
from ecplanner.ui.tabs import TabSpec


class TabSlot(QWidget):
    """Holds ``spec``'s widget for ``document`` once ``content()`` has built it."""

    def __init__(self, spec: TabSpec, document: PlanDocument) -> None:
        super().__init__()
        self.spec = spec
        self._document = document
        self._content: QWidget | None = None
        self.setObjectName(f"slot_{spec.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        if self._content is None:
            self._content = self.spec.build(self._document)
            self._content.setObjectName(f"tab_{self.spec.key}")
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._content)
        return self._content

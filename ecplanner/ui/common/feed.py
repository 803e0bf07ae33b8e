"""The base of every tab's feed: how the tab reads the plan and hears of its changes.

A tab behind another one spends nothing on edits: what changed meanwhile is kept, united
into one ``Changes``, and handed over when the tab is shown; while it shows, each change is
handed over at once. A feed ``lazy`` reads nothing until its tab first shows (the main
window builds every tab at start-up), and changes before that are dropped: the first read
sees them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from ecplanner.domain.ops import Changes
from ecplanner.ui.document import PlanDocument


class Feed(QObject):
    """Reads the plan in ``document`` for ``tab``. Subclasses read in ``read_all`` and take
    changes in ``read_changes``; the tab shows what ``updated`` announces."""

    updated = Signal(object)
    """The feed read the plan again: the argument is the ``Changes`` it took in, or None
    when it read everything."""

    def __init__(self, document: PlanDocument, tab: QWidget, lazy: bool = False,
                 load_on_show: bool = True) -> None:
        super().__init__(tab)
        self.document = document
        self._tab = tab
        self._loaded = not lazy
        self._load_on_show = load_on_show
        self._pending: Changes | None = None
        document.changed.connect(self._on_changed)
        tab.installEventFilter(self)

    @property
    def loaded(self) -> bool:
        """Whether the feed has read the plan (a lazy feed reads when its tab shows)."""
        return self._loaded

    def load(self) -> None:
        """Read everything again."""
        self._loaded, self._pending = True, None
        self.read_all()
        self.updated.emit(None)

    def catch_up(self) -> None:
        """Bring what the tab reads up to date now, shown or not: read everything if the
        feed never read, else take in what changed while the tab was hidden."""
        if not self._loaded:
            self.load()
        elif self._pending is not None:
            pending, self._pending = self._pending, None
            self._take(pending)

    def read_all(self) -> None:
        """Read everything the tab shows; the feed's own reads (none in the base)."""

    def read_changes(self, changes: Changes) -> bool:
        """Read again what ``changes`` reached; False when nothing the tab shows changed.
        The base reads nothing and answers for every change."""
        return True

    def _take(self, changes: Changes) -> None:
        if self.read_changes(changes):
            self.updated.emit(changes)

    def _on_changed(self, changes: Changes) -> None:
        if not self._loaded:
            return
        if self._tab.isVisible():
            self._take(changes)
        else:
            self._pending = changes if self._pending is None else self._pending | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and (self._loaded or self._load_on_show):
            self.catch_up()
        return False

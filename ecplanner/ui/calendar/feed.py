"""The Calendar tab's feed: the plan's year and markets, its products (the warnings'
price changes, the editor's choices) and its events, re-read by the keys a change names.

The tab reads it when built (it paints first); while hidden it takes no change, and takes
them all in when shown again (``Feed``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ecplanner.domain.model import Event, PlanInfo, Product
from ecplanner.domain.ops import Changes, Topic
from ecplanner.ui.common.feed import Feed
from ecplanner.ui.document import PlanDocument

_BULK = 50  # a change naming more events than this: all events are read again


class CalendarFeed(Feed):
    """The plan's ``info`` and ``products`` as last read; events on request."""

    def __init__(self, document: PlanDocument, tab: QWidget) -> None:
        super().__init__(document, tab)
        self.info: PlanInfo = document.store.info()
        self.products: dict[str, Product] = {}
        self.read_all()

    def read_all(self) -> None:
        store = self.document.store
        self.info = store.info()
        self.products = {p.uuid: p for p in store.products()}

    def read_changes(self, changes: Changes) -> bool:
        if changes.touches(Topic.PLAN):
            self.read_all()
            return True
        if changes.of_kind(Product):
            self.products = {p.uuid: p for p in self.document.store.products()}
        return bool(changes.of_kind(Product) or changes.of_kind(Event))

    def events(self) -> list[Event]:
        return self.document.store.events()

    def events_changed(self, changes: Changes) -> dict[str, Event | None] | None:
        """The events ``changes`` reached as they are now (None: deleted), or None when so
        many changed that reading them all is cheaper."""
        if len(changes.of_kind(Event)) > _BULK:
            return None
        found: dict[str, Event | None] = dict.fromkeys(changes.deleted(Event))
        found.update((key, self.document.store.get(Event, key)) for key in changes.put(Event))
        return found

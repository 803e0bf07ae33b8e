"""Each product's warnings as sentences, written the first time they are asked for.

A large plan has tens of thousands of product warnings and writing them all out takes most
of a second; the table, the timeline and a tooltip ask for a few products' at a time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ecplanner.domain.findings import Finding
from ecplanner.domain.model import Event
from ecplanner.ui.products import texts


class WarningTexts:
    """The sentences for ``by_product`` (findings by product uuid), naming ``events``.

    Holds the mappings given, not copies, and keeps what it wrote: make a new one whenever
    the findings or the events change.
    """

    def __init__(self, by_product: Mapping[str, Sequence[Finding]] | None = None,
                 events: Mapping[str, Event] | None = None) -> None:
        self._by_product: Mapping[str, Sequence[Finding]] = by_product or {}
        self._events: Mapping[str, Event] = events or {}
        self._written: dict[str, list[str]] = {}

    def __contains__(self, uuid: object) -> bool:
        """Whether the product ``uuid`` has any warning."""
        return bool(self._by_product.get(uuid)) if isinstance(uuid, str) else False

    def of(self, uuid: str) -> list[str]:
        """The product's warnings, one sentence each, in the order found."""
        written = self._written.get(uuid)
        if written is None:
            written = [texts.finding_text(finding, self._events)
                       for finding in self._by_product.get(uuid, ())]
            self._written[uuid] = written
        return list(written)

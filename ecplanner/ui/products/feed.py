"""The Products tab's feed: what the tab shows, read from the plan and kept in step with it.

The plan is read the first time the tab is shown (building the tab at start-up costs
nothing), then again on each change while it shows; changes made while it is hidden are
taken in when it shows again (``Feed``). Reading is cheap; what costs on a large plan is
spread out:

- the first read of a plan of more than ``_READ_IN_STEPS_ABOVE`` products comes after the
  tab's first paint, a step a turn (``_read_in_steps``): the events and the products
  sorted; the columns fitted to the first rows and the rows shown; the waves offered;
  then the checks and the timeline start. Changes meanwhile are taken in at its end;
- the findings of every product (after an event or settings change, or a large paste) are
  worked out a slice of time at a time (``Slices``), and the warnings list says
  "checking…" meanwhile; an edit of a few products redoes theirs at once;
- warnings are written out in words only when a tooltip or the list needs them;
- the timeline's fill of thousands of bars is done a slice at a time too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ecplanner.domain.model import Event, Product
from ecplanner.domain.ops import Changes, Topic
from ecplanner.domain.products.checks import ProductChecks
from ecplanner.ui.common.feed import Feed
from ecplanner.ui.common.slices import Slices
from ecplanner.ui.common.warnings_panel import WarningsPanel
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.products.delegates import ProductDelegate
from ecplanner.ui.products.filters import FilterBar
from ecplanner.ui.products.model import ProductsFilterProxy, ProductsTableModel, Rows
from ecplanner.ui.products.texts import WarningTexts
from ecplanner.ui.products.timeline_scene import TimelineScene
from ecplanner.ui.products.warning_list import show_warnings

_FEW_CHANGES = 64  # more changed products than this: read them all again
# The longest a slice of checks, or of the timeline's fill, holds the window (they take
# turns with each other and with the other tabs' slices).
_SLICE_S = 0.01
_READ_IN_STEPS_ABOVE = 2_000  # products: a first read of more comes in steps after the show


class ProductsFeed(Feed):
    """Fills ``model`` (through ``proxy``'s and ``filters``' choices), ``scene`` and
    ``panel`` of ``tab`` from ``document``; ``today`` dates the warnings."""

    filled = Signal()
    """The timeline and the warnings list show all the products the filters let
    through."""
    checked = Signal()
    """Every product's findings were worked out again and are shown."""
    rows_read = Signal(list)
    """The products of a read of everything, in the table's order, just before the table
    shows them instead of none: the tab fits its columns to them."""

    def __init__(self, document: PlanDocument, tab: QWidget, today: Callable[[], date],
                 model: ProductsTableModel, proxy: ProductsFilterProxy, filters: FilterBar,
                 delegate: ProductDelegate, scene: TimelineScene, panel: WarningsPanel
                 ) -> None:
        super().__init__(document, tab, lazy=True)
        self._today = today
        self._model, self._proxy, self._filters = model, proxy, filters
        self._delegate, self._scene, self._panel = delegate, scene, panel
        info = document.store.info()
        self.year = info.year
        self.settings = document.store.settings()
        self.events: list[Event] = []
        self._by_uuid: dict[str, Event] = {}
        self.checks = ProductChecks()
        self.texts = WarningTexts()
        self._rechecking = False  # every product is being checked: an answer is to come
        self._since: set[str] = set()  # products edited since that check read them
        self._checking = Slices(_SLICE_S, self)
        self._filling = Slices(_SLICE_S, self)
        self._reading = Slices(_SLICE_S, self)
        self._in_steps = False  # a read in steps is under way: changes wait for its end
        self._unread: Changes | None = None  # the changes that came meanwhile
        for slices in (self._checking, self._filling, self._reading):
            document.closed.connect(slices.stop)

    @property
    def busy(self) -> bool:
        """Whether the plan is being read in steps, findings are being worked out or the
        timeline is still filling."""
        return self._reading.busy or self._checking.busy or self._filling.busy

    # -- reading -------------------------------------------------------------------------
    def read_all(self) -> None:
        store = self.document.store
        info = store.info()
        self.year = self._delegate.plan_year = info.year
        self.settings = store.settings()
        self._model.set_currency(info.currency)
        self._in_steps, self._unread = False, None
        if not self._model.rowCount() and store.counts().products > _READ_IN_STEPS_ABOVE:
            # Read, sorted, fitted and shown in one go, 20,000 products made a turn of
            # ~100–180 ms with the tab's first paint.
            self._in_steps = True
            self._panel.set_checking(True)  # not "No warnings" meanwhile
            self._reading.start(self._read_in_steps(), later=True)
            return
        self._reading.stop()
        self._set_events(store.events())
        if self._model.rowCount():
            self._model.set_products(store.products())
        else:
            self._show_rows(self._model.arrange(store.products()))
        self._offer_waves()
        self._show(later=True)

    def _read_in_steps(self) -> Iterator[None]:
        """``read_all``'s work for a large plan, a step a turn (~10–40 ms each). The
        feed's ``updated`` came when it started: only ``rows_read`` and ``filled`` tell
        when the rows and the timeline show."""
        store = self.document.store
        self._set_events(store.events())
        rows = self._model.arrange(store.products())
        yield
        self._show_rows(rows)  # the filter proxy looks at every row
        yield
        self._offer_waves()
        yield
        self._in_steps = False
        self._show(later=True)
        unread, self._unread = self._unread, None
        if unread is not None and self.read_changes(unread):
            self.updated.emit(unread)

    def _show_rows(self, rows: Rows) -> None:
        """The table shows ``rows`` instead of none, in columns fitted to them."""
        self.rows_read.emit(rows.products)
        self._model.show_rows(rows)

    def read_changes(self, changes: Changes) -> bool:
        if self._in_steps:  # taken in when the read in steps is done
            self._unread = changes if self._unread is None else self._unread | changes
            return False
        if changes.touches(Topic.PLAN):
            self.read_all()
            return True
        if not changes.touches(Topic.PRODUCTS, Topic.EVENTS):
            return False
        edited = changes.of_kind(Product)
        few = len(edited) <= _FEW_CHANGES
        waves = bool(edited)  # whether the waves on offer may have changed
        if edited and few:
            put = [found for key in changes.put(Product)
                   if (found := self.document.store.get(Product, key)) is not None]
            deleted = changes.deleted(Product)
            waves = bool(deleted) or any(self._new_wave(product) for product in put)
            self._model.update_products(put, deleted)
        elif edited:
            self._model.set_products(self.document.store.products())
        if waves:  # looking through every product's: ~10 ms on a large plan
            self._offer_waves()
        if changes.of_kind(Event):
            self._set_events(self.document.store.events())
            self._show()
        else:
            self._show(set(edited) if few else None)
        return True

    def _new_wave(self, product: Product) -> bool:
        """Whether ``product`` is new to the table or in another wave than there."""
        row = self._model.row_of(product.uuid)
        return row < 0 or self._model.product_at(row).wave != product.wave

    def _offer_waves(self) -> None:
        self._filters.set_waves(p.wave for p in self._model.products())

    def _set_events(self, events: list[Event]) -> None:
        self.events = events
        self._by_uuid = {e.uuid: e for e in events}

    # -- showing -------------------------------------------------------------------------
    def _show(self, changed: set[str] | None = None, later: bool = False) -> None:
        """Show the products the model holds now; findings are worked out again for the
        products ``changed`` only or, when None, for all. The timeline starts filling at
        once, or at the next turn of the event loop when ``later``."""
        self._check(self._model.products(), changed)
        self.show_filtered(later)

    def show_filtered(self, later: bool = False) -> None:
        """The timeline, then the warnings list, show the products the filters let
        through (from now, or from the next turn of the event loop when ``later``)."""
        self._filling.start(self._fill(self._proxy.accepted(self._model.products())), later)

    def _fill(self, shown: Sequence[Product]) -> Iterator[None]:
        yield from self._scene.fill(shown, self.events, self.texts, self.year, self._today(),
                                    self.settings.season_offsets())
        # The list in a step of its own: picking its first warnings among 20,000
        # products' takes ~40 ms, too much for the turn that shows the tab.
        yield
        self._show_warnings(shown)
        self.filled.emit()

    def _show_warnings(self, shown: Sequence[Product]) -> None:
        uuids = [p.uuid for p in shown]
        season = self._filters.values()["season"]
        gaps = [gap for gap in self.checks.gaps if season is None or gap.subject == season]
        show_warnings(self._panel, partial(self.checks.listed, uuids), self.checks.count(uuids),
                      self._model.product_of, self._by_uuid, gaps)

    # -- findings ------------------------------------------------------------------------
    def _check(self, products: Sequence[Product], changed: set[str] | None) -> None:
        if changed is not None and self._rechecking:
            self._since |= changed  # redone when the check under way is done
            return
        if changed is not None:
            self.checks.update(products, self.events, self._today(), self.year, self.settings,
                               changed)
            self._set_texts(changed)
            return
        self._rechecking, self._since = True, set()
        self._panel.set_checking(True)
        # ``self.events`` itself: a new list when the events change, so the checks index
        # them once for every check until then.
        self._checking.start(self._check_all(list(products), self.events), later=True)

    def _check_all(self, products: list[Product], events: list[Event]) -> Iterator[None]:
        """Every product's findings, into a new ``ProductChecks`` shown when complete."""
        checks, before = ProductChecks(), self.checks
        yield from checks.update_in_steps(products, events, self._today(), self.year,
                                          self.settings, previous=before)
        yield  # its last step finds the wave gaps (~10 ms); what follows, ~15–20 ms
        if self._since:
            checks.update(self._model.products(), self.events, self._today(), self.year,
                          self.settings, self._since)
        self.checks, self._rechecking, self._since = checks, False, set()
        changed = {uuid for uuid in before.by_product.keys() | checks.by_product.keys()
                   if before.by_product.get(uuid) is not checks.by_product.get(uuid)}
        self._set_texts(changed)
        yield  # each of these can take ~20 ms on a large plan
        # The products in the order of their first warnings, sorted at the first listing
        # and kept until the next check: 25–50 ms for 20,000, in a step of its own.
        checks.listed(checks.by_product, 1)
        yield
        self._panel.set_checking(False)
        self._show_warnings(self._proxy.accepted(self._model.products()))
        yield
        self.checked.emit()

    def _set_texts(self, changed: set[str]) -> None:
        """New findings for the products ``changed``: the table, the bars and the
        tooltips follow."""
        self.texts = WarningTexts(self.checks.by_product, self._by_uuid)
        self._model.set_warnings(self.texts, changed)
        self._scene.set_warnings(self.texts, self.texts.of, changed)

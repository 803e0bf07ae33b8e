"""Python's cyclic garbage collector and the window: a full collection must not pause it.

A full (generation-2) collection walks every container object alive, and Python starts
one whenever those that survived the younger collections have grown by a quarter. Opening
a plan of 20,000 events and 20,000 products makes ~350,000 of them (events, tasks,
products, stock plans, findings), so while the tabs were built the window paused for
full passes of 125–220 ms, four to seven times (``tests/perf/bench_scale.py --only
window``); a pass the warnings' worker starts holds the UI thread too, at the GIL.

What the window builds for a plan lives as long as the plan: after each part it builds,
what is alive is frozen (``gc.freeze``), and later collections walk only what was made
since. So after each warnings check the Overview shows: it reads the stock plans and
lists ~30,000 findings (~140,000 objects, a pass of ~95 ms that its worker started while
the UI thread waited at the GIL), kept until the plan changes. And after each check of
the Calendar's warnings, which follows every edit it shows: without, a drag of an event
on that plan met a full pass of 80–160 ms (19–33 ms with it), in the UI thread or, at
the GIL, in a worker. The findings a later check replaces hold no cycle: frozen or not,
they are freed when dropped. A cycle that was already
garbage at a freeze stays until the plan is replaced: then, at the new plan's first part,
everything is unfrozen and collected once (one full pass, after the user opened another
plan) before it is frozen again.

Installed by the application (``app``), not by the window: a test process builds many
windows and must collect what each leaves behind.
"""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ecplanner.ui.common.slices import keep_long_lived
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.main_window import MainWindow
from ecplanner.ui.overview.view import OverviewTab


class BuiltPartsFrozen(QObject):
    """Freezes what is alive each time ``window`` has built a part of its plan, and after
    each check of the plan's warnings."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._frozen_for: weakref.ref[PlanDocument] | None = None
        self._calendar: weakref.ref[QWidget] | None = None
        window.part_built.connect(self._on_part_built)
        window.tabs_built.connect(self._freeze_calendar_checks)
        keep_long_lived(True)  # and what each slice of the tabs' long work made

    def _on_part_built(self) -> None:
        document = self._window.document
        if document is None:
            return
        if self._frozen_for is None or self._frozen_for() is not document:
            if self._frozen_for is not None:
                gc.unfreeze()  # the last plan's objects: collect its cycles, once
                gc.collect()
            overview = self._window.tab("overview")
            assert isinstance(overview, OverviewTab)
            overview.warnings.checked.connect(self._on_checked)
        self._frozen_for = weakref.ref(document)
        gc.freeze()

    def _freeze_calendar_checks(self) -> None:
        """Once every tab is built: freeze after each check of the Calendar's warnings."""
        # Imported now, not with this module: a tab's code loads after the first paint.
        from ecplanner.ui.calendar.view import CalendarTab

        calendar = self._window.tab("calendar")
        if isinstance(calendar, CalendarTab) and (self._calendar is None
                                                  or self._calendar() is not calendar):
            self._calendar = weakref.ref(calendar)
            calendar.warnings_refreshed.connect(gc.freeze)

    def _on_checked(self, _shown: bool) -> None:
        gc.freeze()

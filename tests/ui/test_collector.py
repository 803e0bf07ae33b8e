"""The window's policy for the cyclic garbage collector: what a plan's window built is
frozen after each part, and unfrozen and collected once another plan has opened."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ecplanner import plans
from ecplanner.domain.model import PlanInfo
from ecplanner.ui.collector import BuiltPartsFrozen
from ecplanner.ui.common.slices import keep_long_lived
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.main_window import MainWindow


class Node:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    yield
    keep_long_lived(False)
    gc.enable()
    gc.unfreeze()  # the other tests' objects must be collected as usual


def _open(path: Path) -> PlanDocument:
    return PlanDocument(plans.open_plan(path))


def _plan(folder: Path, name: str) -> Path:
    path = folder / f"{name}.ecplan"
    plans.create_plan(path, PlanInfo(name, 2027)).close()
    return path


@pytest.mark.slow
def test_built_parts_are_frozen_until_another_plan_opens(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(_open(_plan(tmp_path, "first")), _open, tmp_path)
    qtbot.addWidget(window)
    BuiltPartsFrozen(window)
    gc.disable()  # only the policy's collections: an automatic one could come first
    garbage = Node()
    left = weakref.ref(garbage)
    del garbage  # a cycle of the first plan's time, garbage before the first freeze
    with qtbot.waitSignal(window.tabs_built, timeout=15_000):
        pass
    assert gc.get_freeze_count() > 0
    gc.collect()  # walks what was made since the last freeze only
    assert left() is not None
    assert window.open_path(_plan(tmp_path, "second"))
    with qtbot.waitSignal(window.tabs_built, timeout=15_000):
        pass
    assert left() is None  # collected when the second plan's first part was built
    assert gc.get_freeze_count() > 0
    window.close()


def test_the_warnings_found_are_frozen_once_shown(qtbot: QtBot, tmp_path: Path) -> None:
    from ecplanner.domain import demo
    from ecplanner.ui.overview.view import OverviewTab

    path = tmp_path / "demo.ecplan"
    plans.create_plan(path, demo.demo_info(2027), with_demo=True).close()
    window = MainWindow(_open(path), _open, tmp_path)
    qtbot.addWidget(window)
    BuiltPartsFrozen(window)
    overview = window.tab("overview")
    assert isinstance(overview, OverviewTab)
    with qtbot.waitSignal(overview.warnings.checked, timeout=15_000):
        pass
    finding = overview.warnings.model.finding_at(0)  # made by the check, after the parts
    assert gc.is_tracked(finding)
    assert all(o is not finding for o in gc.get_objects())  # frozen: left out
    window.close()


def test_the_calendars_warnings_are_frozen_after_each_check(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    # Each edit the Calendar shows is checked again: unfrozen, its findings made the full
    # passes of a drag on the 20,000-item plan 80–160 ms.
    from dataclasses import replace

    from ecplanner.domain import demo
    from ecplanner.domain.ops import Put
    from ecplanner.ui.calendar.view import CalendarTab

    path = tmp_path / "demo.ecplan"
    plans.create_plan(path, demo.demo_info(2027), with_demo=True).close()
    document = _open(path)
    window = MainWindow(document, _open, tmp_path)
    qtbot.addWidget(window)
    BuiltPartsFrozen(window)
    window.show()
    with qtbot.waitSignal(window.tabs_built, timeout=15_000):
        pass
    calendar = window.tab("calendar")
    assert isinstance(calendar, CalendarTab)
    window.tabs.setCurrentWidget(calendar.parentWidget())
    sale = next(e for e in document.store.events() if e.template_key == "cn.tmall.618")
    with qtbot.waitSignal(calendar.warnings_refreshed, timeout=10_000):
        document.apply("a rival", [Put(replace(sale, uuid="rival", title="另一个618"))])
    model = calendar.warnings.model
    finding = next(model.finding_at(r) for r in range(model.rowCount())
                   if model.finding_at(r).subject == "rival")  # made by this check
    assert gc.is_tracked(finding)
    assert all(o is not finding for o in gc.get_objects())  # frozen: left out
    window.close()

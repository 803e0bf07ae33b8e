"""The window fits a small laptop: 1024 × 640 with every tab shown, in each language, and no
widget squeezed below the size it needs (its minimumSizeHint)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from ecplanner import plans
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory.view import InventoryTab
from ecplanner.ui.main_window import MainWindow
from tests.ui.languages import speaking

SMALL = (1024, 640)


@pytest.fixture(params=["en_US", "ja_JP"])  # Chinese labels are the shortest
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with speaking(qapp, request.param):
        yield request.param


def _squeezed(tab: QWidget) -> list[str]:
    """Visible widgets given less room than their minimumSizeHint. Qt's own parts (named
    ``qt_…``) and what scrolls inside a scroll area are left out: they are drawn clipped
    by design."""
    found = []
    for child in tab.findChildren(QWidget):
        if (not child.isVisible() or child.objectName().startswith("qt_")
                or isinstance(child, QHeaderView) or _scrolled(child, tab)):
            continue
        need, got = child.minimumSizeHint(), child.size()
        if need.width() > got.width() or need.height() > got.height():
            text = getattr(child, "text", lambda: "")
            shown = text() if callable(text) else ""
            found.append(f"{type(child).__name__} {shown!r}: needs {need.toTuple()}, "
                         f"has {got.toTuple()}")
    return found


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and \
                parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.slow
def test_every_tab_fits_1024_by_640(language: str, qtbot: QtBot, tmp_path: Path) -> None:
    from ecplanner.domain import demo

    document = PlanDocument(plans.create_plan(tmp_path / "demo.ecplan", demo.demo_info(2027),
                                              with_demo=True))
    window = MainWindow(document, lambda path: PlanDocument(plans.open_plan(path)), tmp_path)
    qtbot.addWidget(window)
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.tabs_built, timeout=15_000):
        pass
    inventory = window.findChild(InventoryTab)
    assert inventory is not None
    window.tabs.setCurrentIndex(window.tabs.indexOf(inventory.parentWidget()))
    qtbot.waitUntil(lambda: inventory.model.rowCount() > 0, timeout=10_000)  # its texts are in
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        # A tab fills in after it is first shown (the inventory's projection): let the
        # layout settle before judging it.
        with contextlib.suppress(qtbot.TimeoutError):
            qtbot.waitUntil(lambda: not _squeezed(tab), timeout=3000)  # noqa: B023
        name = window.tabs.tabText(index)
        assert window.size().toTuple() == SMALL, (name, window.minimumSizeHint().toTuple())
        assert _squeezed(tab) == [], name
    window.close()

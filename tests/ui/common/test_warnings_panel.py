"""One warnings widget for every tab: a title with the count, a row per finding, a click
picks the finding's subject."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from ecplanner.domain.findings import Finding, Severity
from ecplanner.ui.calendar.reference_data import holiday_key, holidays_now
from ecplanner.ui.calendar.view import CalendarTab
from ecplanner.ui.common.warnings_panel import WarningsPanel
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.overview.view import OverviewTab
from ecplanner.ui.products.view import ProductsTab


def _finding(subject: str) -> Finding:
    return Finding("event.registration_soon", Severity.WARNING, subject, date(2027, 11, 1))


def test_title_rows_cut_and_click(qtbot: QtBot) -> None:
    panel = WarningsPanel(lambda f: f"{f.subject}: soon", more_text="… and %1 more.")
    qtbot.addWidget(panel)
    assert panel.title.text() == "No warnings"
    panel.set_findings([_finding("a"), _finding("b")], total=5)
    assert panel.title.text() == "Warnings (5)"
    assert panel.lines() == ["a: soon", "b: soon"]
    assert not panel.more.isHidden() and panel.more.text() == "… and 3 more."
    panel.set_checking(True)
    assert panel.title.text() == "Warnings (checking…)"
    panel.set_checking(False)
    with qtbot.waitSignal(panel.subject_picked) as picked:
        panel.list.clicked.emit(panel.model.index(1))
    assert picked.args == ["b"]
    panel.set_findings([], describe=lambda f: "unused")
    assert panel.title.text() == "No warnings" and panel.more.isHidden()
    panel.set_failed("OSError: disk")
    assert "could not be checked: OSError: disk" in panel.title.text()


def test_every_tab_lists_its_warnings_in_the_one_widget(qtbot: QtBot,
                                                        demo_document: PlanDocument) -> None:
    holidays_now(holiday_key(demo_document.store.info()))
    tabs = (CalendarTab(demo_document), ProductsTab(demo_document), OverviewTab(demo_document))
    for tab in tabs:
        qtbot.addWidget(tab)
        assert isinstance(tab.warnings, WarningsPanel), type(tab).__name__
    calendar = tabs[0]
    with qtbot.waitSignal(calendar.warnings_refreshed):
        calendar.show()
    rows = calendar.warnings.model.rowCount()
    assert rows and calendar.warnings.title.text() == f"Warnings ({rows})"


def test_a_warning_picked_on_the_overview_selects_its_event(
        qtbot: QtBot, demo_document: PlanDocument) -> None:
    tab = OverviewTab(demo_document)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.warnings.checked, timeout=10_000):
        pass
    model = tab.warnings.model
    row = next(r for r in range(model.rowCount())
               if model.finding_at(r).code.startswith("event."))
    tab.warnings.list.clicked.emit(model.index(row))
    assert [e.uuid for e in tab.selected_events()] == [model.finding_at(row).subject]

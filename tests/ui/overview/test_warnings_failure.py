"""A check of the plan's warnings that fails says so on the panel, and the log has why.

The first build of the app lacked the holiday tables the check loads: the panel said
"checking…" for good while the worker's exception went nowhere the user could see."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ecplanner.domain.findings import Finding
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.overview import warnings_panel
from ecplanner.ui.overview.view import OverviewTab

_CAUSE = "[Errno 2] No translation file found for domain: 'CN'"


def _without_holiday_tables(*_args: Any) -> Sequence[Finding]:
    raise FileNotFoundError(2, "No translation file found for domain", "CN")


@pytest.mark.parametrize("where", ["worker", "steps"])
def test_a_failed_check_is_shown_and_logged(qtbot: QtBot, document: PlanDocument,
                                             monkeypatch: pytest.MonkeyPatch,
                                             caplog: pytest.LogCaptureFixture,
                                             where: str) -> None:
    # The tables load in the worker's warm-up; a failure in the steps on the UI thread
    # must not escape into the event loop either.
    if where == "worker":
        monkeypatch.setattr(warnings_panel, "_warm_up", _without_holiday_tables)
    else:
        monkeypatch.setattr("ecplanner.domain.plan_warnings.plan_findings_in_steps",
                            _without_holiday_tables)
    tab = OverviewTab(document)
    qtbot.addWidget(tab)
    panel = tab.warnings
    tab.show()
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(panel.checked, timeout=10_000) as ok:
        pass  # the first check starts shortly after the panel shows
    assert ok.args == [False]
    title = panel.title.text()
    assert "checking" not in title
    assert "could not be checked" in title and f"FileNotFoundError: {_CAUSE}" in title
    failure = next(r for r in caplog.records if r.levelno == logging.ERROR)
    assert failure.exc_info is not None and failure.exc_info[0] is FileNotFoundError


def test_a_check_that_ends_says_so(qtbot: QtBot, document: PlanDocument) -> None:
    tab = OverviewTab(document)
    panel = tab.warnings
    panel.today = date(2026, 10, 1)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(panel.checked, timeout=10_000) as ok:
        pass
    assert ok.args == [True]
    assert panel.title.text() == f"Warnings ({panel.model.rowCount()})"

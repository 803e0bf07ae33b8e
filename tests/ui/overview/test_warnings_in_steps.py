"""The plan's warnings are worked out on the UI thread a step at a time; a worker only
loads numpy and the holiday tables, once per plan year; the real sales are grouped once.

In a worker, the check's ~1.3 s of Python on a plan of 20,000 events and products took
turns at the interpreter with the window after every edit: each turn of the window that
ran Python meanwhile took up to twice as long on the clock."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ecplanner.domain import plan_warnings
from ecplanner.domain.findings import Finding
from ecplanner.domain.model import ProductDay
from ecplanner.domain.ops import Put
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.overview import warnings_panel
from ecplanner.ui.overview.view import OverviewTab
from ecplanner.ui.overview.warnings_panel import PlanWarningsPanel


def _shown(qtbot: QtBot, document: PlanDocument) -> PlanWarningsPanel:
    tab = OverviewTab(document)
    qtbot.addWidget(tab)
    tab.show()
    return tab.warnings


def _sale_overlapping(document: PlanDocument) -> Any:
    sale = next(e for e in document.store.events() if e.template_key == "cn.tmall.618")
    return replace(sale, uuid="rival-618", title="另一个618")


def test_the_check_runs_in_steps_on_the_ui_thread(qtbot: QtBot, demo_document: PlanDocument,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    steps = [0]
    real = plan_warnings.plan_findings_in_steps

    def counted(*args: Any) -> Any:
        inner = real(*args)
        threads.append(threading.current_thread())
        while True:
            try:
                next(inner)
            except StopIteration as end:
                return end.value
            steps[0] += 1
            yield

    monkeypatch.setattr(plan_warnings, "plan_findings_in_steps", counted)
    panel = _shown(qtbot, demo_document)
    with qtbot.waitSignal(panel.computed, timeout=10_000) as done:
        pass
    assert threads == [threading.main_thread()]
    assert steps[0] >= 3  # events, products, clearance at least
    found: list[Finding] = done.args[0]  # type: ignore[index]
    store = demo_document.store
    assert found == plan_warnings.plan_findings(
        store.info(), store.events(), store.products(), store.stock_plans(), panel.today,
        store.settings(), {})


def test_the_worker_loads_the_tables_once_per_plan_year(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _shown(qtbot, demo_document)
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        pass
    started: list[object] = []
    real_start = panel.background.start
    monkeypatch.setattr(panel.background, "start",
                        lambda job: started.append(job) or real_start(job))
    with qtbot.waitSignal(panel.computed, timeout=10_000) as after_edit:
        demo_document.apply("add rival", [Put(_sale_overlapping(demo_document))])
    assert started == []  # the same year: no worker
    found: list[Finding] = after_edit.args[0]  # type: ignore[index]
    assert any(f.subject == "rival-618" for f in found)
    info = demo_document.store.info()
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        demo_document.apply("next year", [Put(replace(info, year=info.year + 1))])
    assert len(started) == 1  # another year's tables


def test_an_edit_while_the_tables_load_is_checked(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = threading.Event()

    def slow_warm_up(info: Any) -> None:
        loaded.wait(10)
        plan_warnings.warm_up(info)

    monkeypatch.setattr(warnings_panel, "_warm_up", slow_warm_up)
    panel = _shown(qtbot, demo_document)
    emitted: list[list[Finding]] = []
    panel.computed.connect(emitted.append)
    qtbot.waitUntil(lambda: panel.background.busy, timeout=10_000)  # the first warm-up
    with qtbot.waitSignal(panel.checked, timeout=10_000) as ended:
        demo_document.apply("add rival", [Put(_sale_overlapping(demo_document))])
        loaded.set()
    assert ended.args == [True]
    assert len(emitted) == 1  # the plan before the edit was not checked as well
    subjects = {panel.model.finding_at(row).subject for row in range(panel.model.rowCount())}
    assert "rival-618" in subjects
    assert not panel.busy


def test_the_real_sales_are_read_again_only_when_they_change(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _shown(qtbot, demo_document)
    asked: list[bool] = []
    real_read = panel.feed.plan_to_check

    def reading(sales: bool = True) -> Any:
        asked.append(sales)
        return real_read(sales)

    monkeypatch.setattr(panel.feed, "plan_to_check", reading)
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        pass
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        demo_document.apply("add rival", [Put(_sale_overlapping(demo_document))])
    assert asked == [True, False]
    store = demo_document.store
    plan = next(p for p in store.stock_plans() if p.on_hand > 0)
    product = store.get(type(store.products()[0]), plan.product_uuid)
    assert product is not None and product.launch is not None
    # Selling nothing for a month, from launch: the re-forecast now says it misses.
    days = [ProductDay(product.uuid, product.launch + timedelta(days=d), uv=50, units=0)
            for d in range(30)]
    with qtbot.waitSignal(panel.computed, timeout=10_000) as after_sales:
        demo_document.apply("sales", [Put(day) for day in days])
    assert asked == [True, False, True]
    found: list[Finding] = after_sales.args[0]  # type: ignore[index]
    assert any(f.code == "stock.will_miss_delist" and f.subject == product.uuid
               for f in found)
    assert date.today()  # the check's day is the panel's (today)


def test_a_change_drops_the_check_under_way(qtbot: QtBot, demo_document: PlanDocument,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    real = plan_warnings.plan_findings_in_steps
    began: list[int] = []

    def long(*args: Any) -> Any:
        began.append(1)
        for _ in range(100):  # a large plan's many steps
            time.sleep(0.002)
            yield
        return (yield from real(*args))

    monkeypatch.setattr(plan_warnings, "plan_findings_in_steps", long)
    panel = _shown(qtbot, demo_document)
    emitted: list[list[Finding]] = []
    panel.computed.connect(emitted.append)
    qtbot.waitUntil(lambda: began == [1], timeout=10_000)
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        demo_document.apply("add rival", [Put(_sale_overlapping(demo_document))])
    assert len(began) == 2
    [found] = emitted  # only the check of the plan as it is now ran to its end
    assert any(f.subject == "rival-618" for f in found)

"""``ecplanner import PLAN --history LAST.ecplan``: last year's days and events come in
together (the events into the plan's history, so last year's file may go), the dry run
writes nothing, and a wrong file changes nothing (exit 3)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from ecplanner.cli import main
from ecplanner.domain.model import DailyActual, Event, EventKind
from ecplanner.domain.ops import Put
from ecplanner.store.plan_store import PlanStore
from ecplanner.store.reader import open_read_only

PROMO = Event("店庆", EventKind.STORE_PROMO, date(2026, 5, 30), date(2026, 5, 31), uplift=2.0)


def _new(path: Path, year: int) -> Path:
    assert main(["new", str(path), "--year", str(year)]) == 0
    return path


def _last_year(tmp_path: Path, days: int = 365) -> Path:
    """2026's plan: ``days`` days of ¥1,000 from 1 January and one store promotion."""
    path = _new(tmp_path / "2026.ecplan", 2026)
    store = PlanStore.open(path)
    try:
        store.write([Put(DailyActual(date(2026, 1, 1) + timedelta(days=n), uv=100,
                                     gmv=1000.0)) for n in range(days)] + [Put(PROMO)])
    finally:
        store.close()
    return path


def _read(plan: Path) -> tuple[int, tuple[Event, ...]]:
    store = open_read_only(plan)
    try:
        return len(store.actuals()), store.settings().history_events
    finally:
        store.close()


def test_last_years_days_and_events_come_in_and_outlive_its_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _new(tmp_path / "2027.ecplan", 2027)
    last = _last_year(tmp_path)
    assert main(["import", str(plan), "--history", str(last), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "365 days: 365 new, 0 replaced, 0 unchanged" in out
    assert "dry run: nothing was written" in out
    assert _read(plan) == (0, ())
    assert main(["import", str(plan), "--history", str(last)]) == 0
    last.unlink()  # last year's file is gone: what the seasonality needs is in the plan
    days, events = _read(plan)
    assert days == 365
    # The catalog's events of 2026 that ``new`` placed, and the store's own promotion.
    assert len(events) == 17
    [event] = [e for e in events if e.uuid == PROMO.uuid]
    assert (event.title, event.start, event.end, event.uplift) == (
        "店庆", PROMO.start, PROMO.end, 2.0)


@pytest.mark.parametrize("case", ["this_plan", "wrong_year", "no_days", "not_a_plan"])
def test_a_wrong_file_changes_nothing(tmp_path: Path, case: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    plan = _new(tmp_path / "2027.ecplan", 2027)
    source = {"this_plan": plan, "wrong_year": _new(tmp_path / "2025.ecplan", 2025),
              "no_days": _last_year(tmp_path, days=0),
              "not_a_plan": tmp_path / "notes.ecplan"}[case]
    if case == "not_a_plan":
        source.write_text("not a plan")
    assert main(["import", str(plan), "--history", str(source)]) == 3
    err = capsys.readouterr().err
    assert str(source) in err and "nothing was imported" in err
    assert {"this_plan": "this is the plan itself", "wrong_year": "it plans 2025",
            "no_days": "holds no daily actuals", "not_a_plan": str(source)}[case] in err
    assert _read(plan) == (0, ())


def test_history_with_another_source_is_a_usage_error(tmp_path: Path) -> None:
    plan = _new(tmp_path / "2027.ecplan", 2027)
    last = _last_year(tmp_path, days=3)
    assert main(["import", str(plan), "--history", str(last), "--json", str(last)]) == 2

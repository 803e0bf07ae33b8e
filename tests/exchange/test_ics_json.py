"""The iCalendar file and the JSON file: they parse, keep their ids, and round-trip."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest

from ecplanner.domain.model import Event, EventKind, Phase, PhaseKind, Product
from ecplanner.exchange.cli_commands import (
    export_plan,
    import_plan,
    issue_text,
    result_lines,
)
from ecplanner.exchange.ics import calendar_bytes
from ecplanner.exchange.import_result import Action
from ecplanner.exchange.json_io import json_import, plan_data
from ecplanner.exchange.plan_snapshot import PlanSnapshot, read_snapshot
from ecplanner.store.plan_store import PlanStore

TODAY = date(2026, 10, 1)


def vevents(data: bytes) -> dict[str, Any]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(c["UID"]): c for c in cal.walk("VEVENT")}


def test_ics_has_events_phases_and_deadlines_with_stable_uids(
        demo_snapshot: PlanSnapshot) -> None:
    first = vevents(calendar_bytes(demo_snapshot))
    second = vevents(calendar_bytes(demo_snapshot))
    assert first.keys() == second.keys()
    sale = next(e for e in demo_snapshot.events if e.title == "天猫618")
    main = first[f"{sale.uuid}@ecplanner"]
    assert main["DTSTART"].dt == sale.start
    assert main["DTEND"].dt == sale.end + timedelta(days=1)  # exclusive
    assert int(main["SEQUENCE"]) == sale.sequence
    assert main["CATEGORIES"].cats == ["天猫"]
    phase = first[f"{sale.uuid}-phase-1@ecplanner"]
    assert phase["DTSTART"].dt == sale.phases[0].start.replace(tzinfo=ZoneInfo("Asia/Shanghai"))
    deadline = first[f"{sale.uuid}-deadline@ecplanner"]
    assert deadline["DTSTART"].dt == sale.registration_deadline
    phases = sum(len(e.phases) for e in demo_snapshot.events)
    deadlines = sum(1 for e in demo_snapshot.events if e.registration_deadline)
    assert len(first) == len(demo_snapshot.events) + phases + deadlines


def test_ics_phases_carry_their_markets_time_zone(demo_snapshot: PlanSnapshot) -> None:
    super_sale = Event("楽天スーパーSALE", EventKind.MAJOR_SALE, date(2027, 6, 4),
                       date(2027, 6, 11), market="jp", platform="rakuten",
                       registration_deadline=date(2027, 5, 4),
                       phases=(Phase(PhaseKind.MAIN, "本番", datetime(2027, 6, 4, 20),
                                     datetime(2027, 6, 11, 1, 59)),))
    prime = Event("Prime Day", EventKind.MAJOR_SALE, date(2027, 7, 13), date(2027, 7, 14),
                  platform="amazon", phases=(Phase(PhaseKind.MAIN, "Day 1",
                                                   datetime(2027, 7, 13, 0, 1),
                                                   datetime(2027, 7, 14, 23, 59)),))
    snapshot = replace(demo_snapshot, events=(*demo_snapshot.events, super_sale, prime))
    data = calendar_bytes(snapshot)
    assert b"DTSTART;TZID=Asia/Tokyo:20270604T200000" in data
    cal = icalendar.Calendar.from_ical(data)
    assert {str(z["TZID"]) for z in cal.walk("VTIMEZONE")} == {
        "Asia/Shanghai", "Asia/Tokyo", "America/Los_Angeles"}
    found = vevents(data)
    start = found[f"{super_sale.uuid}-phase-1@ecplanner"]["DTSTART"]
    assert start.params["TZID"] == "Asia/Tokyo"
    # The team in China sees Rakuten's 20:00 JST at 19:00 Beijing time.
    assert start.dt.astimezone(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None) == datetime(
        2027, 6, 4, 19)
    # No market of its own: the platform's (Amazon US publishes Pacific time).
    assert found[f"{prime.uuid}-phase-1@ecplanner"]["DTSTART"].params["TZID"] == (
        "America/Los_Angeles")
    # All-day entries stay dates.
    assert type(found[f"{super_sale.uuid}@ecplanner"]["DTSTART"].dt) is date
    assert type(found[f"{super_sale.uuid}-deadline@ecplanner"]["DTSTART"].dt) is date
    assert vevents(calendar_bytes(snapshot)).keys() == found.keys()


def test_ics_sequence_follows_edits(demo_snapshot: PlanSnapshot) -> None:
    event = demo_snapshot.events[0]
    edited = event.revised(start=event.start + timedelta(days=1))
    later = replace(demo_snapshot, events=(edited, *demo_snapshot.events[1:]))
    found = vevents(calendar_bytes(later))[f"{event.uuid}@ecplanner"]
    assert int(found["SEQUENCE"]) == event.sequence + 1


def test_json_holds_inputs_and_computed_results(demo_snapshot: PlanSnapshot) -> None:
    data = json.loads(json.dumps(plan_data(demo_snapshot), allow_nan=False))
    assert data["format"] == "ecplanner-plan" and data["plan"]["uuid"] == demo_snapshot.info.uuid
    assert len(data["events"]) == len(demo_snapshot.events)
    assert data["products"][0]["season"] in ("spring", "summer", "autumn", "winter")
    rows = {row["key"]: row for row in data["computed"]["budget"]["rows"]}
    assert len(rows["gmv"]["months"]) == 12 and rows["gmv"]["total"] > 0
    assert data["computed"]["clearance"]["items"][0]["totals"]["sold"] >= 0
    assert all({"code", "severity", "subject"} <= w.keys() for w in data["computed"]["warnings"])


def test_json_round_trip_merges_by_uuid(demo_snapshot: PlanSnapshot) -> None:
    data = json.loads(json.dumps(plan_data(demo_snapshot)))
    assert json_import(data, demo_snapshot).changes == ()
    data["events"][0]["owner"] = "新同事"
    data["products"] = [data["products"][0] | {"list_price": 999}]
    data["products"].append({"code": "NEW1", "name": "新品"})
    result = json_import(data, demo_snapshot)
    assert result.ok, result.errors
    actions = sorted((c.kind, c.action.value) for c in result.changes)
    assert actions == [("event", "changed"), ("product", "added"), ("product", "changed")]
    # Replacing the products would leave the file's stock plans without their products.
    replaced = json_import(data | {"mode": "replace"}, demo_snapshot)
    assert replaced.ops == () and {e.code for e in replaced.errors} == {"unknown_reference"}


def test_json_replace_mode_removes_what_the_file_leaves_out(
        demo_snapshot: PlanSnapshot) -> None:
    data = json.loads(json.dumps(plan_data(demo_snapshot)))
    kept = data["events"][:3]
    tasks = [t for t in data["tasks"] if t["event_uuid"] in {e["uuid"] for e in kept}]
    result = json_import({"format": "ecplanner-plan", "schema": 1, "mode": "replace",
                          "events": kept, "tasks": tasks}, demo_snapshot)
    assert result.ok, result.errors
    removed = [c for c in result.changes if c.action is Action.REMOVED and c.kind == "event"]
    assert len(removed) == len(demo_snapshot.events) - 3


def test_json_errors_name_the_path_and_nothing_is_applied(demo_snapshot: PlanSnapshot) -> None:
    data = json.loads(json.dumps(plan_data(demo_snapshot)))
    data["events"][1]["start"] = "next week"
    data["events"][2]["platform"] = 7
    data["events"][3]["end"] = "2000-01-01"
    data["products"][0]["season"] = "monsoon"
    data["stock_plans"][0]["product_uuid"] = "nowhere"
    result = json_import(data, demo_snapshot)
    assert result.ops == ()
    found = {(e.code, e.header) for e in result.errors}
    assert found == {("not_a_date", "events[1].start"), ("bad_value", "events[2].platform"),
                     ("bad_value", "products[0].season"),
                     ("end_before_start", "events[3].end"),
                     ("unknown_reference", "stock_plans[0].product_uuid")}
    bad_date = next(e for e in result.errors if e.code == "not_a_date")
    assert issue_text(bad_date) == "events[1].start “next week”: is not a date"


def test_json_refuses_other_files(demo_snapshot: PlanSnapshot) -> None:
    assert [e.code for e in json_import([], demo_snapshot).errors] == ["not_our_workbook"]
    other = {"format": "ecplanner-plan", "schema": 1,
             "plan": plan_data(demo_snapshot)["plan"] | {"uuid": "x"}}
    assert [e.code for e in json_import(other, demo_snapshot).errors] == ["other_plan"]


def test_cli_functions_export_and_import(demo_store: PlanStore, tmp_path: Path) -> None:
    xlsx, ics, out = tmp_path / "p.xlsx", tmp_path / "p.ics", tmp_path / "p.json"
    export_plan(demo_store, xlsx=xlsx, ics=ics, json=out)
    assert xlsx.stat().st_size > 0 and ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    data = json.loads(out.read_text(encoding="utf-8"))
    event = data["events"][0]
    event["end"] = (date.fromisoformat(event["end"]) + timedelta(days=1)).isoformat()
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    dry = import_plan(demo_store, json=out, dry_run=True)
    assert dry.ok and not dry.applied and len(dry.changes) == 1
    assert demo_store.get(Event, event["uuid"]).end.isoformat() != event["end"]  # type: ignore[union-attr]
    done = import_plan(demo_store, json=out)
    assert done.applied
    assert demo_store.get(Event, event["uuid"]).end.isoformat() == event["end"]  # type: ignore[union-attr]
    assert result_lines(done)[0].startswith("changed event")
    # The workbook was exported before that import and the team left it as it was:
    # reading it back keeps the plan's newer end date.
    older = import_plan(demo_store, xlsx=xlsx, dry_run=True)
    assert older.ok and older.changes == () and result_lines(older) == ["nothing to change"]
    with pytest.raises(ValueError):
        import_plan(demo_store)


def test_read_snapshot_sorts_for_display(demo_store: PlanStore) -> None:
    snapshot = read_snapshot(demo_store, TODAY)
    assert [e.start for e in snapshot.events] == sorted(e.start for e in snapshot.events)
    assert [p.code for p in snapshot.products] == sorted(p.code for p in snapshot.products)
    assert isinstance(snapshot.products[0], Product)


def test_json_of_schema_1_reads_events_without_the_newer_field(
        demo_snapshot: PlanSnapshot) -> None:
    data = json.loads(json.dumps(plan_data(demo_snapshot)))
    assert data["schema"] == 4
    first = data["events"][0]
    assert first.pop("count_uplift_anyway") is False
    counted = data["events"][1] | {"count_uplift_anyway": True, "uplift": 1.5}
    result = json_import({"format": "ecplanner-plan", "schema": 1, "events": [first]},
                         demo_snapshot)
    assert result.ok and not result.ops  # the same event: a missing field is its default
    result = json_import({"format": "ecplanner-plan", "schema": 2, "events": [counted]},
                         demo_snapshot)
    [put] = result.ops
    assert put.entity.count_uplift_anyway  # type: ignore[union-attr]


def test_json_of_schema_2_reads_a_month_as_that_version_worked_it_out(
        demo_snapshot: PlanSnapshot) -> None:
    data = json.loads(json.dumps(plan_data(demo_snapshot)))
    month = data["budget_months"][5]
    written = {name: month.pop(name) for name in _FINANCE_INPUTS}
    assert written["orders_per_buyer"] > 1 and written["roi_search"] > 0  # the demo sets them
    result = json_import({"format": "ecplanner-plan", "schema": 2, "budget_months": [month]},
                         demo_snapshot)
    [put] = result.ops
    read = put.entity
    assert (read.orders_per_buyer, read.vat_rate, read.roi_search,  # type: ignore[union-attr]
            read.refund_only_share) == (1.0, 0.0, 0.0, 0.0)  # type: ignore[union-attr]
    assert read.refund_rate == month["refund_rate"]  # type: ignore[union-attr]
    month |= written
    result = json_import({"format": "ecplanner-plan", "schema": 3, "budget_months": [month]},
                         demo_snapshot)
    assert result.ok and not result.ops  # schema 3 carries them: the same month


_FINANCE_INPUTS = ("orders_per_buyer", "affiliate_refund_rate", "affiliate_service_rate",
                   "refund_unshipped_share", "refund_only_share", "write_down_share",
                   "return_cost", "vat_rate", "roi_search", "roi_display", "roi_live",
                   "roi_offsite")


def test_json_replace_mode_with_a_month_under_a_new_uuid_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Found by the fuzz test: the month was written beside the one it replaces (the plan
    # holds a month once) and the import ended in a traceback.
    from ecplanner.cli import main

    plan, exported = tmp_path / "demo.ecplan", tmp_path / "plan.json"
    assert main(["new", str(plan), "--year", "2027", "--demo"]) == 0
    assert main(["export", str(plan), "--json", str(exported)]) == 0
    data = json.loads(exported.read_text("utf-8"))
    data["mode"] = "replace"
    data["budget_months"][2]["uuid"] = "march-anew"
    data["budget_months"][2]["uv"] = 123_456.0
    exported.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    capsys.readouterr()
    assert main(["import", str(plan), "--json", str(exported)]) == 0
    store = PlanStore.open(plan)
    try:
        march = [b for b in store.budget_months() if b.month == 3]
    finally:
        store.close()
    assert [(b.uuid, b.uv) for b in march] == [("march-anew", 123_456.0)]

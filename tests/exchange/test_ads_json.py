"""export --json and import --json carry each paid channel's days (schema 4)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ecplanner.domain.model import AdChannel, ChannelDay, PlanInfo
from ecplanner.domain.ops import Put
from ecplanner.exchange.cli_commands import export_plan, import_plan
from ecplanner.exchange.json_io import json_import
from ecplanner.exchange.plan_snapshot import read_snapshot
from ecplanner.store.plan_store import PlanStore

SEARCH = ChannelDay(date(2027, 6, 1), AdChannel.SEARCH, spend=1_500.0, clicks=120, gmv=6_000.0)
DISPLAY = ChannelDay(date(2027, 6, 1), AdChannel.DISPLAY, spend=800.0, clicks=64, gmv=2_400.0)


def test_channel_days_go_out_and_come_back_in_by_day_and_channel(tmp_path: Path) -> None:
    source = PlanStore.create(tmp_path / "a.ecplan", PlanInfo("店", 2027))
    source.write([Put(SEARCH), Put(DISPLAY)])
    out = tmp_path / "a.json"
    export_plan(source, json=out)
    source.close()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == 4
    assert data["channel_days"] == [
        {"day": "2027-06-01", "channel": "display", "spend": 800.0, "clicks": 64, "gmv": 2400.0},
        {"day": "2027-06-01", "channel": "search", "spend": 1500.0, "clicks": 120,
         "gmv": 6000.0}]
    data["channel_days"][1]["spend"] = 1_600.0  # the team corrects a day: it is replaced
    target = PlanStore.create(tmp_path / "b.ecplan", PlanInfo("店", 2027))
    target.write([Put(SEARCH)])
    again = tmp_path / "b.json"
    del data["plan"]  # another plan's file: its lists only
    again.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done = import_plan(target, json=again)
    assert done.ok and done.applied
    assert target.channel_days() == [DISPLAY, ChannelDay(
        date(2027, 6, 1), AdChannel.SEARCH, spend=1_600.0, clicks=120, gmv=6_000.0)]
    target.close()


def test_a_channel_that_is_not_paid_is_refused_naming_its_path(tmp_path: Path) -> None:
    store = PlanStore.create(tmp_path / "a.ecplan", PlanInfo("店", 2027))
    snapshot = read_snapshot(store)
    store.close()
    bad = {"format": "ecplanner-plan", "schema": 4, "channel_days": [
        {"day": "2027-06-01", "channel": "tv", "spend": 1.0, "clicks": 1, "gmv": 1.0},
        {"day": "2027-06-02", "channel": "search", "spend": -5.0, "clicks": 1, "gmv": 1.0}]}
    result = json_import(bad, snapshot)
    assert not result.ok and not result.ops
    assert [(e.header, e.value) for e in result.errors] == [
        ("channel_days[0].channel", "tv"), ("channel_days[1].spend", "-5.0")]

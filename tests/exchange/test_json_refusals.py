"""A JSON import with a value the plan cannot hold is refused before anything is written,
naming the JSON path and the value; the dry run says the same as the import; what it
accepts still exports. Each case is one the adversarial pass of issue #17 found crashing
(a traceback) or accepted into a plan that then could not be exported."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ecplanner.exchange.cli_commands import export_plan, import_plan, result_lines
from ecplanner.exchange.import_result import ImportResult
from ecplanner.exchange.plan_snapshot import read_snapshot
from ecplanner.store.plan_store import PlanStore
from tests.exchange.conftest import TODAY

Mutation = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def exported(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("json") / "plan.json"
    store = PlanStore.open(demo_file)
    try:
        export_plan(store, json=path)
    finally:
        store.close()
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def write(path: Path, data: object, raw: dict[str, str] | None = None) -> Path:
    """``data`` as JSON, ASCII-escaped (so lone surrogates stay ``\\udXXX``); each string
    ``@name@`` replaced by the raw token ``raw[name]`` (``1e999``, a 5,000-digit integer)."""
    text = json.dumps(data)
    for name, token in (raw or {}).items():
        text = text.replace(f'"@{name}@"', token)
    path.write_text(text, encoding="ascii")
    return path


def both(store: PlanStore, path: Path) -> tuple[ImportResult, ImportResult]:
    """The dry run, then the import, as the command line runs them; a refused import
    leaves the plan as it was."""
    before = read_snapshot(store, TODAY)
    dry = import_plan(store, json=path, dry_run=True)
    real = import_plan(store, json=path)
    if not real.ok:
        assert read_snapshot(store, TODAY) == before
    return dry, real


def _set(*path: object, value: object) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return mutate


def _event_in_year_1(data: dict[str, Any]) -> None:
    data["events"][0].update(start="0001-01-13", registration_deadline=None, phases=[])


@pytest.mark.parametrize(("mutate", "raw", "where", "code", "value"), [
    (_set("products", 0, "unit_cost", value=float("inf")), None,
     "products[0].unit_cost", "not_finite", "inf"),
    (_set("products", 0, "list_price", value=5e-324), None,
     "products[0].list_price", "too_small", "5e-324"),
    (_set("products", 0, "list_price", value=1e308), None,
     "products[0].list_price", "amount_too_large", "1e+308"),
    (_set("plan", "annual_target", value=1e308), None,
     "plan.annual_target", "amount_too_large", "1e+308"),
    (_set("budget_months", 0, "cvr", value="@big@"), {"big": "1e999"},
     "budget_months[0].cvr", "not_finite", "inf"),
    (_event_in_year_1, None, "events[0].start", "date_out_of_range", "0001-01-13"),
    (_set("plan", "shipping_cutoff_days", value=-5), None,
     "plan.shipping_cutoff_days", "bad_days", "-5"),
    (_set("products", 0, "first_order_qty", value=1e20), None,
     "products[0].first_order_qty", "too_large", "100000000000000000000"),
    (_set("products", 0, "first_order_qty", value=float("inf")), None,
     "products[0].first_order_qty", "too_large", "inf"),
    (_set("products", 0, "first_order_qty", value=float("nan")), None,
     "products[0].first_order_qty", "not_a_number", "nan"),
    (_set("products", 0, "first_order_qty", value="@huge@"), {"huge": "9" * 5000},
     "products[0].first_order_qty", "too_large", "9" * 20),
    (_set("products", 0, "first_order_qty", value="@big@"), {"big": "1" + "0" * 400},
     "products[0].first_order_qty", "too_large", "1" + "0" * 20),
    (_set("products", 0, "unit_cost", value="@big@"), {"big": "1" + "0" * 400},
     "products[0].unit_cost", "too_large", "1" + "0" * 20),
    (_set("events", 0, "title", value="\ud800天猫"), None,
     "events[0].title", "bad_text", "\\ud800天猫"),
    (_set("plan", "markets", value=["cn", "\udc00"]), None,
     "plan.markets[1]", "bad_text", "\\udc00"),
    (_set("events", 0, "phases", 1, "start", value="0001-01-01T00:00:00"), None,
     "events[0].phases[1].start", "date_out_of_range", "0001-01-01 00:00:00"),
    (_set("events", 0, "uplift", value=1e300), None,
     "events[0].uplift", "uplift_too_large", "1e+300"),
    (_set("events", 0, "sequence", value=2**70), None,
     "events[0].sequence", "too_large", "1180591620717411303424"),
    (_set("tasks", 0, "notes", value="长" * 100_001), None,
     "tasks[0].notes", "text_too_long", "长" * 20),
    (_set("stock_plans", 0, "base_weekly_sales", value=1e308), None,
     "stock_plans[0].base_weekly_sales", "amount_too_large", "1e+308"),
    (_set("stock_plans", 0, "uuid", value="another"), None,
     "stock_plans[0].product_uuid", "duplicate_stock_plan", ""),
    (_set("products", 0, "uuid", value={"a": 1}), None,
     "products[0].uuid", "bad_value", "{'a': 1}"),
    (_set("actuals", value=[{"day": "2027-01-01", "uv": -5, "gmv": -3.0}]), None,
     "actuals[0].uv", "negative", "-5"),
])
def test_a_value_the_plan_cannot_hold_is_refused_where_it_is(
        demo_store: PlanStore, exported: dict[str, Any], tmp_path: Path, mutate: Mutation,
        raw: dict[str, str] | None, where: str, code: str, value: str) -> None:
    data = copy.deepcopy(exported)
    mutate(data)
    dry, real = both(demo_store, write(tmp_path / "in.json", data, raw))
    assert not dry.ok and dry.errors == real.errors and not real.applied
    issue = next(i for i in real.errors if i.header == where)
    assert issue.code == code and issue.value.startswith(value), issue
    lines = result_lines(real)
    assert all("\n" not in line and len(line) < 300 for line in lines)


@pytest.mark.parametrize("text", [
    "[" * 100_000 + "]" * 100_000,
    '{"format": "ecplanner-plan", "schema": 1, "events": ' + "[" * 5000 + "]" * 5000 + "}",
])
def test_json_nested_beyond_any_plan_is_refused_in_one_line(
        demo_store: PlanStore, tmp_path: Path, text: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(text, encoding="utf-8")
    dry, real = both(demo_store, path)
    assert [i.code for i in dry.errors] == [i.code for i in real.errors] == ["json_too_deep"]


def test_the_values_the_plan_accepts_still_export(demo_store: PlanStore,
                                                   exported: dict[str, Any],
                                                   tmp_path: Path) -> None:
    """Large but sane values and texts the store keeps (NUL, noncharacters) go in, and the
    plan still exports both ways."""
    data = copy.deepcopy(exported)
    data["products"][0].update(list_price=1e15, first_order_qty=2**63 - 1,
                               notes="a\x00b\ufffe\uffff")
    data["events"][0].update(uplift=100.0, notes="长" * 100_000)
    dry, real = both(demo_store, write(tmp_path / "in.json", data))
    assert dry.ok and real.applied, real.errors
    export_plan(demo_store, xlsx=tmp_path / "out.xlsx", json=tmp_path / "out.json")
    again = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert again["products"][0]["first_order_qty"] == 2**63 - 1


def test_a_plan_without_its_uuid_is_this_plan(demo_store: PlanStore,
                                              exported: dict[str, Any],
                                              tmp_path: Path) -> None:
    """As an entity without a uuid is the plan's entity it matches, the plan's own info
    without one is this plan's (it was refused with a uuid drawn afresh each time)."""
    data = copy.deepcopy(exported)
    del data["plan"]["uuid"]
    data["plan"]["store_name"] = "改名的小店"
    dry, real = both(demo_store, write(tmp_path / "in.json", data))
    assert dry.ok and real.applied, real.errors
    assert demo_store.info().store_name == "改名的小店"


def test_an_integer_too_long_to_read_inside_a_list_is_quoted_as_written(
        demo_store: PlanStore, exported: dict[str, Any], tmp_path: Path) -> None:
    data = copy.deepcopy(exported)
    data["plan"]["markets"] = "@huge@"
    dry, real = both(demo_store, write(tmp_path / "in.json", data, {"huge": f"[{'9' * 5000}]"}))
    issue = next(i for i in real.errors if i.header == "plan.markets")
    assert issue.value.startswith("[999") and dry.errors == real.errors


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("kind", ["json", "xlsx"])
def test_a_pipe_or_a_folder_is_refused_at_once(demo_store: PlanStore, tmp_path: Path,
                                               kind: str) -> None:
    """Reading a pipe would wait for a writer that never comes."""
    pipe = tmp_path / f"in.{kind}"
    os.mkfifo(pipe)
    for source in (pipe, tmp_path):
        result = import_plan(demo_store, **{kind: source})  # type: ignore[arg-type]
        assert [i.code for i in result.errors] == ["not_a_file"]

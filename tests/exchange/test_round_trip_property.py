"""Property: any plan the app accepts, exported and imported unchanged, is a no-op — the
import reports no change and the plan holds the same entities — for the workbook and for
JSON, whatever its texts hold: CR LF, vertical tabs, tabs, NUL, formula-like starts,
surrounding spaces, CJK, emoji, OOXML's own escapes, XlsxWriter's rich-string shape, and
texts of 40,000 characters, in every text field the files carry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import Phase as HPhase
from hypothesis import strategies as st

from ecplanner.domain.model import (
    Event,
    EventKind,
    MarkdownStep,
    Phase,
    PhaseKind,
    PlanInfo,
    Product,
    StockPlan,
    Task,
)
from ecplanner.domain.ops import Put
from ecplanner.exchange.cli_commands import export_plan, import_plan
from ecplanner.exchange.plan_snapshot import PlanSnapshot, read_snapshot
from ecplanner.store.plan_store import PlanStore

TODAY = date(2026, 10, 1)
SPECIAL = ("第一行\r\n第二行", "a\x0bb", "\t=1", "  两边  ", "=SUM(A1:A3)", "+86 138",
           "-折扣", "@所有人", "_x000D_", "_x005F_x000D_", "x005F_", "<r>x & y</r>",
           "\ufffe\uffff", "🎉", "\x00", "\r", " ")
# Lone surrogates are left out: the store cannot hold them (issue #17).
_CHARS = st.one_of(st.characters(exclude_categories=["Cs"]),
                   st.sampled_from(list("\r\n\t\x0b\x00 =+-@_<>&长🎉ｶ")))
_SHORT = st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(_CHARS, max_size=10)),
                  max_size=4).map("".join)
_LONG = st.text(_CHARS, min_size=1, max_size=6).map(
    lambda t: (t * (40_000 // len(t) + 1))[:40_000])
TEXT = st.one_of(_SHORT, _SHORT, _SHORT, _LONG)
REQUIRED = st.tuples(TEXT, st.sampled_from(["款", "A", "🎉"]), TEXT).map("".join)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlanStore]:
    """A small plan: three events (one with phases and tasks), three products with stock
    plans (one with a markdown ladder)."""
    path = tmp_path_factory.mktemp("property") / "plan.ecplan"
    plan = PlanStore.create(path, PlanInfo("小店", 2027, annual_target=1e6))
    sale = Event("大促", EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 18),
                 platform="tmall", phases=(
                     Phase(PhaseKind.WARMUP, "预热", datetime(2027, 5, 28, 20),
                           datetime(2027, 5, 31, 23, 59)),
                     Phase(PhaseKind.MAIN, "正式", datetime(2027, 6, 1),
                           datetime(2027, 6, 18, 23, 59))))
    events = [sale, Event("会员日", EventKind.STORE_PROMO, date(2027, 3, 8), date(2027, 3, 8)),
              Event("店庆", EventKind.STORE_PROMO, date(2027, 9, 9), date(2027, 9, 11))]
    products = [Product(f"27SP00{n}", f"款{n}", list_price=199.0, launch=date(2027, 3, n))
                for n in range(1, 4)]
    stock = [StockPlan(p.uuid, on_hand=300, base_weekly_sales=20.0, season_end=date(2027, 8, 31),
                       ladder=(MarkdownStep(date(2027, 7, 1), 0.2),) if n == 0 else ())
             for n, p in enumerate(products)]
    tasks = [Task(f"任务{n}", "operations", date(2027, 5, 20 + n), event_uuid=sale.uuid)
             for n in range(2)]
    plan.write([Put(e) for e in (*events, *products, *stock, *tasks)])
    yield plan
    plan.close()


@st.composite
def odd_texts(draw: st.DrawFn, store: PlanStore) -> list[Put]:
    """Every text field of the small plan set to drawn texts (valid for the app)."""
    puts: list[Put] = [Put(replace(store.info(), store_name=draw(REQUIRED)))]
    for event in store.events():
        phases = tuple(replace(p, name=draw(TEXT)) for p in event.phases)
        puts.append(Put(replace(event, title=draw(REQUIRED), owner=draw(TEXT),
                                notes=draw(TEXT), phases=phases)))
    for n, product in enumerate(store.products()):
        puts.append(Put(replace(product, code=f"{n}{draw(TEXT)}", name=draw(REQUIRED),
                                category=draw(TEXT), wave=draw(TEXT), owner=draw(TEXT),
                                notes=draw(TEXT))))
    for task in store.tasks():
        puts.append(Put(replace(task, title=draw(REQUIRED), owner=draw(TEXT),
                                notes=draw(TEXT))))
    return puts


def entities(snapshot: PlanSnapshot) -> tuple[object, ...]:
    return (snapshot.info, snapshot.events, snapshot.products, snapshot.stock_plans,
            snapshot.budget_months, snapshot.actuals, snapshot.tasks)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["xlsx", "json"])
def test_exporting_and_importing_any_plan_unchanged_is_a_no_op(
        store: PlanStore, tmp_path_factory: pytest.TempPathFactory, kind: str) -> None:
    folder = tmp_path_factory.mktemp(kind)

    # Derandomized: the same examples in every run. Not shrunk: a failure is reported as
    # drawn, since shrinking 40,000-character texts through a plan file takes minutes.
    @settings(derandomize=True, max_examples=12 if kind == "xlsx" else 30, deadline=None,
              database=None,
              phases=(HPhase.explicit, HPhase.generate),
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=st.data())
    def round_trip(data: st.DataObject) -> None:
        store.write(data.draw(odd_texts(store)))
        before = read_snapshot(store, TODAY)
        path = folder / f"plan.{kind}"
        export_plan(store, **{kind: path})  # type: ignore[arg-type]
        result = import_plan(store, **{kind: path})  # type: ignore[arg-type]
        assert result.ok, result.errors
        assert result.changes == () and result.ops == () and not result.applied
        assert entities(read_snapshot(store, TODAY)) == entities(before)

    round_trip()

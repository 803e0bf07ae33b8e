"""The demo store looks like a real mid-size Tmall women's apparel store, so the demo
teaches what a plan looks like: refunds of 30–45%, ad returns of 2–5 per yuan, and a net
margin in single digits to low teens."""

from __future__ import annotations

from pathlib import Path

from ecplanner import plans
from ecplanner.domain import demo
from ecplanner.domain.budget.sheet import compute_sheet


def test_the_demo_budget_is_believable(tmp_path: Path) -> None:
    store = plans.create_plan(tmp_path / "demo.ecplan", demo.demo_info(2027), with_demo=True)
    try:
        sheet = compute_sheet(store.info(), store.budget_months(), store.events())
    finally:
        store.close()
    months = demo.demo_budget()
    assert all(0.30 <= m.refund_rate <= 0.45 for m in months)
    assert all(2.0 <= 1 / m.affiliate_rate <= 5.0 for m in months)  # 淘宝客: GMV per yuan
    total = sheet.total
    assert total.roi is not None and 3.0 <= total.roi <= 5.0  # all GMV ÷ all spend
    assert total.net_margin is not None and 0.03 <= total.net_margin <= 0.14
    assert total.gross_margin is not None and total.gross_margin < 0.65
    assert 0.8 <= total.gmv / sheet.annual_target <= 1.1  # the plan roughly meets its target

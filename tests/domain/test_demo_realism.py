"""The demo store looks like a real mid-size Tmall women's apparel store, so the demo
teaches what a plan looks like: refunds of 30–45%, each paid channel returning 2–5 per
yuan, and a net margin in single digits to low teens before VAT, still positive after."""

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
    assert max(m.refund_rate for m in months) == months[10].refund_rate  # 双11 refunds most
    total = sheet.total
    for roi in (total.roi_search, total.roi_display, total.roi_live, total.roi_offsite):
        assert roi is not None and 2.0 <= roi <= 5.0
    assert total.roi is not None and 3.0 <= total.roi <= 5.0  # 全店投产比: all GMV ÷ all spend
    assert total.break_even_roi is not None and 2.0 <= total.break_even_roi <= 4.0
    assert 0.2 <= total.gmv_organic / total.gmv <= 0.6
    assert total.net_margin is not None and 0.03 <= total.net_margin <= 0.14
    assert 0 < total.net_profit_after_vat < total.net_profit
    assert total.gross_margin is not None and total.gross_margin < 0.65
    assert 0.8 <= total.gmv / sheet.annual_target <= 1.1  # the plan roughly meets its target

"""Platform fee profiles: the shipped files load, a bad entry is refused naming its file and
entry, and a month takes its fees from a profile (worked out by hand for Rakuten)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecplanner.domain.budget.fees import (
    FeeProfileError,
    apply_fee_profile,
    load_fee_profiles,
    profiles_for,
)
from ecplanner.domain.budget.sheet import compute_sheet
from ecplanner.domain.model import BudgetMonth, PlanInfo

_GOOD = """
[[profile]]
key = "rakuten.test"
platform = "rakuten"
category = "all"
names = { zh = "乐天", ja = "楽天", en = "Rakuten" }
commission = [{ name = "system fee", rate = 0.035 }, { name = "points", rate = 0.01 }]
payment = [{ name = "R-Payment", rate = 0.03 }]
affiliate = [{ name = "reward", rate = 0.02 }]
affiliate_service = 0.3
source = "rate card"
as_of = 2025-01-01
"""


def _folder(tmp_path: Path, text: str) -> Path:
    (tmp_path / "jp.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_shipped_profiles_cover_each_market_named_in_the_issue() -> None:
    profiles = load_fee_profiles()
    platforms = {p.platform for p in profiles}
    assert {"tmall", "taobao", "jd", "douyin", "pdd", "rakuten", "amazon_jp",
            "amazon"} <= platforms
    tmall = next(p for p in profiles if p.key == "tmall.apparel")
    assert tmall.rates()["commission_rate"] == pytest.approx(0.055)  # 5% + 积分 0.5%
    assert all(p.source and p.as_of.year >= 2024 for p in profiles)
    assert [p.platform for p in profiles_for(profiles, ("rakuten", "amazon_jp"))] == [
        "rakuten", "amazon_jp"]


@pytest.mark.parametrize(("change", "reason"), [
    (('platform = "rakuten"', 'platform = "rakuten_us"'), "unknown platform 'rakuten_us'"),
    (("rate = 0.035", "rate = 3.5"), "commission 'system fee': the rate 3.5 is outside 0–100%"),
    (("rate = 0.03 }", "rate = -0.03 }"), "payment 'R-Payment': the rate -0.03 is outside"),
    (('source = "rate card"', 'source = " "'), "a source note is needed"),
    (('source = "rate card"\n', ""), "a source note is needed"),
    (("affiliate_service = 0.3", "affiliate_service = 30"), "affiliate_service: the rate 30"),
    (("as_of = 2025-01-01", 'as_of = "soon"'), "as_of must be a date"),
    (('category = "all"', 'category = "all"\nvat = 0.1'), "unknown field 'vat'"),
])
def test_a_bad_entry_is_refused_naming_file_and_entry(
        tmp_path: Path, change: tuple[str, str], reason: str) -> None:
    folder = _folder(tmp_path, _GOOD.replace(*change))
    with pytest.raises(FeeProfileError) as refused:
        load_fee_profiles(folder)
    assert refused.value.file == str(folder / "jp.toml")
    assert refused.value.key == "rakuten.test"
    assert reason in refused.value.reason


def test_a_duplicate_key_names_where_it_was_first(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(_GOOD, encoding="utf-8")
    (tmp_path / "b.toml").write_text(_GOOD, encoding="utf-8")
    with pytest.raises(FeeProfileError, match=r"b\.toml: rakuten\.test: duplicate key "
                                              r"\(first defined in .*a\.toml\)"):
        load_fee_profiles(tmp_path)


def test_a_rakuten_month_takes_its_fees_from_the_profile(tmp_path: Path) -> None:
    [profile] = load_fee_profiles(_folder(tmp_path, _GOOD))
    info = PlanInfo(store_name="楽天店", year=2027, markets=("jp",), platforms=("rakuten",),
                    currency="JPY", locale="ja_JP", annual_target=120_000_000)
    november = BudgetMonth(month=11, uv=400_000, cvr=0.025, aov=6_000, refund_rate=0.08,
                           affiliate_share=0.05, shipping_per_order=700, cogs_rate=0.45)
    months = apply_fee_profile(
        [november, *(BudgetMonth(month=m) for m in range(1, 13) if m != 11)], profile)
    assert [m.month for m in months] == list(range(1, 13))
    assert months[10].shipping_per_order == 700  # the profile has no per-order fee
    figures = compute_sheet(info, months, []).months[10]
    # GMV 400,000 × 2.5% × 6,000 = 60,000,000; net sales 92% = 55,200,000
    assert figures.commission == pytest.approx(2_484_000)  # (3.5% + 1% points) × net sales
    assert figures.payment_fees == pytest.approx(1_800_000)  # 3% × GMV
    # rewards 2% of the 5% via affiliates (3,000,000), plus the 30% system fee on them
    assert figures.spend_affiliate == pytest.approx(3_000_000 * 0.02 * 1.3)

"""Product reports (生意参谋 商品效果 and the like) through ``ecplanner import --products``."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecplanner.cli import main
from ecplanner.domain.model import ProductDay
from ecplanner.store.plan_store import PlanStore

# 生意参谋's layout: a title and the period above the header, GBK, thousands separators,
# both the platform's 商品ID and the store's 商家编码 (the plan's product code).
SYCM = """商品效果
统计日期：2027-09-01~2027-09-02
统计日期,商品ID,商品名称,商家编码,商品访客数,支付件数,支付金额
2027-09-01,6543210001,羊毛针织衫,27AU001,"1,204",12,"4,308.00"
2027-09-01,6543210002,灯芯绒外套,27au002,860,-,0
2027-09-02,6543210001,羊毛针织衫,27AU001,998,9,"3,231.00"
合计,,,,"3,062",21,"7,539.00"
"""
# 楽天's product report: Japanese headers in Shift_JIS.
RAKUTEN = """日付\t商品管理番号\tアクセス人数\t売上個数\t売上金額
2027/09/02\t27AU001\t500\t4\t1436
2027/09/03\t27AU001\t700\t6\t2154
"""


@pytest.fixture
def plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.ecplan"
    assert main(["new", str(path), "--year", "2027", "--demo"]) == 0
    capsys.readouterr()
    return path


def _write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _days(plan: Path) -> list[tuple[str, str, int, int, float]]:
    store = PlanStore.open(plan)
    try:
        codes = {p.uuid: p.code for p in store.products()}
        return [(codes[d.product_uuid], d.day.isoformat(), d.uv, d.units, d.gmv)
                for d in store.product_days()]
    finally:
        store.close()


def test_a_sycm_report_is_stored_by_the_stores_codes(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _write(tmp_path / "商品效果.csv", SYCM, "gbk")
    assert main(["import", str(plan), "--products", str(report)]) == 0
    out = capsys.readouterr().out
    assert "3 rows of 2 product code(s), 2027-09-01 to 2027-09-02" in out
    assert "商家编码 → product code" in out and "3 new, 0 replaced" in out
    assert sorted(_days(plan)) == [
        ("27AU001", "2027-09-01", 1204, 12, 4308.0),
        ("27AU001", "2027-09-02", 998, 9, 3231.0),
        ("27AU002", "2027-09-01", 860, 0, 0.0),  # "-" is a quiet day: 0
    ]


def test_an_overlapping_reimport_replaces_and_never_doubles(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = _write(tmp_path / "sycm.csv", SYCM, "gbk")
    later = _write(tmp_path / "rakuten.tsv", RAKUTEN, "shift_jis")
    assert main(["import", str(plan), "--products", str(first)]) == 0
    capsys.readouterr()
    assert main(["import", str(plan), "--products", str(later)]) == 0
    # 09-02 was stored (998 visitors, 9 units): the later report's figures replace it.
    assert "2 products' days: 1 new, 1 replaced, 0 unchanged" in capsys.readouterr().out
    assert sorted(_days(plan)) == [
        ("27AU001", "2027-09-01", 1204, 12, 4308.0),
        ("27AU001", "2027-09-02", 500, 4, 1436.0),
        ("27AU001", "2027-09-03", 700, 6, 2154.0),
        ("27AU002", "2027-09-01", 860, 0, 0.0),
    ]
    assert main(["import", str(plan), "--products", str(later)]) == 0
    assert "0 new, 0 replaced, 2 unchanged" in capsys.readouterr().out
    assert len(_days(plan)) == 4


def test_unknown_codes_are_listed_and_nothing_is_stored(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path / "good.csv", SYCM, "gbk")
    stray = _write(tmp_path / "stray.tsv", RAKUTEN.replace("\t27AU001\t700", "\tXX-9\t700"),
                   "shift_jis")
    before = plan.read_bytes()
    for dry in ([], ["--dry-run"]):
        assert main(["import", str(plan), "--products", str(good), str(stray), *dry]) == 3
        err = capsys.readouterr().err
        assert "unknown product code “XX-9” (1 row(s))" in err
        assert "nothing was imported" in err
    assert _days(plan) == []
    assert plan.read_bytes() == before


def test_a_bad_cell_names_its_file_line_column_and_value(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _write(tmp_path / "bad.csv", SYCM.replace(",998,9,", ",998,9.5,"), "gbk")
    assert main(["import", str(plan), "--products", str(report)]) == 3
    err = capsys.readouterr().err
    # Line 6 of the file: two title lines, the header, then the third data row.
    assert f"{report}: refused: 1 problem(s)" in err
    assert "line 6 (支付件数) “9.5”: not a whole number" in err
    assert _days(plan) == []


def test_a_dry_run_runs_the_same_checks_and_writes_nothing(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _write(tmp_path / "sycm.csv", SYCM, "gbk")
    before = plan.read_bytes()
    assert main(["import", str(plan), "--products", str(report), "--dry-run"]) == 0
    assert "3 new, 0 replaced" in capsys.readouterr().out
    assert plan.read_bytes() == before


def test_a_report_without_units_is_refused(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _write(tmp_path / "no_units.csv", "日期,款号,访客数\n2027-09-01,27AU001,5\n",
                    "utf-8")
    assert main(["import", str(plan), "--products", str(report)]) == 3
    assert "no column for units paid for" in capsys.readouterr().err


def test_a_product_day_goes_with_its_product(plan: Path) -> None:
    from datetime import date

    from ecplanner.domain.model import Product
    from ecplanner.domain.ops import Delete, Put

    store = PlanStore.open(plan)
    try:
        coat = next(p for p in store.products() if p.code == "27AU001")
        store.write([Put(ProductDay(coat.uuid, date(2027, 9, 1), 10, 1, 359.0))])
        undo = store.inverse([Delete(Product, coat.uuid)])
        store.write([Delete(Product, coat.uuid)])
        assert store.product_days() == []
        store.write(undo)
        assert [d.units for d in store.product_days()] == [1]
    finally:
        store.close()


def test_the_json_export_gives_observed_rates_and_leftovers_at_delist(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    report = _write(tmp_path / "sycm.csv", SYCM, "gbk")
    # 27AU002 sold nothing on 09-02 … 09-14 either: with 09-01, 14 days observed.
    quiet = "\n".join(["日期,款号,访客数,支付件数"]
                      + [f"2027-09-{d:02d},27AU002,50,0" for d in range(2, 15)])
    rest = _write(tmp_path / "rest.csv", quiet + "\n", "utf-8")
    assert main(["import", str(plan), "--products", str(report), str(rest)]) == 0
    out = tmp_path / "plan.json"
    assert main(["export", str(plan), "--json", str(out)]) == 0
    items = {i["code"]: i["sell_through"]
             for i in json.loads(out.read_text("utf-8"))["computed"]["clearance"]["items"]}
    coat, jacket, skirt = items["27AU001"], items["27AU002"], items["27AU003"]
    # 27AU001: 12 + 9 units over 2 days, too few to re-forecast from (14 are needed).
    assert (coat["days_observed"], coat["units_sold"]) == (2, 21)
    assert coat["observed_weekly_rate"] is None and coat["leftover_at_delist_observed"] is None
    # 27AU002 sold nothing in 14 days: at 0 a week all its stock is left at the delist,
    # 2 × its first order of 400 on hand and the 400 that arrived on 09-09 (30 days after
    # its 08-10 launch).
    assert (jacket["days_observed"], jacket["observed_weekly_rate"]) == (14, 0.0)
    assert jacket["leftover_at_delist_observed"] == pytest.approx(800 + 400)
    assert jacket["leftover_at_delist_planned"] < 1200
    # Its sell-through: none of the 1,200 sold, to date and at the delist as re-forecast; as
    # planned, what was not left over of the 1,200 (no arrival after the delist).
    assert jacket["sell_through_to_date"] == 0.0
    assert jacket["sell_through_at_delist_observed"] == 0.0
    assert jacket["sell_through_at_delist_planned"] == pytest.approx(
        1 - jacket["leftover_at_delist_planned"] / 1200)
    assert coat["sell_through_to_date"] is None and coat["sell_through_at_delist_observed"] is None
    # 27AU003 has no days of sales: nothing observed.
    assert skirt["days_observed"] == 0 and skirt["observed_weekly_rate"] is None
    assert skirt["planned_weekly_rate"] > 0

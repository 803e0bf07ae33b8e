from __future__ import annotations

from datetime import date

import pytest

from ecplanner.domain.findings import Problem
from ecplanner.domain.model import Product, ProductRole, ProductStatus, Season
from ecplanner.domain.products.paste import header_field, parse_products, split_rows

CN_HEADER = ("款号\t商品名称\t类目\t季节\t波段\t定位\t成本\t吊牌价\t上新日期\t下架日期\t状态\t"
             "首单量\t生产周期\t负责人")


def test_chinese_header_and_full_row() -> None:
    text = (CN_HEADER + "\n"
            "27SP001\t法式碎花连衣裙\t连衣裙\t春\tSP1\t利润款\t¥92.00\t329\t2027/2/1\t2027-05-28\t"
            "打样中\t300\t25天\t小林\r\n")
    result = parse_products(text, default_year=2027)
    assert result.header
    assert result.ignored == []
    [row] = result.rows
    assert row.line == 2
    assert row.problems == ()
    product = row.product
    assert product is not None
    assert (product.code, product.name, product.category, product.season, product.wave) == (
        "27SP001", "法式碎花连衣裙", "连衣裙", Season.SPRING, "SP1")
    assert (product.role, product.unit_cost, product.list_price) == (
        ProductRole.PROFIT, 92.0, 329.0)
    assert (product.launch, product.delist, product.status) == (
        date(2027, 2, 1), date(2027, 5, 28), ProductStatus.SAMPLING)
    assert (product.first_order_qty, product.lead_time_days, product.owner) == (300, 25, "小林")


def test_without_header_columns_follow_the_table_order() -> None:
    text = "A1\tLinen shirt\tShirts\tsummer\tW2\tTraffic driver\t40\t129\t2027-04-01\t\t\t\t\t"
    result = parse_products(text, default_year=2027)
    assert not result.header
    [row] = result.rows
    assert row.line == 1
    assert row.product is not None
    assert row.product.season is Season.SUMMER
    assert row.product.role is ProductRole.TRAFFIC
    assert row.product.delist is None
    assert row.product.status is ProductStatus.PLANNED  # blank keeps the default


def test_english_header_in_any_order_with_units_and_unknown_columns() -> None:
    text = ("Name\tColour\tCode\tList price\tLaunch\tLead time (days)\n"
            "Wool coat\tgrey\tW-01\t1,299\t3月1日\t40\n")
    result = parse_products(text, default_year=2028)
    assert result.columns == ("name", None, "code", "list_price", "launch", "lead_time_days")
    assert result.ignored == [(2, "Colour")]
    product = result.valid[0]
    assert (product.name, product.code, product.list_price) == ("Wool coat", "W-01", 1299.0)
    assert product.launch == date(2028, 3, 1)
    assert product.lead_time_days == 40


def test_three_rows_one_invalid_reports_row_column_and_text() -> None:
    text = (CN_HEADER + "\n"
            "A1\t衬衫\t衬衫\t夏\tW1\t引流款\t30\t99\t2027-04-01\t2027-08-31\t\t\t\t\n"
            "A2\t短裤\t裤装\t夏\tW1\t引流款\t-5\t89\t2027-04-10\t2027-04-01\t\t\t\t\n"
            "A3\t长裙\t连衣裙\t夏\tW2\t形象款\t80\t329\t2027-05-01\t2027-08-31\t\t\t\t\n")
    result = parse_products(text, default_year=2027)
    assert [p.code for p in result.valid] == ["A1", "A3"]
    bad = result.rows[1]
    assert bad.line == 3
    assert bad.product is None
    assert bad.problems == (
        Problem("unit_cost", "negative", (("text", "-5"),)),
        Problem("delist", "delist_before_launch", (("text", "2027-04-01"),)),
    )


@pytest.mark.parametrize(("cells", "problem"), [
    ("\t名字\t", Problem("code", "required", (("text", ""),))),
    ("X\t名字\t\t冬夏", Problem("season", "bad_choice", (("text", "冬夏"),))),
    ("X\t名字\t\t\t\t大款", Problem("role", "bad_choice", (("text", "大款"),))),
    ("X\t名字\t\t\t\t\tabc", Problem("unit_cost", "bad_number", (("text", "abc"),))),
    ("X\t名字\t\t\t\t\t\t\t2027-02-30", Problem("launch", "bad_date", (("text", "2027-02-30"),))),
    ("X\t名字\t\t\t\t\t\t\t\t\t\t\t\t3.5", Problem("lead_time_days", "not_whole",
                                                 (("text", "3.5"),))),
    ("X\t名字\t\t\t\t\t\t\t\t\t\t已卖完", Problem("status", "bad_choice", (("text", "已卖完"),))),
    ("X\t名字\t\t\t\t\t\t\t\t\t8月", Problem("planned_price_change", "bad_date",
                                            (("text", "8月"),))),
])
def test_each_bad_cell_is_named(cells: str, problem: Problem) -> None:
    [row] = parse_products(cells, default_year=2027).rows
    assert row.product is None
    assert row.problems == (problem,)


def test_duplicate_codes_in_the_paste_and_in_the_plan() -> None:
    existing = [Product("OLD-1", "old")]
    text = "NEW-1\tA\nnew-1\tB\nOLD-1\tC\n"
    result = parse_products(text, default_year=2027, existing=existing)
    assert [p.code for p in result.valid] == ["NEW-1"]
    assert result.rows[1].problems == (
        Problem("code", "duplicate_code", (("text", "new-1"), ("line", "1"))),)
    assert result.rows[2].problems == (
        Problem("code", "duplicate_code", (("text", "OLD-1"), ("line", ""))),)


def test_dates_in_many_spellings() -> None:
    cells = ["2027-03-01", "2027/3/1", "2027.3.1", "2027年3月1日", "20270301", "3/1", "3月1日",
             "46447", "2027-03-01 00:00:00", "２０２７－０３－０１"]
    text = "\n".join(f"C{i}\tN\t\t\t\t\t\t\t{cell}" for i, cell in enumerate(cells))
    result = parse_products(text, default_year=2027)
    assert [p.launch for p in result.valid] == [date(2027, 3, 1)] * len(cells)


def test_blank_rows_are_skipped_and_quoted_cells_kept_whole() -> None:
    text = '\n\nA\t"Line one\nline two"\n\t\t\nB\tplain\n'
    result = parse_products(text, default_year=2027)
    assert [(r.line, r.cell("name")) for r in result.rows] == [
        (3, "Line one\nline two"), (5, "plain")]


def test_empty_paste() -> None:
    result = parse_products("\n \n", default_year=2027)
    assert result.rows == () and result.valid == []


def test_header_words() -> None:
    assert header_field(" 吊牌价（元） ") == "list_price"
    assert header_field("售价") == "list_price"
    assert header_field("First order") == "first_order_qty"
    assert header_field("颜色") is None
    assert split_rows("a\tb\r\nc\td") == [["a", "b"], ["c", "d"]]


def test_single_data_cell_matching_no_header_is_data() -> None:
    result = parse_products("X1\t名称\n", default_year=2027)
    assert not result.header  # one matching cell among two filled ones is not a header
    assert result.valid[0].name == "名称"


def test_price_change_column_by_its_header() -> None:
    text = "款号\t名称\t上新日期\t调价日期\nA1\t衬衫\t2027-04-01\t6月1日\n"
    result = parse_products(text, default_year=2027)
    assert result.columns == ("code", "name", "launch", "planned_price_change")
    assert result.valid[0].planned_price_change == date(2027, 6, 1)

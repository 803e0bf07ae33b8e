"""Importing daily actuals from the files platforms export; every file is written here."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from ecplanner.domain.model import DailyActual
from ecplanner.exchange.actuals import ActualsField, ImportProblem, parse_actuals
from ecplanner.exchange.actuals_values import CellError, read_amount, read_date, read_fraction

CN_HEADER = (
    "统计日期,访客数,支付买家数,支付转化率,客单价,支付金额,支付子订单数,推广花费,成功退款金额"
)


def write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_gbk_csv_with_chinese_headers_and_a_title_line(tmp_path: Path) -> None:
    text = (
        "生意参谋 店铺整体 2026-01-05 ~ 2026-01-06\n"
        f"{CN_HEADER}\n"
        '2026-01-05,"1,234",37,3.00%,200.5,"7,418.50",40,"1,000",100\n'
        "2026/1/6,1000,30,3%,200,6000,31,-,0\n"
    )
    result = parse_actuals(write(tmp_path / "sycm.csv", text, "gbk"))
    assert result.ok, result.errors
    assert result.encoding == "gb18030"
    assert result.header_row == 2
    assert result.unknown_headers == ()
    assert result.rows == (
        DailyActual(date(2026, 1, 5), uv=1234, buyers=37, orders=40, gmv=7418.5, spend=1000,
                    refunds=100),
        DailyActual(date(2026, 1, 6), uv=1000, buyers=30, orders=31, gmv=6000, spend=0,
                    refunds=0),
    )
    assert dict(result.columns)["推广花费"] is ActualsField.SPEND


def test_utf8_bom_csv_with_english_headers(tmp_path: Path) -> None:
    text = "Date,Visitors,Buyers,Orders,Sales,Ad spend\r\n20260105,500,10,12,2000,300\r\n"
    result = parse_actuals(write(tmp_path / "store.csv", text, "utf-8-sig"))
    assert result.ok
    assert result.encoding == "utf-8-sig"
    assert result.rows == (
        DailyActual(date(2026, 1, 5), uv=500, buyers=10, orders=12, gmv=2000, spend=300),
    )


def test_shift_jis_csv_with_japanese_headers_derives_buyers(tmp_path: Path) -> None:
    text = (
        "日付,アクセス人数,転換率,客単価,売上金額,広告費\n"
        '2026年1月5日,2000,2.5%,"4,000",200000,￥10000\n'
    )
    result = parse_actuals(write(tmp_path / "rms.csv", text, "cp932"))
    assert result.ok, result.errors
    assert result.encoding == "cp932"
    assert result.rows == (
        DailyActual(date(2026, 1, 5), uv=2000, buyers=50, gmv=200000, spend=10000),
    )


def test_xlsx_with_percentages_written_as_text(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["统计日期", "访客数", "支付转化率", "支付金额"])
    sheet.append([datetime(2026, 3, 1), 800, "3.5%", "8,400.00"])
    sheet.append([46083, "1,000", "4%", 9000.0])  # an Excel serial: 2026-03-02
    sheet.append(["2026-03-03", 900, 0.05, 9450])  # a number formatted as percent in Excel
    sheet.append(["合计", 2700, "", 26850])  # a totals row: skipped
    workbook.save(tmp_path / "daily.xlsx")
    result = parse_actuals(tmp_path / "daily.xlsx")
    assert result.ok, result.errors
    assert result.encoding is None
    assert [(a.day, a.uv, a.buyers, a.gmv) for a in result.rows] == [
        (date(2026, 3, 1), 800, 28, 8400.0),
        (date(2026, 3, 2), 1000, 40, 9000.0),
        (date(2026, 3, 3), 900, 45, 9450.0),
    ]


def test_bad_rows_are_named_by_row_and_column_and_nothing_is_returned(tmp_path: Path) -> None:
    text = (
        f"{CN_HEADER}\n"
        "2026-01-05,100,3,3%,200,600,3,0,0\n"
        "2026-01-06,abc,3,3%,200,600,3,0,0\n"
        "2026-02-30,100,3,3%,200,600,3,0,0\n"
        "2026-01-07,100,3,150%,200,-600,3,0,0\n"
        "\n"
        "2026-01-05,100,3,3%,200,600,3,0,0\n"
    )
    result = parse_actuals(write(tmp_path / "bad.csv", text, "utf-8"))
    assert result.rows == ()
    assert not result.ok and not result.needs_mapping
    assert result.data_rows == 5
    assert set(result.errors) == {
        ImportProblem("not_a_number", 3, "访客数", "abc"),
        ImportProblem("not_a_date", 4, "统计日期", "2026-02-30"),
        ImportProblem("percent_over_100", 5, "支付转化率", "150%"),
        ImportProblem("negative", 5, "支付金额", "-600"),
        ImportProblem("duplicate_date", 7, "统计日期", "2026-01-05"),
    }


def test_unknown_headers_ask_for_a_mapping_then_parse_with_it(tmp_path: Path) -> None:
    path = write(tmp_path / "de.csv", "Tag;Besucher;Umsatz;Notiz\n05.01.2026x;10;50;hi\n", "utf-8")
    first = parse_actuals(path)
    assert first.needs_mapping and first.rows == ()
    assert first.missing_fields == (ActualsField.DATE, ActualsField.GMV, ActualsField.UV)
    assert first.unknown_headers == ("Tag", "Besucher", "Umsatz", "Notiz")
    assert ActualsField.REFUNDS in first.fields
    mapping = {"Tag": "date", "Besucher": "uv", "Umsatz": "gmv", "Notiz": ""}
    second = parse_actuals(path, mapping)
    assert not second.needs_mapping
    assert second.errors == (ImportProblem("not_a_date", 2, "Tag", "05.01.2026x"),)
    fixed = write(tmp_path / "de2.csv", "Tag;Besucher;Umsatz;Notiz\n2026-01-05;10;50;hi\n", "utf-8")
    third = parse_actuals(fixed, mapping)
    assert third.ok and third.unknown_headers == ()
    assert third.rows == (DailyActual(date(2026, 1, 5), uv=10, gmv=50),)
    with pytest.raises(ValueError):
        parse_actuals(fixed, {"Tag": "weekday"})


def test_a_mapping_overrides_a_recognised_header(tmp_path: Path) -> None:
    path = write(tmp_path / "m.csv", "日期,销售额,支付金额\n2026-01-05,1,2\n", "utf-8")
    assert parse_actuals(path).rows[0].gmv == 1  # first recognised column wins
    assert parse_actuals(path, {"支付金额": "gmv"}).rows[0].gmv == 2


def test_percent_header_makes_plain_numbers_points(tmp_path: Path) -> None:
    path = write(tmp_path / "p.csv", "日期,访客数,支付转化率(%)\n2026-01-05,1000,3.5\n", "utf-8")
    assert parse_actuals(path).rows[0].buyers == 35


@pytest.mark.parametrize("name", ["old.xls", "notes.pdf"])
def test_unsupported_files_are_refused_as_a_whole(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"\xd0\xcf\x11\xe0")
    result = parse_actuals(tmp_path / name)
    assert result.errors == (ImportProblem("unsupported_format", 0, ""),)
    assert result.rows == ()


def test_a_corrupt_workbook_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    assert parse_actuals(tmp_path / "broken.xlsx").errors[0].code == "unreadable_file"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-01-05", date(2026, 1, 5)),
        ("2026/1/5", date(2026, 1, 5)),
        ("2026.01.05", date(2026, 1, 5)),
        ("2026年1月5日", date(2026, 1, 5)),
        ("20260105", date(2026, 1, 5)),
        (20260105, date(2026, 1, 5)),
        ("2026-01-05 00:00:00", date(2026, 1, 5)),
        (46027, date(2026, 1, 5)),
        (datetime(2026, 1, 5, 13, 0), date(2026, 1, 5)),
    ],
)
def test_date_formats(raw: object, expected: date) -> None:
    assert read_date(raw) == expected


def test_number_and_percent_cells() -> None:
    assert read_amount("￥1,234.50") == 1234.5
    assert read_amount("1.2万") == 12_000
    assert read_amount("-") == 0
    assert read_fraction("3.5%", points=False) == pytest.approx(0.035)
    assert read_fraction(0.035, points=False) == pytest.approx(0.035)
    for bad, code in [("12%", "not_a_number"), ("x", "not_a_number"), (True, "not_a_number")]:
        with pytest.raises(CellError) as caught:
            read_amount(bad)
        assert caught.value.code == code
    with pytest.raises(CellError):
        read_fraction("3.5", points=False)  # a plain 3.5 would be 350%

"""Importing daily actuals from the files platforms export; every file is written here."""

from __future__ import annotations

import math
import tracemalloc
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import DailyActual
from ecplanner.domain.ops import Put
from ecplanner.exchange.actuals.columns import amounts, counts, dates, fractions
from ecplanner.exchange.actuals.parse import ActualsField, ImportProblem, parse_actuals
from ecplanner.exchange.actuals.values import (
    CellError,
    read_amount,
    read_count,
    read_date,
    read_fraction,
)
from ecplanner.store.plan_store import PlanStore

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


# -- broken files: each is refused in one problem naming its line and column ------------------

TABLE = "统计日期,访客数,支付买家数,支付子订单数,支付转化率,支付金额,推广花费"
GOOD = "2026-01-05,1000,30,31,3%,6000,100"
LONG = "9" * 200_000


def with_bad_line(line: str) -> bytes:
    """A title line, the header, a good day (line 3), then ``line`` as line 4."""
    return f"店铺日报 2026-01\n{TABLE}\n{GOOD}\n{line}\n".encode()


BROKEN_ROWS = [
    ("2026-01-06,inf,30,31,3%,6000,100", "not_finite", "访客数", "inf"),
    ("2026-01-06,1000,nan,31,3%,6000,100", "not_finite", "支付买家数", "nan"),
    ("2026-01-06,1000,30,1e400,3%,6000,100", "too_large", "支付子订单数", "1e400"),
    ("2026-01-06,1e30,30,31,3%,6000,100", "too_large", "访客数", "1e30"),
    ("2026-01-06,9223372036854775808,30,31,3%,6000,100", "too_large", "访客数",
     "9223372036854775808"),
    ("2026-01-06,1000,30,31,3%,inf,100", "not_finite", "支付金额", "inf"),
    ("2026-01-06,1000,30,31,3%,NaN,100", "not_finite", "支付金额", "NaN"),
    ("2026-01-06,1000,30,31,3%,1e400,100", "too_large", "支付金额", "1e400"),
    ("2026-01-06,1000,30,31,3%,6000,1e14", "too_large", "推广花费", "1e14"),
    ("2026-01-06,1000,30,31,nan%,6000,100", "not_finite", "支付转化率", "nan%"),
    ("2026-01-06,1000,30,31,150%,6000,100", "percent_over_100", "支付转化率", "150%"),
    ("2026-01-06,-5,30,31,3%,6000,100", "negative", "访客数", "-5"),
    ("2026-01-06,1000,30,31,3%,-600,100", "negative", "支付金额", "-600"),
    ("1999-12-31,1000,30,31,3%,6000,100", "bad_year", "统计日期", "1999-12-31"),
    ("2026-01-06,1000,30,31,3%,6000,100,x", "", "", ""),  # an extra cell is no problem
    (f"2026-01-06,1000,30,31,3%,{LONG},100", "field_too_long", "支付金额", "9" * 20 + "…"),
    ("2026-01-06,1000,30,31,3%,6000.50.1,100", "not_a_number", "支付金额", "6000.50.1"),
    ("2026-01-06," + "1," * 600_000, "line_too_long", "", ""),
]


@pytest.mark.parametrize(("line", "code", "column", "value"), BROKEN_ROWS,
                         ids=[f"{c or 'fine'}-{v[:12]}" for _, c, _, v in BROKEN_ROWS])
def test_a_bad_value_is_one_problem_naming_its_line_and_column(
        tmp_path: Path, line: str, code: str, column: str, value: str) -> None:
    path = tmp_path / "daily.csv"
    path.write_bytes(with_bad_line(line))
    result = parse_actuals(path)
    if not code:
        assert result.ok and len(result.rows) == 2
        return
    assert result.errors == (ImportProblem(code, 4, column, value),)
    assert result.error_count == 1
    assert result.rows == ()


def test_buyers_worked_out_of_range_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "aov.csv", "日期,支付金额,客单价\n2026-01-05,6000,1e-300\n", "utf-8")
    result = parse_actuals(path)
    assert result.errors == (ImportProblem("derived_out_of_range", 2, "客单价", "1e-300"),)
    assert result.rows == ()


CP1252_FILE = "Datum;Besucher;Umsatz (€)\n05.01.2026;10;50 €\n".encode("cp1252")
BROKEN_FILES = [
    ("empty", b"", "empty"),
    ("blank", b"\r\n \n\n", "empty"),
    ("titles", "生意参谋 店铺整体 日报\n统计时间：2026-01-05 ~ 2026-01-06\n".encode("gbk"),
     "no_table"),
    ("binary", bytes(range(256)) * 64, "not_text"),
    ("zip-as-csv", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200), "not_text"),
    ("cp1252", CP1252_FILE, "unknown_encoding"),
]


@pytest.mark.parametrize(("name", "data", "code"), BROKEN_FILES,
                         ids=[name for name, _, _ in BROKEN_FILES])
def test_a_file_that_holds_no_table_is_one_problem(tmp_path: Path, name: str, data: bytes,
                                                   code: str) -> None:
    path = tmp_path / f"{name}.csv"
    path.write_bytes(data)
    result = parse_actuals(path)
    assert result.errors == (ImportProblem(code, 0, ""),)
    assert result.rows == () and not result.needs_mapping


def test_a_line_in_another_encoding_is_named(tmp_path: Path) -> None:
    bad = "2026年1月6日".encode("gbk")
    raw = (f"{TABLE}\n{GOOD}\n".encode() + bad + b",1000,30,31,3%,6000,100\n")
    path = tmp_path / "mixed.csv"
    path.write_bytes(raw)
    result = parse_actuals(path)
    assert result.errors == (
        ImportProblem("bad_text", 3, "统计日期", bad.decode("utf-8", "replace")),)


def test_the_first_hundred_problems_are_listed_with_their_count(tmp_path: Path) -> None:
    lines = [f"2026-01-{d:02},x,1,1,1%,1,1" for d in range(1, 29)] * 9  # 252 rows, 252 problems
    path = write(tmp_path / "many.csv", TABLE + "\n" + "\n".join(lines) + "\n", "utf-8")
    result = parse_actuals(path)
    assert result.error_count == 252 + 224  # each bad number, and each day seen again
    assert len(result.errors) == 100
    assert result.errors[0] == ImportProblem("not_a_number", 2, "访客数", "x")
    assert result.rows == ()


# -- delimiters and title lines ----------------------------------------------------------------

SYCM_TSV = (
    "生意参谋 | 店铺整体 | 日报 | 取数\n"
    "统计时间：2026-01-05 ~ 2026-01-06, 终端：全部\n"
    "统计日期\t访客数\t支付买家数\t支付转化率\t客单价\t支付金额\t支付子订单数\n"
    "2026-01-05\t10,652\t320\t3.00%\t234.5\t75,040.00\t331\n"
    "2026-01-06\t9,870\t296\t3.00%\t240\t71,040.00\t300\n"
)


@pytest.mark.parametrize("name", ["sycm.txt", "sycm.tsv", "sycm.csv"])
def test_a_sycm_tab_separated_export_with_two_title_lines(tmp_path: Path, name: str) -> None:
    result = parse_actuals(write(tmp_path / name, SYCM_TSV, "gbk"))
    assert result.ok, result.errors
    assert result.encoding == "gb18030"
    assert result.header_row == 3
    assert result.rows == (
        DailyActual(date(2026, 1, 5), uv=10_652, buyers=320, orders=331, gmv=75_040.0),
        DailyActual(date(2026, 1, 6), uv=9_870, buyers=296, orders=300, gmv=71_040.0),
    )


def test_a_semicolon_csv_with_a_title_line(tmp_path: Path) -> None:
    text = ("Shop report, January 2026\n"
            "Date;Visitors;Sales;Ad spend\n"
            "2026-01-05;1,234;5,000.50;1,000\n"
            "2026-01-06;1,000;4,000;0\n")
    result = parse_actuals(write(tmp_path / "shop.csv", text, "utf-8"))
    assert result.ok, result.errors
    assert result.header_row == 2
    assert result.rows == (
        DailyActual(date(2026, 1, 5), uv=1234, gmv=5000.5, spend=1000),
        DailyActual(date(2026, 1, 6), uv=1000, gmv=4000),
    )


def test_a_decimal_comma_is_refused_not_misread(tmp_path: Path) -> None:
    path = write(tmp_path / "de.csv", "Date;Visitors;Sales\n2026-01-05;1234;5000,50\n", "utf-8")
    assert parse_actuals(path).errors == (ImportProblem("not_a_number", 2, "Sales", "5000,50"),)


def test_a_utf16_tab_separated_file_from_excel(tmp_path: Path) -> None:
    text = "统计日期\t访客数\t支付金额\r\n2026-01-05\t\"1,234\"\t600\r\n"
    result = parse_actuals(write(tmp_path / "unicode.txt", text, "utf-16"))
    assert result.ok, result.errors
    assert result.rows == (DailyActual(date(2026, 1, 5), uv=1234, gmv=600),)


# -- streaming -------------------------------------------------------------------------------

def test_a_large_file_is_read_in_bounded_memory_and_reports_progress(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    filler = ",".join(["12345.67"] * 400)
    with path.open("w", encoding="utf-8") as out:
        out.write("统计日期,访客数,支付金额," + ",".join(f"指标{i}" for i in range(400)) + "\n")
        for i in range(1500):
            out.write(f"{date(2020, 1, 1) + timedelta(days=i)},{i},{i}.5,{filler}\n")
    size = path.stat().st_size
    reported: list[tuple[int, int]] = []
    tracemalloc.start()
    try:
        result = parse_actuals(path, progress=lambda done, total, _: reported.append((done, total)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.ok and len(result.rows) == 1500
    assert peak < size / 4, (peak, size)  # the old reader held the whole file, several times
    assert len(reported) > 2 and all(total == size for _, total in reported)
    assert [d for d, _ in reported] == sorted(d for d, _ in reported)
    assert reported[0][0] < size / 2 and reported[-1][0] == size


# -- the store accepts exactly what the reader does -------------------------------------------

@pytest.mark.parametrize("actual", [
    DailyActual(date(2026, 1, 5), gmv=math.inf),
    DailyActual(date(2026, 1, 5), gmv=math.nan),
    DailyActual(date(2026, 1, 5), refunds=1e14),
    DailyActual(date(2026, 1, 5), spend=-1.0),
    DailyActual(date(2026, 1, 5), uv=2**63),
    DailyActual(date(2026, 1, 5), buyers=-1),
    DailyActual(date(1, 1, 1), uv=1),
])
def test_the_store_refuses_a_day_the_reader_would_refuse(demo_store: PlanStore,
                                                         actual: DailyActual) -> None:
    before = demo_store.actuals()
    with pytest.raises(ValidationError):
        demo_store.write([Put(actual)])
    assert demo_store.actuals() == before


def test_the_store_takes_the_largest_values_the_reader_takes(demo_store: PlanStore,
                                                             tmp_path: Path) -> None:
    path = write(tmp_path / "max.csv",
                 "日期,访客数,支付金额\n2026-01-05,9223372036854775807,10000000000000\n", "utf-8")
    result = parse_actuals(path)
    assert result.ok, result.errors
    demo_store.write([Put(a) for a in result.rows])
    assert demo_store.actuals() == [DailyActual(date(2026, 1, 5), uv=2**63 - 1, gmv=1e13)]


# -- a column read at once agrees with its cells read one by one ------------------------------

@pytest.mark.parametrize("text", ["0", "0010", "1234", "10,652", "999999999999999999",
                                  "1,000,000,000,000,000,000", "12.5", "-1", "1e3", " 1", ""])
def test_counts_read_together_as_one_by_one(text: str) -> None:
    together = counts([text, "7"])
    if together is not None:
        assert together == [read_count(text), 7]
    else:
        assert text not in ("0", "0010", "1234", "10,652", "999999999999999999")


@pytest.mark.parametrize("text", ["0", "234.50", "75,040.00", "9999999999999.99", "1,234",
                                  "10000000000000", "1,23", "inf", "1e3", "¥5"])
def test_amounts_read_together_as_one_by_one(text: str) -> None:
    together = amounts([text, "7"])
    if together is not None:
        assert together == [read_amount(text), 7.0]
    else:
        assert text in ("10000000000000", "1,23", "inf", "1e3", "¥5")


@pytest.mark.parametrize(("text", "points"), [("3.00%", False), ("100%", False),
                                              ("3.5", True), ("3.5%", True), ("0.035", False),
                                              ("100.5%", False), ("101%", False)])
def test_rates_read_together_as_one_by_one(text: str, points: bool) -> None:
    together = fractions(points)([text])
    if together is not None:
        assert together == [read_fraction(text, points=points)]
    else:
        assert text in ("0.035", "100.5%", "101%")


@pytest.mark.parametrize("text", ["2026-01-05", "2026/01/05", "20260105", "2026-02-30",
                                  "1999-12-31", "2026/1/5", "2026-01/05"])
def test_dates_read_together_as_one_by_one(text: str) -> None:
    together = dates([text])
    if together is not None:
        assert together == [read_date(text)]
    else:
        assert text in ("2026-02-30", "1999-12-31", "2026/1/5")

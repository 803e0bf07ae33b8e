from __future__ import annotations

from datetime import date

import pytest

from ecplanner.domain.model import Product, ProductRole, ProductStatus, Season
from ecplanner.domain.products.fields import (
    FIELDS,
    FieldError,
    code_taken,
    free_code,
    read_choice,
    read_count,
    read_date,
    read_field,
    read_money,
    with_value,
)


def test_fields_cover_the_editable_product_fields() -> None:
    product = Product("c", "n")
    for field in FIELDS:
        assert hasattr(product, field)
    assert len(set(FIELDS)) == 15


@pytest.mark.parametrize(("text", "value"), [
    ("¥1,299.50", 1299.5), ("89元", 89.0), ("RMB 12", 12.0), ("-5", -5.0), ("１２０", 120.0)])
def test_money(text: str, value: float) -> None:
    assert read_money(text) == value


@pytest.mark.parametrize(("text", "value"), [("30天", 30), ("1,200", 1200), ("45 days", 45),
                                             ("300件", 300), ("7.0", 7)])
def test_counts(text: str, value: int) -> None:
    assert read_count(text) == value


@pytest.mark.parametrize(("reader", "text", "code"), [
    (read_money, "abc", "bad_number"), (read_count, "x", "bad_number"),
    (read_count, "2.5", "not_whole")])
def test_bad_numbers(reader: object, text: str, code: str) -> None:
    with pytest.raises(FieldError) as caught:
        reader(text)  # type: ignore[operator]
    assert caught.value.code == code


def test_dates() -> None:
    assert read_date("2027年12月31日", 2000) == date(2027, 12, 31)
    assert read_date("12-31", 2026) == date(2026, 12, 31)
    assert read_date("46446", 2000) == date(2027, 2, 28)
    for bad in ("2027-13-01", "31/12/2027", "soon", "123"):
        with pytest.raises(FieldError):
            read_date(bad, 2027)


def test_choices_in_chinese_and_english() -> None:
    assert read_choice(Season, "秋季") is Season.AUTUMN
    assert read_choice(Season, "All-year") is Season.ALL_YEAR
    assert read_choice(ProductRole, "Image item") is ProductRole.IMAGE
    assert read_choice(ProductStatus, "on_sale") is ProductStatus.ON_SALE
    assert read_choice(ProductStatus, "On sale") is ProductStatus.ON_SALE
    assert read_choice(ProductStatus, "已下架") is ProductStatus.DELISTED


def test_blank_values() -> None:
    assert read_field("unit_cost", " ", 2027) == 0.0
    assert read_field("first_order_qty", "", 2027) == 0
    assert read_field("launch", "", 2027) is None
    assert read_field("season", "", 2027) is None
    assert read_field("owner", "", 2027) == ""
    with pytest.raises(FieldError):
        read_field("name", "  ", 2027)


def test_with_value() -> None:
    product = Product("c", "n", season=Season.WINTER)
    assert with_value(product, "name", "  大衣 ").name == "大衣"
    assert with_value(product, "season", None) is product
    assert with_value(product, "launch", date(2027, 1, 2)).launch == date(2027, 1, 2)
    with pytest.raises(KeyError):
        with_value(product, "uuid", "x")


def test_codes() -> None:
    products = [Product("A-1", "a", uuid="1"), Product("b", "b", uuid="2")]
    assert code_taken("a-1", products) is products[0]
    assert code_taken("A-1", products, except_uuid="1") is None
    assert free_code("C", ["A-1"]) == "C"
    assert free_code("A-1", ["A-1", "a-1-2"]) == "A-1-3"

"""Loading checks: every malformed entry is refused with the file and the key named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ecplanner.domain.catalog import (
    Catalog,
    CatalogError,
    Confidence,
    MonthlyRule,
    OffsetRule,
    default_folder,
    load_catalog,
)
from ecplanner.domain.model import EventKind, PhaseKind, Role

WriteFile = Callable[[str, str], Path]

FIXED = '{ kind = "fixed", month = 11, day = 11 }'
MAIN = '{ kind = "main", label = "正式", start = -3, start_time = "20:00", end = 0 }'


def event(
    key: str = "cn.test.sale",
    rule: str = FIXED,
    phases: str = MAIN,
    extra: str = "",
    color: str = "#FF0000",
) -> str:
    return f"""
[[event]]
key = "{key}"
names = {{ zh = "测试", ja = "テスト", en = "Test" }}
market = "cn"
platform = "tmall"
kind = "major_sale"
rule = {rule}
span = [-3, 0]
phases = [{phases}]
uplift = 1.5
color = "{color}"
source = "test"
confidence = "estimated"
{extra}
"""


def test_a_valid_file_loads(write_file: WriteFile) -> None:
    folder = write_file("cn.toml", event(extra='registration_days = 14\nalso = ["taobao"]'))
    (template,) = load_catalog(folder).templates
    assert template.key == "cn.test.sale"
    assert template.kind is EventKind.MAJOR_SALE
    assert template.phases[0].kind is PhaseKind.MAIN
    assert template.phases[0].start_time.hour == 20
    assert template.registration_days == 14
    assert template.platforms == ("taobao",)
    assert template.confidence is Confidence.ESTIMATED


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (event(rule='{ kind = "weekly", day = 1 }'), "unknown rule kind 'weekly'"),
        (event(rule='{ kind = "fixed", month = 13, day = 1 }'), "month = 13"),
        (event(rule='{ kind = "fixed", month = 2, day = 30 }'), "bad date 2/30"),
        (event(rule='{ kind = "fixed", month = 2, day = 29 }'), "bad date 2/29"),
        (event(rule='{ kind = "lunar", month = 12, day = 30 }'), "day = 30"),
        (event(rule='{ kind = "nth_weekday", month = 5, weekday = "sunday", n = 2 }'), "weekday"),
        (event(rule='{ kind = "nth_weekday", month = 5, weekday = "sun", n = 5 }'), "n = 5"),
        (event(rule='{ kind = "monthly", days = [5, 32] }'), "days = 32"),
        (event(rule='{ kind = "fixed", month = 11, day = 11, year = 2024 }'), "unknown field"),
        (event(phases='{ kind = "main", start = -4, end = 0 }'), "outside the event's span"),
        (event(phases='{ kind = "main", start = -1, end = 1 }'), "outside the event's span"),
        (event(phases='{ kind = "main", start = 0, end = -1 }'), "ends before it starts"),
        (event(phases='{ kind = "opening", start = 0, end = 0 }'), "kind = 'opening'"),
        (event(phases='{ kind = "main", start = 0, end = 0, end_time = "25:00" }'), "HH:MM"),
        (event(extra="upift = 2.0"), "unknown field(s) upift"),
        (event(extra="registration_days = -1"), "registration_days"),
        (event(extra='also = ["tmal"]'), "unknown platform 'tmal'"),
        (event(color="red"), "color"),
        (event(key="Bad Key"), "key must be"),
    ],
)
def test_bad_entries_are_refused_naming_file_and_key(
    write_file: WriteFile, text: str, reason: str
) -> None:
    folder = write_file("cn.toml", text)
    with pytest.raises(CatalogError) as caught:
        load_catalog(folder)
    message = str(caught.value)
    assert "cn.toml" in message
    assert reason in message
    if "Bad Key" not in text:
        assert "cn.test.sale" in message


def test_duplicate_keys_across_files_are_refused(write_file: WriteFile) -> None:
    write_file("a.toml", event())
    folder = write_file("b.toml", event())
    with pytest.raises(CatalogError, match=r"b\.toml: cn\.test\.sale: duplicate key .*a\.toml"):
        load_catalog(folder)


def test_offset_must_count_from_a_known_single_date(write_file: WriteFile) -> None:
    folder = write_file("cn.toml", event(rule='{ kind = "offset", anchor = "cn.nope", days = -3 }'))
    with pytest.raises(CatalogError, match=r"cn\.toml: cn\.test\.sale: unknown anchor 'cn\.nope'"):
        load_catalog(folder)


def test_offset_cycles_are_refused(write_file: WriteFile) -> None:
    text = event("cn.a", rule='{ kind = "offset", anchor = "cn.b", days = 1 }') + event(
        "cn.b", rule='{ kind = "offset", anchor = "cn.a", days = 1 }'
    )
    with pytest.raises(CatalogError, match=r"cn\.a: anchor cycle cn\.a -> cn\.b -> cn\.a"):
        load_catalog(write_file("cn.toml", text))


def test_offset_from_a_monthly_template_is_refused(write_file: WriteFile) -> None:
    text = event("cn.days", rule='{ kind = "monthly", days = [5] }') + event(
        "cn.after", rule='{ kind = "offset", anchor = "cn.days", days = 1 }'
    )
    with pytest.raises(CatalogError, match=r"cn\.after: anchor 'cn\.days' recurs monthly"):
        load_catalog(write_file("cn.toml", text))


def test_offset_chains_resolve(write_file: WriteFile) -> None:
    text = (
        event("cn.base")
        + event("cn.one", rule='{ kind = "offset", anchor = "cn.base", days = -10 }')
        + event("cn.two", rule='{ kind = "offset", anchor = "cn.one", days = -1 }')
    )
    catalog = load_catalog(write_file("cn.toml", text))
    assert isinstance(catalog.template("cn.two").rule, OffsetRule)
    assert [d.isoformat() for d in catalog.anchor_dates("cn.two", 2025)] == ["2025-10-31"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[[event]\nkey = 1", "not valid TOML"),
        ('[[promo]]\nkey = "x"', "unknown section"),
        ("event = 3", "[[event]] tables"),
        (
            '[[task]]\nkey = "x.plan"\nkind = "major_sale"\ntitle = "Plan"\nrole = "boss"\n'
            'due_from = "start"\ndays = -3',
            "role = 'boss'",
        ),
        (
            '[[task]]\nkey = "x.plan"\nkind = "major_sale"\ntitle = "Plan"\nrole = "design"\n'
            'due_from = "launch"\ndays = -3',
            "due_from = 'launch'",
        ),
    ],
)
def test_bad_files_are_refused(write_file: WriteFile, text: str, reason: str) -> None:
    with pytest.raises(CatalogError, match=r"tasks\.toml") as caught:
        load_catalog(write_file("tasks.toml", text))
    assert reason in str(caught.value)


def test_an_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"no \*\.toml"):
        load_catalog(tmp_path)


def test_the_shipped_catalog(catalog: Catalog) -> None:
    assert default_folder() == Path(__file__).resolve().parents[3] / "resources" / "catalog"
    keys = {t.key for t in catalog.templates}
    for key in (
        "cn.tmall.double11",
        "cn.jd.618",
        "cn.douyin.618",
        "cn.pdd.double11",
        "jp.rakuten.super_sale_sep",
        "jp.amazon.prime_day",
        "jp.yahoo.day_5",
        "global.black_friday",
        "global.boxing_day",
    ):
        assert key in keys
    assert {t.market for t in catalog.templates} == {"cn", "jp", "global"}
    assert isinstance(catalog.template("jp.rakuten.day_5_0").rule, MonthlyRule)
    assert catalog.template("cn.tmall.double11").uplift == 3.0
    assert {t.role for t in catalog.tasks} == set(Role) - {Role.PURCHASING}
    with pytest.raises(KeyError):
        catalog.template("cn.nope")

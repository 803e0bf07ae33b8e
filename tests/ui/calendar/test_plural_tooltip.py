"""The drag tooltip counts days in the language's plural forms: "1 day", "27 days"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from ecplanner.ui.calendar.style import date_range_text
from tests.ui.languages import speaking

START = date(2027, 5, 25)


@pytest.fixture(params=["en_US", "de_DE", "zh_CN", "ja_JP"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with speaking(qapp, request.param):
        yield request.param


def test_the_day_count_reads_in_the_language(language: str) -> None:
    one = date_range_text(START, START)
    many = date_range_text(START, date(2027, 6, 20))
    expected = {"zh_CN": ("（1 天）", "（27 天）"), "ja_JP": ("（1 日間）", "（27 日間）")}
    # A language ecplanner has no words for reads English, plurals included.
    single, plural = expected.get(language, ("(1 day)", "(27 days)"))
    assert one.endswith(single) and many.endswith(plural), (one, many)

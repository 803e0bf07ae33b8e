"""The calendar picture speaks the plan's language, as the workbook does, whatever the
language of the machine, unless the user asks for another."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ecplanner import plans
from ecplanner.domain import demo
from ecplanner.ui.calendar.export_image import render_calendar_image

TODAY = date(2026, 12, 7)
ENGLISH = re.compile(r"[A-Za-z]+")
KEPT = {"GMV", "ROI"}  # the trade's own words, written in Latin letters in every language



@pytest.fixture
def english_machine() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _english(texts: list[str]) -> list[str]:
    return [t for t in texts if set(ENGLISH.findall(t)) - KEPT]


@pytest.mark.usefixtures("english_machine")
@pytest.mark.parametrize("plan_locale", ["zh_CN", "ja_JP"])
@pytest.mark.parametrize("view", ["year", "2027-01"])
def test_the_picture_is_in_the_plans_language(plan_locale: str, view: str, tmp_path: Path,
                                              drawn: list[str], qapp: QApplication) -> None:
    info = replace(demo.demo_info(2027), locale=plan_locale)
    store = plans.create_plan(tmp_path / "p.ecplan", info, with_demo=True)
    try:
        render_calendar_image(store, tmp_path / "c.png", view, scale=1.0, today=TODAY)
    finally:
        store.close()
    assert drawn and _english(drawn) == []
    monday = QLocale(plan_locale).dayName(1, QLocale.FormatType.ShortFormat)
    assert view == "year" or monday in drawn  # the month's header
    week = "第1周" if plan_locale == "zh_CN" else "第1週"  # the ISO week's row, not "W1"
    assert view == "year" or week in drawn
    assert QLocale().language() is QLocale.Language.English  # the machine's is put back


@pytest.mark.usefixtures("english_machine")
def test_the_user_may_ask_for_english(tmp_path: Path, drawn: list[str],
                                      qapp: QApplication) -> None:
    store = plans.create_plan(tmp_path / "p.ecplan", demo.demo_info(2027), with_demo=True)
    try:
        render_calendar_image(store, tmp_path / "c.png", "2027-01", scale=1.0, today=TODAY,
                              language="en")
    finally:
        store.close()
    assert "Mon" in drawn and any("events calendar" in t for t in drawn)

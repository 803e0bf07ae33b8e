"""Between Python dates and Qt's."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def iso_text(day: date, locale: QLocale | None = None) -> str:
    """``2027-11-11`` in the locale's digits."""
    return (locale or QLocale()).toString(to_qdate(day), "yyyy-MM-dd")

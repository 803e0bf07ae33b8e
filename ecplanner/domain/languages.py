"""The three languages a plan is written in: its catalog titles, workbook and picture."""

from __future__ import annotations

LANGUAGES = ("zh", "ja", "en")
"""Chinese, Japanese, English: the order of every trilingual entry (``exchange.xlsx.words``)."""


def language_of(locale: str) -> str:
    """The language (zh, ja, en) of a locale such as ``ja_JP``; English for any other."""
    prefix = locale.split("_")[0].lower()
    return prefix if prefix in LANGUAGES else "en"

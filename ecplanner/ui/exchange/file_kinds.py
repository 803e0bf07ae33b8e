"""The kinds of file the plan is exported to and imported from."""

from __future__ import annotations

from enum import StrEnum


class Format(StrEnum):
    XLSX = "xlsx"
    ICS = "ics"
    JSON = "json"

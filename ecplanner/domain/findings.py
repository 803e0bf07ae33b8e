"""Warnings and validation problems, as codes the UI turns into words.

The domain never writes user-visible text: a finding carries a stable ``code`` (e.g.
``"event.registration_soon"``) and the values the message needs in ``params``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Finding:
    """Something in the plan the user should look at (a warning on a bar or a row)."""

    code: str
    severity: Severity
    subject: str  # uuid of the event, product or stock plan it is about
    day: date | None = None
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")


@dataclass(frozen=True)
class Problem:
    """Why an input was refused: which field, and a code for what is wrong."""

    field: str
    code: str
    params: tuple[tuple[str, str], ...] = ()


class ValidationError(ValueError):
    """Raised by plan operations given invalid input; nothing has been changed."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems

"""Warnings and validation problems, as codes the UI turns into words.

The domain never writes user-visible text: a finding carries a stable ``code`` (e.g.
``"event.registration_soon"``) and the values the message needs in ``params``.

A finding about one thing and many others (a launch in the price-lock windows of several
sales) is one finding that lists them: param ``count`` says how many there are, and a list
param (one of ``LIST_PARAMS``: their uuids, space-separated, read with ``param_list``)
names the first ``LISTED`` of them. The list is cut short because a crowded plan puts
hundreds of sales in one window: naming them all in every product's finding would make
the warnings grow as products × sales again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

LISTED = 10
LIST_PARAMS = frozenset({"events", "others", "products"})


def listing(uuids: Sequence[str]) -> str:
    """The first ``LISTED`` of ``uuids`` as a list param's value."""
    return " ".join(uuids[:LISTED])


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

    def param_list(self, name: str) -> list[str]:
        """The uuids a list param names."""
        return self.param(name).split()


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

"""Plan-wide actions of the Plan menu, each one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.model import Event
from ecplanner.plans import platform_calendar_ops
from ecplanner.ui.document import PlanDocument


def add_platform_calendar(document: PlanDocument) -> int:
    """Adds the year's missing platform events with their tasks; returns how many events."""
    ops = platform_calendar_ops(document.store)
    if ops:
        document.apply(QCoreApplication.translate("Commands", "Add the platform calendar"), ops)
    return sum(1 for op in ops if op.kind is Event)

"""The work an export or an import does in the worker, on a private copy of the plan.

The job opens a private copy of the plan (``plan_copies``) in its own thread, reads what
it needs, and deletes it. An import job only reads: it returns the ``ImportResult`` whose
ops the window applies to the open plan.
"""

from __future__ import annotations

from pathlib import Path

from ecplanner.exchange.cli_commands import export_plan, import_plan
from ecplanner.exchange.import_result import ImportResult
from ecplanner.exchange.progress import Progress
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui.common.plan_copies import discard_copy
from ecplanner.ui.exchange.file_kinds import Format
from ecplanner.ui.exchange.worker import Job


def export_job(copy: Path, target: Path, kind: Format) -> Job:
    """Write the plan at ``copy`` as ``kind`` to ``target``; the result is ``target``."""

    def work(progress: Progress) -> object:
        store = None
        try:
            progress(0, 1, "read")
            store = PlanStore.open(copy)
            export_plan(store, xlsx=target if kind is Format.XLSX else None,
                        ics=target if kind is Format.ICS else None,
                        json=target if kind is Format.JSON else None, progress=progress)
        finally:
            discard_copy(copy, store)
        return target

    return work


def import_job(copy: Path, source: Path, kind: Format) -> Job:
    """Read ``source`` (a workbook or JSON file) against the plan at ``copy``."""

    def work(progress: Progress) -> ImportResult:
        store = None
        try:
            progress(0, 1, "read")
            store = PlanStore.open(copy)
            if kind is Format.XLSX:
                return import_plan(store, xlsx=source, dry_run=True, progress=progress)
            return import_plan(store, json=source, dry_run=True)
        finally:
            discard_copy(copy, store)

    return work

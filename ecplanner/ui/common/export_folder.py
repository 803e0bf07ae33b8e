"""The folder a file dialog offers for an export: the last one the user exported to, else
the plan's own folder, or the user's Documents for a plan kept in ecplanner's hidden data
folder (the demo plan), where a manager would never find the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ecplanner import paths

_KEY = "export/folder"


def export_folder(plan: Path | None) -> Path:
    remembered = QSettings().value(_KEY, "")
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    if plan is not None and paths.data_dir() not in plan.resolve().parents:
        return plan.parent
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    return documents if documents.is_dir() else Path.home()


def remember_export_folder(written: Path) -> None:
    """The folder of a file just exported: offered for the next export."""
    QSettings().setValue(_KEY, str(written.parent))

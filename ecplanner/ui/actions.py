"""Every menu action, declared once with a stable id; menus are built from these."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionId(StrEnum):
    NEW = "file.new"
    OPEN = "file.open"
    SAVE_COPY = "file.save_copy"
    QUIT = "file.quit"
    UNDO = "edit.undo"
    REDO = "edit.redo"
    DELETE = "edit.delete"
    ADD_PLATFORM_CALENDAR = "plan.add_platform_calendar"
    TASK_TEMPLATES = "plan.task_templates"
    PLAN_SETTINGS = "plan.settings"
    WEEKLY_REPORT = "reports.weekly"
    MONTHLY_REPORT = "reports.monthly"
    SHOW_LOG_FOLDER = "help.log_folder"
    ABOUT = "help.about"


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcut: QKeySequence.StandardKey | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def specs() -> dict[ActionId, ActionSpec]:
    key = QKeySequence.StandardKey
    return {
        ActionId.NEW: ActionSpec(_tr("&New Plan…"), key.New),
        ActionId.OPEN: ActionSpec(_tr("&Open…"), key.Open),
        ActionId.SAVE_COPY: ActionSpec(_tr("Save a &Copy As…"), key.SaveAs),
        ActionId.QUIT: ActionSpec(_tr("&Quit"), key.Quit),
        ActionId.UNDO: ActionSpec(_tr("&Undo"), key.Undo),
        ActionId.REDO: ActionSpec(_tr("&Redo"), key.Redo),
        ActionId.DELETE: ActionSpec(_tr("&Delete"), key.Delete),
        ActionId.ADD_PLATFORM_CALENDAR: ActionSpec(_tr("Add the &Platform Calendar")),
        ActionId.TASK_TEMPLATES: ActionSpec(_tr("Team &Task Templates…")),
        ActionId.PLAN_SETTINGS: ActionSpec(_tr("Store and Plan &Settings…")),
        ActionId.WEEKLY_REPORT: ActionSpec(_tr("&Weekly Report…")),
        ActionId.MONTHLY_REPORT: ActionSpec(_tr("&Monthly Report…")),
        ActionId.SHOW_LOG_FOLDER: ActionSpec(_tr("Show the &Log Folder")),
        ActionId.ABOUT: ActionSpec(_tr("&About ecplanner")),
    }


def build_actions(parent: QWidget) -> dict[ActionId, QAction]:
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in specs().items():
        action = QAction(spec.text, parent)
        action.setObjectName(action_id.value)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        actions[action_id] = action
    return actions

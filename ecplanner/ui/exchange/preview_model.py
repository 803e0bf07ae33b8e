"""The import preview's tables, as thin item models over an ``ImportResult``.

``changes_model``: one row per change the file asks for (what, and its label), its
changed fields as child rows (field, old, new), or for a removal what goes with it; the
changes that follow from them (tasks moving with their events) under one last row.
``errors_model``: one row per problem, conflicts (both the team and the app changed it
since the export) marked and coloured.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from ecplanner.exchange.import_result import Action, Change, ImportResult
from ecplanner.ui.exchange.texts import (
    action_label,
    field_label,
    goes_with_text,
    issue_text,
    kind_label,
    value_text,
)

_ACTION_COLORS = {Action.ADDED: "#2E7D32", Action.CHANGED: "#1565C0", Action.REMOVED: "#C62828"}
CONFLICT_COLOR = "#B45309"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(text)
    return item


def _change_row(change: Change) -> list[QStandardItem]:
    label = change.label
    if change.kind == "task":  # titles from the task templates have translations
        label = QCoreApplication.translate("TaskTitles", label)
    head = _item(f"{action_label(change.action)} · {kind_label(change.kind)} “{label}”")
    head.setForeground(_color(change.action))
    for field in change.fields:
        head.appendRow([_item(field_label(field.field)), _item(value_text(field.field, field.old)),
                        _item(value_text(field.field, field.new))])
    for item in change.goes_with:
        head.appendRow([_item(goes_with_text(item)), _item(""), _item("")])
    return [head, _item(""), _item("")]


def _color(action: Action) -> QBrush:
    return QBrush(QColor(_ACTION_COLORS[action]))


def changes_model(result: ImportResult, parent: QObject | None = None) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels([_tr("Change"), _tr("Before"), _tr("After")])
    for change in result.main_changes:
        model.appendRow(_change_row(change))
    follows = [c for c in result.changes if c.follows]
    if follows:
        group = _item(_tr("%n task(s) follow their events").replace("%n", str(len(follows))))
        for change in follows:
            group.appendRow(_change_row(change))
        model.appendRow([group, _item(""), _item("")])
    return model


def errors_model(result: ImportResult, parent: QObject | None = None) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels([_tr("Problem")])
    for issue in result.errors:
        item = _item(issue_text(issue))
        if issue.conflict:
            item.setForeground(QBrush(QColor(CONFLICT_COLOR)))
        model.appendRow([item])
    return model

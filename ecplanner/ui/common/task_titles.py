"""The catalog's task titles, listed so the translation tools pick them up.

Task titles are data (``resources/catalog/tasks.toml``); the UI shows them through
``translate("TaskTitles", title)``. A test keeps this list equal to the catalog's titles.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TASK_TITLES = (
    QT_TRANSLATE_NOOP("TaskTitles", "Ads budget"),
    QT_TRANSLATE_NOOP("TaskTitles", "Customer-service scripts"),
    QT_TRANSLATE_NOOP("TaskTitles", "Detail pages"),
    QT_TRANSLATE_NOOP("TaskTitles", "Event plan"),
    QT_TRANSLATE_NOOP("TaskTitles", "Festival banners"),
    QT_TRANSLATE_NOOP("TaskTitles", "Main images and banners"),
    QT_TRANSLATE_NOOP("TaskTitles", "Markdown plan"),
    QT_TRANSLATE_NOOP("TaskTitles", "Promotion plan"),
    QT_TRANSLATE_NOOP("TaskTitles", "Register for the event"),
    QT_TRANSLATE_NOOP("TaskTitles", "Review"),
    QT_TRANSLATE_NOOP("TaskTitles", "Stock up"),
)

"""The question a drop asks when the template's platform is not one the store sells on.

The budget counts an event's uplift only for the store's own platforms (``counts_platform``),
so dropping 京东618 onto a Tmall store's calendar asks what the user means before the event
is added: add the platform to the store, count the uplift anyway, or add the event for the
calendar only. The answer and the event are one edit, undone together.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class OffPlatform(Enum):
    """What to do with an event on a platform the store does not sell on."""

    ADD_PLATFORM = "add_platform"
    COUNT_ANYWAY = "count_anyway"
    CALENDAR_ONLY = "calendar_only"


class OffPlatformQuestion(QMessageBox):
    """Asks about ``title`` on ``platform_name``; ``choice()`` is the answer, None when
    the drop was cancelled."""

    def __init__(self, title: str, platform_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Add “%1”").replace("%1", title))
        self.setText(self.tr("This store does not sell on %1.").replace("%1", platform_name))
        self.setInformativeText(self.tr(
            "The budget counts the traffic uplift of “%1” only if the store sells on %2. "
            "Add it how?").replace("%1", title).replace("%2", platform_name))
        role = QMessageBox.ButtonRole
        self.buttons_by_choice: dict[OffPlatform, QPushButton] = {
            OffPlatform.ADD_PLATFORM: self.addButton(
                self.tr("Add %1 to the store's platforms").replace("%1", platform_name),
                role.AcceptRole),
            OffPlatform.COUNT_ANYWAY: self.addButton(self.tr("Count its uplift anyway"),
                                                     role.AcceptRole),
            OffPlatform.CALENDAR_ONLY: self.addButton(self.tr("On the calendar only"),
                                                      role.AcceptRole),
        }
        self.setDefaultButton(self.buttons_by_choice[OffPlatform.CALENDAR_ONLY])
        self.addButton(QMessageBox.StandardButton.Cancel)

    def choice(self) -> OffPlatform | None:
        clicked = self.clickedButton()
        for choice, button in self.buttons_by_choice.items():
            if button is clicked:
                return choice
        return None

"""The calendar's QGraphicsView: mouse gestures, keyboard editing and template drops.

Every finished gesture is one command (``commands``); while the mouse moves only preview
items change. Refused edits are reported through ``refused`` and change nothing. On a
read-only plan a press only selects, and no key or drop edits.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QWidget

from ecplanner.domain.budget.uplift import counts_platform
from ecplanner.domain.calendar.layout import DragMode
from ecplanner.domain.catalog import EventTemplate
from ecplanner.domain.findings import ValidationError
from ecplanner.domain.languages import language_of
from ecplanner.ui.calendar import commands, interaction
from ecplanner.ui.calendar.interaction import BarDrag, Gesture, RangeDrag
from ecplanner.ui.calendar.off_platform import OffPlatform, OffPlatformQuestion
from ecplanner.ui.calendar.reference_data import shipped_catalog
from ecplanner.ui.calendar.scene import CalendarScene
from ecplanner.ui.common import labels
from ecplanner.ui.common.messages import problems_text
from ecplanner.ui.document import PlanDocument

TEMPLATE_MIME = "application/x-ecplanner-template"

_ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


class CalendarCanvas(QGraphicsView):
    """Shows ``scene`` and turns gestures on it into edits of ``document``."""

    edit_requested = Signal(str)
    """The user asked to open the editor on the event with this uuid."""
    refused = Signal(str)
    """An edit was refused; the argument says why."""
    zoom_requested = Signal(int)
    """Ctrl+wheel: +1 to zoom in, -1 to zoom out."""
    resized = Signal()
    """The viewport changed size (the tab fits the columns to it)."""

    def __init__(self, document: PlanDocument, scene: CalendarScene,
                 parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.document = document
        self.calendar = scene
        self._gesture: Gesture | None = None
        self.off_platform_question: OffPlatformQuestion | None = None
        """Open while a dropped template's platform is in question."""
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    # -- mouse ---------------------------------------------------------------------
    def _scene_pos(self, event: QMouseEvent | QDropEvent | QDragMoveEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus()
        gesture = interaction.begin(self.calendar, self._scene_pos(event))  # selects too
        self._gesture = None if self.document.read_only else gesture
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        gesture = self._gesture
        if gesture is None:
            super().mouseMoveEvent(event)
            return
        pos = self._scene_pos(event)
        if not gesture.started and not interaction.moved_enough(
                gesture, pos, QApplication.startDragDistance()):
            return
        if not gesture.started:
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        gesture.follow(self.calendar, pos)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        gesture, self._gesture = self._gesture, None
        if gesture is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self.viewport().unsetCursor()
        self.calendar.hide_preview()
        self.calendar.hide_range()
        if gesture.started:
            self._finish(gesture)
        event.accept()

    def _finish(self, gesture: Gesture) -> None:
        try:
            if isinstance(gesture, BarDrag) and gesture.changed:
                event = gesture.event
                if gesture.mode is DragMode.MOVE:
                    commands.move_event(self.document, event,
                                        (gesture.start - event.start).days)
                else:
                    commands.resize_event(self.document, event, gesture.start, gesture.end)
            elif isinstance(gesture, RangeDrag):
                created = commands.create_promotion(self.document, gesture.first, gesture.last)
                self.calendar.select(created.uuid)
        except ValidationError as error:
            self.refused.emit(problems_text(error.problems))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        bar = self.calendar.bar_at(self._scene_pos(event))
        if bar is not None:
            self.calendar.select(bar.uuid)
            self.edit_requested.emit(bar.uuid)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_requested.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    # -- keyboard ------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        selected = self.calendar.event_of(self.calendar.selected)
        if key == Qt.Key.Key_Escape and self._gesture is not None:
            self._gesture = None
            self.calendar.hide_preview()
            self.calendar.hide_range()
            self.viewport().unsetCursor()
            return
        if selected is None:
            super().keyPressEvent(event)
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        editable = not self.document.read_only
        try:
            if editable and key in _ARROWS and not (shift and key in (Qt.Key.Key_Up,
                                                                      Qt.Key.Key_Down)):
                commands.nudge_event(self.document, selected, _ARROWS[key], length=shift)
            elif editable and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                commands.delete_event(self.document, selected)
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_requested.emit(selected.uuid)
            elif key == Qt.Key.Key_Escape:
                self.calendar.select("")
            else:
                super().keyPressEvent(event)
                return
        except ValidationError as error:
            self.refused.emit(problems_text(error.problems))
        event.accept()

    # -- template drops ------------------------------------------------------------
    def _template(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent
                  ) -> EventTemplate | None:
        data = event.mimeData()
        if not data.hasFormat(TEMPLATE_MIME):
            return None
        key = bytes(data.data(TEMPLATE_MIME).data()).decode("utf-8")
        try:
            return shipped_catalog().template(key)
        except KeyError:
            return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.document.read_only and self._template(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        template = self._template(event)
        pos = self._scene_pos(event)
        day = self.calendar.placement.day_at(pos.x(), pos.y())
        if template is None or day is None:
            self.calendar.hide_range()
            event.ignore()
            return
        length = template.span[1] - template.span[0]
        self.calendar.show_range(self.calendar.grid.day_span(day, day + timedelta(days=length)))
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.calendar.hide_range()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.calendar.hide_range()
        template = self._template(event)
        pos = self._scene_pos(event)
        day = self.calendar.placement.day_at(pos.x(), pos.y())
        if template is None or day is None:
            event.ignore()
            return
        event.acceptProposedAction()
        info = self.document.store.info()
        if counts_platform(template.platform, info.platforms):
            self._add_template(template, day, None)
            return
        # open(), not exec(): the drop ends now and the answer comes through ``finished``.
        title = template.names.get(language_of(info.locale))
        question = OffPlatformQuestion(title, labels.platform(template.platform), self)
        question.setWindowModality(Qt.WindowModality.WindowModal)
        question.finished.connect(lambda: self._answered(question, template, day))
        self.off_platform_question = question
        question.open()

    def _answered(self, question: OffPlatformQuestion, template: EventTemplate,
                  day: date) -> None:
        self.off_platform_question = None
        choice = question.choice()
        question.deleteLater()
        if choice is not None and not self.document.read_only:
            self._add_template(template, day, choice)

    def _add_template(self, template: EventTemplate, day: date,
                      off_platform: OffPlatform | None) -> None:
        try:
            created = commands.add_from_template(self.document, template, day, off_platform)
        except ValidationError as error:
            self.refused.emit(problems_text(error.problems))
            return
        self.calendar.select(created.uuid)

    # -- frame ---------------------------------------------------------------------
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.pin_frame()

    def pin_frame(self) -> None:
        self.calendar.pin_frame(self.mapToScene(self.viewport().rect()).boundingRect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()
        self.pin_frame()

"""The calendar's toolbar: view switch, month picker, zoom, Today and the filters."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu, QToolBar, QToolButton, QWidget

from ecplanner.domain.calendar.filters import EventFilter
from ecplanner.domain.calendar.grids import ViewKind
from ecplanner.domain.model import EventKind
from ecplanner.ui.common import labels


class FilterButton(QToolButton):
    """A drop-down of checkable choices; all checked means no filter."""

    changed = Signal()
    """The user checked or unchecked a choice."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMenu(QMenu(self))
        self._actions: dict[str, QAction] = {}
        self._show_all = QAction(self.tr("Show all"), self)
        self._show_all.triggered.connect(self._on_show_all)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """(code, label) pairs; a code seen before keeps its check, a new one is checked."""
        menu = self.menu()
        menu.clear()
        menu.addAction(self._show_all)
        menu.addSeparator()
        old, self._actions = self._actions, {}
        for code, label in choices:
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(old[code].isChecked() if code in old else True)
            action.toggled.connect(self._on_toggled)
            menu.addAction(action)
            self._actions[code] = action
        self._update_text()

    def action(self, code: str) -> QAction:
        return self._actions[code]

    def selection(self) -> frozenset[str] | None:
        """The checked codes, or None when every choice is checked."""
        checked = frozenset(c for c, a in self._actions.items() if a.isChecked())
        return None if len(checked) == len(self._actions) else checked

    def _on_toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _on_show_all(self) -> None:
        for action in self._actions.values():
            action.blockSignals(True)
            action.setChecked(True)
            action.blockSignals(False)
        self._on_toggled()

    def _update_text(self) -> None:
        chosen = self.selection()
        if chosen is None:
            self.setText(self.tr("%1: all").replace("%1", self._title))
        else:
            self.setText(self.tr("%1: %2 of %3").replace("%1", self._title)
                         .replace("%2", str(len(chosen))).replace("%3", str(len(self._actions))))


class CalendarToolbar(QToolBar):
    view_changed = Signal(object)
    """The user picked another view; the argument is a ``ViewKind``."""
    month_changed = Signal(int)
    """The user picked a month (1..12)."""
    zoom_requested = Signal(int)
    """+1 zoom in, -1 zoom out, 0 back to fit the width."""
    today_requested = Signal()
    """The user pressed Today."""
    filter_changed = Signal()
    """A filter choice changed; read ``event_filter()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        group = QActionGroup(self)
        self.view_actions: dict[ViewKind, QAction] = {}
        for kind, text in ((ViewKind.YEAR, self.tr("Year")), (ViewKind.WEEKS, self.tr("Weeks")),
                           (ViewKind.MONTH, self.tr("Month"))):
            action = self.addAction(text)
            action.setCheckable(True)
            action.setObjectName(f"view_{kind.value}")
            action.triggered.connect(lambda _=False, k=kind: self.view_changed.emit(k))
            group.addAction(action)
            self.view_actions[kind] = action
        self.view_actions[ViewKind.YEAR].setChecked(True)
        self.addSeparator()
        self.previous_month = self.addAction("‹")
        self.previous_month.setToolTip(self.tr("Previous month"))
        self.previous_month.triggered.connect(lambda: self._step_month(-1))
        self.month = QComboBox()
        locale = QLocale()
        for m in range(1, 13):
            self.month.addItem(locale.monthName(m, QLocale.FormatType.LongFormat), m)
        self.month.activated.connect(lambda i: self.month_changed.emit(i + 1))
        self.addWidget(self.month)
        self.next_month = self.addAction("›")
        self.next_month.setToolTip(self.tr("Next month"))
        self.next_month.triggered.connect(lambda: self._step_month(1))
        self.today = self.addAction(self.tr("Today"))
        self.today.triggered.connect(self.today_requested.emit)
        self.addSeparator()
        self.zoom_out = self.addAction("−")
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+wheel)"))
        self.zoom_out.triggered.connect(lambda: self.zoom_requested.emit(-1))
        self.zoom_fit = self.addAction(self.tr("Fit"))
        self.zoom_fit.setToolTip(self.tr("Fit the days to the window's width"))
        self.zoom_fit.triggered.connect(lambda: self.zoom_requested.emit(0))
        self.zoom_in = self.addAction("+")
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl+wheel)"))
        self.zoom_in.triggered.connect(lambda: self.zoom_requested.emit(1))
        self.addSeparator()
        self.markets = FilterButton(self.tr("Market"))
        self.platforms = FilterButton(self.tr("Platform"))
        self.kinds = FilterButton(self.tr("Kind"))
        self.kinds.set_choices([(k.value, labels.event_kind(k)) for k in EventKind])
        for button in (self.markets, self.platforms, self.kinds):
            button.changed.connect(self.filter_changed.emit)
            self.addWidget(button)

    def set_month(self, month: int) -> None:
        self.month.setCurrentIndex(month - 1)

    def _step_month(self, step: int) -> None:
        month = (self.month.currentIndex() + step) % 12 + 1
        self.set_month(month)
        self.month_changed.emit(month)

    def set_filter_choices(self, markets: list[str], platforms: list[str]) -> None:
        self.markets.set_choices([(m, labels.market(m)) for m in markets])
        self.platforms.set_choices([(p, labels.platform(p)) for p in platforms])

    def event_filter(self) -> EventFilter:
        kinds = self.kinds.selection()
        return EventFilter(self.markets.selection(), self.platforms.selection(),
                           None if kinds is None else frozenset(EventKind(k) for k in kinds))

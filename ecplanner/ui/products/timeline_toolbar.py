"""The strip above the timeline: axis unit, zoom buttons and the legend of colours."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from ecplanner.domain.model import ProductRole
from ecplanner.domain.products.timeline import (
    DAY_WIDTHS,
    PRICE_CHANGE,
    REORDER_BY,
    AxisUnit,
    unit_for,
)
from ecplanner.ui.common import labels
from ecplanner.ui.products import texts
from ecplanner.ui.products.timeline import TimelineView
from ecplanner.ui.products.timeline_scene import TODAY_COLOR
from ecplanner.ui.products.timeline_style import MARKER_COLORS, ROLE_COLORS

ZOOM_STEP = 1.25


class TimelineToolbar(QWidget):
    """Controls for ``view``: pick day / week / month, zoom in and out."""

    def __init__(self, view: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.scale = QComboBox()
        self.scale.setObjectName("timelineScale")
        for unit, text in ((AxisUnit.DAY, self.tr("Days")), (AxisUnit.WEEK, self.tr("Weeks")),
                           (AxisUnit.MONTH, self.tr("Months"))):
            self.scale.addItem(text, unit.value)
        self.zoom_out = QToolButton()
        self.zoom_out.setText("−")
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+wheel)"))
        self.zoom_in = QToolButton()
        self.zoom_in.setText("+")
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl+wheel)"))
        self.legend = QLabel(self._legend_html())
        self.legend.setWordWrap(True)  # two lines in a narrow window
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Timeline")))
        layout.addWidget(self.scale)
        layout.addWidget(self.zoom_out)
        layout.addWidget(self.zoom_in)
        layout.addSpacing(12)
        layout.addWidget(self.legend, 1)
        self._show_unit(view.day_width)
        self.scale.currentIndexChanged.connect(self._on_scale_picked)
        self.zoom_out.clicked.connect(lambda: view.zoom(1 / ZOOM_STEP))
        self.zoom_in.clicked.connect(lambda: view.zoom(ZOOM_STEP))
        view.zoom_changed.connect(self._show_unit)

    def _on_scale_picked(self) -> None:
        self._view.set_day_width(DAY_WIDTHS[AxisUnit(self.scale.currentData())])

    def _show_unit(self, day_width: float) -> None:
        self.scale.blockSignals(True)
        self.scale.setCurrentIndex(self.scale.findData(unit_for(day_width).value))
        self.scale.blockSignals(False)

    def _legend_html(self) -> str:
        signs = {REORDER_BY: "▼", PRICE_CHANGE: "●"}
        today = self.tr("Today")  # not inside the f-string, where lupdate cannot see it
        entries = [(ROLE_COLORS[role].name(), "■", labels.role(role)) for role in ProductRole]
        entries += [(MARKER_COLORS[name].name(), signs.get(name, "◆"), texts.marker_name(name))
                    for name in ("sample", "shoot", "detail_page", "stock_in", REORDER_BY,
                                 PRICE_CHANGE)]
        entries.append((TODAY_COLOR.name(), "┆", today))
        # A narrow window wraps the legend between its entries, never inside one.
        return "&nbsp; ".join(f"<span style='color:{color}'>{sign}</span>&nbsp;"
                              + text.replace(" ", "&nbsp;") for color, sign, text in entries)

"""The Review tab (复盘): the imported days against the daily plan, as trend charts and a
table, zoomed to a week, a month or the year; beside them, the chosen week's or month's
completion and why it missed (the LMDI effects, in numbers and in the report's sentence).

The plan is read through the tab's feed (``ReviewFeed``); the figures are worked out in a
worker (``feed.work_out``), and the charts are built once a worker has imported pyqtgraph.
Zooming and paging only redraw what is already worked out, and ask the worker for the
chosen period's report when it changes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date, timedelta
from enum import IntEnum
from html import escape

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.languages import language_of
from ecplanner.domain.review.periods import Period, PeriodKind, containing
from ecplanner.exchange.report.data import DayRow
from ecplanner.exchange.report.text import (
    channel_rows,
    completion_rows,
    effect_rows,
    sentence,
)
from ecplanner.exchange.report.words import report_title, report_word
from ecplanner.exchange.xlsx.words import Words
from ecplanner.ui.common import heavy
from ecplanner.ui.common.background import Background
from ecplanner.ui.common.dates import iso_text
from ecplanner.ui.common.slices import Slices
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.review import texts
from ecplanner.ui.review.charts import ReviewCharts
from ecplanner.ui.review.feed import Figures, ReviewFeed, work_out
from ecplanner.ui.review.model import DaysModel


class Zoom(IntEnum):
    WEEK = 0
    MONTH = 1
    YEAR = 2


def _panel_html(figures: Figures) -> str:
    """The chosen period's completion and effects, and each paid channel's spend and ROI
    beside the plan's when ad reports are imported, in the report's words and language."""
    data = figures.report
    words = Words(language_of(data.info.locale))

    def table(rows: list[tuple[str, ...]]) -> str:
        return "<table cellpadding='2'>" + "".join(
            f"<tr><td>{escape(label)}</td><td align='right'>{escape(value)}</td></tr>"
            for label, value in rows) + "</table>"

    return (f"<h3>{escape(report_title(data.period, words))}</h3>"
            f"{table(completion_rows(data, words))}<hr>{table(effect_rows(data, words))}"
            f"<p><b>{escape(_unbroken_signs(sentence(data, words)))}</b></p>"
            f"{_channels_html(figures, words)}")


def _channels_html(figures: Figures, words: Words) -> str:
    """Each channel as a small block of (label, value) rows, as the completion above: the
    panel is too narrow for the report's six columns (clicks are left to the report).
    Nothing when the period has no ad reports."""
    rows = channel_rows(figures.report, words)
    if not rows:
        return ""
    labels = [report_word(words, key)
              for key in ("spend", "channel_gmv", "actual_roi", "planned_roi")]
    blocks = "".join(
        f"<tr><td colspan='2'><b>{escape(name)}</b></td></tr>" + "".join(
            f"<tr><td>&nbsp;&nbsp;{escape(label)}</td><td align='right'>{escape(value)}</td>"
            "</tr>" for label, value in zip(labels, (spend, gmv, roi, planned), strict=True))
        for name, spend, _clicks, gmv, roi, planned in rows)
    return (f"<hr><h4>{escape(report_word(words, 'channels'))}</h4>"
            f"<table cellpadding='2'>{blocks}</table>")


def _unbroken_signs(text: str) -> str:
    """A word joiner after each sign, so that a narrow panel does not wrap "+¥15.7万"
    between the sign and its amount (Chinese text may otherwise break anywhere)."""
    return text.replace("+", "+\u2060").replace("\u2212", "\u2212\u2060")


class ReviewTab(QWidget):
    """Shows the plan's daily actuals against its daily plan; reads, never edits."""

    figuresShown = Signal()
    """New figures are on screen (after a change, a zoom to another period or paging)."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.feed = ReviewFeed(document, self)
        self.figures: Figures | None = None
        self.charts: ReviewCharts | None = None
        self._anchor: date | None = None
        self._reading = False  # a worker reads a new copy of the plan
        self._worker = Background(self)
        self._worker.finished.connect(self._on_figures)
        self._heavy = heavy.Loader(self)
        self._building = Slices(0.02, self)
        self.zoom = QComboBox()
        self.zoom.addItems(texts.zoom_names())
        self.zoom.setCurrentIndex(Zoom.MONTH)
        self.zoom.currentIndexChanged.connect(lambda _i: self._show_span(recompute=True))
        self.back, self.forward = QToolButton(), QToolButton()
        for button, arrow, step in ((self.back, Qt.ArrowType.LeftArrow, -1),
                                    (self.forward, Qt.ArrowType.RightArrow, 1)):
            button.setArrowType(arrow)
            button.clicked.connect(lambda _c=False, s=step: self.page(s))
        self.back.setToolTip(self.tr("Previous"))
        self.forward.setToolTip(self.tr("Next"))
        self.span_label = QLabel()
        self.span_label.setStyleSheet("font-weight: 600;")
        self.status = QLabel(self.tr("Working out the review…"))
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Zoom:")))
        for widget in (self.zoom, self.back, self.span_label, self.forward):
            top.addWidget(widget)
        top.addWidget(self.status, 1)
        self.model = DaysModel()
        self.table = self._table()
        self.chart_page = QWidget()
        self._charts_loading = QLabel(self.tr("Loading the charts…"))
        self._charts_loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chart_layout = QVBoxLayout(self.chart_page)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self._charts_loading)
        self.pages = QTabWidget()
        self.pages.addTab(self.chart_page, self.tr("Charts"))
        self.pages.addTab(self.table, self.tr("Days"))
        self.panel = QLabel()
        self.panel.setWordWrap(True)
        self.panel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.panel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.panel.setContentsMargins(8, 4, 8, 4)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(220)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pages)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([700, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        # At the next turn: the worker's ~0.5 s of Python (on a plan of 20,000 events)
        # started in the turn that shows the tab took turns at the interpreter with the
        # charts' first paint, which then took up to twice as long on the clock.
        self._recompute_soon = QTimer(self, singleShot=True, interval=0)
        self._recompute_soon.timeout.connect(lambda: self._recompute(anew=True))
        self.feed.updated.connect(lambda _changes: self._recompute_soon.start())

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setWordWrap(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        # Widths from the header and a sample of the widest figure, not from the rows:
        # measuring a year's 365 rows on each zoom took most of 100 ms.
        metrics = table.fontMetrics()
        samples = {0: "2027-12-31 周三 ", 4: "88.88%", 6: "88,888"}
        for column, title in enumerate(self.model.headers()):
            sample = samples.get(column, "¥88,888,888")
            table.setColumnWidth(column, max(metrics.horizontalAdvance(title),
                                             metrics.horizontalAdvance(sample)) + 18)
        return table

    # -- what is shown -------------------------------------------------------------------------
    @property
    def zoom_kind(self) -> Zoom:
        return Zoom(self.zoom.currentIndex())

    def chosen_period(self) -> Period:
        """The week or month the panel explains: in the year view, the anchor's month."""
        assert self._anchor is not None
        kind = PeriodKind.WEEK if self.zoom_kind is Zoom.WEEK else PeriodKind.MONTH
        return containing(kind, self._anchor)

    def span(self) -> tuple[date, date]:
        """The days in view."""
        assert self._anchor is not None
        if self.zoom_kind is Zoom.YEAR:
            year = self._anchor.year
            return date(year, 1, 1), date(year, 12, 31)
        period = self.chosen_period()
        return period.start, period.end

    def page(self, step: int) -> None:
        """The week or month (or year: nothing to page to) before or after this one."""
        if self._anchor is None or self.zoom_kind is Zoom.YEAR:
            return
        first, last = self.span()
        day = last + timedelta(days=1) if step > 0 else first - timedelta(days=1)
        year = self._anchor.year
        self._anchor = min(max(day, date(year, 1, 1)), date(year, 12, 31))
        self._show_span(recompute=True)

    # -- working out ---------------------------------------------------------------------------
    def _recompute(self, anew: bool = False) -> None:
        """Work the figures out again: from the plan as the feed read it last (``anew``),
        or for another period from the figures at hand."""
        kind = PeriodKind.WEEK if self.zoom_kind is Zoom.WEEK else PeriodKind.MONTH
        anchor = self._anchor
        if anew or self.figures is None:
            snapshot = self.feed.take_snapshot()
            if snapshot is None:
                return  # the plan as read is with the worker already
            self._reading = True
            self._worker.start(functools.partial(work_out, snapshot, kind, anchor))
            return
        if self._reading:
            return  # the plan's new figures come first; then the period is checked
        snapshot, results = self.figures.snapshot, self.figures.results
        self._worker.start(lambda: work_out(snapshot, kind, anchor, results))

    def _on_figures(self, figures: Figures) -> None:
        self.figures, self._reading = figures, False
        if self._anchor is None or self._anchor.year != figures.snapshot.info.year:
            self._anchor = figures.anchor
        info = figures.snapshot.info
        imported = [a.day for a in figures.snapshot.actuals if a.day.year == info.year]
        self.status.setText(
            self.tr("%1 days imported, up to %2").replace("%1", str(len(imported)))
            .replace("%2", iso_text(max(imported))) if imported
            else self.tr("No daily actuals imported yet (File → Import Daily Actuals…)"))
        self.panel.setText(_panel_html(figures))
        if self.charts is not None and self.charts.ready:
            self.charts.show_days(figures.year, figures.snapshot.events, info.currency,
                                  figures.snapshot.channel_days)
        else:
            self._heavy.then(self._build_charts)
        self._show_span(recompute=True)  # the period may have changed meanwhile
        self.figuresShown.emit()

    def _show_span(self, recompute: bool) -> None:
        if self.figures is None or self._anchor is None:
            return
        first, last = self.span()
        rows: list[DayRow] = [r for r in self.figures.year if first <= r.plan.day <= last]
        self.model.set_days(rows, self.figures.snapshot.info.currency)
        locale = QLocale()
        self.span_label.setText(f"{iso_text(first, locale)} – {iso_text(last, locale)}")
        for button in (self.back, self.forward):
            button.setEnabled(self.zoom_kind is not Zoom.YEAR)
        if self.charts is not None and self.charts.ready:
            self.charts.show_span(first, last)
        if recompute and self.chosen_period() != self.figures.report.period:
            self._recompute()

    def _build_charts(self) -> None:
        if self.charts is not None or self.figures is None:
            return
        self.charts = ReviewCharts(parent=self.chart_page)
        self._building.start(self._chart_steps(self.charts))

    def _chart_steps(self, charts: ReviewCharts) -> Iterator[None]:
        yield from charts.build()
        self._charts_loading.hide()
        layout = self.chart_page.layout()
        assert layout is not None and self.figures is not None
        layout.addWidget(charts)
        info = self.figures.snapshot.info
        charts.show_days(self.figures.year, self.figures.snapshot.events, info.currency,
                         self.figures.snapshot.channel_days)
        self._show_span(recompute=False)

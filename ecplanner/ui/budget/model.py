"""The input-output sheet as a Qt table: a thin adapter over ``compute_sheet``.

Rows are ``ROW_SPECS`` with a header row before each group; columns are the twelve months
and the year total. Input cells are editable: ``setData`` reads the typed text, refuses it
with ``editRefused`` (nothing stored) or hands the value to ``commit``, which writes it
through the document; the view then calls ``set_inputs`` with what the plan now holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from ecplanner.domain.budget.sheet import (
    ROW_SPECS,
    RowGroup,
    RowKind,
    RowSpec,
    Sheet,
    Unit,
    compute_sheet,
)
from ecplanner.domain.budget.shutdown import pause_extra_by_month
from ecplanner.domain.budget.uplift import ExtrasMemo, event_extra_by_month, lifts_the_store
from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import Event, PlanInfo
from ecplanner.ui.budget import texts
from ecplanner.ui.budget.feed import SheetInputs
from ecplanner.ui.budget.formats import InputError, NumberFormat
from ecplanner.ui.common.messages import problems_text

_Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[str, int | None, float], None]
"""Stores ``value`` for row ``key`` in ``month`` (None: the year column); may raise
``ValidationError``."""

TOTAL_COLUMN = 12

INPUT_BACKGROUND = QColor("#FFFFFF")
COMPUTED_BACKGROUND = QColor("#F1F3F6")
GROUP_BACKGROUND = QColor("#DDE4EE")
WARN_BACKGROUND = QColor("#FBE3E1")
NEGATIVE = QColor("#C62828")
COMPUTED_TEXT = QColor("#3C4350")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_SIGNED_ROWS = frozenset({"gap", "gross_profit", "gross_margin", "net_profit", "net_margin",
                          "gmv_organic", "net_profit_after_vat"})
_CHANNEL_SPEND = {"roi_search": "spend_search", "roi_display": "spend_display",
                  "roi_affiliate": "spend_affiliate", "roi_live": "spend_live",
                  "roi_offsite": "spend_offsite"}
"""Each channel's ROI row and the spend it is judged on against the break-even ROI."""
_YEAR_INPUTS = frozenset({"vat_rate"})
"""Inputs whose year cell, typed in, sets all twelve months. Only VAT: it is the store's tax
status, a plan setting typed once; the other inputs' year figures are worked out from their
months and stay computed."""
_LAYOUT: tuple[RowSpec | RowGroup, ...] = tuple(
    item
    for i, spec in enumerate(ROW_SPECS)
    for item in ((spec.group, spec) if i == 0 or ROW_SPECS[i - 1].group != spec.group
                 else (spec,))
)


def row_of(key: str) -> int:
    """The model row showing ``key``."""
    return next(i for i, item in enumerate(_LAYOUT) if isinstance(item, RowSpec)
                and item.key == key)


def _font(italic: bool, bold: bool) -> QFont:
    font = QFont()
    font.setItalic(italic)
    font.setBold(bold)
    return font


def group_rows() -> list[int]:
    """The model rows that head a group (no figures: the view spans them)."""
    return [i for i, item in enumerate(_LAYOUT) if isinstance(item, RowGroup)]


class SheetModel(QAbstractTableModel):
    """The sheet of ``set_inputs``' plan; edits go to ``commit``."""

    editRefused = Signal(str)
    """A typed value was not stored; the argument says which row, which month and why."""

    def __init__(self, commit: Commit, locale: QLocale | None = None,
                 editable: bool = True) -> None:
        """``editable``: whether input cells start editors (not on a read-only plan)."""
        super().__init__()
        self._commit = commit
        self._plan_editable = editable
        self._locale = locale or QLocale()
        self._sheet: Sheet | None = None
        self._uplifts = ExtrasMemo()
        self._format = NumberFormat(self._locale, "CNY")
        self._events: tuple[Event, ...] = ()
        self._year = 0
        self._platforms: tuple[str, ...] = ()
        # Painting asks for thousands of roles: figures and texts are laid out once per
        # recompute, fonts once.
        self._values: dict[str, tuple[float | None, ...]] = {}
        self._texts: dict[str, tuple[str, ...]] = {}
        self._cells: list[list[dict[int, Any]]] = []
        self._fonts = {(italic, bold): _font(italic, bold)
                       for italic in (False, True) for bold in (False, True)}
        labels = texts.row_labels()  # the header asks for them at every paint
        self._headers = [texts.group_label(item) if isinstance(item, RowGroup)
                         else labels.get(item.key, item.key) for item in _LAYOUT]

    @property
    def sheet(self) -> Sheet | None:
        return self._sheet

    @property
    def number_format(self) -> NumberFormat:
        return self._format

    def set_inputs(self, inputs: SheetInputs) -> None:
        """Recompute from ``inputs``; the shape never changes, so cells are just repainted."""
        sheet = compute_sheet(inputs.info, inputs.months, inputs.events, inputs.pause,
                              self._uplifts)
        self._sheet = sheet
        self._format = NumberFormat(self._locale, inputs.info.currency)
        self._values = {row.key: (*row.months, row.total) for row in sheet.rows}
        self._texts = {
            spec.key: tuple(self._display(spec, v) for v in self._values[spec.key])
            for spec in ROW_SPECS
        }
        self._cells = self._lay_out_cells()
        self._events, self._year = tuple(inputs.events), inputs.info.year
        self._platforms = inputs.info.platforms
        self.dataChanged.emit(self.index(0, 0), self.index(len(_LAYOUT) - 1, TOTAL_COLUMN))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(_LAYOUT) - 1)

    def warm_up(self, events: Iterable[Event], info: PlanInfo) -> Iterator[None]:
        """Works out each of ``events``' uplift ahead of the first ``set_inputs``, a few
        hundred at a time (a job for ``Slices``), so that the recompute finds them known."""
        events = tuple(events)
        extras = self._uplifts.extras(events, info.year, info.platforms)
        for done, _ in enumerate(extras, start=1):
            if done % 500 == 0:
                yield
        self._uplifts.summed(events, info.year, info.platforms)  # all known: ~20 ms

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_LAYOUT)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else TOTAL_COLUMN + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return (texts.month_name(section + 1, self._locale)
                        if section < TOTAL_COLUMN else self.tr("Year"))
            return None
        item = _LAYOUT[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.FontRole and isinstance(item, RowGroup):
            return self._fonts[False, True]
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(item, RowSpec):
            return texts.row_formula(item.key) or None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        item = _LAYOUT[index.row()]
        if isinstance(item, RowGroup):
            return Qt.ItemFlag.ItemIsEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not (self._plan_editable and self._editable(item, index.column())):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    @staticmethod
    def _editable(spec: RowSpec, column: int) -> bool:
        if spec.key == "annual_target":
            return column == TOTAL_COLUMN
        return spec.kind is RowKind.INPUT and (column < TOTAL_COLUMN or spec.key in _YEAR_INPUTS)

    def value(self, key: str, column: int) -> float | None:
        """The sheet's figure for ``key`` in ``column`` (12: the year)."""
        values = self._values.get(key)
        return values[column] if values is not None else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._cells:
            return None
        row, column = index.row(), index.column()
        item = _LAYOUT[row]
        if isinstance(item, RowSpec) and role in (Qt.ItemDataRole.EditRole,
                                                  Qt.ItemDataRole.ToolTipRole):
            value = self._values[item.key][column]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(item, value, column)
            return "" if value is None else self._format.edit_text(item.unit, value)
        return self._cells[row][column].get(role)

    def _lay_out_cells(self) -> list[list[dict[int, Any]]]:
        """Every cell's roles but its tooltip and edit text, which are asked for rarely."""
        group: dict[int, Any] = {Qt.ItemDataRole.BackgroundRole: GROUP_BACKGROUND}
        return [[group] * (TOTAL_COLUMN + 1) if isinstance(item, RowGroup)
                else [self._roles(item, column) for column in range(TOTAL_COLUMN + 1)]
                for item in _LAYOUT]

    def _roles(self, spec: RowSpec, column: int) -> dict[int, Any]:
        value = self._values[spec.key][column]
        editable = self._editable(spec, column)
        if self._below_break_even(spec.key, column):
            background = WARN_BACKGROUND
        else:
            background = INPUT_BACKGROUND if editable else COMPUTED_BACKGROUND
        negative = (spec.key in _SIGNED_ROWS and value is not None and value < 0) or (
            spec.key == "clears_break_even" and value == 0.0)
        return {
            Qt.ItemDataRole.DisplayRole: self._texts[spec.key][column],
            Qt.ItemDataRole.TextAlignmentRole: _RIGHT,
            Qt.ItemDataRole.BackgroundRole: background,
            Qt.ItemDataRole.ForegroundRole: NEGATIVE if negative else (
                None if editable else COMPUTED_TEXT),
            Qt.ItemDataRole.FontRole: self._fonts[not editable, column == TOTAL_COLUMN],
        }

    def _display(self, spec: RowSpec, value: float | None) -> str:
        if value is None:
            return "" if spec.key == "annual_target" else "–"
        if spec.unit is Unit.FLAG:
            return self.tr("✓ yes") if value else self.tr("✗ no")
        return self._format.show(spec.unit, value, spec.key)

    def _below_break_even(self, key: str, column: int) -> bool:
        if self._sheet is None:
            return False
        figures = self._sheet.total if column == TOTAL_COLUMN else self._sheet.months[column]
        if key in _CHANNEL_SPEND:
            roi, even = getattr(figures, key), figures.break_even_roi
            return getattr(figures, _CHANNEL_SPEND[key]) > 0 and (
                even is None or roi is None or roi < even)
        if key not in ("roi", "clears_break_even"):
            return False
        return figures.spend_total > 0 and not figures.clears_break_even

    def _tooltip(self, spec: RowSpec, value: float | None, column: int) -> str | None:
        parts = [texts.row_formula(spec.key)]
        if spec.unit is Unit.MONEY and value is not None:
            parts.insert(0, self._format.money(value, spec.key))
        if spec.key in ("uplift", "planned_uv") and column < TOTAL_COLUMN:
            parts.append(self._lifting_events(column + 1))
        if spec.key in ("held_share", "held_orders"):
            parts.append(self._held_text(column))
        if spec.key in ("roi", "break_even_roi", "clears_break_even") and self._sheet:
            parts.append(self._roi_figures(column))
        if spec.key in _CHANNEL_SPEND and self._sheet:
            parts.append(self._channel_figures(spec.key, column))
        if column == TOTAL_COLUMN and spec.key in _YEAR_INPUTS:
            parts.append(self.tr("Type a value in the year column to set every month."))
        if spec.key == "weight" and column == TOTAL_COLUMN and value is not None \
                and abs(value - 1.0) > 1e-6:
            parts.append(self.tr("The weights add up to %1, not 100%: each month's target "
                                 "uses its weight ÷ this sum.")
                         .replace("%1", self._format.show(Unit.PERCENT, value)))
        text = "\n\n".join(p for p in parts if p)
        return text or None

    def _lifting_events(self, month: int) -> str:
        # Worked out when the tooltip is asked for: a few ms, against ~40 ms on every
        # recompute of a plan with 2,000 events if done for all months up front.
        lines = []
        for event in self._events:
            extra = event_extra_by_month(event, self._year)[month - 1]
            if abs(extra) <= 1e-9:
                continue
            if lifts_the_store(event, self._platforms):
                lines.append(f"• {event.title}: +{self._format.show(Unit.PERCENT, extra)}")
            else:
                lines.append(f"• {event.title}: " + self.tr(
                    "not counted, the store does not sell on its platform"))
        lines += self._shutdown_line(month)
        if not lines:
            return self.tr("No event lifts %1.").replace(
                "%1", texts.long_month_name(month, self._locale))
        heading = self.tr("Events lifting %1:").replace(
            "%1", texts.long_month_name(month, self._locale))
        return "\n".join([heading, *lines])

    def _shutdown_line(self, month: int) -> list[str]:
        pause = self._sheet.pause if self._sheet else None
        extra = pause_extra_by_month(pause, self._year)[month - 1]
        if pause is None or not extra:
            return []
        sign = "+" if extra > 0 else "−"
        return [self.tr("• Courier shutdown %1 – %2: %3").replace("%1", self._day(pause.start))
                .replace("%2", self._day(pause.end))
                .replace("%3", sign + self._format.show(Unit.PERCENT, abs(extra)))]

    def _held_text(self, column: int) -> str:
        pause = self._sheet.pause if self._sheet else None
        if pause is None or column == TOTAL_COLUMN:
            return ""
        return (self.tr("Orders taken during the courier shutdown (%1 – %2) ship on %3.")
                .replace("%1", self._day(pause.start)).replace("%2", self._day(pause.end))
                .replace("%3", self._day(pause.ships_on)))

    def _day(self, day: date) -> str:
        return self._locale.toString(QDate(day.year, day.month, day.day),
                                     QLocale.FormatType.ShortFormat)

    def _roi_figures(self, column: int) -> str:
        assert self._sheet is not None
        f = self._sheet.total if column == TOTAL_COLUMN else self._sheet.months[column]
        text = (self.tr("GMV %1 ÷ spend %2 = ROI %3; break-even ROI %4.")
                .replace("%1", self._format.money(f.gmv))
                .replace("%2", self._format.money(f.spend_total))
                .replace("%3", self._ratio(f.roi)).replace("%4", self._ratio(f.break_even_roi)))
        if f.spend_total > 0 and not f.clears_break_even:
            text += "\n" + self.tr("Below break-even: the ads cost more than the gross profit.")
        return text

    def _channel_figures(self, key: str, column: int) -> str:
        assert self._sheet is not None
        f = self._sheet.total if column == TOTAL_COLUMN else self._sheet.months[column]
        text = (self.tr("This channel's ROI %1; break-even ROI %2.")
                .replace("%1", self._ratio(getattr(f, key)))
                .replace("%2", self._ratio(f.break_even_roi)))
        if self._below_break_even(key, column):
            text += "\n" + self.tr("Below break-even: this channel's ads cost more than the "
                                   "gross profit its GMV brings.")
        return text

    def _ratio(self, value: float | None) -> str:
        return "–" if value is None else self._format.show(Unit.RATIO, value)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index)
                                                    & Qt.ItemFlag.ItemIsEditable):
            return False
        spec = _LAYOUT[index.row()]
        assert isinstance(spec, RowSpec)
        column = index.column()
        where = (self.tr("the year") if column == TOTAL_COLUMN
                 else texts.long_month_name(column + 1, self._locale))
        typed = str(value)
        try:
            number = self._format.parse(spec.unit, typed)
        except InputError as error:
            reason = texts.input_error_text(error.code, spec.unit is Unit.PERCENT)
            self.editRefused.emit(texts.refusal(texts.row_label(spec.key), where, typed,
                                                  reason))
            return False
        current = self.value(spec.key, column)
        if current is not None and abs(number - current) <= 1e-12 * max(1.0, abs(current)):
            return False
        try:
            self._commit(spec.key, None if column == TOTAL_COLUMN else column + 1, number)
        except ValidationError as error:
            self.editRefused.emit(texts.refusal(texts.row_label(spec.key), where, typed,
                                                  problems_text(error.problems)))
            return False
        return True

"""The Budget tab: the input-output sheet (投入产出表), plan vs actual (复盘) and charts.

Everything shown is read through the tab's feed (``BudgetFeed``) and recomputed when it
reads again; every edit and helper is one ``document.apply``. The charts page loads
pyqtgraph the first time it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ecplanner.domain.budget.fees import (
    FeeProfile,
    FeeProfileError,
    load_fee_profiles,
    profiles_for,
)
from ecplanner.domain.budget.review import review
from ecplanner.domain.budget.rows import Unit
from ecplanner.domain.budget.solve import DEFAULT_SEARCH_SHARE, PAID_CHANNELS
from ecplanner.domain.currency import currency_symbol
from ecplanner.domain.findings import ValidationError
from ecplanner.domain.languages import language_of
from ecplanner.ui.budget import commands, texts
from ecplanner.ui.budget.channel_spend_dialog import ChannelSpendDialog
from ecplanner.ui.budget.charts import BudgetCharts
from ecplanner.ui.budget.delegate import SheetDelegate
from ecplanner.ui.budget.dialogs import ImportActualsDialog
from ecplanner.ui.budget.feed import BudgetFeed, SheetInputs
from ecplanner.ui.budget.forecast_page import ForecastPage
from ecplanner.ui.budget.last_year import LastYearActions
from ecplanner.ui.budget.model import TOTAL_COLUMN, SheetModel, group_rows, row_of
from ecplanner.ui.budget.review_model import ReviewModel
from ecplanner.ui.common import heavy
from ecplanner.ui.common.after_build import after_build
from ecplanner.ui.common.messages import problems_text
from ecplanner.ui.common.slices import Slices
from ecplanner.ui.document import PlanDocument

_WARM_UP_SLICE_S = 0.008
"""A slice of working out the events' uplift ahead of the first show, at idle."""
_EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked
                  | QAbstractItemView.EditTrigger.EditKeyPressed
                  | QAbstractItemView.EditTrigger.AnyKeyPressed)


def _table(model: SheetModel | ReviewModel, fixed_columns: int) -> QTableView:
    """A figures table: month columns share the width (down to a width that holds
    "-8,888,888"), the ``fixed_columns`` after them fit their contents."""
    table = QTableView()
    table.setModel(model)
    table.setWordWrap(False)
    metrics = QFontMetrics(table.font())
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(metrics.horizontalAdvance("-8,888,888") + 14)
    for column in range(model.columnCount() - fixed_columns, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _status_line() -> QLabel:
    """The line under the sheet for refusals and helpers' results. Its room is kept while it
    is hidden, and a long text does not widen the window: a message that comes and goes
    must not move the rows under the user's pointer."""
    line = QLabel()
    line.setFixedHeight(line.fontMetrics().height() + 10)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    policy.setRetainSizeWhenHidden(True)
    line.setSizePolicy(policy)
    line.hide()
    return line


class BudgetTab(QWidget):
    """Shows the plan's budget; edits and imports go through ``document``."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.feed = BudgetFeed(document, self)
        self.charts: BudgetCharts | None = None
        self._fee_profiles: tuple[FeeProfile, ...] | None = None
        self.sheet_model = SheetModel(self._commit, editable=not document.read_only)
        self.sheet_model.editRefused.connect(self._on_edit_refused)
        self.review_model = ReviewModel()
        self.message = _status_line()
        self.last_year = LastYearActions(document, self.feed, self._show_message, self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.toolbar = self._toolbar()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.toolbar)
        self.note = QLabel(self.tr("This plan has no budget yet: the sheet shows the default "
                                   "seasonality. Your first edit saves all twelve months."))
        self.note.setStyleSheet("background: #FFF4D6; padding: 4px 8px;")
        self.sheet_table = _table(self.sheet_model, fixed_columns=1)
        self.sheet_table.setItemDelegate(SheetDelegate(self.sheet_table))
        self.sheet_table.setEditTriggers(_EDIT_TRIGGERS)
        for row in group_rows():
            self.sheet_table.setSpan(row, 0, 1, TOTAL_COLUMN + 1)
        self.review_caption = QLabel()
        self.review_caption.setWordWrap(True)
        self.review_table = _table(self.review_model, fixed_columns=2)
        self.review_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.addWidget(self.review_caption)
        review_layout.addWidget(self.review_table, 1)
        self.chart_page = QWidget()
        QVBoxLayout(self.chart_page).setContentsMargins(0, 0, 0, 0)
        self._charts_loading = QLabel(self.tr("Loading the charts…"))
        self._charts_loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._charts_loading.hide()
        chart_layout = self.chart_page.layout()
        assert chart_layout is not None
        chart_layout.addWidget(self._charts_loading)
        self._heavy = heavy.Loader(self)
        self.pages = QTabWidget()
        self.pages.addTab(self.sheet_table, self.tr("Input-output sheet"))
        self.pages.addTab(review_page, self.tr("Plan vs actual"))
        self.forecast_page = ForecastPage(self.document)
        self.pages.addTab(self.forecast_page, self.tr("Forecast"))
        self.pages.addTab(self.chart_page, self.tr("Charts"))
        self.pages.currentChanged.connect(self._on_page_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.feed.updated.connect(lambda _changes: self.refresh())
        # The sheet's first recompute works out every event's uplift: ~40 ms on a plan of
        # 20,000 events, in the turn that shows the tab. Once the window is idle it is
        # worked out ahead, in slices, and the first show finds it known. (At the next
        # turn: by then the tab is in its main window, whose building it waits for.)
        self._warming = Slices(_WARM_UP_SLICE_S, self)
        QTimer.singleShot(0, self, lambda: after_build(self, self._warm_up))

    def _warm_up(self) -> None:
        if self.feed.loaded or not self.document.is_open:
            return
        store = self.document.store
        self._warming.start(self.sheet_model.warm_up(store.events(), store.info()),
                            later=True)

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        self.fill_uv_action = QAction(self.tr("Fill visitors from targets"), self)
        self.fill_uv_action.setToolTip(self.tr(
            "Set each month's base visitors so that planned GMV meets the monthly target at "
            "its conversion rate, order value and event uplift."))
        self.fill_uv_action.triggered.connect(self._on_fill_uv)
        self.search_share = QDoubleSpinBox(minimum=1.0, maximum=100.0, decimals=1,
                                           singleStep=1.0, suffix="%")
        self.search_share.setValue(DEFAULT_SEARCH_SHARE * 100)
        self.search_share.setToolTip(self.tr(
            "Share of planned visitors that arrive through search-ad clicks (直通车)."))
        self.fill_search_action = QAction(self.tr("Fill search spend"), self)
        self.fill_search_action.setToolTip(self.tr(
            "Search spend = planned visitors × search share × cost per click, for every month "
            "with a cost per click."))
        self.fill_search_action.triggered.connect(self._on_fill_search)
        self.cogs_action = QAction(self.tr("Cost of goods from products"), self)
        self.cogs_action.setToolTip(self.tr(
            "Set each month's cost of goods rate from the products on sale that month: "
            "unit cost ÷ list price, weighted by first order quantity."))
        self.cogs_action.triggered.connect(self._on_fill_cogs)
        self.fees_menu = QMenu(self)
        self.fees_menu.aboutToShow.connect(self._on_fees_menu)
        fees = QToolButton()
        fees.setText(self.tr("Platform fees"))
        fees.setToolTip(self.tr("Fill every month's commission, payment fee and affiliate "
                                "rates from a fee profile of the store's platforms; type "
                                "over any of them afterwards."))
        fees.setMenu(self.fees_menu)
        fees.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        fees.setEnabled(not self.document.read_only)
        self.channel_menu = QMenu(self)
        for channel in PAID_CHANNELS:
            action = self.channel_menu.addAction(texts.row_label(f"spend_{channel}") + "…")
            action.triggered.connect(self._asks_channel_spend(channel))
        channels = QToolButton()
        channels.setText(self.tr("Fill channel spend"))
        channels.setToolTip(self.tr("Set a paid channel's spend from the share of GMV it "
                                    "should bring at its expected ROI."))
        channels.setMenu(self.channel_menu)
        channels.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        channels.setEnabled(not self.document.read_only)
        self.import_action = QAction(self.tr("Import Daily Actuals…"), self)
        self.import_action.triggered.connect(self.open_import)
        bar.addAction(self.fill_uv_action)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Search share ")))
        bar.addWidget(self.search_share)
        bar.addAction(self.fill_search_action)
        bar.addWidget(channels)
        bar.addSeparator()
        bar.addAction(self.cogs_action)
        bar.addWidget(fees)
        bar.addAction(self.last_year.weights_action)
        bar.addAction(self.import_action)
        for action in (self.fill_uv_action, self.fill_search_action, self.cogs_action,
                       self.import_action):
            action.setEnabled(not self.document.read_only)  # each writes the plan
        return bar

    def menu_actions(self) -> list[tuple[str, QAction]]:
        return [("file", self.last_year.history_action), ("file", self.import_action)]

    # -- showing the plan -----------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute everything shown from what the feed read (a few milliseconds)."""
        inputs = self.feed.inputs
        assert inputs is not None
        info = inputs.info
        self._warming.stop()  # the recompute works out what it had not reached
        self.sheet_model.set_inputs(inputs)
        self.heading.setText(self.tr("Budget %1 · amounts in %2 (%3)")
                             .replace("%1", str(info.year)).replace("%2", info.currency)
                             .replace("%3", currency_symbol(info.currency)))
        self.note.setVisible(bool(inputs.unsaved))
        self.last_year.refresh(info, self.feed.actuals)
        self._refresh_review()
        if self.pages.currentWidget() is self.forecast_page:
            self._refresh_forecast()

    def _refresh_forecast(self) -> None:
        """The forecast page learns last year's rhythm in a worker: only while it shows."""
        inputs, sheet = self.feed.inputs, self.sheet_model.sheet
        assert inputs is not None and sheet is not None
        self.forecast_page.show_plan(
            inputs.info, list(self.feed.actuals),
            self.document.store.settings().history_events, inputs.events,
            [m.target for m in sheet.months], [(b.cvr, b.aov) for b in inputs.months],
            self.sheet_model.number_format)

    def _refresh_review(self) -> None:
        assert self.feed.inputs is not None
        sheet = self.sheet_model.sheet
        assert sheet is not None
        year = sheet.year
        days = sorted(a.day for a in self.feed.actuals if a.day.year == year)
        as_of = days[-1] if days else date.today()
        result = review(sheet, self.feed.actuals, as_of, self.feed.channel_days)
        self.review_model.set_review(result, self.feed.inputs.info.currency)
        fmt = self.sheet_model.number_format
        if not days:
            self.review_caption.setText(self.tr(
                "No daily actuals for %1 yet. Import a daily export (File ▸ Import Daily "
                "Actuals…) to compare the plan with what happened.").replace("%1", str(year)))
        else:
            ytd = result.year_to_date
            completion = ("–" if ytd.completion_vs_target is None
                          else fmt.show(Unit.PERCENT, ytd.completion_vs_target))
            self.review_caption.setText(
                self.tr("%n days of actuals up to %1. Year to date: %2 of a %3 target (%4).")
                .replace("%n", str(len(days))).replace("%1", as_of.isoformat())
                .replace("%2", fmt.money(ytd.actual_gmv)).replace("%3", fmt.money(ytd.target))
                .replace("%4", completion))
        if self.charts is not None:
            self.charts.show_figures(sheet, result, self.feed.inputs.info.currency)

    # -- editing -----------------------------------------------------------------------------
    def _commit(self, key: str, month: int | None, value: float) -> None:
        assert self.feed.inputs is not None
        if key == "annual_target":
            commands.set_annual_target(self.document, self.feed.inputs, value)
        elif month is None:
            commands.set_every_month(self.document, self.feed.inputs, key, value)
        else:
            commands.set_month_input(self.document, self.feed.inputs, key, month, value)
        self.message.hide()

    def _show_message(self, text: str, error: bool) -> None:
        color = "#B00020" if error else "#1F5130"
        background = "#FDECEA" if error else "#E6F4EA"
        self.message.setStyleSheet(f"color: {color}; background: {background}; padding: 4px 8px;")
        self.message.setText(text)
        self.message.setToolTip(text)
        self.message.show()

    def _on_edit_refused(self, text: str) -> None:
        self._show_message(text, error=True)

    def _run(self, action: Callable[[PlanDocument, SheetInputs], int | None]) -> int:
        """Run a helper from ``commands``; a refusal is shown, not raised. Returns its count."""
        assert self.feed.inputs is not None
        try:
            changed = action(self.document, self.feed.inputs)
        except ValidationError as error:
            self._show_message(problems_text(error.problems), error=True)
            return 0
        self.message.hide()
        return changed or 0

    def _on_fill_uv(self) -> None:
        if not self._run(commands.fill_uv):
            self._show_message(self.tr("Nothing to fill: each month needs a conversion rate "
                                       "and an order value above zero."), error=False)

    def _on_fill_search(self) -> None:
        assert self.feed.inputs is not None
        if not any(b.cpc > 0 for b in self.feed.inputs.months):
            self._show_message(self.tr("Type a search cost per click first: months without "
                                       "one keep their search spend."), error=True)
            self.sheet_table.setCurrentIndex(self.sheet_model.index(row_of("cpc"), 0))
            return
        share = self.search_share.value() / 100.0
        self._run(lambda document, inputs: commands.fill_search_spend(document, inputs, share))

    def _asks_channel_spend(self, channel: str) -> Callable[[], None]:
        def ask() -> None:
            self.ask_channel_spend(channel)
        return ask

    def ask_channel_spend(self, channel: str) -> ChannelSpendDialog:
        """Ask the share of GMV ``channel`` should bring; its spend is filled on OK."""
        sheet = self.sheet_model.sheet
        total = sheet.total if sheet is not None else None
        now = (getattr(total, f"gmv_{channel}") / total.gmv
               if total is not None and total.gmv > 0 else 0.0)
        dialog = ChannelSpendDialog(texts.row_label(f"spend_{channel}"), now, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._fill_channel(channel, dialog.share()))
        dialog.open()
        return dialog

    def _fill_channel(self, channel: str, share: float) -> None:
        if not self._run(lambda document, inputs: commands.fill_channel_spend(
                document, inputs, channel, share)):
            self._show_message(self.tr("Nothing to fill: type the channel's expected ROI "
                                       "first; months without one keep their spend."),
                               error=False)

    def _on_fill_cogs(self) -> None:
        if not self._run(commands.fill_cogs_rate):
            self._show_message(self.tr("Nothing to fill: no product with a launch date and a "
                                       "list price is on sale in the plan year, or the rates "
                                       "already match."), error=False)

    def _on_fees_menu(self) -> None:
        """Lists the fee profiles of the store's platforms (read from disk when first asked
        for; the store's platforms may have changed since the menu was last shown)."""
        assert self.feed.inputs is not None
        self.fees_menu.clear()
        if self._fee_profiles is None:
            try:
                self._fee_profiles = load_fee_profiles()
            except (FeeProfileError, OSError) as error:  # a damaged install: say which file
                self.fees_menu.addAction(str(error)).setEnabled(False)
                return
        lang = language_of(QLocale().name())
        found = profiles_for(self._fee_profiles, self.feed.inputs.info.platforms)
        for profile in found:
            name, day = profile.names[lang], profile.as_of
            action = self.fees_menu.addAction(
                self.tr("%1 (rates of %2)").replace("%1", name)
                .replace("%2", QLocale().toString(QDate(day.year, day.month, day.day),
                                                  QLocale.FormatType.ShortFormat)))
            action.setData(profile.key)
            action.setToolTip(profile.source)
            action.triggered.connect(lambda _=False, p=profile, n=name: self._on_fees(p, n))
        self.fees_menu.setToolTipsVisible(True)
        if not found:
            self.fees_menu.addAction(self.tr("No fee profile for the store's platforms")
                                     ).setEnabled(False)

    def _on_fees(self, profile: FeeProfile, name: str) -> None:
        if not self._run(lambda document, inputs: commands.fill_fees(document, inputs,
                                                                     profile, name)):
            self._show_message(self.tr("The months' fees already match %1.").replace(
                "%1", name), error=False)

    # -- importing ---------------------------------------------------------------------------
    def open_import(self) -> ImportActualsDialog:
        """Opens the import wizard window-modally; its days are stored when it is accepted."""
        self.feed.catch_up()  # the File menu opens it while another tab shows
        assert self.feed.inputs is not None
        existing = {a.day: a for a in self.feed.actuals}
        channel_days = {(d.day, d.channel.value): d for d in self.feed.channel_days}
        dialog = ImportActualsDialog(self.feed.inputs.info.currency, existing, self,
                                     channel_days)
        dialog.accepted.connect(lambda: self._on_import_accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_import_accepted(self, dialog: ImportActualsDialog) -> None:
        if ad_rows := dialog.ad_rows():
            commands.import_ads(self.document, ad_rows)
            self._show_message(self.tr("Imported %n days of ad reports.").replace(
                "%n", str(len(ad_rows))), error=False)
            return
        rows = dialog.rows()
        commands.import_actuals(self.document, rows)
        self._show_message(self.tr("Imported %n days of actuals.").replace("%n", str(len(rows))),
                           error=False)
        self.pages.setCurrentIndex(1)

    # -- charts ------------------------------------------------------------------------------
    def _on_page_changed(self, index: int) -> None:
        self.feed.catch_up()
        if self.pages.widget(index) is self.forecast_page and self.feed.inputs is not None:
            self._refresh_forecast()
        if self.pages.widget(index) is self.chart_page and self.charts is None:
            # Before the warm-up, pyqtgraph loads in a worker first.
            self._charts_loading.setVisible(not heavy.imported())
            self._heavy.then(self._build_charts)

    def _build_charts(self) -> None:
        self._charts_loading.hide()
        if self.pages.currentWidget() is not self.chart_page or self.charts is not None:
            return  # the user left the page while pyqtgraph loaded
        self.charts = BudgetCharts(parent=self.chart_page)
        layout = self.chart_page.layout()
        assert layout is not None
        layout.addWidget(self.charts)
        self._refresh_review()

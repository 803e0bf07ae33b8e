"""The plan file's tables (SQLModel). Every row is keyed by a stable text ``uuid``.

The uuid is the iCalendar UID and the id used to match rows on import, and it lets a
deleted row be restored by undo exactly as it was. Enum-valued columns hold the enum's
value; lists hold JSON text. Dates are ISO text in SQLite.
"""

# Loaded off the start-up path: reads need no classes (``sql_reads``); writes, creating a
# file and migrations do, and the window loads this module in the background once shown.
# No ``from __future__ import annotations`` here: pydantic and SQLAlchemy would have to
# evaluate every field's annotation from its string.

from datetime import date, datetime

from sqlalchemy import Column, DateTime, ForeignKey, MetaData, String
from sqlmodel import Field, SQLModel


def schema() -> MetaData:
    """Every table of a plan file (the classes below register themselves in it)."""
    return SQLModel.metadata


class PlanTable(SQLModel):
    # Rows are read and written through SQLAlchemy Core (see mappers), never validated
    # by pydantic: deferring its validators saves building them (~2 ms a class).
    model_config = {**SQLModel.model_config, "defer_build": True}


def fk_column(target: str, *, nullable: bool = False, on_delete: str = "CASCADE") -> Column[str]:
    return Column(String, ForeignKey(target, ondelete=on_delete), nullable=nullable, index=True)


class PlanRow(PlanTable, table=True):
    __tablename__ = "plan"
    uuid: str = Field(primary_key=True)
    store_name: str
    year: int
    markets: str = "[]"
    platforms: str = "[]"
    currency: str = "CNY"
    locale: str = "zh_CN"
    annual_target: float = 0.0
    shipping_cutoff_days: int = 5


class EventRow(PlanTable, table=True):
    __tablename__ = "event"
    uuid: str = Field(primary_key=True)
    title: str
    kind: str
    start: date = Field(index=True)
    end: date
    market: str = ""
    platform: str = ""
    template_key: str | None = Field(default=None, index=True)
    occurrence: str | None = None
    registration_deadline: date | None = None
    registered: bool = False
    color: str = "#4A90D9"
    uplift: float = 1.0
    # schema 2; the default in SQL too, as the migration adds it to older files
    count_uplift_anyway: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    discount: float = 0.0
    owner: str = ""
    notes: str = ""
    edited: bool = False
    sequence: int = 0


class PhaseRow(PlanTable, table=True):
    __tablename__ = "event_phase"
    uuid: str = Field(primary_key=True)
    event_uuid: str = Field(sa_column=fk_column("event.uuid"))
    position: int
    kind: str
    name: str
    # Wall-clock times in the platform's own time zone (sales start at 20:00 local).
    start: datetime = Field(sa_column=Column(DateTime, nullable=False))
    end: datetime = Field(sa_column=Column(DateTime, nullable=False))


class FeaturedProductRow(PlanTable, table=True):
    __tablename__ = "event_product"
    event_uuid: str = Field(sa_column=Column(
        String, ForeignKey("event.uuid", ondelete="CASCADE"), primary_key=True))
    product_uuid: str = Field(sa_column=Column(
        String, ForeignKey("product.uuid", ondelete="CASCADE"), primary_key=True))
    position: int = 0


class ProductRow(PlanTable, table=True):
    __tablename__ = "product"
    uuid: str = Field(primary_key=True)
    code: str = Field(index=True)
    name: str
    season: str
    category: str = ""
    wave: str = ""
    role: str = "profit"
    unit_cost: float = 0.0
    list_price: float = 0.0
    launch: date | None = None
    delist: date | None = None
    status: str = "planned"
    first_order_qty: int = 0
    lead_time_days: int = 0
    inbound_buffer_days: int = 7
    planned_price_change: date | None = None
    owner: str = ""
    notes: str = ""


class MilestoneOffsetRow(PlanTable, table=True):
    """A product's own milestone offset, overriding its season's default."""

    __tablename__ = "product_milestone"
    product_uuid: str = Field(sa_column=Column(
        String, ForeignKey("product.uuid", ondelete="CASCADE"), primary_key=True))
    kind: str = Field(primary_key=True)
    days_before_launch: int


class BudgetMonthRow(PlanTable, table=True):
    __tablename__ = "budget_month"
    uuid: str = Field(primary_key=True)
    month: int = Field(unique=True)
    weight: float
    uv: float
    cvr: float
    aov: float
    spend_search: float = 0.0
    spend_display: float = 0.0
    affiliate_rate: float = 0.0
    affiliate_share: float = 0.0
    spend_live: float = 0.0
    spend_offsite: float = 0.0
    spend_other: float = 0.0
    cogs_rate: float = 0.4
    shipping_per_order: float = 8.0
    commission_rate: float = 0.05
    payment_fee_rate: float = 0.006
    refund_rate: float = 0.1
    fixed_costs: float = 0.0
    cpc: float = 0.0
    orders_per_buyer: float = 1.0
    affiliate_refund_rate: float = 0.0
    affiliate_service_rate: float = 0.0
    refund_unshipped_share: float = 0.0
    refund_only_share: float = 0.0
    write_down_share: float = 0.0
    return_cost: float = 0.0
    vat_rate: float = 0.0
    roi_search: float = 0.0
    roi_display: float = 0.0
    roi_live: float = 0.0
    roi_offsite: float = 0.0


class TaskRow(PlanTable, table=True):
    __tablename__ = "task"
    uuid: str = Field(primary_key=True)
    event_uuid: str | None = Field(default=None, sa_column=fk_column(
        "event.uuid", nullable=True, on_delete="CASCADE"))
    template_key: str | None = None
    title: str
    role: str
    due: date = Field(index=True)
    status: str = "open"
    owner: str = ""
    notes: str = ""


class StockPlanRow(PlanTable, table=True):
    __tablename__ = "stock_plan"
    uuid: str = Field(primary_key=True)
    product_uuid: str = Field(sa_column=Column(
        String, ForeignKey("product.uuid", ondelete="CASCADE"), unique=True, nullable=False))
    on_hand: int = 0
    base_weekly_sales: float = 0.0
    season_end: date | None = None
    elasticity: float = 2.0
    target_sell_through: float = 0.9
    allowed_discounts: str = "[]"


class ArrivalRow(PlanTable, table=True):
    __tablename__ = "stock_arrival"
    id: int | None = Field(default=None, primary_key=True)
    stock_uuid: str = Field(sa_column=fk_column("stock_plan.uuid"))
    day: date
    units: int


class MarkdownStepRow(PlanTable, table=True):
    __tablename__ = "markdown_step"
    id: int | None = Field(default=None, primary_key=True)
    stock_uuid: str = Field(sa_column=fk_column("stock_plan.uuid"))
    start: date
    discount: float


class DailyActualRow(PlanTable, table=True):
    __tablename__ = "daily_actual"
    day: date = Field(primary_key=True)
    uv: int = 0
    buyers: int = 0
    orders: int = 0
    gmv: float = 0.0
    spend: float = 0.0
    refunds: float = 0.0


class TaskTemplateRow(PlanTable, table=True):
    """What work an event of a kind generates, editable per plan."""

    __tablename__ = "task_template"
    key: str = Field(primary_key=True)
    kind: str
    title: str
    role: str
    due_from: str  # registration | start | end
    days: int
    position: int = 0


class SettingRow(PlanTable, table=True):
    """Typed, versioned plan-level settings, stored as JSON text by key."""

    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str

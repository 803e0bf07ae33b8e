"""The plan file's tables, as SQLAlchemy Core declares them. Most rows are keyed by a
stable text ``uuid``.

The uuid is the iCalendar UID and the id used to match rows on import, and it lets a
deleted row be restored by undo exactly as it was. Enum-valued columns hold the enum's
value; lists hold JSON text. Dates are ISO text in SQLite. Rows are only ever read and
written through these tables with Core statements (``mappers``): no ORM classes, whose
loading (SQLModel, pydantic, SQLAlchemy's ORM) cost start-up ~200 ms.

Changing a table is a migration (``migrations``), which says what each version added.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
)

SCHEMA = MetaData()


def _text(name: str, *, nullable: bool = False, primary_key: bool = False,
          index: bool = False) -> Column[str]:
    return Column(name, String, nullable=nullable, primary_key=primary_key, index=index)


def _int(name: str) -> Column[int]:
    return Column(name, Integer, nullable=False)


def _float(name: str) -> Column[float]:
    return Column(name, Float, nullable=False)


def _parent(name: str, target: str, *, nullable: bool = False, primary_key: bool = False,
            index: bool = False, unique: bool = False) -> Column[str]:
    """A reference whose rows go when the row they belong to is deleted."""
    return Column(name, String, ForeignKey(target, ondelete="CASCADE"), nullable=nullable,
                  primary_key=primary_key, index=index, unique=unique)


def _uuid() -> Column[str]:
    return _text("uuid", primary_key=True)


PLAN = Table(
    "plan", SCHEMA, _uuid(), _text("store_name"), _int("year"), _text("markets"),
    _text("platforms"), _text("currency"), _text("locale"), _float("annual_target"),
    _int("shipping_cutoff_days"))

EVENT = Table(
    "event", SCHEMA, _uuid(), _text("title"), _text("kind"),
    Column("start", Date, nullable=False, index=True), Column("end", Date, nullable=False),
    _text("market"), _text("platform"), _text("template_key", nullable=True, index=True),
    _text("occurrence", nullable=True), Column("registration_deadline", Date),
    Column("registered", Boolean, nullable=False), _text("color"), _float("uplift"),
    # schema 2; its default in SQL too, as the migration adds it to older files
    Column("count_uplift_anyway", Boolean, nullable=False, server_default="0"),
    _float("discount"), _text("owner"), _text("notes"), Column("edited", Boolean, nullable=False),
    _int("sequence"))

# Wall-clock times in the platform's own time zone (sales start at 20:00 local).
EVENT_PHASE = Table(
    "event_phase", SCHEMA, _uuid(), _parent("event_uuid", "event.uuid", index=True),
    _int("position"), _text("kind"), _text("name"),
    Column("start", DateTime, nullable=False), Column("end", DateTime, nullable=False))

EVENT_PRODUCT = Table(
    "event_product", SCHEMA, _parent("event_uuid", "event.uuid", primary_key=True),
    _parent("product_uuid", "product.uuid", primary_key=True), _int("position"))

PRODUCT = Table(
    "product", SCHEMA, _uuid(), _text("code", index=True), _text("name"), _text("season"),
    _text("category"), _text("wave"), _text("role"), _float("unit_cost"),
    _float("list_price"), Column("launch", Date), Column("delist", Date), _text("status"),
    _int("first_order_qty"), _int("lead_time_days"), _int("inbound_buffer_days"),
    Column("planned_price_change", Date), _text("owner"), _text("notes"))

# A product's own milestone offset, overriding its season's default.
PRODUCT_MILESTONE = Table(
    "product_milestone", SCHEMA, _parent("product_uuid", "product.uuid", primary_key=True),
    _text("kind", primary_key=True), _int("days_before_launch"))

BUDGET_MONTH = Table(
    "budget_month", SCHEMA, _uuid(), Column("month", Integer, nullable=False, unique=True),
    *(_float(name) for name in (
        "weight", "uv", "cvr", "aov", "spend_search", "spend_display", "affiliate_rate",
        "affiliate_share", "spend_live", "spend_offsite", "spend_other", "cogs_rate",
        "shipping_per_order", "commission_rate", "payment_fee_rate", "refund_rate",
        "fixed_costs", "cpc", "orders_per_buyer", "affiliate_refund_rate",
        "affiliate_service_rate", "refund_unshipped_share", "refund_only_share",
        "write_down_share", "return_cost", "vat_rate", "roi_search", "roi_display", "roi_live",
        "roi_offsite")))

TASK = Table(
    "task", SCHEMA, _uuid(), _parent("event_uuid", "event.uuid", nullable=True, index=True),
    _text("template_key", nullable=True), _text("title"), _text("role"),
    Column("due", Date, nullable=False, index=True), _text("status"), _text("owner"),
    _text("notes"))

STOCK_PLAN = Table(
    "stock_plan", SCHEMA, _uuid(), _parent("product_uuid", "product.uuid", unique=True),
    _int("on_hand"), _float("base_weekly_sales"), Column("season_end", Date),
    _float("elasticity"), _float("target_sell_through"), _text("allowed_discounts"))

STOCK_ARRIVAL = Table(
    "stock_arrival", SCHEMA, Column("id", Integer, primary_key=True),
    _parent("stock_uuid", "stock_plan.uuid", index=True), Column("day", Date, nullable=False),
    _int("units"))

MARKDOWN_STEP = Table(
    "markdown_step", SCHEMA, Column("id", Integer, primary_key=True),
    _parent("stock_uuid", "stock_plan.uuid", index=True),
    Column("start", Date, nullable=False), _float("discount"))

DAILY_ACTUAL = Table(
    "daily_actual", SCHEMA, Column("day", Date, primary_key=True), _int("uv"), _int("buyers"),
    _int("orders"), _float("gmv"), _float("spend"), _float("refunds"))

# Schema 4: each paid channel's day from its ad report. ``key`` is "day/channel" (the
# entity's key, ``domain.ops.channel_day_key``), so the store reads and writes it as it does
# any row keyed by one column; day and channel are kept too, to be read by period.
CHANNEL_DAY = Table(
    "channel_day", SCHEMA, _text("key", primary_key=True),
    Column("day", Date, nullable=False, index=True), _text("channel"), _float("spend"),
    _int("clicks"), _float("gmv"))

# Schema 5: one product's day of real sales. ``key`` (product uuid, a space, the ISO day)
# is the one key column the store's generic reads and deletes use, unique as the pair is.
PRODUCT_DAY = Table(
    "product_day", SCHEMA, _text("key", primary_key=True),
    _parent("product_uuid", "product.uuid", index=True), Column("day", Date, nullable=False),
    _int("uv"), _int("units"), _float("gmv"))

# What work an event of a kind generates, editable per plan; ``due_from`` is one of
# registration, start, end.
TASK_TEMPLATE = Table(
    "task_template", SCHEMA, _text("key", primary_key=True), _text("kind"), _text("title"),
    _text("role"), _text("due_from"), _int("days"), _int("position"))

# Typed, versioned plan-level settings, stored as JSON text by key.
SETTING = Table("setting", SCHEMA, _text("key", primary_key=True), _text("value"))

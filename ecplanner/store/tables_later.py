"""The plan file's tables that start-up does not read: stock plans and their arrivals and
markdown steps, daily actuals, task templates and settings (see ``tables``).

They load with their mappers (``mappers_later``) when first read or written, or with
``tables.schema()``.
"""

# No ``from __future__ import annotations``: see ``tables``.

from datetime import date

from sqlalchemy import Column, ForeignKey, String
from sqlmodel import Field

from ecplanner.store.tables import PlanTable, fk_column


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

"""The plan's entities as plain, immutable Python values.

Nothing here knows about Qt or SQL. The store maps these to and from table rows; the
UI shows them; every edit replaces a value with a new one (``dataclasses.replace``).
Dates are inclusive: an event with ``start == end`` lasts one day.
Money is a float in the store's currency: these are plans and forecasts, not ledgers.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum


def new_uuid() -> str:
    """A fresh stable row id (used as iCalendar UID and for import matching)."""
    return str(uuidlib.uuid4())


class Market(StrEnum):
    CN = "cn"
    JP = "jp"
    GLOBAL = "global"


class EventKind(StrEnum):
    MAJOR_SALE = "major_sale"
    PLATFORM_DAY = "platform_day"
    FESTIVAL = "festival"
    HOLIDAY = "holiday"
    STORE_PROMO = "store_promo"
    CLEARANCE = "clearance"


class PhaseKind(StrEnum):
    WARMUP = "warmup"  # 预热
    PRESALE = "presale"  # 预售, deposit (定金) paid
    BALANCE = "balance"  # 尾款, balance paid
    MAIN = "main"  # 正式 / 第一波 / 第二波
    ENCORE = "encore"  # 返场


@dataclass(frozen=True)
class Phase:
    """A named part of an event; ``name`` is the catalog's label (e.g. 第一波)."""

    kind: PhaseKind
    name: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Event:
    """A platform event or store promotion placed on the plan's calendar."""

    title: str
    kind: EventKind
    start: date
    end: date
    market: str = ""
    platform: str = ""
    template_key: str | None = None
    occurrence: str | None = None  # the catalog date it was generated for (stays when moved)
    phases: tuple[Phase, ...] = ()
    registration_deadline: date | None = None
    registered: bool = False  # the store has applied to join (silences the deadline warning)
    color: str = "#4A90D9"
    uplift: float = 1.0  # traffic multiplier while the event runs (1.0 = no lift)
    # Count the uplift though the store does not sell on the event's platform (its
    # shoppers cross over, say): the user's choice in the event editor.
    count_uplift_anyway: bool = False
    discount: float = 0.0  # typical discount depth, 0..1
    owner: str = ""
    notes: str = ""
    featured_products: tuple[str, ...] = ()  # product uuids
    edited: bool = False  # moved or edited by the user: the catalog never overwrites it
    sequence: int = 0  # bumped on every edit (iCalendar SEQUENCE)
    uuid: str = field(default_factory=new_uuid)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def revised(self, **changes: object) -> Event:
        """This event changed by the user: marked edited, with its SEQUENCE bumped."""
        return replace(self, **changes, edited=True, sequence=self.sequence + 1)  # type: ignore[arg-type]

    def shifted(self, days: int) -> Event:
        """Moved by ``days`` with its phases and deadline (not marked as edited)."""
        step = timedelta(days=days)
        return replace(
            self, start=self.start + step, end=self.end + step,
            phases=tuple(replace(p, start=p.start + step, end=p.end + step) for p in self.phases),
            registration_deadline=(self.registration_deadline + step
                                   if self.registration_deadline else None),
        )


class Season(StrEnum):
    SPRING = "spring"
    SUMMER = "summer"
    AUTUMN = "autumn"
    WINTER = "winter"
    ALL_YEAR = "all_year"


class ProductRole(StrEnum):
    TRAFFIC = "traffic"  # 引流款
    PROFIT = "profit"  # 利润款
    EVENT = "event"  # 活动款
    IMAGE = "image"  # 形象款


class ProductStatus(StrEnum):
    PLANNED = "planned"
    SAMPLING = "sampling"
    SHOOTING = "shooting"
    READY = "ready"
    ON_SALE = "on_sale"
    DELISTED = "delisted"


class MilestoneKind(StrEnum):
    SAMPLE = "sample"  # 打样
    SHOOT = "shoot"  # 拍摄
    DETAIL_PAGE = "detail_page"  # 详情页
    STOCK_IN = "stock_in"  # 入仓


@dataclass(frozen=True)
class Product:
    """A product (款) with its launch and delisting dates.

    ``milestone_offsets`` overrides the season defaults: days before launch (positive).
    """

    code: str
    name: str
    season: Season = Season.ALL_YEAR
    category: str = ""
    wave: str = ""
    role: ProductRole = ProductRole.PROFIT
    unit_cost: float = 0.0
    list_price: float = 0.0
    launch: date | None = None
    delist: date | None = None
    status: ProductStatus = ProductStatus.PLANNED
    first_order_qty: int = 0
    lead_time_days: int = 0
    inbound_buffer_days: int = 7
    milestone_offsets: tuple[tuple[MilestoneKind, int], ...] = ()
    planned_price_change: date | None = None
    owner: str = ""
    notes: str = ""
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class MarkdownStep:
    """From ``start`` on, the product sells at ``discount`` (0.3 = 30% off list)."""

    start: date
    discount: float


@dataclass(frozen=True)
class Arrival:
    """Stock on order arriving at the warehouse on ``day``."""

    day: date
    units: int


@dataclass(frozen=True)
class StockPlan:
    """Clearance inputs for one product."""

    product_uuid: str
    on_hand: int = 0
    base_weekly_sales: float = 0.0
    season_end: date | None = None
    elasticity: float = 2.0
    target_sell_through: float = 0.9
    arrivals: tuple[Arrival, ...] = ()
    ladder: tuple[MarkdownStep, ...] = ()
    allowed_discounts: tuple[float, ...] = (0.1, 0.2, 0.3, 0.5)
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class BudgetMonth:
    """The inputs of one month of the input-output sheet (投入产出表).

    Rates are fractions (0.035 = 3.5%). ``uv`` is the base traffic before event uplift.
    The inputs below ``cpc`` came later; their defaults here are neutral (the sheet is
    worked out as it was without them), so a plan or file written before them reads as it
    did; a new plan starts from ``budget.uplift.default_months``' usual values instead.
    """

    month: int
    weight: float = 1.0 / 12
    uv: float = 0.0
    cvr: float = 0.03
    aov: float = 200.0
    spend_search: float = 0.0
    spend_display: float = 0.0
    affiliate_rate: float = 0.0
    affiliate_share: float = 0.0  # share of GMV that affiliates bring
    spend_live: float = 0.0
    spend_offsite: float = 0.0
    spend_other: float = 0.0
    cogs_rate: float = 0.4
    shipping_per_order: float = 8.0
    commission_rate: float = 0.05
    payment_fee_rate: float = 0.006
    refund_rate: float = 0.1
    fixed_costs: float = 0.0
    cpc: float = 0.0  # search cost per click, for the "solve for" helper
    orders_per_buyer: float = 1.0  # UV × CVR counts buyers (支付买家数); shipping is per order
    affiliate_refund_rate: float = 0.0  # 淘宝客 is paid on confirmed (确认收货) orders only
    affiliate_service_rate: float = 0.0  # 阿里妈妈's service fee, a share of the commission
    refund_unshipped_share: float = 0.0  # of refunds: cancelled before dispatch (no shipping)
    refund_only_share: float = 0.0  # of refunds after dispatch: 仅退款, the buyer keeps it
    write_down_share: float = 0.0  # of goods sent back: not sellable again
    return_cost: float = 0.0  # per returned order: return shipping and 运费险
    vat_rate: float = 0.0  # VAT / consumption tax included in prices (China 13%, Japan 10%)
    roi_search: float = 0.0  # expected ROI (投产比) of each paid channel: GMV it brings ÷ spend;
    roi_display: float = 0.0  # 0 attributes nothing to the channel (its GMV counts as organic)
    roi_live: float = 0.0
    roi_offsite: float = 0.0
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class DailyActual:
    """One day of the store's real figures, as a platform exports them."""

    day: date
    uv: int = 0
    buyers: int = 0
    orders: int = 0
    gmv: float = 0.0
    spend: float = 0.0
    refunds: float = 0.0


class AdChannel(StrEnum):
    """The paid channels with their own ad reports: the budget's ``spend_<channel>``."""

    SEARCH = "search"  # 直通车, Rakuten RPP, Amazon Sponsored Products
    DISPLAY = "display"  # 引力魔方, 万相台
    LIVE = "live"  # 直播 / 达人, Douyin 千川
    OFFSITE = "offsite"  # 站外


@dataclass(frozen=True)
class ChannelDay:
    """One paid channel's day as its ad report gives it. ``gmv`` is the GMV the platform
    attributes to the channel's ads (成交金额), a part of the store's day, not added to it."""

    day: date
    channel: AdChannel
    spend: float = 0.0
    clicks: int = 0
    gmv: float = 0.0


@dataclass(frozen=True, slots=True)
class ProductDay:
    """One day of one product's real sales, as a platform's product report gives them
    (生意参谋 商品效果): visitors to its page, units paid for and their value."""

    product_uuid: str
    day: date
    uv: int = 0
    units: int = 0
    gmv: float = 0.0


class TaskStatus(StrEnum):
    OPEN = "open"
    DOING = "doing"
    DONE = "done"


class Role(StrEnum):
    OPERATIONS = "operations"
    DESIGN = "design"
    WAREHOUSE = "warehouse"
    ADS = "ads"
    CUSTOMER_SERVICE = "customer_service"
    PURCHASING = "purchasing"


class TaskAnchor(StrEnum):
    """The event date a task's due date counts from."""

    REGISTRATION = "registration"  # the registration deadline; no task if the event has none
    START = "start"
    END = "end"


@dataclass(frozen=True)
class TaskTemplate:
    """One piece of work an event of ``kind`` generates, due ``days`` after ``due_from``."""

    key: str
    kind: EventKind
    title: str
    role: Role
    due_from: TaskAnchor
    days: int


@dataclass(frozen=True)
class Task:
    """A piece of the team's work (分工), usually generated by an event."""

    title: str
    role: str
    due: date
    event_uuid: str | None = None
    template_key: str | None = None
    status: TaskStatus = TaskStatus.OPEN
    owner: str = ""
    notes: str = ""
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class PlanInfo:
    """The store a plan is for, and the plan's year."""

    store_name: str
    year: int
    markets: tuple[str, ...] = (Market.CN.value,)
    platforms: tuple[str, ...] = ("tmall",)
    currency: str = "CNY"
    locale: str = "zh_CN"
    annual_target: float = 0.0
    shipping_cutoff_days: int = 5  # last day to ship: days before the Spring Festival break
    uuid: str = field(default_factory=new_uuid)


# Months (1..12) in which each season's line is expected to launch, for the wave-gap warning.
DEFAULT_EXPECTED_LAUNCH_MONTHS: tuple[tuple[Season, tuple[int, ...]], ...] = (
    (Season.SPRING, (2, 3)),
    (Season.SUMMER, (4, 5)),
    (Season.AUTUMN, (8, 9)),
    (Season.WINTER, (10, 11)),
)

SETTINGS_KEY = "plan_settings"


@dataclass(frozen=True)
class PlanSettings:
    """Plan-wide defaults the user can change; one per plan (stored versioned, as JSON).

    ``season_milestones`` overrides the shipped milestone offsets (days before launch) per
    season; ``expected_launch_months`` drives the wave-gap warning; ``price_lock_days`` is
    how long before a major sale the platform fixes the reference price (30, some use 15/7);
    ``shutdown_traffic`` is a day's visitors during the Spring Festival courier shutdown as
    a share of a normal day (the budget counts the shutdown's days at it);
    ``forecast_growth`` is the forecast's growth on last year's level (0.1: +10 %);
    ``history_events`` are last year's events as its plan file held them.
    """

    season_milestones: tuple[tuple[Season, tuple[tuple[MilestoneKind, int], ...]], ...] = ()
    expected_launch_months: tuple[tuple[Season, tuple[int, ...]], ...] = (
        DEFAULT_EXPECTED_LAUNCH_MONTHS)
    price_lock_days: int = 30
    shutdown_traffic: float = 0.7
    forecast_growth: float = 0.0
    # Last year's events, brought in with its daily actuals from last year's plan file: the
    # seasonality takes them out of last year's days, and must work once that file is gone.
    history_events: tuple[Event, ...] = ()
    key: str = SETTINGS_KEY

    def season_offsets(self) -> dict[Season, dict[MilestoneKind, int]]:
        return {season: dict(offsets) for season, offsets in self.season_milestones}

    def expected_months(self) -> dict[Season, set[int]]:
        return {season: set(months) for season, months in self.expected_launch_months}

"""The demo plan: a women's apparel Tmall flagship store planning its year.

Built from a few tables so the figures are believable: four seasons of ten products,
each launched ahead of its season and delisted after it, stock and markdowns for the
autumn/winter lines, and a budget whose traffic follows the year's seasonality.
"""

from __future__ import annotations

from datetime import date, timedelta

from ecplanner.domain.model import (
    Arrival,
    BudgetMonth,
    Event,
    EventKind,
    MarkdownStep,
    PlanInfo,
    Product,
    ProductRole,
    ProductStatus,
    Season,
    StockPlan,
)

STORE_NAME = "素锦女装天猫旗舰店"

# (season, launch month, delist month, [(name, category, cost, price, role)])
_LINES: list[tuple[Season, int, int, list[tuple[str, str, float, float, ProductRole]]]] = [
    (Season.SPRING, 2, 5, [
        ("法式碎花连衣裙", "连衣裙", 92, 329, ProductRole.PROFIT),
        ("针织开衫", "针织", 58, 199, ProductRole.TRAFFIC),
        ("高腰直筒牛仔裤", "裤装", 66, 239, ProductRole.TRAFFIC),
        ("风衣外套", "外套", 188, 699, ProductRole.IMAGE),
        ("条纹衬衫", "衬衫", 48, 169, ProductRole.EVENT),
        ("半身百褶裙", "半裙", 55, 199, ProductRole.PROFIT),
        ("小香风短外套", "外套", 160, 559, ProductRole.PROFIT),
        ("休闲西装", "外套", 150, 499, ProductRole.PROFIT),
        ("圆领卫衣", "卫衣", 45, 159, ProductRole.EVENT),
        ("阔腿西裤", "裤装", 70, 259, ProductRole.PROFIT),
    ]),
    (Season.SUMMER, 4, 8, [
        ("真丝吊带裙", "连衣裙", 120, 459, ProductRole.IMAGE),
        ("纯棉T恤", "T恤", 22, 79, ProductRole.TRAFFIC),
        ("冰丝阔腿裤", "裤装", 40, 149, ProductRole.TRAFFIC),
        ("雪纺碎花裙", "连衣裙", 68, 259, ProductRole.PROFIT),
        ("防晒衬衫", "衬衫", 38, 139, ProductRole.EVENT),
        ("亚麻短裤", "裤装", 35, 129, ProductRole.EVENT),
        ("方领泡泡袖上衣", "上衣", 42, 159, ProductRole.PROFIT),
        ("针织背心", "针织", 28, 99, ProductRole.TRAFFIC),
        ("度假长裙", "连衣裙", 85, 329, ProductRole.PROFIT),
        ("牛仔半裙", "半裙", 45, 169, ProductRole.PROFIT),
    ]),
    (Season.AUTUMN, 8, 11, [
        ("羊毛针织衫", "针织", 98, 359, ProductRole.PROFIT),
        ("灯芯绒外套", "外套", 110, 399, ProductRole.PROFIT),
        ("格纹半裙", "半裙", 60, 219, ProductRole.EVENT),
        ("卫衣套装", "套装", 88, 299, ProductRole.TRAFFIC),
        ("皮衣夹克", "外套", 230, 799, ProductRole.IMAGE),
        ("打底衫", "上衣", 25, 89, ProductRole.TRAFFIC),
        ("直筒休闲裤", "裤装", 62, 229, ProductRole.PROFIT),
        ("毛呢马甲", "外套", 75, 269, ProductRole.EVENT),
        ("丝绒连衣裙", "连衣裙", 105, 389, ProductRole.PROFIT),
        ("衬衫裙", "连衣裙", 72, 279, ProductRole.PROFIT),
    ]),
    (Season.WINTER, 10, 2, [
        ("双面羊绒大衣", "大衣", 520, 1799, ProductRole.IMAGE),
        ("白鸭绒羽绒服", "羽绒服", 280, 899, ProductRole.PROFIT),
        ("短款羽绒服", "羽绒服", 210, 699, ProductRole.EVENT),
        ("高领毛衣", "针织", 85, 299, ProductRole.TRAFFIC),
        ("加绒阔腿裤", "裤装", 58, 199, ProductRole.TRAFFIC),
        ("羊羔毛外套", "外套", 160, 559, ProductRole.PROFIT),
        ("毛呢半裙", "半裙", 70, 259, ProductRole.PROFIT),
        ("针织连衣裙", "连衣裙", 95, 339, ProductRole.PROFIT),
        ("棉服", "棉服", 130, 459, ProductRole.EVENT),
        ("围巾", "配饰", 30, 129, ProductRole.TRAFFIC),
    ]),
]

_SEASON_CODE = {Season.SPRING: "SP", Season.SUMMER: "SU", Season.AUTUMN: "AU", Season.WINTER: "WI"}

# Traffic (UV) per month for the demo budget, before event uplift.
_BASE_UV = (260_000, 180_000, 300_000, 320_000, 340_000, 360_000,
            280_000, 270_000, 330_000, 380_000, 400_000, 360_000)


def demo_info(year: int) -> PlanInfo:
    return PlanInfo(store_name=STORE_NAME, year=year, markets=("cn",),
                    platforms=("tmall", "taobao"), currency="CNY", locale="zh_CN",
                    annual_target=48_000_000.0)


def demo_products(year: int) -> list[Product]:
    products: list[Product] = []
    for season, launch_month, delist_month, items in _LINES:
        for i, (name, category, cost, price, role) in enumerate(items):
            # Six items in the season's first month, the rest in a second wave a month later.
            launch = date(year, launch_month + i // 6, 1 + (i % 3) * 9)
            delist_year = year + 1 if delist_month < launch_month else year
            delist = date(delist_year, delist_month, 28)
            wave = f"{_SEASON_CODE[season]}{1 + i // 4}"
            products.append(Product(
                code=f"{str(year)[2:]}{_SEASON_CODE[season]}{i + 1:03d}", name=name,
                season=season, category=category, wave=wave, role=role, unit_cost=cost,
                list_price=price, launch=launch, delist=delist,
                status=ProductStatus.PLANNED, first_order_qty=300 + 100 * (i % 4),
                lead_time_days=25 + 5 * (i % 3), owner=("小林", "阿美", "王姐")[i % 3],
            ))
    return products


def demo_stock(products: list[Product], year: int) -> list[StockPlan]:
    """Clearance inputs for the autumn and winter lines (the ones that must sell out)."""
    plans: list[StockPlan] = []
    for i, product in enumerate(products):
        if product.season not in (Season.AUTUMN, Season.WINTER) or product.launch is None:
            continue
        # The stock must be gone by the delist date: the ladder's last step comes before it.
        season_end = product.delist or date(year + 1, 2, 28)
        first_cut = season_end - timedelta(weeks=8)
        plans.append(StockPlan(
            product_uuid=product.uuid,
            on_hand=product.first_order_qty * 2,
            base_weekly_sales=18 + 6 * (i % 5),
            season_end=season_end,
            elasticity=2.0,
            target_sell_through=0.85,
            arrivals=(Arrival(product.launch + timedelta(days=30), product.first_order_qty),),
            ladder=(MarkdownStep(first_cut, 0.2),
                    MarkdownStep(first_cut + timedelta(weeks=4), 0.4)),
        ))
    return plans


def _weights() -> list[float]:
    """Last year's traffic shares, rounded, summing to exactly 1."""
    total = sum(_BASE_UV)
    weights = [round(uv / total, 4) for uv in _BASE_UV[:-1]]
    return [*weights, round(1 - sum(weights), 4)]


_REFUND_RATES = (0.36, 0.32, 0.34, 0.34, 0.35, 0.42, 0.36, 0.33, 0.34, 0.36, 0.45, 0.40)
"""A third of GMV refunded, more after 618 (Jun), 双11 (Nov) and 双12 (Dec): buyers order
several sizes on a deep discount and send most back; least in February (Spring Festival)."""


def demo_budget() -> list[BudgetMonth]:
    """A mid-size Tmall women's apparel store as such stores report it: a third or more of
    GMV refunded (returns of sizes and colours are the trade's norm), 30% of refunds
    cancelled before dispatch, 仅退款 for a few, a tenth of returns not sellable again;
    直通车 clicks for 40% of the visitors at ¥1.5 returning 3×, display 2.2×, live streams
    3×, off-site 2×, 淘宝客 at 25% commission on confirmed orders plus 阿里妈妈's 10%;
    prices include 13% VAT. The whole spend returns about 4.7× (全店投产比), break-even is
    about 2.8×, and the net margin is about 12% before VAT and 4% after."""
    return [
        BudgetMonth(
            month=m, weight=weight, uv=uv, cvr=0.032, aov=268.0, orders_per_buyer=1.05,
            spend_search=uv * 0.4 * 1.5, roi_search=3.0, spend_display=uv * 0.5,
            roi_display=2.2, affiliate_rate=0.25, affiliate_share=0.10,
            affiliate_refund_rate=refund_rate, affiliate_service_rate=0.10,
            spend_live=250_000.0, roi_live=3.0, spend_offsite=60_000.0, roi_offsite=2.0,
            spend_other=30_000.0, cogs_rate=0.30, shipping_per_order=9.0,
            commission_rate=0.05, payment_fee_rate=0.006, refund_rate=refund_rate,
            refund_unshipped_share=0.30, refund_only_share=0.06, write_down_share=0.10,
            return_cost=8.0, vat_rate=0.13, fixed_costs=220_000.0, cpc=1.5,
        )
        for m, (uv, weight, refund_rate) in enumerate(
            zip(_BASE_UV, _weights(), _REFUND_RATES, strict=True), start=1)
    ]


def demo_store_promotions(year: int) -> list[Event]:
    """The store's own promotions (its anniversary, monthly members' day, clearance)."""
    promos = [
        Event(title="店庆", kind=EventKind.STORE_PROMO, start=date(year, 4, 8),
              end=date(year, 4, 12), color="#8E44AD", uplift=1.6, discount=0.15,
              owner="小林", notes="三周年店庆，满300减30"),
        Event(title="冬装清仓", kind=EventKind.CLEARANCE, start=date(year, 2, 20),
              end=date(year, 3, 5), color="#7F8C8D", uplift=1.3, discount=0.5, owner="王姐"),
        Event(title="夏装清仓", kind=EventKind.CLEARANCE, start=date(year, 8, 15),
              end=date(year, 8, 31), color="#7F8C8D", uplift=1.3, discount=0.5, owner="王姐"),
    ]
    for month in range(1, 13):
        day = date(year, month, 18)
        promos.append(Event(title="会员日", kind=EventKind.STORE_PROMO, start=day, end=day,
                            color="#16A085", uplift=1.2, discount=0.1, owner="阿美"))
    return promos

"""The workbook's words for the domain's codes: enum values, budget rows and warnings.

Entries are (中文, 日本語, English). ``code_for`` reads a cell back: it accepts a label in
any of the three languages, or the code itself, and returns the code (None if unknown).
"""

from __future__ import annotations

from collections.abc import Mapping

from ecplanner.exchange.xlsx.words import Entry

EVENT_KINDS: dict[str, Entry] = {
    "major_sale": ("大促", "大型セール", "Major sale"),
    "platform_day": ("平台日", "プラットフォームデー", "Platform day"),
    "festival": ("节日", "季節行事", "Festival"),
    "holiday": ("假日", "祝日", "Holiday"),
    "store_promo": ("店铺活动", "店舗プロモーション", "Store promotion"),
    "clearance": ("清仓", "在庫処分", "Clearance"),
}

PHASE_KINDS: dict[str, Entry] = {
    "warmup": ("预热", "予告", "Warm-up"),
    "presale": ("预售（定金）", "予約（手付金）", "Presale (deposit)"),
    "balance": ("尾款", "残金支払い", "Balance payment"),
    "main": ("正式", "本番", "Main sale"),
    "encore": ("返场", "アンコール", "Encore"),
}

PLATFORMS: dict[str, Entry] = {
    "": ("自营店铺", "自社ショップ", "Own store"),
    "tmall": ("天猫", "天猫（Tmall）", "Tmall"),
    "taobao": ("淘宝", "タオバオ", "Taobao"),
    "jd": ("京东", "JD.com", "JD"),
    "douyin": ("抖音", "抖音（Douyin）", "Douyin"),
    "pdd": ("拼多多", "拼多多（Pinduoduo）", "Pinduoduo"),
    "rakuten": ("乐天", "楽天市場", "Rakuten"),
    "amazon_jp": ("日本亚马逊", "Amazon.co.jp", "Amazon JP"),
    "yahoo_jp": ("雅虎购物", "Yahoo!ショッピング", "Yahoo! Shopping"),
    "amazon": ("亚马逊", "Amazon", "Amazon"),
    "all": ("全平台", "全プラットフォーム", "All platforms"),
    "store": ("自营店铺", "自社ショップ", "Own store"),
}

SEASONS: dict[str, Entry] = {
    "spring": ("春", "春", "Spring"),
    "summer": ("夏", "夏", "Summer"),
    "autumn": ("秋", "秋", "Autumn"),
    "winter": ("冬", "冬", "Winter"),
    "all_year": ("四季", "通年", "All year"),
}

PRODUCT_ROLES: dict[str, Entry] = {
    "traffic": ("引流款", "集客商品", "Traffic driver"),
    "profit": ("利润款", "利益商品", "Profit maker"),
    "event": ("活动款", "イベント商品", "Event item"),
    "image": ("形象款", "ブランド商品", "Image item"),
}

PRODUCT_STATUSES: dict[str, Entry] = {
    "planned": ("计划中", "計画中", "Planned"),
    "sampling": ("打样中", "サンプル作成中", "Sampling"),
    "shooting": ("拍摄中", "撮影中", "Shooting"),
    "ready": ("已就绪", "準備完了", "Ready"),
    "on_sale": ("在售", "販売中", "On sale"),
    "delisted": ("已下架", "販売終了", "Delisted"),
}

MILESTONES: dict[str, Entry] = {
    "sample": ("打样", "サンプル", "Sample"),
    "shoot": ("拍摄", "撮影", "Shoot"),
    "detail_page": ("详情页", "商品ページ", "Detail page"),
    "stock_in": ("入仓", "入庫", "Stock-in"),
    "launch": ("上新", "発売", "Launch"),
    "delist": ("下架", "販売終了", "Delist"),
}

TEAM_ROLES: dict[str, Entry] = {
    "operations": ("运营", "運営", "Operations"),
    "design": ("设计", "デザイン", "Design"),
    "warehouse": ("仓储", "倉庫", "Warehouse"),
    "ads": ("推广", "広告", "Ads"),
    "customer_service": ("客服", "カスタマーサービス", "Customer service"),
    "purchasing": ("采购", "仕入れ", "Purchasing"),
}

TASK_STATUSES: dict[str, Entry] = {
    "open": ("待办", "未着手", "Open"),
    "doing": ("进行中", "対応中", "In progress"),
    "done": ("已完成", "完了", "Done"),
}

TASK_TITLES: dict[str, Entry] = {
    "Register for the event": ("报名活动", "イベントにエントリー", "Register for the event"),
    "Event plan": ("活动方案", "イベント企画", "Event plan"),
    "Stock up": ("备货", "在庫の積み増し", "Stock up"),
    "Main images and banners": ("主图与海报", "メイン画像とバナー", "Main images and banners"),
    "Detail pages": ("详情页", "商品ページ", "Detail pages"),
    "Ads budget": ("推广预算", "広告予算", "Ads budget"),
    "Customer-service scripts": ("客服话术", "カスタマー対応スクリプト",
                                 "Customer-service scripts"),
    "Review": ("复盘", "振り返り", "Review"),
    "Festival banners": ("节日海报", "季節行事のバナー", "Festival banners"),
    "Promotion plan": ("促销方案", "プロモーション企画", "Promotion plan"),
    "Markdown plan": ("降价方案", "値下げ計画", "Markdown plan"),
}

BUDGET_GROUPS: dict[str, Entry] = {
    "target": ("目标", "目標", "Target"),
    "traffic": ("流量与销售", "集客と売上", "Traffic and sales"),
    "spend": ("推广花费（分渠道）", "広告費（チャネル別）", "Ad spend by channel"),
    "costs": ("成本", "コスト", "Costs"),
    "results": ("结果", "結果", "Results"),
}

BUDGET_ROWS: dict[str, Entry] = {
    "annual_target": ("年度GMV目标", "年間流通額目標", "Annual GMV target"),
    "weight": ("季节权重", "季節ウェイト", "Seasonality weight"),
    "target": ("月度目标", "月間目標", "Monthly target"),
    "uv": ("基础访客数（UV）", "基本訪問者数（UV）", "Base visitors (UV)"),
    "uplift": ("活动流量倍数", "イベント流入倍率", "Event uplift ×"),
    "planned_uv": ("计划访客数", "計画訪問者数", "Planned visitors"),
    "cvr": ("转化率（CVR）", "転換率（CVR）", "Conversion rate (CVR)"),
    "aov": ("客单价", "客単価", "Average order value"),
    "buyers": ("支付买家数", "購入者数", "Buyers"),
    "orders_per_buyer": ("人均订单数", "購入者1人あたり注文数", "Orders per buyer"),
    "orders": ("订单数", "注文数", "Orders"),
    "gmv": ("计划GMV", "計画流通額", "Planned GMV"),
    "gap": ("与目标差额", "目標との差", "Gap to target"),
    "spend_search": ("直通车（搜索）", "検索広告", "Search ads"),
    "cpc": ("搜索点击单价", "検索クリック単価", "Search cost per click"),
    "roi_search": ("直通车投产比（预期）", "検索広告ROAS（見込み）", "Search ads ROI (expected)"),
    "gmv_search": ("直通车成交额", "検索広告経由の流通額", "GMV from search ads"),
    "spend_display": ("引力魔方/万相台（展示）", "ディスプレイ広告", "Display ads"),
    "roi_display": ("引力魔方/万相台投产比（预期）", "ディスプレイ広告ROAS（見込み）",
                    "Display ads ROI (expected)"),
    "gmv_display": ("引力魔方/万相台成交额", "ディスプレイ広告経由の流通額",
                    "GMV from display ads"),
    "affiliate_rate": ("淘宝客佣金率", "アフィリエイト報酬率", "Affiliate commission rate"),
    "affiliate_share": ("淘宝客成交占比", "アフィリエイト経由の割合", "GMV share via affiliates"),
    "affiliate_refund_rate": ("淘宝客订单退款率", "アフィリエイト注文の返品率",
                              "Affiliate orders refunded"),
    "affiliate_confirmed": ("淘宝客确认收货成交额", "アフィリエイト確定売上",
                            "Affiliate GMV confirmed"),
    "affiliate_service_rate": ("阿里妈妈服务费率（占佣金）", "アフィリエイト手数料率（報酬比）",
                               "Affiliate network fee (of commission)"),
    "spend_affiliate": ("淘宝客佣金", "アフィリエイト報酬", "Affiliate commission"),
    "gmv_affiliate": ("淘宝客成交额", "アフィリエイト経由の流通額", "GMV via affiliates"),
    "roi_affiliate": ("淘宝客投产比", "アフィリエイトROAS", "Affiliate ROI"),
    "spend_live": ("直播/达人", "ライブ・インフルエンサー", "Live / influencers"),
    "roi_live": ("直播/达人投产比（预期）", "ライブROAS（見込み）",
                 "Live / influencers ROI (expected)"),
    "gmv_live": ("直播/达人成交额", "ライブ経由の流通額",
                 "GMV from live / influencers"),
    "spend_offsite": ("站外推广", "外部広告", "Off-site ads"),
    "roi_offsite": ("站外推广投产比（预期）", "外部広告ROAS（見込み）",
                    "Off-site ads ROI (expected)"),
    "gmv_offsite": ("站外推广成交额", "外部広告経由の流通額", "GMV from off-site ads"),
    "spend_other": ("其他花费", "その他費用", "Other spend"),
    "spend_total": ("推广总花费", "広告費合計", "Total spend"),
    "spend_pct_gmv": ("推广费占比", "広告費率", "Spend as % of GMV"),
    "gmv_paid": ("付费推广成交额合计", "広告経由の流通額合計", "GMV from paid channels"),
    "gmv_organic": ("自然成交额（其余）", "自然流入の流通額（残り）", "Organic GMV (the rest)"),
    "cogs_rate": ("商品成本率", "原価率", "Cost-of-goods rate"),
    "cogs": ("商品成本", "売上原価", "Cost of goods"),
    "held_share": ("春节停运顺延发货占比", "春節配送停止で翌月出荷の割合",
                   "Held by the courier shutdown"),
    "held_orders": ("顺延至次月发货订单数", "翌月出荷の注文数", "Orders shipped next month"),
    "shipped_orders": ("发货订单数", "出荷注文数", "Orders shipped"),
    "shipping_per_order": ("每单运费", "1注文あたり送料", "Shipping per order"),
    "shipping": ("运费", "送料", "Shipping"),
    "commission_rate": ("平台佣金率", "販売手数料率", "Platform commission rate"),
    "commission": ("平台佣金", "販売手数料", "Platform commission"),
    "payment_fee_rate": ("支付手续费率", "決済手数料率", "Payment fee rate"),
    "payment_fees": ("支付手续费", "決済手数料", "Payment fees"),
    "refund_rate": ("退款率", "返品率", "Refund rate"),
    "refunds": ("退款金额", "返品額", "Refunds"),
    "refund_unshipped_share": ("未发货退款占比", "発送前キャンセルの割合",
                               "Refunds before dispatch"),
    "refund_only_share": ("发货后仅退款占比", "返品なし返金の割合（発送後）",
                          "Refunds without return (after dispatch)"),
    "write_down_share": ("退货不可二次销售占比", "再販できない返品の割合",
                         "Returns not sellable again"),
    "refund_goods_lost": ("退款货损", "返金による商品損失", "Goods lost on refunds"),
    "returned_orders": ("退货订单数", "返品注文数", "Orders returned"),
    "return_cost": ("每笔退货运费/运费险", "返品1件あたり送料", "Return shipping per return"),
    "return_costs": ("退货运费/运费险", "返品送料", "Return shipping"),
    "fixed_costs": ("固定成本", "固定費", "Fixed costs"),
    "net_sales": ("净销售额", "純売上", "Net sales"),
    "gross_profit": ("毛利润", "粗利", "Gross profit"),
    "gross_margin": ("毛利率", "粗利率", "Gross margin"),
    "net_profit": ("净利润（扣增值税前）", "純利益（消費税控除前）", "Net profit before VAT"),
    "net_margin": ("净利率", "純利益率", "Net margin"),
    "vat_rate": ("增值税率（含在售价中）", "消費税率（税込価格）", "VAT rate (in prices)"),
    "vat": ("应交增值税", "納付消費税", "VAT payable"),
    "net_profit_after_vat": ("扣除增值税后净利润", "消費税控除後の純利益",
                             "Net profit after VAT"),
    "roi": ("全店投产比（GMV÷总花费）", "全体ROAS（流通額÷広告費合計）",
            "Store-wide ROI (GMV ÷ all spend)"),
    "break_even_roi": ("保本投产比", "損益分岐ROAS", "Break-even ROI"),
    "clears_break_even": ("达到保本", "損益分岐達成", "Clears break-even"),
}

FINDINGS: dict[str, Entry] = {
    "event.overlap_same_platform": ("与同平台{count}场大促重叠（首个：“{other}”）",
                                    "同じプラットフォームの{count}件のセールと重複"
                                    "（最初：「{other}」）",
                                    "Overlaps {count} sale(s) on the same platform, "
                                    "the first “{other}”"),
    "event.registration_passed": ("报名截止日已过，尚未报名", "エントリー締切を過ぎています",
                                  "The registration deadline has passed"),
    "event.registration_soon": ("{days}天后报名截止", "エントリー締切まであと{days}日",
                                "Registration closes in {days} days"),
    "event.in_shipping_shutdown": ("与春节快递停运重叠（{from} – {to}）",
                                   "春節の配送停止と重複（{from} – {to}）",
                                   "Falls in the Spring Festival courier stop ({from} – {to})"),
    "event.price_lock_conflict": ("{count}个商品在大促前的价格锁定期内调价"
                                  "（最早：{product}，前{days_before}天）",
                                  "{count}商品がセール前の価格確認期間に価格変更"
                                  "（最初：{product}、{days_before}日前）",
                                  "{count} product(s) change price in the price-lock window "
                                  "(the first, {product}, {days_before} days before the sale)"),
    "product.milestone_lagging": ("{milestone}已过，状态应至少为“{expected}”",
                                  "{milestone}を過ぎています。ステータスは「{expected}」以上のはずです",
                                  "{milestone} has passed; status should be at least {expected}"),
    "product.stock_in_after_launch": ("入仓比上新晚{days}天", "入庫が発売の{days}日後です",
                                      "Stock-in is {days} days after launch"),
    "product.reorder_passed": ("已过最晚下单日", "発注期限を過ぎています",
                               "The order-by day has passed"),
    "product.launch_in_price_lock": ("上新在{count}场大促的价格锁定期内"
                                     "（最近：“{event}”前{days_before}天）",
                                     "発売が{count}件のセールの価格確認期間内です"
                                     "（直近：「{event}」の{days_before}日前）",
                                     "Launches in the price-lock windows of {count} sale(s), "
                                     "the nearest “{event}” {days_before} days later"),
    "product.featured_not_on_sale": ("在“{event}”中主推，但届时未在售",
                                     "「{event}」の注目商品ですが、その時期に販売していません",
                                     "Featured in “{event}” but not on sale then"),
    "season.wave_gap": ("{month}月没有该季上新", "{month}月にこのシーズンの発売がありません",
                        "No launch of this season in month {month}"),
    "stock.target_missed": ("预计售罄率{sell_through}未达目标{target}，季末剩余{leftover}件",
                            "予測消化率{sell_through}が目標{target}に届かず、期末在庫{leftover}点",
                            "Projected sell-through {sell_through} misses the {target} target; "
                            "{leftover} units left"),
    "stock.will_miss_delist": ("实际周销{observed}件（计划{planned}件，依据{days}天商品数据），"
                               "下架时将剩余{leftover}件",
                               "実績の週販{observed}点（計画{planned}点、商品データ{days}日分）："
                               "販売終了時に{leftover}点残ります",
                               "Sells {observed} a week (planned {planned}, from {days} days of "
                               "product data): {leftover} units left when delisted"),
    "stock.step_after_delist": ("降价阶梯有{count}档在下架日{delist}之后（最早：{step}），不会生效",
                                "値下げ段階のうち{count}件が販売終了日{delist}より後です"
                                "（最初：{step}）。適用されません",
                                "{count} markdown step(s) fall after the delist date {delist} "
                                "(the first on {step}) and will never apply"),
}

CATEGORIES: dict[str, Mapping[str, Entry]] = {
    "kind": EVENT_KINDS,
    "phase_kind": PHASE_KINDS,
    "platform": PLATFORMS,
    "season": SEASONS,
    "role": PRODUCT_ROLES,
    "status": PRODUCT_STATUSES,
    "team_role": TEAM_ROLES,
    "task_status": TASK_STATUSES,
}


def code_for(table: Mapping[str, Entry], text: str) -> str | None:
    """The code whose label (any language) or code is ``text``; None when unknown."""
    wanted = text.strip().casefold()
    for code, entry in table.items():
        if wanted == code.casefold() or any(wanted == label.casefold() for label in entry):
            return code
    return None

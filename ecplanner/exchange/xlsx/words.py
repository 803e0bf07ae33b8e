"""The workbook's words in the plan's language: sheet names, column headers, legends.

The exchange layer has no Qt, so the workbook cannot use the UI's translations; it keeps
this small dictionary for the three languages a plan can be in (``PlanInfo.locale``
zh_CN, ja_JP, en_US). Each entry is (中文, 日本語, English). Re-import reads headers in
any of the three languages, so a workbook can be exported in one and edited in another.
"""

from __future__ import annotations

from collections.abc import Mapping

from ecplanner.domain.languages import LANGUAGES

Entry = tuple[str, str, str]
MAX_LADDER_STEPS = 12


def pick(entry: Entry, lang: str) -> str:
    return entry[LANGUAGES.index(lang)]


SHEETS: dict[str, Entry] = {
    "overview": ("总览", "概要", "Overview"),
    "calendar": ("年历", "年間カレンダー", "Calendar"),
    "events": ("活动", "イベント", "Events"),
    "products": ("商品", "商品計画", "Products"),
    "clearance": ("清仓", "在庫処分", "Clearance"),
    "budget": ("投入产出", "投資対効果", "Budget"),
    "tasks": ("分工", "タスク", "Tasks"),
    "actuals": ("实际数据", "実績", "Actuals"),
}

_ID: Entry = ("ID", "ID", "ID")
_OWNER: Entry = ("负责人", "担当者", "Owner")
_NOTES: Entry = ("备注", "メモ", "Notes")
_CODE: Entry = ("款号", "品番", "Code")
_NAME: Entry = ("品名", "商品名", "Name")


def _ladder_headers() -> dict[str, Entry]:
    headers: dict[str, Entry] = {}
    for n in range(1, MAX_LADDER_STEPS + 1):
        headers[f"ladder_date_{n}"] = (f"第{n}档开始", f"第{n}段階 開始", f"Markdown {n} from")
        headers[f"ladder_discount_{n}"] = (f"第{n}档折扣", f"第{n}段階 割引", f"Markdown {n} off")
    return headers


HEADERS: dict[str, dict[str, Entry]] = {
    "events": {
        "title": ("活动", "イベント", "Event"),
        "phase": ("阶段", "フェーズ", "Phase"),
        "kind": ("类型", "種類", "Kind"),
        "platform": ("平台", "プラットフォーム", "Platform"),
        "start": ("开始", "開始", "Start"),
        "end": ("结束", "終了", "End"),
        "deadline": ("报名截止", "エントリー締切", "Register by"),
        "uplift": ("流量倍数", "流入倍率", "Traffic uplift ×"),
        "discount": ("折扣力度", "割引率", "Discount"),
        "owner": _OWNER,
        "notes": _NOTES,
        "id": _ID,
        "phase_no": ("阶段序号", "フェーズ番号", "Phase no."),
    },
    "products": {
        "code": _CODE,
        "name": _NAME,
        "season": ("季节", "シーズン", "Season"),
        "category": ("品类", "カテゴリ", "Category"),
        "wave": ("波段", "ウェーブ", "Wave"),
        "role": ("定位", "役割", "Role"),
        "status": ("状态", "ステータス", "Status"),
        "unit_cost": ("成本", "原価", "Unit cost"),
        "list_price": ("吊牌价", "定価", "List price"),
        "launch": ("上新日", "発売日", "Launch"),
        "delist": ("下架日", "販売終了日", "Delist"),
        "first_order_qty": ("首单量", "初回発注数", "First order"),
        "lead_time_days": ("生产周期（天）", "リードタイム（日）", "Lead time (days)"),
        "owner": _OWNER,
        "notes": _NOTES,
        "sample": ("打样", "サンプル", "Sample"),
        "shoot": ("拍摄", "撮影", "Shoot"),
        "detail_page": ("详情页", "商品ページ", "Detail page"),
        "stock_in": ("入仓", "入庫", "Stock-in"),
        "reorder_by": ("最晚下单", "発注期限", "Order by"),
        "id": _ID,
    },
    "clearance": {
        "code": _CODE,
        "name": _NAME,
        "on_hand": ("现有库存", "在庫数", "On hand"),
        "base_weekly_sales": ("基础周销", "基本週販", "Base weekly sales"),
        "season_end": ("季末", "シーズン終了", "Season end"),
        "elasticity": ("价格弹性", "価格弾力性", "Elasticity"),
        "target_sell_through": ("目标售罄率", "目標消化率", "Target sell-through"),
        "arrivals": ("到货（日期 数量）", "入荷（日付 数量）", "Arrivals (date units)"),
        **_ladder_headers(),
        "sell_through": ("预计售罄率", "予測消化率", "Projected sell-through"),
        "weeks_of_cover": ("库存周数", "在庫週数", "Weeks of cover"),
        "sold": ("预计销量", "予測販売数", "Units sold"),
        "leftover_units": ("季末剩余", "残在庫数", "Leftover units"),
        "leftover_cost": ("剩余成本", "残在庫原価", "Leftover cost"),
        "revenue": ("销售额", "売上", "Revenue"),
        "gross_margin": ("毛利", "粗利", "Gross margin"),
        "margin_rate": ("毛利率", "粗利率", "Margin rate"),
        "first_stockout": ("首次断货", "初回欠品", "First stock-out"),
        "reaches_target": ("达到目标", "目標達成", "Reaches target"),
        "id": _ID,
    },
    "budget": {
        "key": ("键", "キー", "Key"),
        "item": ("项目", "項目", "Item"),
        "total": ("全年", "年間", "Year"),
    },
    "tasks": {
        "role": ("岗位", "担当部門", "Role"),
        "due": ("截止日", "期限", "Due"),
        "task": ("任务", "タスク", "Task"),
        "event": ("活动", "イベント", "Event"),
        "status": ("状态", "ステータス", "Status"),
        "owner": _OWNER,
        "notes": _NOTES,
        "id": _ID,
    },
    "actuals": {
        "day": ("日期", "日付", "Date"),
        "uv": ("访客数", "訪問者数", "Visitors"),
        "buyers": ("买家数", "購入者数", "Buyers"),
        "orders": ("订单数", "注文数", "Orders"),
        "gmv": ("销售额", "売上", "GMV"),
        "spend": ("推广花费", "広告費", "Ad spend"),
        "refunds": ("退款", "返金", "Refunds"),
    },
    "overview": {
        "store": ("店铺", "ショップ", "Store"),
        "year": ("年度", "年度", "Year"),
        "currency": ("币种", "通貨", "Currency"),
        "annual_target": ("年度目标", "年間目標", "Annual target"),
        "gmv": ("计划GMV", "計画流通額", "Planned GMV"),
        "spend": ("推广总花费", "広告費合計", "Total ad spend"),
        "roi": ("投产比（ROI/ROAS）", "ROAS（投資対効果）", "ROI (ROAS)"),
        "net_profit": ("净利润", "純利益", "Net profit"),
        "month": ("月份", "月", "Month"),
        "events": ("活动数", "イベント数", "Events"),
        "launches": ("上新数", "発売数", "Launches"),
        "delists": ("下架数", "販売終了数", "Delists"),
        "warnings": ("提醒", "注意事項", "Warnings"),
        "day": ("日期", "日付", "Date"),
        "subject": ("对象", "対象", "About"),
        "warning": ("内容", "内容", "Warning"),
        "per_month": ("按月", "月別", "By month"),
        "no_warnings": ("没有提醒。", "注意事項はありません。", "No warnings."),
        "more_warnings": ("另有 {n} 条提醒未列出，请在程序中查看。",
                          "ほかに {n} 件の注意事項があります（アプリで確認してください）。",
                          "{n} more warnings are not listed here: see them in the app."),
    },
}

LEGEND: dict[str, Entry] = {
    "legend": ("图例", "凡例", "Legend"),
    "input": ("输入项：可修改，重新导入时读取", "入力項目：編集でき、再取り込みで読み込みます",
              "Input: edit it; re-import reads it"),
    "computed": ("公式：随输入自动计算", "数式：入力に合わせて再計算",
                 "Formula: follows the inputs"),
    "from_calendar": ("来自活动日历（在程序中修改）", "イベントカレンダーから（アプリで変更）",
                      "From the calendar (change it in the app)"),
    "read_only": ("只读：重新导入时忽略", "参照のみ：再取り込みでは無視されます",
                  "Read-only: re-import ignores it"),
    "weekend": ("周末", "週末", "Weekend"),
    "holiday": ("节假日", "祝日・休日", "Public holiday"),
    "makeup_workday": ("调休上班", "振替出勤日", "Make-up working day"),
    "shutdown": ("春节快递停运", "春節の配送停止", "Spring Festival courier stop"),
    "prep": ("准备期（打样→上新）", "準備期間（サンプル→発売）", "Preparation (sample → launch)"),
    "on_sale": ("在售期", "販売期間", "On sale"),
    "markdown": ("降价周", "値下げ週", "Markdown week"),
    "weekly": ("每周期末库存 →", "週末在庫 →", "Closing stock by week →"),
    "provisional": ("节假日为预估，官方安排尚未发布", "祝日は予測です（公式発表前）",
                    "Holidays are provisional: not yet published"),
    "clears_yes": ("达到保本", "損益分岐を達成", "Clears break-even"),
    "chart_gmv": ("月度目标与计划GMV", "月間目標と計画流通額", "Monthly target and planned GMV"),
    "chart_gmv_actual": ("月度目标、计划与实际GMV", "月間目標・計画・実績流通額",
                         "Monthly target, planned and actual GMV"),
    "actual_gmv": ("实际GMV", "実績流通額", "Actual GMV"),
    "forecast_group": ("销售预测", "売上予測", "Sales forecast"),
    # Budget ▸ Forecast's rows; {growth}: the plan's growth on last year, e.g. +10.0%.
    "forecast_gmv": ("预测GMV（去年节奏，同比 {growth}）",
                     "予測流通額（前年の傾向、前年比 {growth}）",
                     "Forecast GMV (last year's rhythm, growth {growth})"),
    "forecast_gap": ("距目标缺口", "目標との差", "Short of target"),
    "forecast_uv": ("需补访客数（补足缺口）", "不足分に必要な追加アクセス数",
                    "Visitors needed for the shortfall"),
    "chart_spend": ("推广花费与投产比", "広告費とROAS", "Ad spend and ROI (ROAS)"),
    # The last line of a text too long for a cell; {n}: the characters left out.
    "shortened": ("〔单元格最多容纳 32767 个字符：其余 {n} 个字符保存在计划中。"
                  "修改时请保留这一行。〕",
                  "〔セルに入るのは 32767 文字まで：残りの {n} 文字は計画に保存されています。"
                  "編集するときはこの行を残してください。〕",
                  "[A cell holds at most 32,767 characters: the other {n} are kept in the plan. "
                  "Keep this line when you edit the text.]"),
}

WEEKDAYS: dict[str, str] = {"zh": "一二三四五六日", "ja": "月火水木金土日", "en": "MTWTFSS"}
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_label(month: int, lang: str) -> str:
    return _EN_MONTHS[month - 1] if lang == "en" else f"{month}月"


def all_month_labels() -> dict[str, int]:
    """Every language's month label → month number (for reading headers back)."""
    found = {f"{m}月": m for m in range(1, 13)}
    found.update({name: m for m, name in enumerate(_EN_MONTHS, start=1)})
    return found


class Words:
    """The dictionary in one language; ``t(table, key)`` falls back to the key itself."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else "en"

    def t(self, table: Mapping[str, Entry], key: str) -> str:
        entry = table.get(key)
        return pick(entry, self.lang) if entry else key

    def sheet(self, key: str) -> str:
        return self.t(SHEETS, key)

    def header(self, sheet: str, key: str) -> str:
        return self.t(HEADERS[sheet], key)

    def legend(self, key: str) -> str:
        return self.t(LEGEND, key)


def header_keys(sheet: str) -> dict[str, str]:
    """Header text in any language (and the key itself) → column key, for one sheet."""
    found: dict[str, str] = {}
    for key, entry in HEADERS[sheet].items():
        found[key.casefold()] = key
        for text in entry:
            found.setdefault(text.strip().casefold(), key)
    return found

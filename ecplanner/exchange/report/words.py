"""The report's words in the plan's language, and the variance said in a sentence.

Money in a sentence is short, as an operations lead writes it in a 周报: in 万 in Chinese
and Japanese (¥41.2万), in k/M in English (¥412k); below ten thousand, in full.
"""

from __future__ import annotations

from ecplanner.domain.currency import money_prefix
from ecplanner.domain.review.periods import Period, PeriodKind
from ecplanner.domain.review.variance import Effects, Rule
from ecplanner.exchange.xlsx.words import HEADERS, LEGEND, Entry, Words, month_label

_EVENTS, _TASKS, _PRODUCTS = HEADERS["events"], HEADERS["tasks"], HEADERS["products"]
_SHARED: dict[str, Entry] = {
    # The report's columns that the workbook's sheets have too read as they do there.
    "date": HEADERS["actuals"]["day"], "title": _EVENTS["title"],
    "platform": _EVENTS["platform"], "start": _EVENTS["start"], "end": _EVENTS["end"],
    "deadline": _EVENTS["deadline"], "due": _TASKS["due"], "task": _TASKS["task"],
    "role": _TASKS["role"], "owner": _TASKS["owner"], "status": _TASKS["status"],
    "code": _PRODUCTS["code"], "name": _PRODUCTS["name"], "actual_gmv": LEGEND["actual_gmv"],
}

REPORT: dict[str, Entry] = {
    **_SHARED,
    "week_report": ("周报", "週報", "Weekly report"),
    "month_report": ("月报", "月報", "Monthly report"),
    "daily": ("每日数据", "日次データ", "Daily figures"),
    "data_to": ("数据截至", "データ最終日", "Data up to"),
    "days_with_data": ("有数据天数", "データのある日数", "Days with data"),
    "no_data": ("本期尚无实际数据", "この期間の実績はまだありません",
                "No actuals for this period yet"),
    "completion": ("目标与完成", "目標と達成状況", "Target and completion"),
    "figure": ("项目", "項目", "Figure"),
    "value": ("数值", "値", "Value"),
    "target": ("销售目标", "売上目標", "Target"),
    "plan": ("计划GMV（全期）", "計画流通額（期間全体）", "Planned GMV (whole period)"),
    "plan_to_date": ("计划GMV（截至数据日）", "計画流通額（データ最終日まで）",
                     "Planned GMV (to date)"),
    "actual": ("实际GMV", "実績流通額", "Actual GMV"),
    "vs_target": ("目标完成率", "目標達成率", "Actual ÷ target"),
    "vs_plan": ("计划完成率（全期）", "計画達成率（期間全体）", "Actual ÷ plan (whole period)"),
    "vs_plan_to_date": ("计划完成率（截至数据日）", "計画達成率（データ最終日まで）",
                        "Actual ÷ plan to date"),
    "factors": ("GMV = 访客数 × 转化率 × 客单价", "流通額 = アクセス × 転換率 × 客単価",
                "GMV = visitors × CVR × AOV"),
    "planned": ("计划", "計画", "Plan"),
    "actual_short": ("实际", "実績", "Actual"),
    "change": ("变化", "増減", "Change"),
    "gmv": ("GMV", "流通額", "GMV"),
    "uv": ("访客数", "アクセス人数", "Visitors"),
    "cvr": ("转化率", "転換率", "Conversion"),
    "aov": ("客单价", "客単価", "Order value"),
    "variance": ("差异归因（LMDI）", "差異要因（LMDI）", "Why: variance attribution (LMDI)"),
    "effect": ("因素", "要因", "Factor"),
    "amount": ("影响金额", "影響額", "Effect"),
    "gap": ("与计划差额", "計画との差", "Gap to plan"),
    "traffic": ("流量", "アクセス", "traffic"),
    "conversion": ("转化", "転換率", "conversion"),
    "order_value": ("客单价", "客単価", "order value"),
    "method": ("按有数据的天与同日计划比较；三项之和等于差额（对数平均迪氏分解）。",
               "実績のある日を同じ日の計画と比較。3要因の合計は差額と一致します（対数平均ディビジア分解）。",
               "The days with actuals against the plan of the same days; the three effects add "
               "up to the gap (log-mean Divisia index)."),
    "events": ("本期活动", "今期のイベント", "Events this period"),
    "next_events": ("下期活动", "次期のイベント", "Events next period"),
    "deadlines": ("下期报名截止", "次期のエントリー締切", "Registration deadlines next period"),
    "tasks": ("下期到期任务", "次期が期限のタスク", "Tasks due next period"),
    "products": ("本期上新与下架", "今期の発売・販売終了", "Launched and delisted this period"),
    "warnings": ("未处理提醒", "未対応の注意事項", "Open warnings"),
    "warnings_note": ("条，详见程序或 ecplanner check", "件（アプリまたは ecplanner check で確認）",
                      "(see them in the app or with ecplanner check)"),
    "none": ("无", "なし", "None"),
    "more": ("另有 {n} 项，见工作簿", "ほか {n} 件（ブックを参照）",
             "and {n} more (see the workbook)"),
    "weekday": ("星期", "曜日", "Day"),
    "uplift": ("流量倍数", "流入倍率", "Uplift ×"),
    "event_review": ("活动复盘", "イベント振り返り", "How the events did"),
    "event_gmv": ("活动成交", "イベント売上", "Event GMV"),
    "baseline": ("基准成交", "平常時の売上", "Baseline GMV"),
    "realised": ("实际倍数", "実績倍率", "Realised ×"),
    "planned_uplift": ("计划倍数", "計画倍率", "Planned ×"),
    "event_roi": ("投产比", "ROAS", "ROI"),
    "channels": ("推广渠道花费与投产比", "広告チャネル別の費用とROAS", "Channels' spend and ROI"),
    "channel": ("渠道", "チャネル", "Channel"),
    "spend": ("花费", "広告費", "Spend"),
    "clicks": ("点击量", "クリック数", "Clicks"),
    "channel_gmv": ("推广成交额", "広告経由の売上", "Attributed GMV"),
    "actual_roi": ("实际投产比", "実績ROAS", "Actual ROI"),
    "planned_roi": ("计划投产比", "計画ROAS", "Planned ROI"),
    "channel_method": ("投产比 = 推广成交额 ÷ 花费（即ROAS），来自各渠道的推广报表；"
                       "计划投产比按同样有报表的天计算。",
                       "ROAS = 広告経由の売上 ÷ 広告費（各チャネルの広告レポートより）。計画ROASは"
                       "レポートのある同じ日で計算。",
                       "ROI = attributed GMV ÷ spend (ROAS), from each channel's ad reports; the "
                       "planned ROI is of the same days."),
    "review_method": ("基准为前四周同一星期几的中位数（不含活动日）；只计正式、尾款、返场日。",
                      "基準は直前4週の同じ曜日の中央値（イベント日を除く）。本番・残金・"
                      "アンコール日のみを集計。",
                      "Baseline: the median of the same weekday in the four weeks before, "
                      "event days left out; only main, balance and encore days count."),
    "registered": ("已报名", "エントリー済", "Registered"),
    "launch": ("上新", "発売", "Launch"),
    "delist": ("下架", "販売終了", "Delist"),
    "what": ("类型", "種別", "What"),
    "plan_gmv": ("计划GMV", "計画流通額", "Plan GMV"),
    "plan_uv": ("计划访客", "計画アクセス", "Plan visitors"),
    "actual_uv": ("实际访客", "実績アクセス", "Actual visitors"),
    "plan_cvr": ("计划转化率", "計画転換率", "Plan CVR"),
    "actual_cvr": ("实际转化率", "実績転換率", "Actual CVR"),
    "plan_aov": ("计划客单价", "計画客単価", "Plan AOV"),
    "actual_aov": ("实际客单价", "実績客単価", "Actual AOV"),
    "total": ("合计", "合計", "Total"),
    "chart": ("每日计划与实际GMV", "日別の計画・実績流通額", "Planned and actual GMV by day"),
    "daily_rule": ("每日计划 = 月计划 × 当天权重 ÷ 当月权重之和；权重 = 星期系数 × "
                   "（1 + 当天在售活动的（流量倍数 − 1）之和）。星期系数：{src}。",
                   "日次計画 = 月次計画 × その日の重み ÷ 月の重みの合計。重み = 曜日係数 × "
                   "（1 + その日に販売中のイベントの（流入倍率 − 1）の合計）。曜日係数：{src}。",
                   "Daily plan = the month's plan × the day's weight ÷ the month's weights; "
                   "weight = weekday index × (1 + Σ (uplift − 1) of the events selling that "
                   "day). Weekday index: {src}."),
    "weekdays_learned": ("按{year}年实际数据（各星期GMV中位数）",
                         "{year}年の実績（曜日別流通額の中央値）",
                         "from {year}'s actuals (median GMV by weekday)"),
    "weekdays_flat": ("没有上一年的实际数据，每天相同", "前年の実績がないため全曜日同じ",
                      "flat, as there are no actuals for last year"),
}

_SENTENCE: dict[str, Entry] = {
    "short": ("{p}比计划少{m}", "{p}は計画を{m}下回りました", "{p} is {m} short of plan"),
    "ahead": ("{p}比计划多{m}", "{p}は計画を{m}上回りました", "{p} is {m} ahead of plan"),
    "even": ("{p}与计划持平", "{p}は計画どおりでした", "{p} is on plan"),
    "split": ("：{t}", "：{t}", ": {t}"),
    "sep": ("，", "、", ", "),
    "no_plan": ("（本期没有计划，无法归因）", "（計画がないため要因分解できません）",
                " (no plan for the period: nothing to split against)"),
    "missing_figures": ("（数据缺少访客数或买家数，无法归因）",
                        "（アクセス人数または購入者数がないため要因分解できません）",
                        " (the actuals lack visitors or buyers: the gap cannot be split)"),
}
_EN_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")


def report_word(words: Words, key: str) -> str:
    return words.t(REPORT, key)


def daily_rule(words: Words, weekdays_from: int | None) -> str:
    """How the daily plan was made, and where its weekday index came from."""
    source = (report_word(words, "weekdays_flat") if weekdays_from is None
              else report_word(words, "weekdays_learned").format(year=weekdays_from))
    return report_word(words, "daily_rule").format(src=source)


def period_label(period: Period, lang: str) -> str:
    """``6月`` / ``June``; ``第23周`` / ``第23週`` / ``Week 23``."""
    if period.kind is PeriodKind.MONTH:
        return _EN_MONTH_NAMES[period.number - 1] if lang == "en" else month_label(
            period.number, lang)
    return {"zh": f"第{period.number}周", "ja": f"第{period.number}週"}.get(
        lang, f"Week {period.number}")


def report_title(period: Period, words: Words) -> str:
    """``2027年6月 月报``, ``June 2027 monthly report``."""
    name = report_word(words, "month_report" if period.kind is PeriodKind.MONTH
                       else "week_report")
    label = period_label(period, words.lang)
    if words.lang in ("zh", "ja"):
        return f"{period.year}年{label} {name}"
    return f"{label} {period.year} {name.lower()}"


def short_money(value: float, currency: str, lang: str) -> str:
    """``¥41.2万``, ``¥412k``, ``¥8,200`` (no sign: the caller says more or less)."""
    size = abs(value)
    prefix = money_prefix(currency)
    if size < 10_000:
        return f"{prefix}{size:,.0f}"
    if lang in ("zh", "ja"):
        if size >= 1e8:
            return f"{prefix}{size / 1e8:,.2f}{'亿' if lang == 'zh' else '億'}"
        return f"{prefix}{size / 1e4:,.1f}万"
    if size >= 1e6:
        return f"{prefix}{size / 1e6:,.2f}M"
    return f"{prefix}{size / 1e3:,.0f}k"


def signed_money(value: float, currency: str, lang: str) -> str:
    """``+¥16.0万`` or ``−¥53.0万`` (a true minus sign)."""
    return ("−" if value < 0 else "+") + short_money(value, currency, lang)


def effects_sentence(effects: Effects, period: Period, currency: str, words: Words) -> str:
    """"6月比计划少¥41.2万：流量 −¥53.0万，转化 +¥16.0万，客单价 −¥4.2万"."""
    lang = words.lang
    name = period_label(period, lang)
    amount = short_money(effects.gap, currency, lang)
    key = "even" if amount == short_money(0, currency, lang) else (
        "short" if effects.gap < 0 else "ahead")
    text = words.t(_SENTENCE, key).format(p=name, m=amount)
    if effects.rule in (Rule.NO_PLAN, Rule.MISSING_FIGURES):
        return text + words.t(_SENTENCE, effects.rule.value)
    parts = [(report_word(words, "traffic"), effects.traffic),
             (report_word(words, "conversion"), effects.conversion),
             (report_word(words, "order_value"), effects.order_value)]
    listed = words.t(_SENTENCE, "sep").join(
        f"{label} {signed_money(value or 0.0, currency, lang)}" for label, value in parts)
    return text + words.t(_SENTENCE, "split").format(t=listed)

"""The Budget tab's words: row and group names, formulas for tooltips, refusals.

All through ``QCoreApplication.translate`` with English source strings; the domain hands
over keys and codes only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ecplanner.domain.budget.rows import RowGroup
from ecplanner.domain.model import AdChannel
from ecplanner.exchange.actuals.parse import ActualsField, ImportProblem


def _tr(text: str) -> str:
    return QCoreApplication.translate("Budget", text)


def month_name(month: int, locale: QLocale | None = None) -> str:
    """The short stand-alone month name ("Mar", "3月")."""
    return (locale or QLocale()).standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def long_month_name(month: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).standaloneMonthName(month, QLocale.FormatType.LongFormat)


def group_label(group: RowGroup) -> str:
    return {
        RowGroup.TARGET: _tr("Target"),
        RowGroup.TRAFFIC: _tr("Traffic and sales"),
        RowGroup.SPEND: _tr("Ad spend by channel"),
        RowGroup.COSTS: _tr("Costs"),
        RowGroup.RESULTS: _tr("Results"),
    }[group]


def row_label(key: str) -> str:
    return row_labels().get(key, key)


def row_labels() -> dict[str, str]:
    """Every row's name by its key (a table asks for all of them at once)."""
    return {
        "annual_target": _tr("Annual GMV target"),
        "weight": _tr("Seasonality weight"),
        "target": _tr("Monthly target"),
        "uv": _tr("Base visitors (UV)"),
        "uplift": _tr("Event uplift ×"),
        "planned_uv": _tr("Planned visitors"),
        "cvr": _tr("Conversion rate (CVR)"),
        "aov": _tr("Average order value"),
        "orders": _tr("Orders"),
        "gmv": _tr("Planned GMV"),
        "gap": _tr("Gap to target"),
        "spend_search": _tr("Search ads"),
        "cpc": _tr("Search cost per click"),
        "spend_display": _tr("Display ads"),
        "affiliate_rate": _tr("Affiliate commission rate"),
        "affiliate_share": _tr("GMV share via affiliates"),
        "spend_affiliate": _tr("Affiliate commission"),
        "spend_live": _tr("Live / influencers"),
        "spend_offsite": _tr("Off-site ads"),
        "spend_other": _tr("Other spend"),
        "spend_total": _tr("Total spend"),
        "spend_pct_gmv": _tr("Spend as % of GMV"),
        "cogs_rate": _tr("Cost of goods rate"),
        "cogs": _tr("Cost of goods"),
        "shipping_per_order": _tr("Shipping per order"),
        "shipping": _tr("Shipping"),
        "commission_rate": _tr("Platform commission rate"),
        "commission": _tr("Platform commission"),
        "payment_fee_rate": _tr("Payment fee rate"),
        "payment_fees": _tr("Payment fees"),
        "refund_rate": _tr("Refund rate"),
        "refunds": _tr("Refunds"),
        "fixed_costs": _tr("Fixed costs"),
        "net_sales": _tr("Net sales"),
        "gross_profit": _tr("Gross profit"),
        "gross_margin": _tr("Gross margin"),
        "net_profit": _tr("Net profit before VAT"),
        "net_margin": _tr("Net margin"),
        "roi": _tr("Store-wide ROI (= ROAS)"),
        "break_even_roi": _tr("Break-even ROI"),
        "clears_break_even": _tr("ROI clears break-even"),
        "buyers": _tr("Buyers"),
        "orders_per_buyer": _tr("Orders per buyer"),
        "roi_search": _tr("Search ads ROI (expected)"),
        "gmv_search": _tr("GMV from search ads"),
        "roi_display": _tr("Display ads ROI (expected)"),
        "gmv_display": _tr("GMV from display ads"),
        "affiliate_refund_rate": _tr("Affiliate orders refunded"),
        "affiliate_confirmed": _tr("Affiliate GMV confirmed"),
        "affiliate_service_rate": _tr("Affiliate network fee (of commission)"),
        "gmv_affiliate": _tr("GMV via affiliates"),
        "roi_affiliate": _tr("Affiliate ROI"),
        "roi_live": _tr("Live / influencers ROI (expected)"),
        "gmv_live": _tr("GMV from live / influencers"),
        "roi_offsite": _tr("Off-site ads ROI (expected)"),
        "gmv_offsite": _tr("GMV from off-site ads"),
        "gmv_paid": _tr("GMV from paid channels"),
        "gmv_organic": _tr("Organic GMV (the rest)"),
        "held_share": _tr("Held by the courier shutdown"),
        "held_orders": _tr("Orders shipped next month"),
        "shipped_orders": _tr("Orders shipped"),
        "refund_unshipped_share": _tr("Refunds before dispatch"),
        "refund_only_share": _tr("Refunds without return (after dispatch)"),
        "write_down_share": _tr("Returns not sellable again"),
        "refund_goods_lost": _tr("Goods lost on refunds"),
        "returned_orders": _tr("Orders returned"),
        "return_cost": _tr("Return shipping per return"),
        "return_costs": _tr("Return shipping"),
        "vat_rate": _tr("VAT rate (in prices)"),
        "vat": _tr("VAT payable"),
        "net_profit_after_vat": _tr("Net profit after VAT"),
    }


def row_formula(key: str) -> str:
    """How a row is worked out, or what an input means; "" when the label says it all."""
    channel_roi = _tr("The GMV the channel is expected to bring per unit spent (its 投产比, as the "
                      "ad platform reports it). 0 attributes nothing to the channel.")
    channel_gmv = _tr("Channel GMV = the channel's spend × its expected ROI")
    formulas = {
        "annual_target": _tr("The year's GMV target. The months share it by their weights."),
        "weight": _tr("The month's share of the annual target. Weights are scaled to add up "
                      "to 100%, so the monthly targets always add up to the annual target."),
        "target": _tr("Monthly target = annual target × weight ÷ sum of weights"),
        "uv": _tr("Visitors the store gets in the month without any event."),
        "uplift": uplift_rule(),
        "planned_uv": _tr("Planned visitors = base visitors × event uplift"),
        "orders": _tr("Orders = buyers × orders per buyer"),
        "gmv": _tr("GMV = buyers × average order value (客单价, per buyer)"),
        "gap": _tr("Gap = planned GMV − monthly target (below zero: the plan falls short)"),
        "cpc": _tr("Used by “Fill search spend”: spend = visitors from search ads × cost "
                   "per click."),
        "affiliate_rate": _tr("Commission paid to affiliates (淘宝客) on the confirmed (确认收货) "
                              "orders they bring."),
        "affiliate_share": _tr("The share of GMV that affiliates bring."),
        "spend_affiliate": _tr("Affiliate commission = confirmed affiliate GMV × commission rate "
                               "× (1 + network fee)"),
        "spend_total": _tr("Total spend = search + display + affiliate + live + off-site + "
                           "other"),
        "spend_pct_gmv": _tr("Spend as % of GMV = total spend ÷ GMV"),
        "cogs": _tr("Cost of goods = rate × net sales: the goods buyers keep (refunded goods "
                    "come back as stock, unless lost below)"),
        "shipping": _tr("Shipping = orders shipped × shipping per order"),
        "commission": _tr("Commission = rate × net sales (refunded orders get it back)"),
        "payment_fees": _tr("Payment fees = rate × GMV"),
        "refunds": _tr("Refunds = GMV × refund rate"),
        "net_sales": _tr("Net sales = GMV − refunds"),
        "gross_profit": _tr("Gross profit = net sales − cost of goods − goods lost on refunds − "
                            "shipping − return shipping − commission − payment fees"),
        "gross_margin": _tr("Gross margin = gross profit ÷ net sales"),
        "net_profit": _tr("Net profit before VAT = gross profit − total spend − fixed costs"),
        "net_margin": _tr("Net margin = net profit ÷ net sales"),
        "roi": roi_rule(),
        "break_even_roi": roi_rule(),
        "clears_break_even": _tr("Yes when the month's ad spend is covered by its gross "
                                 "profit, i.e. ROI ≥ break-even ROI."),
        "buyers": _tr("Buyers (支付买家数) = planned visitors × conversion rate"),
        "orders_per_buyer": _tr("Orders each buyer pays for in the month (1.05: one buyer in "
                                "twenty pays twice). Shipping and returns are counted per order."),
        "affiliate_refund_rate": _tr("The share of affiliate GMV that is refunded: no commission "
                                     "is paid on it."),
        "affiliate_confirmed": _tr("Affiliate GMV confirmed = GMV × share via affiliates × (1 − "
                                   "affiliate orders refunded)"),
        "affiliate_service_rate": _tr("The affiliate network's service fee (阿里妈妈), as a "
                                      "share of the commission."),
        "gmv_affiliate": _tr("GMV via affiliates = GMV × share via affiliates"),
        "roi_affiliate": _tr("Affiliate ROI = GMV via affiliates ÷ affiliate commission"),
        "gmv_paid": _tr("GMV from paid channels = search + display + affiliates + live + off-site"),
        "gmv_organic": _tr("Organic GMV = GMV − GMV from paid channels. Below zero, the "
                           "channels' ROIs claim more than the month sells."),
        "held_share": _tr("The share of the month's shippable orders taken during the Spring "
                          "Festival courier shutdown that ship in a later month: those days' "
                          "visitors ÷ the month's (from the calendar)."),
        "held_orders": _tr("Orders shipped next month = orders × (1 − refund rate × refunds "
                           "before dispatch) × held by the courier shutdown"),
        "shipped_orders": _tr("Orders shipped = orders × (1 − refund rate × refunds before "
                              "dispatch) − orders shipped next month + last month's orders "
                              "shipped next month"),
        "refund_unshipped_share": _tr("Of the refunds, the share cancelled before dispatch: "
                                      "nothing is shipped or lost."),
        "refund_only_share": _tr("Of the refunds after dispatch, the share refunded without a "
                                 "return (仅退款): the buyer keeps the goods."),
        "write_down_share": _tr("Of the goods sent back, the share that cannot be sold again "
                                "(soiled, damaged)."),
        "refund_goods_lost": _tr("Goods lost = refunds × (1 − before dispatch) × (without return "
                                 "+ (1 − without return) × not sellable) × cost of goods rate"),
        "returned_orders": _tr("Orders returned = orders × refund rate × (1 − before dispatch) × "
                               "(1 − without return)"),
        "return_cost": _tr("What a returned order costs the store: return shipping it pays, or "
                           "its 运费险 (return-shipping insurance)."),
        "return_costs": _tr("Return shipping = orders returned × return shipping per return"),
        "vat_rate": _tr("VAT (consumption tax in Japan) included in prices: China 13% general, "
                        "1–3% small-scale; Japan 10%. US sales tax is not the store's income: 0."),
        "vat": _tr("VAT payable = (net sales − cost of goods) × rate ÷ (1 + rate): tax on what "
                   "buyers kept, less the tax paid on those goods"),
        "net_profit_after_vat": _tr("Net profit after VAT = net profit before VAT − VAT payable"),
        "roi_search": channel_roi,
        "roi_display": channel_roi,
        "roi_live": channel_roi,
        "roi_offsite": channel_roi,
        "gmv_search": channel_gmv,
        "gmv_display": channel_gmv,
        "gmv_live": channel_gmv,
        "gmv_offsite": channel_gmv,
    }
    return formulas.get(key, "")


def uplift_rule() -> str:
    return _tr("Event uplift: a month's visitors are multiplied by 1 + Σ (event uplift − 1) "
               "× days of the event in the month ÷ days in the month. A 3-day event with "
               "uplift 3.0 in a 30-day month gives 1 + 2 × 3/30 = 1.2. Overlapping events add "
               "up; moving an event on the calendar moves its traffic between months.") + " " + \
        _tr("Events on a platform the store does not sell on (Store and Plan Settings) are not "
            "counted.") + " " + \
        _tr("The Spring Festival courier shutdown counts the same way, each of its days at the "
            "traffic set in Store and Plan Settings.")


def roi_rule() -> str:
    return _tr("Store-wide ROI (全店投产比) = all GMV ÷ all ad spend; elsewhere this is called "
               "ROAS. Each channel's ROI is the GMV it brings ÷ its spend, as the ad platforms "
               "report it.\nBreak-even ROI (保本投产比) = GMV ÷ gross profit: at that ROI the "
               "ad spend uses up all the gross profit. A month or a channel whose ROI is below "
               "it loses money on its ads.")


def input_error_text(code: str, unit_is_percent: bool) -> str:
    texts = {
        "empty": _tr("a value is needed (type 0 for none)"),
        "not_a_number": (_tr("this is not a percentage like 3.5%") if unit_is_percent
                         else _tr("this is not a number")),
        "negative": _tr("it cannot be negative"),
        "not_whole": _tr("it must be a whole number"),
        "over_100": _tr("a rate cannot be more than 100%"),
    }
    return texts.get(code, code)


def refusal(row: str, where: str, typed: str, reason: str) -> str:
    """The message for a refused edit: which row, which month, what was typed and why."""
    return (_tr("Not changed — %1, %2: “%3”: %4.")
            .replace("%1", row).replace("%2", where).replace("%3", typed).replace("%4", reason))


def field_label(field: ActualsField) -> str:
    return {
        ActualsField.DATE: _tr("Date"),
        ActualsField.UV: _tr("Visitors (UV)"),
        ActualsField.BUYERS: _tr("Buyers"),
        ActualsField.ORDERS: _tr("Orders"),
        ActualsField.GMV: _tr("GMV (sales)"),
        ActualsField.CVR: _tr("Conversion rate"),
        ActualsField.AOV: _tr("Average order value"),
        ActualsField.SPEND: _tr("Ad spend"),
        ActualsField.REFUNDS: _tr("Refunds"),
        ActualsField.CLICKS: _tr("Clicks"),
        ActualsField.ROI: _tr("ROI (ROAS)"),
        ActualsField.CAMPAIGN: _tr("Campaign (its rows added up by day)"),
    }[field]


def channel_label(channel: AdChannel) -> str:
    """A paid channel as the budget names it, with the platforms' names for it."""
    return {
        AdChannel.SEARCH: _tr("Search ads (直通车, RPP, Sponsored Products)"),
        AdChannel.DISPLAY: _tr("Display ads (引力魔方, 万相台)"),
        AdChannel.LIVE: _tr("Live / influencers (千川)"),
        AdChannel.OFFSITE: _tr("Off-site ads"),
    }[channel]


def import_problem_text(problem: ImportProblem) -> str:
    """What is wrong, in words; the row and column are shown beside it."""
    texts = {
        "unsupported_format": _tr("This kind of file cannot be read. Save it as .xlsx or "
                                  "CSV (.xls is not supported)."),
        "unreadable_file": _tr("The file cannot be opened or is damaged."),
        "unknown_encoding": _tr("The file's text encoding is not recognised (UTF-8, GBK "
                                "and Shift_JIS are)."),
        "empty": _tr("The file has no rows."),
        "no_table": _tr("No table was found near the top of the file: no row has a date, "
                        "visitors or sales heading, or two or more columns."),
        "not_text": _tr("This is not a text (CSV) file. Save the data as CSV or .xlsx."),
        "not_a_date": _tr("not a date"),
        "not_a_number": _tr("not a number"),
        "not_a_whole_number": _tr("not a whole number"),
        "negative": _tr("negative"),
        "percent_over_100": _tr("more than 100%"),
        "duplicate_date": _tr("this day appears twice"),
        "duplicate_product_day": _tr("this product's day appears twice"),
        "not_finite": _tr("not a finite number"),
        "too_large": _tr("too large for a day's figures"),
        "bad_year": _tr("not a day between 2000 and 2100"),
        "bad_text": _tr("holds characters in another encoding than the rest of the file"),
        "derived_out_of_range": _tr("the buyers or sales worked out from it are out of range"),
        "field_too_long": _tr("a cell on this line is longer than 131,072 characters"),
        "line_too_long": _tr("this line is longer than a million characters"),
        "ad_report": _tr("This is a channel's ad report (clicks or ROI, no visitors or "
                         "buyers): choose “an ad report” above to import it."),
    }
    return texts.get(problem.code, problem.code)

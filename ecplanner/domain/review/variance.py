"""Why a period missed: the GMV gap split into traffic, conversion and order-value effects.

GMV = UV × CVR × AOV, so ln(A ÷ P) = ln(UV_a ÷ UV_p) + ln(CVR_a ÷ CVR_p) + ln(AOV_a ÷ AOV_p)
for actual A and plan P. Weighting each log ratio by the logarithmic mean
L(A, P) = (A − P) ÷ (ln A − ln P) (L = A when A = P) gives

    traffic = L × ln(UV_a ÷ UV_p), conversion = L × ln(CVR_a ÷ CVR_p),
    order value = L × ln(AOV_a ÷ AOV_p),

which add up to L × ln(A ÷ P) = A − P exactly, with no residual term (LMDI-I, log-mean
Divisia; Ang 2004, "Decomposition analysis for policymaking in energy").

Zero and missing values (``Rule``):
- ``LMDI``: both sides have sales, visitors and buyers: the formula above.
- ``NO_SALES``: the plan has sales, the actuals none. The gap (−P) goes wholly to the
  first factor that is zero, in the order traffic → conversion → order value: no visitors
  is a traffic miss, visitors without buyers a conversion miss. This is the limit of the
  formula as that factor tends to zero (the other effects tend to zero).
- ``NO_PLAN``: the plan has no sales for the period: there is nothing to split against.
- ``MISSING_FIGURES``: the actuals have sales but no visitors or no buyers (the export had
  no such column): the factors are unknown, so the gap is not split.
In the last two the three effects are None; the gap is always actual − plan.
Compare like with like: pass the plan of the days that have actuals (``daily_plan``),
so that days not yet imported never read as missed sales.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from ecplanner.domain.review.rollup import Totals


class Rule(StrEnum):
    LMDI = "lmdi"
    NO_SALES = "no_sales"
    NO_PLAN = "no_plan"
    MISSING_FIGURES = "missing_figures"


@dataclass(frozen=True)
class Effects:
    """``gap`` = actual − plan GMV; the effects add up to it when they are not None."""

    gap: float
    traffic: float | None
    conversion: float | None
    order_value: float | None
    rule: Rule


def log_mean(a: float, b: float) -> float:
    """L(a, b) = (a − b) ÷ (ln a − ln b), and a when a = b; both must be positive.

    Near a = b it is written as b × x ÷ ln(1 + x) with x = a ÷ b − 1, which stays accurate
    there; far from it x would lose the digits of a small ratio, so ln(a ÷ b) is used."""
    ratio = a / b
    if ratio == 1.0:
        return b
    if 0.5 < ratio < 2.0:
        x = ratio - 1.0
        return b * x / math.log1p(x)
    return (a - b) / math.log(ratio)


def attribute(plan: Totals, actual: Totals) -> Effects:
    """The gap between ``actual`` and ``plan`` GMV split by factor (see the module)."""
    gap = actual.gmv - plan.gmv
    if plan.gmv <= 0 or plan.uv <= 0 or plan.buyers <= 0:
        return Effects(gap, None, None, None, Rule.NO_PLAN)
    if actual.gmv <= 0:
        zero = 0 if actual.uv <= 0 else 1 if actual.buyers <= 0 else 2
        split = [gap if n == zero else 0.0 for n in range(3)]
        return Effects(gap, split[0], split[1], split[2], Rule.NO_SALES)
    if actual.uv <= 0 or actual.buyers <= 0:
        return Effects(gap, None, None, None, Rule.MISSING_FIGURES)
    weight = log_mean(actual.gmv, plan.gmv)
    plan_cvr, plan_aov = plan.buyers / plan.uv, plan.gmv / plan.buyers
    actual_cvr, actual_aov = actual.buyers / actual.uv, actual.gmv / actual.buyers
    return Effects(
        gap,
        traffic=weight * math.log(actual.uv / plan.uv),
        conversion=weight * math.log(actual_cvr / plan_cvr),
        order_value=weight * math.log(actual_aov / plan_aov),
        rule=Rule.LMDI,
    )

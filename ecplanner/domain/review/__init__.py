"""Review (复盘): periods, the daily plan, roll-ups of actuals and why a period missed.

Plain functions over the plan's values: ``periods`` names a week or a month,
``daily_plan`` spreads the budget's months over their days, ``rollup`` sums days into
totals, ``variance`` splits a gap into traffic, conversion and order-value effects, and
``actual_days`` says what importing days would do to the days already stored.
"""

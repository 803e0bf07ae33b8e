"""The Budget tab: the input-output sheet, plan vs actual, charts and the actuals import."""

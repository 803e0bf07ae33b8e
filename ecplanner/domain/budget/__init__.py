"""The input-output sheet (投入产出表).

Its rows, formulas, solve-for helpers, seasonality and the review against actuals.
"""

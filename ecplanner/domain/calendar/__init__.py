"""The calendar's rules and geometry.

Day kinds, edits, filters, grids, bar placement and event warnings.
"""

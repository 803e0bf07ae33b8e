"""Products and launch waves.

Milestone rules, fields, pasted rows, the timeline's layout and warnings.
"""

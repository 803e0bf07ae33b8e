"""The team workbook.

Writing it (one module per sheet) and reading the team's edits back (``import_*``).
"""

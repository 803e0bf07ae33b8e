"""The weekly and monthly report (周报/月报): its figures (``data``), words and workbook."""

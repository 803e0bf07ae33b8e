"""Reading the store's daily figures as platforms export them (CSV/TSV text or .xlsx)."""

"""Exchange with others: sync bundles (import, export, conflicts, devices) and spreadsheets."""

"""Browsing: the filters, the results, the map, the case page, compare, shortlists and duplicates."""

"""Spreadsheets in and out: cases imported from CSV and XLSX files, search results exported to them."""

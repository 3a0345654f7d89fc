"""The case domain: the catalogue service, its fields, checks, seed, comparison and case pages."""

"""Adaptation plans: city profiles, plans made from cases, progress entries and shortlists."""

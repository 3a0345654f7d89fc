"""Adaptation plans: the plan window and its sections, city profiles, monitoring and the Plans menu."""

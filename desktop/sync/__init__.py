"""Sync bundles: carrying catalogue records between devices with no edit lost."""

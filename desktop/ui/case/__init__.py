"""Editing a case: the editor, its list editors and the Case menu's work."""

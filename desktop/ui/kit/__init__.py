"""Pieces every window shares: colours, file dialogs, plain text labels, tab order and document actions."""

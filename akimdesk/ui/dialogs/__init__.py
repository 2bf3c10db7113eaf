"""Dialogs of the Reports page: export, verify, e-mail settings."""

"""Preferences and reference data: settings and setup dialogs, exchange rates, targets."""

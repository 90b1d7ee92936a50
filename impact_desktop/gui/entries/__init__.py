"""Typed figures: the entries page and model, the entry form and dialogs, quick entry, export."""

"""Importing workbooks: the wizard, review, column mapping, figures preview, history and undo."""

"""Spreadsheet reading and writing (no Qt, uses only the core): readers, header mapping, writers."""

"""The main window and its frame: pages, startup, theme, language, icons, first run, user guide."""

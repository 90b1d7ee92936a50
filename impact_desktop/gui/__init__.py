"""The desktop interface (PySide6). Calls services and repositories; never imported by the core."""

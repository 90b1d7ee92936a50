"""Python compiled from ``ui/*.ui`` by ``scripts/compile_ui.py``. Generated: do not edit."""

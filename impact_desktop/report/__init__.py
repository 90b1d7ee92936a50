"""The printable summary report and vector chart drawing (Qt painting, no widgets)."""

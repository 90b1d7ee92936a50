"""The domain: money, periods, metrics and aggregation rules. Imports nothing of ours and no Qt."""

"""The dashboard page: filter bar, KPI tiles and charts (pyqtgraph, loaded lazily)."""

"""Use cases combining core, storage and io: summary, demo data, import, export. No Qt."""

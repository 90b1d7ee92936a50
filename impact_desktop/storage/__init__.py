"""The local SQLite store: schema, migrations, repositories and summary queries. No Qt."""

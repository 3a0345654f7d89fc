"""SQLite storage of the catalogue: schema, migrations, stamped writes, queries. No Qt."""

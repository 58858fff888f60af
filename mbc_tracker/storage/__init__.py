"""The SQLite record: ORM tables, connections, migrations and backups.

Only ``services`` use this package; the GUI never does (an import-linter contract checks it).
"""

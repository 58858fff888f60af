"""Use cases: what the GUI and the command line ask of a record.

Each public method opens one Session for one user action (``with sessions.begin()``), so every
write is a single transaction, and returns plain domain dataclasses, never live ORM rows.
"""

"""The app's core ideas in pure Python: records, symptoms, units and rules.

Nothing here imports Qt, SQLAlchemy or another layer of the app; an import-linter contract and a
test keep it so. Storage and the GUI translate to and from these dataclasses.
"""

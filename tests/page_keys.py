"""The window's pages by key, in tab order, and the demo record's "today", for the GUI tests that
walk over every page (the fixture ``open_demo_window`` is in tests/gui/conftest.py)."""

from __future__ import annotations

import datetime as dt

PAGES = ["today", "flags", "history", "profile", "receptors", "treatments", "appointments"]
DEMO_TODAY = dt.date(2026, 11, 21)

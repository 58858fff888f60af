"""MBC Care Tracker: a private desktop record for people living with metastatic breast cancer.

The package is layered (see README, "Architecture"): ``domain`` is pure Python, ``storage`` keeps
the SQLite record, ``services`` are the use cases the GUI and the command line call, ``gui`` holds
the Qt widgets.
"""

__version__ = "0.1.0"

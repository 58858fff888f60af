"""The Qt desktop interface: the application shell, Today and the dialogs around them.

Widgets here talk only to ``mbc_tracker.services`` (an import-linter contract checks that none of
them reaches into ``storage`` or SQLAlchemy). Modules load on demand so that the first window
appears quickly.
"""

"""Lets ``python -m mbc_tracker`` behave exactly like the ``mbc-tracker`` command."""

from mbc_tracker.app import main

raise SystemExit(main())

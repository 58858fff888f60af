"""The benchmarks are scripts that print figures (``python tests/benchmarks/bench_startup.py``).

They are not tests: nothing here is collected by pytest, so the suite stays fast and never fails
on a slow machine.
"""

collect_ignore_glob = ["*.py"]

"""Fixtures shared by the unit tests of importing: a real export, built once per test session."""

from __future__ import annotations

import pytest
from real_export import RealExport, make_real_export


@pytest.fixture(scope="session")
def real_export(tmp_path_factory: pytest.TempPathFactory) -> RealExport:
    export = make_real_export(tmp_path_factory.mktemp("real-export"))
    record = export.document()["record"]
    assert all(record[section] for section in record), "every section should hold something"
    return export

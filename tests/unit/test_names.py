"""Names people type (the person's, her own symptoms') and in import files: no control characters.

SQLite's text functions stop at a NUL character, so a name such as "\\x00" passed Python's "not
blank" check and then broke the database's own rule half-way through a save. Such characters are
never what a person meant; each way in refuses them with a sentence she can act on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mbc_tracker.domain.records import Person, SymptomKind
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.person import PersonInvalid
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.services.symptoms import SymptomNameInvalid
from mbc_tracker.services.transfer import ImportInvalid, export_record, import_record


@pytest.mark.parametrize("name", ["\x00", "Ann\x00", "Ann\x1b[31m"])
def test_the_person_cannot_be_named_with_control_characters(record: CareRecord, name: str) -> None:
    with pytest.raises(PersonInvalid, match="invisible control character"):
        record.person.save(Person(name=name))
    person = record.person.get()
    assert person is not None and person.name == "Ann Example"


def test_an_own_symptom_cannot_be_named_with_control_characters(record: CareRecord) -> None:
    before = record.symptoms.all()
    with pytest.raises(SymptomNameInvalid, match="invisible control character"):
        record.symptoms.add_own("Hot\x07flushes", SymptomKind.RATED)
    assert record.symptoms.all() == before


def test_an_import_file_with_such_a_name_is_refused_and_names_the_place(
    record: CareRecord, tmp_path: Path
) -> None:
    exported = tmp_path / "ann.json"
    export_record(record, exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["record"]["person"]["name"] = "\x00"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    fresh_paths = DataPaths(tmp_path / "fresh").ensure()
    fresh = open_record(fresh_paths.default_record, fresh_paths)
    try:
        with pytest.raises(ImportInvalid, match="control character") as refused:
            import_record(fresh, broken)
        assert "person" in str(refused.value)
        assert fresh.person.get() is None
    finally:
        fresh.close()

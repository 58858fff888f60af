"""App settings: defaults, the recent-records list, and files that are missing or broken."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import MAX_RECENT_RECORDS, SETTINGS, AppSettings


@pytest.fixture
def settings_file(data_paths: DataPaths) -> Path:
    return data_paths.settings_file


def test_missing_file_gives_the_declared_defaults(settings_file: Path) -> None:
    settings = AppSettings.load(settings_file)
    for name, setting in SETTINGS.items():
        assert settings.get(name) == setting.default
    assert settings.recent_records() == []
    assert settings.last_record() is None
    assert not settings_file.exists()  # reading never writes


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "",
        "[1, 2, 3]",
        '"text"',
        '{"recent_records": "not a list", "last_record": 5, "window_geometry": []}',
        '{"recent_records": [1, null, ""]}',
    ],
)
def test_corrupt_file_gives_defaults(settings_file: Path, content: str) -> None:
    settings_file.write_text(content, encoding="utf-8")
    settings = AppSettings.load(settings_file)
    assert settings.recent_records() == []
    assert settings.last_record() is None
    assert settings.window_geometry() is None


@pytest.mark.parametrize("value", [42, "xx", "ES", [], ["es"], {}, {"es": 1}, None, True, 1.5])
def test_a_hand_edited_value_of_any_shape_gives_that_settings_default(
    settings_file: Path, value: object
) -> None:
    # Someone edits settings.json by hand ("language": [] ...): the app and every command still
    # start, with that setting's default, instead of a traceback before the first word.
    settings_file.write_text(json.dumps(dict.fromkeys(SETTINGS, value)), encoding="utf-8")
    settings = AppSettings.load(settings_file)
    for name, setting in SETTINGS.items():
        if settings.get(name) != value:
            assert settings.get(name) == setting.default, name
    assert settings.language() == "system"


def test_undecodable_bytes_give_defaults(settings_file: Path) -> None:
    settings_file.write_bytes(b"\xff\xfe\x00garbage")
    assert AppSettings.load(settings_file).recent_records() == []


def test_one_bad_value_keeps_the_good_ones(settings_file: Path) -> None:
    settings_file.write_text(
        json.dumps({"recent_records": ["/a.mbcrecord"], "last_record": 42}), encoding="utf-8"
    )
    settings = AppSettings.load(settings_file)
    assert settings.recent_records() == [Path("/a.mbcrecord")]
    assert settings.last_record() is None


def test_opened_records_survive_a_reload(settings_file: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "ann.mbcrecord", tmp_path / "bea.mbcrecord"
    settings = AppSettings.load(settings_file)
    settings.remember_opened(first)
    settings.remember_opened(second)
    reloaded = AppSettings.load(settings_file)
    assert reloaded.recent_records() == [second, first]
    assert reloaded.last_record() == second


def test_reopening_moves_a_record_to_the_front_without_duplicates(
    settings_file: Path, tmp_path: Path
) -> None:
    settings = AppSettings.load(settings_file)
    records = [tmp_path / f"r{number}.mbcrecord" for number in range(3)]
    for record in [*records, records[0]]:
        settings.remember_opened(record)
    assert settings.recent_records() == [records[0], records[2], records[1]]


def test_recent_list_keeps_the_newest_eight(settings_file: Path, tmp_path: Path) -> None:
    settings = AppSettings.load(settings_file)
    records = [tmp_path / f"r{number}.mbcrecord" for number in range(MAX_RECENT_RECORDS + 3)]
    for record in records:
        settings.remember_opened(record)
    assert MAX_RECENT_RECORDS == 8
    assert settings.recent_records() == list(reversed(records))[:MAX_RECENT_RECORDS]


def test_forgetting_a_record_removes_it_and_its_start_up_place(
    settings_file: Path, tmp_path: Path
) -> None:
    settings = AppSettings.load(settings_file)
    kept, moved = tmp_path / "kept.mbcrecord", tmp_path / "moved.mbcrecord"
    settings.remember_opened(kept)
    settings.remember_opened(moved)
    settings.forget_recent(moved)
    reloaded = AppSettings.load(settings_file)
    assert reloaded.recent_records() == [kept]
    assert reloaded.last_record() is None


def test_file_is_private_and_leaves_no_partial_file(settings_file: Path, tmp_path: Path) -> None:
    settings = AppSettings.load(settings_file)
    settings.set_window_geometry("AdnQywADAAA=")
    assert stat.S_IMODE(settings_file.stat().st_mode) == 0o600
    assert [path.name for path in settings_file.parent.iterdir() if "partial" in path.name] == []
    assert AppSettings.load(settings_file).window_geometry() == "AdnQywADAAA="


def test_a_value_of_the_wrong_shape_is_refused_and_not_saved(settings_file: Path) -> None:
    settings = AppSettings.load(settings_file)
    with pytest.raises(ValueError):
        settings.set("recent_records", "not a list")
    assert settings.recent_records() == []
    assert not settings_file.exists()


def test_returned_lists_are_copies(settings_file: Path) -> None:
    settings = AppSettings.load(settings_file)
    settings.get("recent_records").append("/sneaky.mbcrecord")
    assert settings.recent_records() == []


def test_settings_file_in_a_missing_folder_is_created(tmp_path: Path) -> None:
    settings = AppSettings.load(tmp_path / "new-folder" / "settings.json")
    settings.remember_opened(tmp_path / "a.mbcrecord")
    assert stat.S_IMODE((tmp_path / "new-folder").stat().st_mode) == 0o700


def test_records_inside_the_data_folder_are_stored_relative_to_it(data_paths: DataPaths) -> None:
    settings = AppSettings.load(data_paths.settings_file)
    elsewhere = data_paths.data_dir.parent / "mum.mbcrecord"

    settings.remember_opened(elsewhere)
    settings.remember_opened(data_paths.default_record)

    stored = json.loads(data_paths.settings_file.read_text(encoding="utf-8"))
    assert stored["format"] == 2
    assert stored["last_record"] == "record.mbcrecord"
    assert stored["recent_records"] == ["record.mbcrecord", str(elsewhere)]
    again = AppSettings.load(data_paths.settings_file)
    assert again.last_record() == data_paths.default_record
    assert again.recent_records() == [data_paths.default_record, elsewhere]


def test_a_copied_data_folder_remembers_its_own_record(tmp_path: Path) -> None:
    original = DataPaths(tmp_path / "A").ensure()
    AppSettings.load(original.settings_file).remember_opened(original.default_record)
    import shutil

    copy = DataPaths(tmp_path / "B")
    shutil.copytree(original.data_dir, copy.data_dir)

    assert AppSettings.load(copy.settings_file).last_record() == copy.default_record


def test_an_old_settings_file_never_opens_the_folder_it_was_copied_from(tmp_path: Path) -> None:
    # Format 1 stored absolute paths: after `cp -a A B`, B's settings named A's record, and the
    # app opened and wrote A's record while its backups went to B.
    original = DataPaths(tmp_path / "A").ensure()
    original.default_record.write_bytes(b"")
    copy = DataPaths(tmp_path / "B").ensure()
    old_format = {
        "format": 1,
        "recent_records": [str(original.default_record)],
        "last_record": str(original.default_record),
    }
    for folder in (original, copy):
        folder.settings_file.write_text(json.dumps(old_format), encoding="utf-8")

    settings = AppSettings.load(copy.settings_file)

    assert settings.last_record() is None  # the app then opens B's own record
    assert settings.recent_records() == [original.default_record]  # still there to choose


def test_a_record_kept_outside_any_data_folder_is_opened_again(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    documents = tmp_path / "Documents"
    documents.mkdir()
    settings = AppSettings.load(paths.settings_file)

    settings.remember_opened(documents / "record.mbcrecord")  # same name, not a data folder

    assert AppSettings.load(paths.settings_file).last_record() == documents / "record.mbcrecord"


def test_backup_retention_defaults_and_bad_values(settings_file: Path) -> None:
    assert AppSettings.load(settings_file).backup_retention() == (7, 4, 12)
    settings_file.write_text(
        json.dumps(
            {"backups_keep_daily": 0, "backups_keep_weekly": True, "backups_keep_monthly": 3}
        ),
        encoding="utf-8",
    )
    assert AppSettings.load(settings_file).backup_retention() == (7, 4, 3)


def test_the_lock_is_ten_minutes_until_chosen_and_off_is_kept(settings_file: Path) -> None:
    assert AppSettings.load(settings_file).lock_after_minutes() == 10
    settings = AppSettings.load(settings_file)
    settings.set_lock_after_minutes(0)
    assert AppSettings.load(settings_file).lock_after_minutes() == 0  # Off, after a restart
    settings.set_lock_after_minutes(30)
    assert AppSettings.load(settings_file).lock_after_minutes() == 30


@pytest.mark.parametrize("stored", [7, -1, True, "10", None, 10.5])
def test_a_lock_time_not_offered_falls_back_to_ten_minutes(
    settings_file: Path, stored: object
) -> None:
    settings_file.write_text(json.dumps({"lock_after_minutes": stored}), encoding="utf-8")
    assert AppSettings.load(settings_file).lock_after_minutes() == 10
    with pytest.raises(ValueError):
        AppSettings.load(settings_file).set_lock_after_minutes(7)

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

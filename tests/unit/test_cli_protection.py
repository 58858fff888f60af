"""``mbc-tracker --passphrase-file FILE protect|unprotect`` and every verb on a protected record,
as a person uses them: the passphrase never an argument and never printed, a missing or wrong
one is one sentence and exit 1 with the record byte for byte as it was."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from mbc_tracker.app import main
from mbc_tracker.cli_protection import PASSPHRASE_FILE_ENV
from mbc_tracker.domain.records import Person
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record

PASSPHRASE = "plum tree by the gate"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert PASSPHRASE not in captured.out + captured.err
    return code, captured.out, captured.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # as under cron or in a pipe
    monkeypatch.delenv(PASSPHRASE_FILE_ENV, raising=False)


@pytest.fixture
def ann(data_paths: DataPaths) -> DataPaths:
    record = open_record(data_paths.default_record, data_paths)
    record.person.save(Person(name="Ann Example"))
    record.backup_now()
    record.close()
    return data_paths


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    file = tmp_path / "passphrase.txt"
    file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return file


def protected(capsys: pytest.CaptureFixture[str], paths: DataPaths, file: Path) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(paths.data_dir), "--passphrase-file", str(file), "protect"
    )
    assert (code, err) == (0, "")
    assert "cannot be recovered" in out
    assert "1 backup made before" in out and "not protected" in out


def test_protect_leaves_no_readable_name_on_disk(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, passphrase_file: Path
) -> None:
    protected(capsys, ann, passphrase_file)
    record = ann.default_record
    for file in [record, *record.parent.glob(record.name + "-*")]:
        assert b"Ann Example" not in file.read_bytes(), file.name
    # A verb that writes a backup: the new backup is protected too.
    code, _, _ = run(
        capsys, "--data-dir", str(ann.data_dir), "--passphrase-file", str(passphrase_file), "backup"
    )
    assert code == 0
    newest = max(ann.backups_dir.glob("*.mbcrecord"), key=lambda backup: backup.stat().st_mtime)
    assert b"Ann Example" not in newest.read_bytes()


def test_every_reading_verb_works_on_a_protected_record_given_the_passphrase_file(
    capsys: pytest.CaptureFixture[str],
    ann: DataPaths,
    passphrase_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    protected(capsys, ann, passphrase_file)
    common = ("--data-dir", str(ann.data_dir), "--passphrase-file", str(passphrase_file))
    code, out, err = run(capsys, *common, "export", str(tmp_path / "out.json"))
    assert (code, err) == (0, "")
    assert "Ann Example" in (tmp_path / "out.json").read_text(encoding="utf-8")
    assert "passphrase does not protect this file" in out
    code, out, err = run(capsys, *common, "export", "--format", "csv", str(tmp_path / "ann.zip"))
    assert (code, err) == (0, "")
    assert "passphrase does not protect this file" in out
    assert (tmp_path / "ann.zip").read_bytes().startswith(b"PK")
    code, _, err = run(capsys, *common, "flags", "--json")
    assert (code, err) == (0, "")
    code, out, err = run(capsys, *common, "restore")
    assert (code, err) == (0, "")
    assert "Backups in" in out
    code, out, err = run(capsys, *common, "report", "-o", str(tmp_path / "summary.pdf"))
    assert (code, err) == (0, "")
    assert "passphrase does not protect this file" in out
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
    # The environment variable stands for the option.
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(passphrase_file))
    code, _, err = run(capsys, "--data-dir", str(ann.data_dir), "flags")
    assert (code, err) == (0, "")


def test_a_wrong_passphrase_is_one_sentence_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    protected(capsys, ann, passphrase_file)
    before = digest(ann.default_record)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    common = ("--data-dir", str(ann.data_dir), "--passphrase-file", str(wrong))
    verbs = (["flags"], ["export", str(tmp_path / "out.json")], ["backup"], ["unprotect", "--yes"])
    for verb in verbs:
        code, out, err = run(capsys, *common, *verb)
        assert code == 1, verb
        assert err.startswith("The passphrase does not open “record.mbcrecord”"), err
        assert "Traceback" not in err and out == ""
        assert digest(ann.default_record) == before
    assert not (tmp_path / "out.json").exists()


def test_without_a_passphrase_or_a_terminal_the_command_says_how_to_give_one(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, passphrase_file: Path
) -> None:
    protected(capsys, ann, passphrase_file)
    before = digest(ann.default_record)
    code, out, err = run(capsys, "--data-dir", str(ann.data_dir), "flags")
    assert code == 1 and out == ""
    assert "--passphrase-file" in err and "Nothing was changed." in err
    assert len(err.strip().splitlines()) == 1
    assert digest(ann.default_record) == before


def test_a_plain_record_never_asks_for_a_passphrase(
    capsys: pytest.CaptureFixture[str], ann: DataPaths
) -> None:
    code, _, err = run(capsys, "--data-dir", str(ann.data_dir), "flags")
    assert (code, err) == (0, "")


def test_at_a_terminal_the_passphrase_is_asked_for_twice_to_protect(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([PASSPHRASE, PASSPHRASE, PASSPHRASE])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(answers))
    code, _, err = run(capsys, "--data-dir", str(ann.data_dir), "protect")
    assert (code, err) == (0, "")
    code, _, err = run(capsys, "--data-dir", str(ann.data_dir), "flags")  # asked once more
    assert (code, err) == (0, "")


def test_unprotect_asks_for_confirmation_unless_yes(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, passphrase_file: Path
) -> None:
    protected(capsys, ann, passphrase_file)
    before = digest(ann.default_record)
    common = ("--data-dir", str(ann.data_dir), "--passphrase-file", str(passphrase_file))
    code, _, err = run(capsys, *common, "unprotect")
    assert code == 1 and "--yes" in err
    assert digest(ann.default_record) == before

    code, out, err = run(capsys, *common, "unprotect", "--yes")
    assert (code, err) == (0, "")
    assert "plain file again" in out
    assert ann.default_record.read_bytes().startswith(b"SQLite format 3")
    code, _, err = run(capsys, "--data-dir", str(ann.data_dir), "flags")
    assert (code, err) == (0, "")


def test_a_plain_record_exports_without_the_protection_note(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(ann.data_dir), "export", str(tmp_path / "o.json"))
    assert code == 0 and "passphrase" not in out


def test_change_passphrase_from_files_opens_with_the_new_one_only(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    protected(capsys, ann, passphrase_file)
    new_file = tmp_path / "new.txt"
    new_file.write_text("a longer walk by the river\n", encoding="utf-8")
    common = ("--data-dir", str(ann.data_dir), "--passphrase-file", str(passphrase_file))
    code, out, err = run(
        capsys, *common, "change-passphrase", "--new-passphrase-file", str(new_file)
    )
    assert (code, err) == (0, "")
    assert "new passphrase" in out and "cannot be recovered" in out
    assert "a longer walk" not in out
    code, _, err = run(capsys, *common, "flags")
    assert code == 1 and "does not open" in err
    code, _, err = run(
        capsys, "--data-dir", str(ann.data_dir), "--passphrase-file", str(new_file), "flags"
    )
    assert (code, err) == (0, "")
    assert b"Ann Example" not in ann.default_record.read_bytes()


def test_change_passphrase_refuses_a_short_one_or_none_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    protected(capsys, ann, passphrase_file)
    before = digest(ann.default_record)
    common = ("--data-dir", str(ann.data_dir), "--passphrase-file", str(passphrase_file))
    code, out, err = run(capsys, *common, "change-passphrase")  # no terminal, no new file
    assert code == 1 and out == "" and "--new-passphrase-file" in err
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    code, out, err = run(capsys, *common, "change-passphrase", "--new-passphrase-file", str(short))
    assert code == 1 and "at least 8 characters" in err and "Traceback" not in err
    assert digest(ann.default_record) == before


def test_change_passphrase_on_a_plain_record_changes_nothing(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, passphrase_file: Path
) -> None:
    before = digest(ann.default_record)
    code, _, err = run(
        capsys,
        "--data-dir",
        str(ann.data_dir),
        "--passphrase-file",
        str(passphrase_file),
        "change-passphrase",
        "--new-passphrase-file",
        str(passphrase_file),
    )
    assert code == 1 and "not protected" in err
    assert digest(ann.default_record) == before


def test_import_and_demo_with_a_passphrase_file_make_a_protected_record(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    code, _, _ = run(capsys, "--data-dir", str(ann.data_dir), "export", str(tmp_path / "a.json"))
    assert code == 0
    for verb in (["import", str(tmp_path / "a.json")], ["demo"]):
        folder = tmp_path / verb[0]
        common = ("--data-dir", str(folder), "--passphrase-file", str(passphrase_file))
        code, _, err = run(capsys, *common, *verb)
        assert (code, err) == (0, ""), verb
        record = folder / "record.mbcrecord"
        assert not record.read_bytes().startswith(b"SQLite format 3")
        name = b"Ann Example" if verb[0] == "import" else b"Maria Demo"
        for file in [record, *folder.glob("record.mbcrecord-*")]:
            assert name not in file.read_bytes()
        code, _out, err = run(capsys, *common, "export", str(folder / "back.json"))
        assert (code, err) == (0, "")
        assert name.decode() in (folder / "back.json").read_text(encoding="utf-8")
        # Without the passphrase the record does not open.
        code, _, err = run(capsys, "--data-dir", str(folder), "flags")
        assert code == 1 and "--passphrase-file" in err


def test_import_into_a_protected_record_that_holds_data_is_refused_unchanged(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    code, _, _ = run(capsys, "--data-dir", str(ann.data_dir), "export", str(tmp_path / "a.json"))
    assert code == 0
    empty = DataPaths(tmp_path / "empty").ensure()
    common = ("--data-dir", str(empty.data_dir), "--passphrase-file", str(passphrase_file))
    code, _, err = run(capsys, *common, "demo", "--years", "1")
    assert code == 0
    # The demo record is not empty: the import is refused, in a sentence, nothing changed.
    before = digest(empty.default_record)
    code, _, err = run(capsys, *common, "import", str(tmp_path / "a.json"))
    assert code == 1 and "Traceback" not in err
    assert digest(empty.default_record) == before

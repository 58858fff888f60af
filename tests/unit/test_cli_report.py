"""``mbc-tracker report``: the clinic visit summary as a PDF from the command line.

Run through ``mbc_tracker.app.main`` on a one-year demo record (written once for the module), and
once as a real process with no display and no Qt platform set, as on a server or over SSH. A
mistake in the command (a date, a section name, an end before the start, a future day) is one
sentence and exit code 2; a problem with the record or the file is one sentence and exit code 1,
with nothing half-written; never a traceback.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtWidgets import QApplication

from mbc_tracker.app import REPORT_SECTIONS, build_parser, main
from mbc_tracker.domain.dates import day_span, long_day_span, short_day
from mbc_tracker.paths import DataPaths
from mbc_tracker.reports.summary_data import DEFAULT_PERIOD_DAYS, Section
from mbc_tracker.services.record import CareRecord, open_record

PRIVATE = "The file holds private health details: keep it somewhere safe."


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mbc_tracker.services.demo import write_demo_record

    folder = tmp_path_factory.mktemp("report") / "data"
    write_demo_record(DataPaths(folder).ensure(), years=1).close()
    return folder


@pytest.fixture
def report(qapp: QApplication, demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    """Run ``report`` with the given options on the demo record: (exit code, stdout, stderr)."""

    def run(*options: str, data_dir: Path = demo_dir) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), "report", *options])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return code, captured.out, captured.err

    return run


def default_period(demo_dir: Path) -> Any:
    paths = DataPaths(demo_dir)
    record = open_record(paths.default_record, paths)
    try:
        return record.summary.default_period(dt.date.today())
    finally:
        record.close()


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


# -- making the summary ---------------------------------------------------------------------------


def test_the_default_summary_is_written_with_a_plain_confirmation(
    report: Any, demo_dir: Path, tmp_path: Path
) -> None:
    output = tmp_path / "summary.pdf"

    code, out, err = report("-o", str(output))

    assert code == 0, err
    assert err == ""
    pages = len(pypdf.PdfReader(output).pages)
    period = default_period(demo_dir)
    span = long_day_span(period.first, period.last)
    assert out.splitlines() == [
        f"Wrote a {pages}-page clinic visit summary for {span} to {output}.",
        PRIVATE,
    ]
    text = text_of(output)
    assert "Maria Demo" in text
    assert f"Page 1 of {pages}" in text


def test_the_period_and_sections_can_be_chosen(report: Any, tmp_path: Path) -> None:
    output = tmp_path / "chosen.pdf"
    last = dt.date.today() - dt.timedelta(days=10)
    first = last - dt.timedelta(days=59)

    code, out, err = report(
        "--from",
        first.isoformat(),
        "--to",
        last.isoformat(),
        "--sections",
        " Flags, notes ",
        "--appendix",
        "-o",
        str(output),
    )

    assert code == 0, err
    assert f"for {long_day_span(first, last)} to" in out
    text = text_of(output)
    assert f"Period: {day_span(first, last)} (60 days)" in text
    assert "Flagged in this period" in text
    assert "Notes from this period" in text
    for left_out in (
        "Days present",  # the symptoms' table
        "days weighed",
        "Why stopped",
        "Receptor",
        "Upcoming appointments",
    ):
        assert left_out not in text


def test_the_appendix_is_printed_only_with_appendix(report: Any, tmp_path: Path) -> None:
    first = dt.date.today() - dt.timedelta(days=120)
    with_it, without = tmp_path / "with.pdf", tmp_path / "without.pdf"

    assert report("--from", first.isoformat(), "--appendix", "-o", str(with_it))[0] == 0
    assert report("--from", first.isoformat(), "--no-appendix", "-o", str(without))[0] == 0

    text = text_of(with_it)
    appendix = text[text.index("Appendix") :]
    assert "Receptor results in full" in appendix
    assert "Notes from this period" in appendix
    assert "Appendix" not in text_of(without)
    assert "Notes from this period" not in text_of(without)


def test_from_alone_runs_to_today(report: Any, tmp_path: Path) -> None:
    first = dt.date.today() - dt.timedelta(days=20)

    code, out, _ = report("--from", first.isoformat(), "-o", str(tmp_path / "s.pdf"))

    assert code == 0
    assert f"for {long_day_span(first, dt.date.today())} to" in out


def test_to_alone_before_the_default_start_takes_the_30_days_before_it(
    report: Any, demo_dir: Path, tmp_path: Path
) -> None:
    last = default_period(demo_dir).first - dt.timedelta(days=100)

    code, out, _ = report("--to", last.isoformat(), "-o", str(tmp_path / "s.pdf"))

    assert code == 0
    first = last - dt.timedelta(days=DEFAULT_PERIOD_DAYS - 1)
    assert f"for {long_day_span(first, last)} to" in out


def test_to_alone_after_the_default_start_keeps_that_start(
    report: Any, demo_dir: Path, tmp_path: Path
) -> None:
    start = default_period(demo_dir).first
    last = min(start + dt.timedelta(days=3), dt.date.today())

    code, out, _ = report("--to", last.isoformat(), "-o", str(tmp_path / "s.pdf"))

    assert code == 0
    assert f"for {long_day_span(start, last)} to" in out


def test_a_record_with_nothing_logged_gets_a_calm_one_page_summary(
    qapp: QApplication,
    record: CareRecord,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / "empty.pdf"

    code = main(["--data-dir", str(record.paths.data_dir), "report", "-o", str(output)])

    assert code == 0, capsys.readouterr().err
    assert "Wrote a 1-page clinic visit summary" in capsys.readouterr().out
    text = text_of(output)
    for calm in (
        "Ann Example",
        "Date of birth not given",
        "Nothing logged in this period was flagged by the app's rules.",
        "No symptoms logged in this period.",
        "Weight No weight logged in this period",
        "No open questions recorded.",
    ):
        assert calm in text


# -- mistakes in the command: exit 2 --------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--from", "2026-13-01"],
            "--from: “2026-13-01” is not a date. Please write it as YYYY-MM-DD, e.g. 2025-03-01.",
        ),
        (["--to", "yesterday"], "--to: “yesterday” is not a date."),
        (
            ["--sections", "flags,labs"],
            "--sections: “labs” is not a part of the summary. Choose from: flags, symptoms, "
            "weight, temperature, treatments, receptors, appointments, notes.",
        ),
        (["--sections", " , "], "--sections: please name at least one part of the summary"),
        (
            ["--from", "2026-03-01", "--to", "2026-02-01"],
            "--to: The end is before the start. Please choose 1 March 2026 or later.",
        ),
        (
            ["--to", (dt.date.today() + dt.timedelta(days=1)).isoformat()],
            "--to: This date is in the future. Please choose today or earlier.",
        ),
        (
            ["--from", (dt.date.today() + dt.timedelta(days=3)).isoformat()],
            "--from: This date is in the future. Please choose today or earlier.",
        ),
    ],
)
def test_a_mistake_in_the_command_is_one_sentence_and_exit_2(
    report: Any, tmp_path: Path, options: list[str], message: str
) -> None:
    output = tmp_path / "summary.pdf"

    code, out, err = report(*options, "-o", str(output))

    assert code == 2
    assert out == ""
    assert err.startswith(message)
    assert len(err.strip().splitlines()) == 1
    assert not output.exists()


def test_the_output_file_is_required(report: Any) -> None:
    with pytest.raises(SystemExit) as exit_:
        report()
    assert exit_.value.code == 2


# -- problems with the record or the file: exit 1 -------------------------------------------------


def test_no_record_in_the_folder(report: Any, tmp_path: Path) -> None:
    empty = tmp_path / "empty"

    code, _, err = report("-o", str(tmp_path / "s.pdf"), data_dir=empty)

    assert code == 1
    assert err.startswith(f"There is no record in {empty} yet")
    assert not (tmp_path / "s.pdf").exists()


def test_a_missing_output_folder(report: Any, tmp_path: Path) -> None:
    output = tmp_path / "missing" / "summary.pdf"

    code, _, err = report("-o", str(output))

    assert code == 1
    assert err.strip() == (
        f"The folder {output.parent} does not exist; please create it first, "
        "or choose another folder for the summary."
    )


def test_an_output_path_that_is_a_folder(report: Any, tmp_path: Path) -> None:
    code, _, err = report("-o", str(tmp_path))

    assert code == 1
    assert err == (
        f"“{tmp_path.name}” is a folder; please choose a file name inside it for the summary.\n"
    )


def test_a_failed_write_leaves_the_older_file_as_it_was(
    report: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mbc_tracker.printing.pdf as pdf

    output = tmp_path / "summary.pdf"
    output.write_bytes(b"%PDF-1.4 an older summary")

    def disk_full(*args: Any, **kwargs: Any) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pdf, "paint_summary", disk_full)

    code, out, err = report("-o", str(output))

    assert code == 1
    assert out == ""
    assert err.strip() == (
        f"The summary could not be written to {output} ({os.strerror(errno.ENOSPC)}); "
        "nothing was changed there."
    )
    assert output.read_bytes() == b"%PDF-1.4 an older summary"
    assert [path.name for path in tmp_path.iterdir()] == ["summary.pdf"]


# -- the command line itself ----------------------------------------------------------------------


def test_the_section_names_are_the_summarys_sections() -> None:
    assert tuple(section.value for section in Section) == REPORT_SECTIONS
    help_text = build_parser().format_help()
    assert "report" in help_text


def test_report_works_headless_as_a_real_process(demo_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "headless.pdf"
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env["MBC_TRACKER_DATA_DIR"] = str(tmp_path / "env-default")  # never a real home folder

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mbc_tracker",
            "--data-dir",
            str(demo_dir),
            "report",
            "-o",
            str(output),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no Qt noise either
    assert "clinic visit summary" in result.stdout
    assert output.exists()
    assert f"Made on {short_day(dt.date.today())}" in text_of(output)
